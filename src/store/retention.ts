// How many runs the store keeps per player, so it stays small however much someone plays.
//
// Kept always: the newest 500 runs, and for every scenario its best run and its best success
// (a violation caps a success below a clean partial, so they can differ; the success is what
// opened the next level). Older runs are trimmed once 100 of them have piled up, in one go, so
// a player's folder holds at most about 600 runs plus the bests. The attempts, finishes and
// successes of trimmed runs stay counted: each batch leaves a small "trimmed-<id>.json" listing
// every trimmed run's id, scenario, difficulty and outcome (about 80 bytes a run). It is
// written before the run files are deleted, and readers count a run once by its id, so a crash
// or two processes trimming at once can neither lose nor double a count.
import { bestRuns, type RunSummary, type TrimmedRun } from '../core/progress';

export interface Retention {
  /** The newest runs always kept. */
  readonly keepNewest: number;
  /** Trim once this many runs are outside the kept set. */
  readonly batch: number;
}

export const RETENTION: Retention = { keepNewest: 500, batch: 100 };

/** The runs to trim now (none until a whole batch has piled up). */
export function runsToTrim(runs: readonly RunSummary[], policy: Retention = RETENTION): RunSummary[] {
  if (runs.length <= policy.keepNewest) return [];
  const keep = new Set<string>();
  const newest = [...runs].sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, policy.keepNewest);
  for (const r of newest) keep.add(r.id);
  const { best, bestSuccess } = bestRuns(runs);
  for (const r of best.values()) keep.add(r.id);
  for (const r of bestSuccess.values()) keep.add(r.id);
  const out = runs.filter((r) => !keep.has(r.id));
  return out.length >= policy.batch ? out : [];
}

/** What is kept of each trimmed run: enough for attempts, finishes and successes. */
export function trimmedOf(r: RunSummary): TrimmedRun {
  return { id: r.id, scenario: r.scenario, difficulty: r.difficulty, outcome: r.outcome, abandoned: r.abandoned };
}
