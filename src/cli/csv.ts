// CSV that Excel opens with Chinese intact: UTF-8 with a byte order mark, CRLF line ends, and
// RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled). Text
// that came from people (names, titles) and starts like a formula (= + - @) is prefixed with an
// apostrophe, so a spreadsheet shows it instead of running it.
export type Cell = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(cell: Cell, isText = typeof cell === 'string'): string {
  if (cell === null) return '';
  let s = String(cell);
  if (isText && FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, header, rows, each line ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((c) => csvField(c)).join(','));
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}
