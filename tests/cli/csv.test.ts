import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../src/cli/csv';

describe('csv', () => {
  it('quotes only fields that need it (RFC 4180) and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(42)).toBe('42');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('keeps spreadsheet formulas from running, for text only', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a BOM, then CRLF-terminated lines', () => {
    expect(csvDocument(['a', 'b'], [['忘了还款日', 1], [null, 'x,y']])).toBe('\uFEFFa,b\r\n忘了还款日,1\r\n,"x,y"\r\n');
  });
});
