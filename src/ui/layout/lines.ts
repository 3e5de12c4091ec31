// Screens are built as lists of styled lines of known width; Ink only prints them. This keeps
// every height computable (for 80×24 budgets and scrolling) and every border aligned.
import type { Role } from '../theme';
import { truncate, width, wrapStyled, type Styled } from './text';

export type Seg = Styled<Role>;
export type Line = readonly Seg[];

export const seg = (text: string, style: Role = 'text'): Seg => ({ text, style });
/** A segment that a wrap never breaks (a key and its label, a stat change). */
export const kept = (text: string, style: Role = 'text'): Seg => ({ text, style, keep: true });

export function lineWidth(line: Line): number {
  return line.reduce((s, x) => s + width(x.text), 0);
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** Wraps one logical line into display lines of at most `cols` columns. */
export function wrapLine(line: Line, cols: number, indent = 0): Line[] {
  return wrapStyled(line, cols, indent, 'text');
}

/** Cuts a line to `cols` columns (with an ellipsis) and pads it to exactly `cols`. */
export function fitLine(line: Line, cols: number): Line {
  const total = lineWidth(line);
  if (total <= cols) return total === cols ? [...line] : [...line, seg(' '.repeat(cols - total))];
  const out: Seg[] = [];
  let used = 0;
  for (const s of line) {
    const w = width(s.text);
    if (used + w <= cols - 1) { out.push(s); used += w; continue; }
    const cut = truncate(s.text, cols - used - 1, '') + '…';
    out.push({ text: cut, style: s.style });
    used += width(cut);
    break;
  }
  return used < cols ? [...out, seg(' '.repeat(cols - used))] : out;
}

/** Keeps at most `max` lines; when some are cut, the last kept one ends in an ellipsis. */
export function clampLines(lines: readonly Line[], max: number, cols: number): Line[] {
  if (lines.length <= max) return [...lines];
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  const mark = seg('…', last[last.length - 1]?.style ?? 'text');
  kept[max - 1] = lineWidth(last) + 1 <= cols ? [...last, mark] : fitLine([...last, mark], cols);
  return kept;
}

export const BORDERS = {
  single: ['┌', '┐', '└', '┘', '─', '│'],
  round: ['╭', '╮', '╰', '╯', '─', '│'],
  double: ['╔', '╗', '╚', '╝', '═', '║'],
} as const;
export type BorderKind = keyof typeof BORDERS;

export interface BoxOptions {
  readonly title?: Line;
  readonly border?: BorderKind;
  readonly borderStyle?: Role;
  readonly padX?: number;
  /** Inner height (lines); content is cut or padded to it. */
  readonly height?: number;
}

/** Draws a box of exactly `cols` columns around already-wrapped content lines. */
export function boxLines(content: readonly Line[], cols: number, options: BoxOptions = {}): Line[] {
  const [tl, tr, bl, br, h, v] = BORDERS[options.border ?? 'single'];
  const b = options.borderStyle ?? 'border';
  const pad = options.padX ?? 1;
  const inner = cols - 2 - 2 * pad;
  const title = options.title ? fitTitle(options.title, cols - 6) : [];
  const titleW = lineWidth(title);
  const top: Line = titleW > 0
    ? [seg(`${tl}${h} `, b), ...title, seg(` ${h.repeat(Math.max(0, cols - 5 - titleW))}${tr}`, b)]
    : [seg(tl + h.repeat(cols - 2) + tr, b)];
  let body = content.map((l) => fitLine(l, inner));
  if (options.height !== undefined) {
    body = body.slice(0, options.height);
    while (body.length < options.height) body.push(fitLine([], inner));
  }
  const side = seg(v, b);
  const padding = seg(' '.repeat(pad));
  const rows = body.map((l): Line => [side, padding, ...l, padding, side]);
  return [top, ...rows, [seg(bl + h.repeat(cols - 2) + br, b)]];
}

function fitTitle(title: Line, max: number): Line {
  return lineWidth(title) <= max ? title : fitLine(title, max);
}

/** A row of `n` columns filled with `ch`. */
export function rule(cols: number, ch = '─', style: Role = 'border'): Line {
  return [seg(ch.repeat(Math.max(0, cols)), style)];
}

/** Places `right` at the right edge of a `cols`-wide line that starts with `left`. */
export function spread(left: Line, right: Line, cols: number): Line {
  const lw = lineWidth(left);
  const rw = lineWidth(right);
  if (lw + rw + 1 > cols) return fitLine(left, cols);
  return [...left, seg(' '.repeat(cols - lw - rw)), ...right];
}
