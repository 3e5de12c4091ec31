// What the screens know about saved progress. Optional everywhere: without a store the menu
// shows no best scores or locks and the debrief no "new best". The store adapts to this port
// (src/ui/store-progress.ts); the rules (locks, bests) are src/core's, never the screens'.
import type { Lock } from '../core/campaign';
import type { RunState } from '../core/engine';
import type { Replay } from '../core/replay';
import type { Score, Grade } from '../core/score';
import type { Outcome } from '../core/schema';
import type { LoadedScenario } from '../content/load';

export interface ScenarioProgress {
  /** Null before the first finished run (only abandoned ones so far). */
  readonly best: { readonly score: number; readonly grade: Grade } | null;
  readonly attempts: number;
}

/** A saved run as the history list shows it (texts already sanitised). */
export interface HistoryRow {
  readonly id: string;
  readonly scenario: string;
  readonly title: string;
  /** ISO time the run ended. */
  readonly finishedAt: string;
  readonly outcome: Outcome | null;
  readonly score: number;
  readonly grade: Grade;
  readonly abandoned: boolean;
}

export interface ProgressSnapshot {
  readonly scenarios: ReadonlyMap<string, ScenarioProgress>;
  /** Why each scenario is open or closed (src/core/campaign.ts); absent: open. */
  readonly locks: ReadonlyMap<string, Lock>;
  /** Whose progress this is (null: no store). */
  readonly player: string | null;
  /** Every known player, the current one included. */
  readonly players: readonly string[];
  /** The player's runs, newest first. */
  readonly history: readonly HistoryRow[];
}

export interface FinishedRun {
  readonly loaded: LoadedScenario;
  readonly run: RunState;
  /** Left before an ending (quit, back to the menu, restart, Ctrl+C). */
  readonly abandoned: boolean;
  readonly score: Score;
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface RecordResult {
  readonly newBest: boolean;
  /** The best before this run, when there was one. */
  readonly previous?: { readonly bestScore: number; readonly bestGrade: Grade; readonly attempts: number };
  /** The saved run's id; absent when nothing was saved (no reply given). */
  readonly runId?: string;
  /** Why the run could not be saved (set by the app, not the store). */
  readonly error?: string;
}

/** Something about the store the player must hear (a damaged file moved aside, …). */
export interface StoreNote {
  readonly code: string;
  readonly file: string;
  readonly backup?: string;
  /** The store's own one-line English message (for stderr). */
  readonly message: string;
}

export interface ReplayOpened {
  readonly replay: Replay;
  /** The scenario to play again (null: it cannot be loaded now). */
  readonly scenario: string | null;
}

export interface ProgressPort {
  snapshot(): ProgressSnapshot;
  record(run: FinishedRun): RecordResult | Promise<RecordResult>;
  /** Makes `name` (already normalised) the current player. */
  selectPlayer?(name: string): void;
  /** A saved run, recomputed for the replay screen in `lang` where it can be. */
  openReplay?(runId: string, lang: string): ReplayOpened | Promise<ReplayOpened>;
  /** Notes collected since the last call. */
  takeNotes?(): StoreNote[];
}

export const NO_PROGRESS: ProgressSnapshot = { scenarios: new Map(), locks: new Map(), player: null, players: [], history: [] };

/** True when the player may not open this scenario yet. */
export function isLocked(progress: ProgressSnapshot, id: string): boolean {
  return progress.locks.get(id)?.open === false;
}
