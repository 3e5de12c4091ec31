// From a character of a parsed string back to its column in the file, through every scalar style.
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { Locator } from '../../src/content/locate';
import { pathLabel } from '../../src/content/report';
import { closest, editDistance } from '../../src/content/suggest';

/** The line:col of the first `needle` in the value of key `if`, as the Locator finds it. */
function where(source: string, needle: string): { line: number; col: number; value: string } {
  const doc = parseDocument(source);
  const node = isMap(doc.contents) ? doc.contents.get('if', true) : undefined;
  if (!isScalar(node)) throw new Error('no scalar');
  const value = String((node as Scalar).value);
  const index = value.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" not in ${JSON.stringify(value)}`);
  return { ...new Locator(doc, source).char(['if'], index), value };
}

/** The line:col of `marker` in the source text itself. */
function inSource(source: string, marker: string): { line: number; col: number } {
  const offset = source.indexOf(marker);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

describe('the column of a character inside a string', () => {
  const cases: [string, string, string][] = [
    ['plain', 'if: rapport > 3 and oops\n', 'oops'],
    ['single-quoted', "if: 'it''s rapport > 3 and oops'\n", 'oops'],
    ['double-quoted', 'if: "rapport > 3 and oops"\n', 'oops'],
    ['double-quoted after escapes', 'if: "\\x72apport\\t>\\u0020\\\\ 3 and oops"\n', 'oops'],
    ['double-quoted over lines', 'if: "rapport > 3 and\n  more and\n    oops"\n', 'oops'],
    ['literal block', 'if: |\n  rapport > 3 and\n  oops\n', 'oops'],
    ['literal block, indented more', 'if: |2-\n    rapport > 3 and\n     oops\n', 'oops'],
    ['folded block', 'if: >-\n  rapport > 3 and\n  turn > 1 and\n  oops\n', 'oops'],
    ['plain over lines', 'if: rapport > 3 and\n  turn > 1 and\n  oops\n', 'oops'],
    ['after wide characters', 'x: 你好\nif: "你好 rapport > 3 and oops"\n', 'oops'],
    ['with CRLF', 'a: 1\r\nif: >-\r\n  rapport > 3 and\r\n  oops\r\n', 'oops'],
  ];
  it.each(cases)('%s', (_, source, needle) => {
    const got = where(source, needle);
    expect({ line: got.line, col: got.col }).toEqual(inSource(source, needle));
  });

  it('points just after the last character for a fault at the end', () => {
    const source = 'if: "rapport >"\n';
    const doc = parseDocument(source);
    expect(new Locator(doc, source).char(['if'], 'rapport >'.length)).toEqual({ line: 1, col: 15 });
  });

  it('finds keys and values through aliases, and the nearest ancestor for what is missing', () => {
    const source = 'a: &x\n  b: 1\nc: *x\n';
    const loc = new Locator(parseDocument(source), source);
    expect(loc.value(['c', 'b'])).toEqual({ line: 2, col: 6 });
    expect(loc.key(['c'])).toEqual({ line: 3, col: 1 });
    expect(loc.value(['a', 'nope', 3])).toEqual({ line: 2, col: 3 });
  });
});

describe('helpers', () => {
  it('labels paths with list entries counted from 1', () => {
    expect(pathLabel(['nodes', 'hello', 'replies', 1, 'next', 0, 'goto'])).toBe('nodes.hello.replies#2.next#1.goto');
    expect(pathLabel(['nodes', 'a b', 'say'])).toBe('nodes."a b".say');
    expect(pathLabel([])).toBe('');
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('pya', 'pay')).toBe(1);
    expect(editDistance('replys', 'replies')).toBe(2);
    expect(editDistance('abc', 'xyz', 1)).toBe(2); // stops early past the limit
    expect(closest('replys', ['say', 'note', 'replies', 'free', 'party'])).toBe('replies');
    expect(closest('xyz', ['say', 'note'])).toBeUndefined();
    expect(closest('Replies', ['replies'])).toBe('replies');
  });
});
