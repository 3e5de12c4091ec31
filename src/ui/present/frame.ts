// The projector frame: sizes that grow with the terminal (margins, padding, bar widths), a
// header and a key line, and the body centred in between. Every screen of trainer mode is a list
// of lines of exactly the terminal's width and height.
import { header } from '../components/parts';
import type { Messages } from '../i18n';
import { keyHelp, optionLetter, type KeyContext } from '../keys';
import { fitLine, lineWidth, rule, seg, type Line, type Seg } from '../layout/lines';

export interface Frame {
  readonly cols: number;
  readonly rows: number;
  /** Columns left and right of the content. */
  readonly margin: number;
  /** The content's width. */
  readonly inner: number;
  /** Padding inside boxes. */
  readonly padX: number;
  /** Blank lines between blocks when there is room. */
  readonly gap: number;
  /** A projector-sized terminal: big timer digits, two-column tables. */
  readonly big: boolean;
}

export function frameOf(size: { cols: number; rows: number }): Frame {
  const { cols, rows } = size;
  const big = cols >= 120 && rows >= 36;
  // Wide terminals keep the content within ~150 columns, centred: a line that long is still
  // read at a glance; beyond it the eye loses the start of the next line.
  const inner = big ? Math.min(cols - 8, 150) : cols >= 100 ? cols - 8 : cols - 4;
  return { cols, rows, margin: Math.floor((cols - inner) / 2), inner, padX: big ? 3 : 1, gap: big ? 2 : 1, big };
}

/**
 * The key-help lines of a context (a second line when one does not hold them all): A–D shows the
 * real letters (or `only`: the letters that count now, as in a tie); `omit` drops entries by label
 * (a key that would do nothing here); `relabel` renames one (label → label).
 */
type KeyLabel = keyof Messages['key'];

export interface KeyLineOptions {
  readonly omit?: readonly KeyLabel[];
  readonly only?: readonly number[];
  readonly relabel?: Partial<Readonly<Record<KeyLabel, KeyLabel>>>;
  /** How many things the digits pick from (the keys read 1–12 rather than 1–9). */
  readonly digits?: number;
}

export function presentKeyLines(context: KeyContext, t: Messages, cols: number, letters: number, options: KeyLineOptions = {}): Line[] {
  const { omit = [], only, relabel = {}, digits } = options;
  const lettered = only ? only.map(optionLetter).join(' ') : letters <= 1 ? 'A' : `A–${optionLetter(letters - 1)}`;
  const entries = keyHelp(context)
    .filter((e) => !omit.includes(e.label))
    .map((e) => ({ ...e, label: relabel[e.label] ?? e.label, ...(e.keys === 'A–D' && { keys: lettered }), ...(e.keys === '1–9' && digits !== undefined && { keys: digits <= 1 ? '1' : `1–${digits}` }) }));
  const lines: Seg[][] = [[]];
  for (const e of entries) {
    const line = lines[lines.length - 1]!;
    const item: Seg[] = [...(line.length > 0 ? [seg('   ')] : []), seg(e.keys, 'key'), seg(` ${t.key[e.label]}`, 'text')];
    if (line.length > 0 && lineWidth([...line, ...item]) > cols - 2) {
      if (lines.length === 2) break;
      lines.push([seg(e.keys, 'key'), seg(` ${t.key[e.label]}`, 'text')]);
      continue;
    }
    line.push(...item);
  }
  return lines.map((l) => centre(l, cols));
}

/** A line centred in `cols` columns (cut when wider). */
export function centre(line: Line, cols: number): Line {
  const w = lineWidth(line);
  if (w >= cols) return fitLine(line, cols);
  return fitLine([seg(' '.repeat(Math.floor((cols - w) / 2))), ...line], cols);
}

/**
 * The whole screen: the header, the body (indented by the margin, centred vertically in the rows
 * between) and the footer. The body must already fit: callers measure with `bodyRows`.
 */
export function compose(frame: Frame, left: Line, right: Line, body: readonly Line[], foot: readonly Line[]): Line[] {
  const head = header(left, right, frame.cols);
  const room = bodyRows(frame, foot.length);
  const shown = body.slice(0, room);
  const above = Math.floor((room - shown.length) / 2);
  const indent = seg(' '.repeat(frame.margin));
  const out: Line[] = [...head];
  for (let i = 0; i < above; i++) out.push(fitLine([], frame.cols));
  for (const l of shown) out.push(fitLine([indent, ...l], frame.cols));
  while (out.length < head.length + room) out.push(fitLine([], frame.cols));
  out.push(rule(frame.cols), ...foot.map((l) => fitLine(l, frame.cols)));
  return out;
}

/** Rows the body may use: the screen minus the header (2), the rule over the footer and the footer. */
export const bodyRows = (frame: Frame, footLines = 1) => Math.max(1, frame.rows - 3 - footLines);

// Digits three rows high for the discussion timer, readable from the back of a room.
const FONT: Readonly<Record<string, readonly [string, string, string]>> = {
  '0': ['█▀█', '█ █', '▀▀▀'], '1': ['▀█ ', ' █ ', '▀▀▀'], '2': ['▀▀█', '█▀▀', '▀▀▀'], '3': ['▀▀█', ' ▀█', '▀▀▀'],
  '4': ['█ █', '▀▀█', '  ▀'], '5': ['█▀▀', '▀▀█', '▀▀▀'], '6': ['█▀▀', '█▀█', '▀▀▀'], '7': ['▀▀█', '  █', '  ▀'],
  '8': ['█▀█', '█▀█', '▀▀▀'], '9': ['█▀█', '▀▀█', '▀▀▀'], ':': ['   ', ' ▀ ', ' ▀ '],
};

/** `text` (digits and colons) in the three-row font, each glyph `scale` times as wide. */
export function bigText(text: string, scale = 1): string[] {
  const rows = ['', '', ''];
  for (const ch of text) {
    const glyph = FONT[ch];
    if (!glyph) continue;
    glyph.forEach((g, i) => { rows[i] += [...g].map((c) => c.repeat(scale)).join('') + ' '.repeat(scale); });
  }
  return rows.map((r) => r.trimEnd());
}

/** Milliseconds as m:ss, rounded up (a countdown shows 0:00 only at the end). */
export function clock(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A table cell: its segments and which side it keeps to when its column is wider. */
export interface Cell { readonly segs: readonly Seg[]; readonly right?: boolean }

const columnWidths = (rows: readonly (readonly Cell[])[]): number[] =>
  Array.from({ length: Math.max(0, ...rows.map((r) => r.length)) }, (_, c) => Math.max(0, ...rows.map((r) => (r[c] ? lineWidth(r[c]!.segs) : 0))));

/** How wide `tableLines` lays these rows out, before any cut. */
export const tableWidth = (rows: readonly (readonly Cell[])[], gap = 3): number => {
  const widths = columnWidths(rows);
  return widths.reduce((s, w) => s + w, 0) + gap * Math.max(0, widths.length - 1);
};

/**
 * Rows of cells as aligned lines: each column as wide as its widest cell, columns `gap` apart, and
 * the whole table centred as one block in `cols` (every row starts at the same column, so a
 * ranking's numbers and names line up on the projector).
 */
export function tableLines(rows: readonly (readonly Cell[])[], cols: number, gap = 3): Line[] {
  const widths = columnWidths(rows);
  const lines = rows.map((r): Line => r.flatMap((cell, c) => {
    const pad = seg(' '.repeat(widths[c]! - lineWidth(cell.segs)));
    const sep = c > 0 ? [seg(' '.repeat(gap))] : [];
    return [...sep, ...(cell.right ? [pad, ...cell.segs] : [...cell.segs, ...(c < r.length - 1 ? [pad] : [])])];
  }));
  const w = Math.max(0, ...lines.map(lineWidth));
  const left = seg(' '.repeat(Math.max(0, Math.floor((cols - w) / 2))));
  return lines.map((l) => (w >= cols ? fitLine(l, cols) : [left, ...l]));
}
