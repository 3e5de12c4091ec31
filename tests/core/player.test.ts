import { describe, expect, it } from 'vitest';
import { normalizePlayerName } from '../../src/core/player';

describe('normalizePlayerName', () => {
  it('trims, collapses spaces, strips controls and escapes', () => {
    expect(normalizePlayerName('  Li   Wei \n')).toEqual({ ok: true, name: 'Li Wei' });
    expect(normalizePlayerName('bob\u001b[31m')).toEqual({ ok: true, name: 'bob' });
    expect(normalizePlayerName('cafe\u0301')).toEqual({ ok: true, name: 'café' });
  });

  it('keeps names that look like paths or object keys as plain text', () => {
    for (const n of ['__proto__', 'constructor', '../..', 'a.b.c', '/etc/passwd', 'CON', '张三']) {
      expect(normalizePlayerName(n)).toEqual({ ok: true, name: n });
    }
  });

  it('refuses empty and overlong names with a reason', () => {
    expect(normalizePlayerName(' \t ')).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(normalizePlayerName('x'.repeat(33))).toMatchObject({ ok: false, message: expect.stringContaining('32') });
  });
});
