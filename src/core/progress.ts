// What a player has achieved, derived from their saved runs: attempts, best score and grade,
// successes per scenario. The run files are the truth; nothing here is stored on its own.
import type { RunRecord } from './record-schema';
import type { Grade } from './score';
import type { Outcome } from './schema';

/** The fields of a run that lists, bests and unlocks need. */
export interface RunSummary {
  readonly id: string;
  readonly player: string;
  readonly scenario: string;
  readonly hash: string;
  readonly title: string;
  readonly difficulty: number;
  readonly mode: string;
  readonly lang: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly ending: string | null;
  readonly endingTitle?: string;
  readonly outcome: Outcome | null;
  readonly score: number;
  readonly grade: Grade;
  /** Replies given. */
  readonly replies: number;
  readonly violations: number;
  readonly abandoned: boolean;
}

/** What is kept of a run the store has trimmed away (see src/store/retention.ts). */
export interface TrimmedRun {
  readonly id: string;
  readonly scenario: string;
  readonly difficulty: number;
  readonly outcome: Outcome | null;
  readonly abandoned: boolean;
}

export interface BestRun {
  readonly id: string;
  readonly score: number;
  readonly grade: Grade;
  readonly outcome: Outcome | null;
  readonly finishedAt: string;
}

export interface ScenarioProgress {
  readonly scenario: string;
  /** The scenario's difficulty as recorded by its latest run (used when it is no longer loaded). */
  readonly difficulty: number;
  /** Every saved run, finished or abandoned, including trimmed ones. */
  readonly attempts: number;
  readonly finished: number;
  readonly successes: number;
  /** The highest-scoring finished run (the earliest of equals); null before the first finish. */
  readonly best: BestRun | null;
  /** The id of the latest run. */
  readonly latest: string | null;
}

export function summarizeRun(r: RunRecord): RunSummary {
  return {
    id: r.id,
    player: r.player,
    scenario: r.scenario,
    hash: r.hash,
    title: r.title,
    difficulty: r.difficulty,
    mode: r.mode,
    lang: r.lang,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    ending: r.ending,
    ...(r.endingTitle !== undefined && { endingTitle: r.endingTitle }),
    outcome: r.outcome,
    score: r.score,
    grade: r.grade,
    replies: r.turns.length,
    violations: r.violations.length,
    abandoned: r.abandoned,
  };
}

/** Run ids sort by save time, so among equal scores the smaller id is the earlier run. */
export function betterRun(a: Pick<RunSummary, 'id' | 'score'>, b: Pick<RunSummary, 'id' | 'score'>): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

/** The best finished run of each scenario, and its best success (they can differ: a violation caps a success). */
export function bestRuns(runs: readonly RunSummary[]): { best: Map<string, RunSummary>; bestSuccess: Map<string, RunSummary> } {
  const best = new Map<string, RunSummary>();
  const bestSuccess = new Map<string, RunSummary>();
  for (const r of runs) {
    if (r.abandoned) continue;
    const b = best.get(r.scenario);
    if (!b || betterRun(r, b)) best.set(r.scenario, r);
    if (r.outcome === 'success') {
      const s = bestSuccess.get(r.scenario);
      if (!s || betterRun(r, s)) bestSuccess.set(r.scenario, r);
    }
  }
  return { best, bestSuccess };
}

/** Progress per scenario id, for one player's runs (Map: ids never become object keys). */
export function progressOf(runs: readonly RunSummary[], trimmed: readonly TrimmedRun[] = []): Map<string, ScenarioProgress> {
  type Acc = { difficulty: number; attempts: number; finished: number; successes: number; latest: string | null };
  const acc = new Map<string, Acc>();
  const entry = (scenario: string, difficulty: number): Acc => {
    let a = acc.get(scenario);
    if (!a) acc.set(scenario, (a = { difficulty, attempts: 0, finished: 0, successes: 0, latest: null }));
    return a;
  };
  const kept = new Set(runs.map((r) => r.id));
  const all = [...runs, ...trimmed.filter((t) => !kept.has(t.id))].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const r of all) {
    const a = entry(r.scenario, r.difficulty);
    a.difficulty = r.difficulty;
    a.attempts++;
    a.latest = r.id;
    if (!r.abandoned) a.finished++;
    if (r.outcome === 'success') a.successes++;
  }
  const { best } = bestRuns(runs);
  const out = new Map<string, ScenarioProgress>();
  for (const [scenario, a] of acc) {
    const b = best.get(scenario);
    out.set(scenario, {
      scenario,
      ...a,
      best: b ? { id: b.id, score: b.score, grade: b.grade, outcome: b.outcome, finishedAt: b.finishedAt } : null,
    });
  }
  return out;
}
