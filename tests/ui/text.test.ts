import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxLines, clampLines, fitLine, kept, lineText, lineWidth, seg, wrapLine } from '../../src/ui/layout/lines';
import { fit, truncate, width, wrap } from '../../src/ui/layout/text';

describe('display width', () => {
  it('counts Chinese characters as two columns and Latin as one', () => {
    expect(width('abc')).toBe(3);
    expect(width('你好')).toBe(4);
    expect(width('Ms. 刘')).toBe(6);
  });

  it('truncates and pads by columns, never splitting a wide character', () => {
    expect(truncate('你好世界', 5)).toBe('你好…');
    expect(width(truncate('你好世界', 5))).toBeLessThanOrEqual(5);
    expect(fit('你好', 6)).toBe('你好  ');
    expect(fit('hello world', 6)).toBe('hello…');
  });
});

describe('wrap', () => {
  it('breaks Latin text at spaces and Chinese text between characters', () => {
    expect(wrap('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
    expect(wrap('我知道我欠着钱可是', 8)).toEqual(['我知道我', '欠着钱可', '是']);
  });

  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrap('你好，我是小陈。', 4);
    for (const l of lines) expect(l.startsWith('，') || l.startsWith('。')).toBe(false);
    expect(lines.join('')).toBe('你好，我是小陈。');
  });

  it('indents continuation lines and keeps hard line breaks', () => {
    expect(wrap('Label one two three four', 12, 6)).toEqual(['Label one', '      two', '      three', '      four']);
    expect(wrap('a\nb', 10, 2)).toEqual(['a', '  b']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never breaks inside kept segments', () => {
    const lines = wrapLine([seg('x'.repeat(8)), seg(' '), kept('q'), kept(' 退出')], 12);
    expect(lines.map(lineText)).toEqual(['xxxxxxxx', 'q 退出']);
  });

  it('no line is wider than asked, and no character is lost (property)', () => {
    const piece = fc.constantFrom('a', 'bc', 'word', ' ', '你', '好', '，', '。', '（', '）', 'Zhou', '5,200', '—');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 4, max: 40 }), fc.integer({ min: 0, max: 6 }), (parts, cols, indent) => {
      const text = parts.join('');
      const lines = wrap(text, cols, indent);
      for (const l of lines) expect(width(l)).toBeLessThanOrEqual(cols);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }), { numRuns: 500 });
  });
});

describe('lines and boxes', () => {
  it('fits a styled line to an exact width, with an ellipsis when cut', () => {
    const l = fitLine([seg('Rapport', 'title'), seg(' 你好世界')], 12);
    expect(lineWidth(l)).toBe(12);
    expect(lineText(l)).toBe('Rapport 你… ');
    expect(lineWidth(fitLine([seg('ab')], 6))).toBe(6);
  });

  it('clamps to a number of lines and marks the cut', () => {
    const lines = [[seg('one')], [seg('two')], [seg('three')]];
    expect(clampLines(lines, 2, 10).map(lineText)).toEqual(['one', 'two…']);
    expect(clampLines(lines, 5, 10)).toHaveLength(3);
  });

  it('draws boxes whose borders line up with Chinese content and titles', () => {
    const box = boxLines([[seg('喂，你好，哪位?')], [seg('mixed 中英 text')]], 30, { title: [seg('刘女士')] });
    expect(box).toHaveLength(4);
    for (const l of box) expect(lineWidth(l)).toBe(30);
    expect(lineText(box[0]!)).toMatch(/^┌─ 刘女士 ─+┐$/);
    expect(lineText(box[1]!).endsWith('│')).toBe(true);
  });
});

describe('kept segments', () => {
  it('keep their leading spaces and every character', () => {
    expect(wrapLine([kept(' +10 ▲')], 20).map(lineText)).toEqual([' +10 ▲']);
  });
});
