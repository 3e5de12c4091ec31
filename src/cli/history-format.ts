// `callcraft history` output: a table aligned by display width (Chinese titles included), JSON,
// or CSV for spreadsheets. Every text field is sanitised: titles come from scenario files and
// names from people.
import type { RunSummary } from '../core/progress';
import { sanitizeLine } from '../core/sanitize';
import { padEnd, truncate, widthOf } from './width';
import { csvDocument, type Cell } from './csv';
import { localTime } from './time';

export interface BestEntry {
  readonly player: string;
  readonly attempts: number;
  readonly best: RunSummary;
}

export type HistoryFormat = 'table' | 'json' | 'csv';

export interface TableOptions {
  /** Leave out the player column (the list is one player's). */
  readonly hidePlayer?: boolean;
  /** The terminal's width: the title column is cut to fit. Absent: nothing is cut. */
  readonly width?: number;
}

const RUN_FIELDS = ['id', 'player', 'scenario', 'title', 'mode', 'lang', 'startedAt', 'finishedAt', 'outcome', 'ending', 'endingTitle', 'score', 'grade', 'replies', 'violations', 'abandoned'] as const;
const BEST_FIELDS = ['player', 'scenario', 'title', 'attempts', 'score', 'grade', 'outcome', 'run', 'finishedAt'] as const;

type RunRow = Record<(typeof RUN_FIELDS)[number], string | number | boolean | null>;
type BestRow = Record<(typeof BEST_FIELDS)[number], string | number | null>;

export function runRow(r: RunSummary): RunRow {
  return {
    id: r.id, player: sanitizeLine(r.player), scenario: sanitizeLine(r.scenario), title: sanitizeLine(r.title),
    mode: sanitizeLine(r.mode), lang: sanitizeLine(r.lang), startedAt: r.startedAt, finishedAt: r.finishedAt,
    outcome: r.outcome, ending: r.ending === null ? null : sanitizeLine(r.ending),
    endingTitle: r.endingTitle === undefined ? null : sanitizeLine(r.endingTitle),
    score: r.score, grade: r.grade, replies: r.replies, violations: r.violations, abandoned: r.abandoned,
  };
}

export function bestRow(b: BestEntry): BestRow {
  return {
    player: sanitizeLine(b.player), scenario: sanitizeLine(b.best.scenario), title: sanitizeLine(b.best.title),
    attempts: b.attempts, score: b.best.score, grade: b.best.grade, outcome: b.best.outcome, run: b.best.id, finishedAt: b.best.finishedAt,
  };
}


interface Column {
  readonly head: string;
  readonly align?: 'right';
  /** The column that gives way when the terminal is narrow. */
  readonly flexible?: boolean;
}

/** Lays out rows under headings, two spaces apart, by display width; the last column unpadded. */
export function layoutTable(columns: readonly Column[], rows: readonly (readonly string[])[], width?: number): string[] {
  const widths = columns.map((c, i) => Math.max(widthOf(c.head), ...rows.map((r) => widthOf(r[i] ?? ''))));
  const flex = columns.findIndex((c) => c.flexible);
  if (width !== undefined && flex !== -1) {
    const others = widths.reduce((s, w, i) => (i === flex ? s : s + w), 0) + 2 * (columns.length - 1);
    widths[flex] = Math.max(widthOf(columns[flex]!.head), Math.min(widths[flex]!, width - others));
  }
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => {
      const text = truncate(cell, widths[i]!);
      if (columns[i]!.align === 'right') return ' '.repeat(Math.max(0, widths[i]! - widthOf(text))) + text;
      return i === cells.length - 1 ? text : padEnd(text, widths[i]!);
    }).join('  ').trimEnd();
  return [line(columns.map((c) => c.head)), ...rows.map(line)];
}

const resultOf = (r: { outcome: string | null; abandoned?: boolean }) => (r.abandoned ? 'abandoned' : r.outcome ?? 'unfinished');

export function historyTable(runs: readonly RunSummary[], options: TableOptions = {}): string[] {
  const columns: Column[] = [
    { head: 'run' }, { head: 'when' }, ...(options.hidePlayer ? [] : [{ head: 'player' }]),
    { head: 'scenario', flexible: true }, { head: 'result' }, { head: 'score', align: 'right' }, { head: 'grade' },
  ];
  const rows = runs.map((s) => {
    const r = runRow(s);
    return [r.id as string, localTime(s.finishedAt), ...(options.hidePlayer ? [] : [r.player as string]), r.title as string, resultOf(s), String(s.score), s.grade];
  });
  return layoutTable(columns, rows, options.width);
}

export function bestTable(bests: readonly BestEntry[], options: TableOptions = {}): string[] {
  const columns: Column[] = [
    ...(options.hidePlayer ? [] : [{ head: 'player' }]), { head: 'scenario', flexible: true },
    { head: 'best', align: 'right' }, { head: 'grade' }, { head: 'result' }, { head: 'attempts', align: 'right' }, { head: 'run' }, { head: 'when' },
  ];
  const rows = bests.map((b) => {
    const r = bestRow(b);
    return [...(options.hidePlayer ? [] : [r.player as string]), r.title as string, String(r.score), String(r.grade), resultOf(b.best), String(b.attempts), b.best.id, localTime(b.best.finishedAt)];
  });
  return layoutTable(columns, rows, options.width);
}

export function historyCsv(runs: readonly RunSummary[]): string {
  return csvDocument(RUN_FIELDS, runs.map((s) => { const r = runRow(s); return RUN_FIELDS.map((f) => r[f] as Cell); }));
}

export function bestCsv(bests: readonly BestEntry[]): string {
  return csvDocument(BEST_FIELDS, bests.map((b) => { const r = bestRow(b); return BEST_FIELDS.map((f) => r[f] as Cell); }));
}

export function historyJson(runs: readonly RunSummary[]): string {
  return `${JSON.stringify(runs.map(runRow), null, 2)}\n`;
}

export function bestJson(bests: readonly BestEntry[]): string {
  return `${JSON.stringify(bests.map(bestRow), null, 2)}\n`;
}
