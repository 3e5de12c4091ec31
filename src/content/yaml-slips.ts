// yaml's syntax errors in the author's terms: what the slip was and where, with a hint that says
// how to fix it. Chinese input methods type full-width punctuation, which YAML does not read.

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'line keys of the same map up at the same column, indenting with spaces',
  TAB_AS_INDENT: 'YAML indents with spaces, not tabs',
  MULTIPLE_DOCS: 'a scenario file holds one document: remove the extra `---`',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line; quote a value that contains ": "',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote a value that contains ": "',
  BAD_DQ_ESCAPE: 'inside "double quotes" a backslash starts an escape; write \\\\ for a backslash, or use single quotes',
};

/** yaml's wording for some slips, put in the author's terms, and where to point: [offset, message, hint]. */
export function explainSyntax(code: string, message: string, offset: number, source: string): [number, string, string | undefined] {
  const slip = fullWidthSlip(source, offset);
  if (slip) return slip;
  if (code === 'MULTIPLE_DOCS') return [offset, 'a second YAML document starts here, after a line with ---', SYNTAX_HINTS[code]];
  if (code === 'UNEXPECTED_TOKEN') {
    // Text right after a closing quote: an apostrophe (or a quote) inside the quoted text ended it.
    const quoteAt = source.slice(0, offset).trimEnd().length - 1;
    const q = source[quoteAt];
    if (q === "'") return [quoteAt, "this ' ends the quoted text, so the rest is left over", "inside 'single quotes' write '' for an apostrophe ('It''s'), or use \"double quotes\""];
    if (q === '"') return [quoteAt, 'this " ends the quoted text, so the rest is left over', 'inside "double quotes" write \\" for a quote, or use \'single quotes\''];
  }
  if (code === 'MISSING_CHAR' && message.startsWith('Sequence item without - indicator')) {
    // A key indented less than the keys above it, inside a list item; yaml points at the line start.
    const blank = /^[ \t]*/.exec(source.slice(offset))![0].length;
    return [offset + blank, 'this line is indented differently from the keys above it', SYNTAX_HINTS.BAD_INDENT];
  }
  return [offset, message, SYNTAX_HINTS[code]];
}

export const FULL_WIDTH_HINT = 'YAML needs half-width punctuation: switch the input method to English punctuation (半角) for : - { } [ ] and spaces';
const HALF: Record<string, string> = { '：': ':', '－': '-', '｛': '{', '［': '[' };

/** A full-width character used as YAML syntax on the line of `offset`: [offset, message, hint]. */
function fullWidthSlip(source: string, offset: number): [number, string, string] | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const line = source.slice(lineStart, end === -1 ? source.length : end);
  const space = /^[ \t]*\u3000/.exec(line);
  if (space) return [lineStart + space[0].length - 1, 'a full-width space (U+3000) in the indentation, where YAML needs spaces', FULL_WIDTH_HINT];
  const m = /^([ \t]*(?:- )?)(－ )/.exec(line) ?? /^([ \t]*(?:- )?[A-Za-z_][\w-]*[ \t]*)(：)/.exec(line) ?? /^([^#]*?:[ \t]*)([｛［])/.exec(line);
  if (!m) return undefined;
  const ch = m[2]!.trim();
  return [lineStart + m[1]!.length, `a full-width "${ch}" where YAML needs "${HALF[ch]}"`, FULL_WIDTH_HINT];
}

/** A key like `outcome：success`: a full-width colon made key and value one key. Returns the key meant. */
export function fullWidthKey(key: string, allowed: readonly string[]): string | undefined {
  const before = /^([^：]+)：/.exec(key)?.[1]?.trim();
  return before !== undefined && allowed.includes(before) ? before : undefined;
}
