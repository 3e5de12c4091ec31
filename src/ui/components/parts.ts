// Building blocks every screen uses (and trainer mode reuses): the header, stat bars and rows,
// the box for the debtor's line, the key-help line, sparklines. Each returns lines of an exact
// width, so callers can add heights up before anything is drawn.
import type { StatDef } from '../../core/model';
import type { Messages } from '../i18n';
import { keyHelp, type KeyContext } from '../keys';
import { boxLines, fitLine, lineWidth, rule, seg, spread, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, padStart, width } from '../layout/text';
import type { Role } from '../theme';
import { delta } from '../view/words';

/** The title row and a rule under it. */
export function header(left: Line, right: Line, cols: number): Line[] {
  return [spread([seg(' '), ...left], [...right, seg(' ')], cols), rule(cols)];
}

/** A horizontal bar: filled cells for the share of the range, then light shade. */
export function bar(value: number, min: number, max: number, cells: number): string {
  if (cells <= 0) return '';
  const share = max > min ? (value - min) / (max - min) : 0;
  const filled = Math.max(0, Math.min(cells, Math.round(share * cells)));
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per value, low to high, for a timeline. */
export function sparkline(values: readonly number[], min: number, max: number): string {
  return values.map((v) => {
    const share = max > min ? (v - min) / (max - min) : 0;
    return SPARKS[Math.max(0, Math.min(SPARKS.length - 1, Math.round(share * (SPARKS.length - 1))))]!;
  }).join('');
}

export interface StatView {
  readonly def: StatDef;
  readonly label: string;
  readonly value: number;
  /** The change the last reply made (absent: none shown). */
  readonly change?: number;
}

const deltaRole = (n: number): Role => (n > 0 ? 'good' : n < 0 ? 'bad' : 'muted');

/**
 * The stats as rows `inner` columns wide. Two rows each (label, value and change; then a bar
 * across) or, compact, one row each. `hidden` shows the labels only (exam mode).
 */
export function statRows(stats: readonly StatView[], inner: number, options: { compact: boolean; hidden?: string }): Line[] {
  const labelW = Math.min(Math.max(...stats.map((s) => width(s.label)), 4), Math.floor(inner / 2));
  const valueW = Math.max(...stats.map((s) => String(s.value).length), 3);
  const changeW = Math.max(...stats.map((s) => (s.change === undefined ? 0 : width(delta(s.change)))), 0);
  const out: Line[] = [];
  for (const s of stats) {
    const label = seg(fit(s.label, labelW), 'title');
    if (options.hidden !== undefined) { out.push(fitLine([label, seg(' '), seg('—', 'muted')], inner)); continue; }
    const value = seg(padStart(String(s.value), valueW), 'text');
    const change = s.change === undefined || s.change === 0 ? seg(' '.repeat(changeW)) : seg(fit(delta(s.change), changeW), deltaRole(s.change));
    const tail: Seg[] = changeW > 0 ? [seg(' '), value, seg(' '), change] : [seg(' '), value];
    if (options.compact) {
      const cells = inner - labelW - 1 - (lineWidth(tail));
      out.push(fitLine([label, seg(' '), seg(bar(s.value, s.def.min, s.def.max, Math.max(0, cells)), 'accent'), ...tail], inner));
    } else {
      out.push(spread([label], tail, inner));
      out.push([seg(bar(s.value, s.def.min, s.def.max, inner), 'accent')]);
    }
  }
  if (options.hidden !== undefined) out.push(...wrapLine([seg(options.hidden, 'muted')], inner));
  return out;
}

/** How many rows statRows needs. */
export function statRowCount(count: number, options: { compact: boolean; hidden?: boolean }): number {
  if (options.hidden) return count + 1;
  return options.compact ? count : count * 2;
}

/** The debtor's line in a box: rounded for the debtor, double-ruled when a third party speaks. */
export function speechBox(title: Line, content: readonly Line[], cols: number, thirdParty: boolean, padX = 1): Line[] {
  return boxLines(content, cols, { title, border: thirdParty ? 'double' : 'round', borderStyle: thirdParty ? 'warn' : 'border', padX });
}

/**
 * The key-help line, cut at an entry boundary when it does not fit. `numbers` replaces the
 * digits' keys as shown ("1–12" for a longer list); `hidden` leaves entries out (by label).
 */
export function keyHelpLine(context: KeyContext, t: Messages, cols: number, numbers?: string, hidden?: ReadonlySet<keyof Messages['key']>): Line {
  const entries = keyHelp(context).filter((e) => !hidden?.has(e.label)).map((e) => (numbers !== undefined && e.keys === '1–9' ? { ...e, keys: numbers } : e));
  const out: Seg[] = [seg(' ')];
  for (const [i, e] of entries.entries()) {
    const item: Seg[] = [...(i > 0 ? [seg('  ')] : []), seg(e.keys, 'key'), seg(` ${t.key[e.label]}`, 'muted')];
    if (lineWidth([...out, ...item]) > cols) break;
    out.push(...item);
  }
  return fitLine(out, cols);
}

/** A labelled block: the label in a column, the text wrapped beside it with a hanging indent. */
export function labelled(label: string, body: readonly Seg[], cols: number, labelW: number, labelRole: Role = 'title'): Line[] {
  return wrapLine([seg(fit(label, labelW), labelRole), seg('  '), ...body], cols, labelW + 2);
}
