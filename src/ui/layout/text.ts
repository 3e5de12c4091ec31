// Display-width text: every screen pre-wraps its text here, so heights are known before Ink
// renders and Chinese (two columns a character) and mixed text line up. Widths come from
// string-width, the same measure Ink uses, so our padding and Ink's layout never disagree.
import stringWidth from 'string-width';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Fast paths: most text is printable ASCII (one column a character), and the same few
// graphemes recur, so their widths are remembered.
const ASCII = /^[\x20-\x7e]*$/;
const graphemeWidths = new Map<string, number>();

export function width(text: string): number {
  if (ASCII.test(text)) return text.length;
  if (text.length > 4) return stringWidth(text);
  let w = graphemeWidths.get(text);
  if (w === undefined) {
    w = stringWidth(text);
    if (graphemeWidths.size < 10_000) graphemeWidths.set(text, w);
  }
  return w;
}

export function graphemes(text: string): string[] {
  if (ASCII.test(text)) return text.split('');
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** Cuts `text` to at most `max` columns, ending in `ellipsis` when something was cut. */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (max <= 0) return '';
  if (width(text) <= max) return text;
  const room = max - width(ellipsis);
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = width(g);
    if (used + w > room) break;
    out += g;
    used += w;
  }
  return room < 0 ? ellipsis.slice(0, max) : out + ellipsis;
}

/** Pads with spaces to exactly `cols` columns (cutting first when longer). */
export function fit(text: string, cols: number): string {
  const cut = truncate(text, cols);
  return cut + ' '.repeat(Math.max(0, cols - width(cut)));
}

export function padStart(text: string, cols: number): string {
  return ' '.repeat(Math.max(0, cols - width(text))) + text;
}

/** Closing punctuation never starts a line; opening punctuation never ends one (kinsoku). */
const NO_LINE_START = new Set([...'，。、；：！？）」』】》〉”’,.;:!?)]}…—～%']);
const NO_LINE_END = new Set([...'（「『【《〈“‘([{']);

export interface Styled<S> {
  readonly text: string;
  readonly style: S;
  /** Never break inside this run, nor between it and a kept run right before it. */
  readonly keep?: boolean;
}

interface Unit<S> {
  readonly g: string;
  readonly w: number;
  readonly style: S;
}

/** Groups graphemes into unbreakable tokens: Latin words, single wide characters, spaces. */
function tokenize<S>(runs: readonly Styled<S>[]): Unit<S>[][] {
  const tokens: Unit<S>[][] = [];
  let current: Unit<S>[] = [];
  const flush = () => { if (current.length > 0) { tokens.push(current); current = []; } };
  let kept = false;
  for (const run of runs) {
    if (run.keep) {
      if (!kept) flush();
      for (const g of graphemes(run.text)) current.push({ g, w: width(g), style: run.style });
      kept = true;
      continue;
    }
    if (kept) { flush(); kept = false; }
    for (const g of graphemes(run.text)) {
      const unit = { g, w: width(g), style: run.style };
      if (g === '\n' || g === ' ') { flush(); tokens.push([unit]); continue; }
      const prev = current[current.length - 1];
      // A line may break beside a wide (CJK) character, but not before closing punctuation
      // or after opening punctuation; narrow characters in a row form one word.
      const breakable = prev !== undefined && (prev.w > 1 || unit.w > 1)
        && !NO_LINE_START.has(g) && !NO_LINE_END.has(prev.g);
      if (breakable) flush();
      current.push(unit);
    }
  }
  flush();
  return tokens;
}

function merge<S>(units: readonly Unit<S>[]): Styled<S>[] {
  const out: { text: string; style: S }[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (last && last.style === u.style) last.text += u.g;
    else out.push({ text: u.g, style: u.style });
  }
  return out;
}

/**
 * Wraps styled runs to `cols` columns. Continuation lines start with `indent` spaces (a hanging
 * indent, styled like `indentStyle`). Line breaks in the text are kept; words longer than a line
 * are cut; spaces at a break are dropped.
 */
export function wrapStyled<S>(runs: readonly Styled<S>[], cols: number, indent = 0, indentStyle?: S): Styled<S>[][] {
  const lines: Unit<S>[][] = [];
  const room = Math.max(1, cols);
  const hang = indent < room ? indent : 0;
  const fallbackStyle = (indentStyle ?? runs[0]?.style) as S;
  let line: Unit<S>[] = [];
  let used = 0;
  let start = 0;
  // After a soft wrap, spaces at the start of the new line are dropped; after a hard break
  // (a line feed in the text) they are kept.
  let soft = false;
  const newLine = (wrapped: boolean) => {
    while (line.length > 0 && line[line.length - 1]!.g === ' ' && used > start) { line.pop(); used -= 1; }
    lines.push(line);
    line = Array.from({ length: hang }, () => ({ g: ' ', w: 1, style: fallbackStyle }));
    used = hang;
    start = hang;
    soft = wrapped;
  };
  for (const token of tokenize(runs)) {
    const first = token[0]!;
    if (first.g === '\n' && token.length === 1) { newLine(false); continue; }
    const w = token.reduce((s, u) => s + u.w, 0);
    if (first.g === ' ' && token.length === 1) {
      if (soft && used === start) continue;
      if (used + 1 <= room) { line.push(first); used += 1; } else newLine(true);
      continue;
    }
    soft = false;
    if (used + w > room && used > start) newLine(true);
    soft = false;
    if (w <= room - used) { line.push(...token); used += w; continue; }
    for (const u of token) { // longer than a whole line: cut it
      if (used + u.w > room && used > start) { newLine(true); soft = false; }
      // An indent too deep for even one character is dropped on this line.
      if (used + u.w > room) { line = []; used = 0; start = 0; }
      line.push(u);
      used += u.w;
    }
  }
  while (line.length > 0 && line[line.length - 1]!.g === ' ' && used > start) { line.pop(); used -= 1; }
  if (used > start || lines.length === 0) lines.push(line);
  return lines.map(merge);
}

/** Plain-text wrap: the lines of `text` within `cols` columns. */
export function wrap(text: string, cols: number, indent = 0): string[] {
  return wrapStyled([{ text, style: 0 }], cols, indent, 0).map((l) => l.map((r) => r.text).join(''));
}
