// `callcraft explore` as text for a person: sections, aligned columns (Chinese-width aware),
// colour only through the Style. Every string that came from the scenario is sanitised.
import type { ExploreReport, Finding, PathCount } from '../core/explore';
import type { Scenario } from '../core/model';
import { sanitizeLine } from '../core/sanitize';
import type { Outcome } from '../core/schema';
import { textIn } from '../core/text';
import type { Style } from './output';
import { truncate, widthOf } from './width';

const MARK: Record<Outcome, string> = { success: '✔', partial: '◐', failure: '✘' };
const s = (x: string) => sanitizeLine(x);

export function formatPaths(p: PathCount): string {
  if (p === 'infinite') return '∞';
  return typeof p === 'number' ? p.toLocaleString('en') : p;
}

export function formatShare(share: number): string {
  if (share === 0) return '0%';
  if (share < 0.001) return '<0.1%';
  if (share > 0.999 && share < 1) return '>99.9%';
  return `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/** Reply ids joined by ›; long paths keep their start and end. */
export function formatPath(path: readonly string[]): string {
  const ids = path.map(s);
  if (ids.length === 0) return '(the start)';
  if (ids.length <= 10) return ids.join(' › ');
  return `${ids.slice(0, 7).join(' › ')} › … › ${ids.at(-1)}  (${ids.length} replies)`;
}

/** A count and its noun: 1 state, 2 states, 1,024 states. */
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "25 to 55", "-30 to 10" (a dash between numbers misreads with a minus sign), "3 or more". */
export const formatRange = ([lo, hi]: readonly [number, number | null]): string => (hi === null ? `${lo} or more` : lo === hi ? `${lo}` : `${lo} to ${hi}`);
const when = (c: string | null) => (c === null ? '(otherwise)' : `(if ${s(c)})`);

function list(label: string, items: string[], style: Style, max = 30): string[] {
  if (items.length === 0) return [`  ${label}  ${style.dim('none')}`];
  const shown = items.slice(0, max);
  const pad = ' '.repeat(label.length + 4);
  const lines = shown.map((item, i) => (i === 0 ? `  ${label}  ${item}` : `${pad}${item}`));
  if (items.length > max) lines.push(`${pad}${style.dim(`… and ${items.length - max} more (--format json lists them all)`)}`);
  return lines;
}

/**
 * The report as lines. `width`: the terminal's columns, when known; the last column of the
 * endings table (the shortest path) is cut to fit it.
 */
export function exploreText(report: ExploreReport, scenario: Scenario, lang: string, findings: readonly Finding[], style: Style, width?: number): string[] {
  const text = (t: Parameters<typeof textIn>[0]) => s(textIn(t, lang, scenario.languages));
  const lines: string[] = [];
  lines.push(`${style.bold('explore')}  ${s(report.scenario)}  ${text(scenario.title)}`);
  const size = `${count(report.states, 'state')}, ${count(report.transitions, 'reply choice')}`;
  lines.push(report.exhaustive
    ? `exhaustive: ${size}`
    : style.yellow(`not exhaustive: stopped at ${count(report.states, 'state')} (--max-states ${report.maxStates}); what follows is what was found`));

  lines.push('', style.bold('Endings'));
  const rows: string[][] = [['  ending', 'outcome', 'paths', 'share', 'score', 'shortest path']];
  for (const e of report.endings) {
    const mark = e.outcome === 'success' ? style.green(MARK[e.outcome]) : e.outcome === 'partial' ? style.yellow(MARK[e.outcome]) : style.red(MARK[e.outcome]);
    if (!e.reachable) {
      rows.push([`  ${mark} ${s(e.id)}`, e.outcome, '–', '–', '–', style.red(report.exhaustive ? 'never reached' : 'not found within the budget')]);
      continue;
    }
    const score = formatRange([e.minScore!, e.maxScore!]);
    rows.push([`  ${mark} ${s(e.id)}`, e.outcome, formatPaths(e.paths), formatShare(e.share), score, formatPath(e.shortestPath!)]);
  }
  lines.push(...grid(rows, new Set([2, 3, 4]), width));

  lines.push('');
  if (report.successShare === null) lines.push(`success share  ${style.dim('no ending reached')}`);
  else {
    const total = report.endings.reduce((n, e) => (typeof e.paths === 'number' ? n + e.paths : NaN), 0);
    const success = report.endings.filter((e) => e.outcome === 'success').reduce((n, e) => (typeof e.paths === 'number' ? n + e.paths : NaN), 0);
    const detail = Number.isFinite(total) && Number.isFinite(success)
      ? `${success.toLocaleString('en')} of ${count(total, 'path')} ${success === 1 ? 'ends' : 'end'} in success`
      : report.loops ? 'of all paths, each loop counted once' : 'of all paths (estimated counts)';
    lines.push(`success share  ${style.bold(formatShare(report.successShare))}  ${style.dim(`(${detail})`)}`);
  }
  if (report.best) lines.push(`best path      ${report.best.score} ${report.best.grade}  ${s(report.best.ending)}  ${formatPath(report.best.path)}`);

  lines.push('', style.bold('Coverage') + (report.exhaustive ? '' : `  ${style.dim('(of the states searched: beyond the budget more may be used)')}`));
  lines.push(...list('nodes never reached     ', report.neverReached.map(s), style));
  lines.push(...list('replies never offered   ', report.neverOffered.map((x) => `${s(x.node)} › ${s(x.reply)}  ${style.dim(when(x.if))}`), style));
  lines.push(...list('say variants never used ', report.unusedVariants.map((x) => `${s(x.node)} #${x.variant}  ${style.dim(when(x.if))}`), style));
  lines.push(...list('routes never taken      ', report.routesNeverTaken.map((x) => `${s(x.node)} › ${s(x.reply)} → ${s(x.goto)}  ${style.dim(when(x.if))}`), style));
  lines.push(...list('triggers that never fire', report.triggersNeverFired.map((x) => `#${x.trigger} ${s(x.if)} → ${s(x.goto)}`), style));

  lines.push('', style.bold('Traps'));
  if (report.traps.length === 0) lines.push(`  ${style.dim(report.exhaustive ? 'none: an ending can be reached from every state' : 'none found among the states searched')}`);
  for (const t of report.traps) {
    const stats = Object.entries(t.stats).map(([k, v]) => `${s(k)} ${v}`).join(', ');
    const what = t.kind === 'stuck' ? 'stuck (no reply offered)' : 'endless loop';
    lines.push(`  ${style.red(what)} at ${s(t.node)} after ${formatPath(t.path)}  ${style.dim(`(${stats})`)}`);
  }

  lines.push('', `${style.bold('Stats on arrival')}  ${style.dim('states seen, replies so far, and the range of each stat')}`);
  const statNames = scenario.stats.map((d) => d.name);
  const nodeRows: string[][] = [['  node', 'states', 'turn', ...statNames.map(s)]];
  for (const n of report.nodes) {
    nodeRows.push([`  ${s(n.id)}`, n.states.toLocaleString('en'), formatRange(n.turns), ...statNames.map((k) => formatRange(n.stats[k]!))]);
  }
  lines.push(...grid(nodeRows, new Set([1])));

  lines.push('');
  if (findings.length === 0) {
    lines.push(style.green(report.exhaustive ? '✓ every ending is reachable, success is reachable, and there are no traps'
      : '✓ every ending and a success were reached within the budget, and no trap was found among the states searched'));
  }
  for (const f of findings) lines.push(style.red(`✗ ${s(f.message)}`));
  return lines;
}

/**
 * Rows laid out in columns by display width; the columns in `right` are right-aligned. With
 * `max`, each row's last cell is cut so the row fits in `max` columns.
 */
function grid(rows: readonly (readonly string[])[], right: ReadonlySet<number>, max?: number): string[] {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, widthOf(cell)); });
  return rows.map((row) => row.map((cell, i) => {
    if (i === row.length - 1) {
      const used = widths.slice(0, i).reduce((n, w) => n + w + 2, 0);
      // Styled cells are short notes; cutting one could drop its closing escape code.
      return max === undefined || cell.includes('\u001B') ? cell : truncate(cell, Math.max(8, max - used));
    }
    const gap = ' '.repeat(widths[i]! - widthOf(cell));
    return right.has(i) ? gap + cell : cell + gap;
  }).join('  ').trimEnd());
}
