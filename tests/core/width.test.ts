import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/core/width';

describe('display width', () => {
  it('counts Chinese and full-width characters as two cells, combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('忘了还款日')).toBe(10);
    expect(displayWidth('Ｆｕｌｌ')).toBe(8);
    expect(displayWidth('，')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('한국')).toBe(4);
  });

  it('pads and truncates by cells', () => {
    expect(padToWidth('忘了', 6)).toBe('忘了  ');
    expect(padToWidth('42', 5, 'right')).toBe('   42');
    expect(truncateToWidth('忘了还款日', 7)).toBe('忘了还…');
    expect(displayWidth(truncateToWidth('忘了还款日', 7))).toBeLessThanOrEqual(7);
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});
