// What the screens know about saved progress. Optional everywhere: without a store the menu
// shows no best scores or locks and the debrief no "new best". The store adapts to this port.
import type { RunState } from '../core/engine';
import type { Score, Grade } from '../core/score';
import type { LoadedScenario } from '../content/load';

export interface ScenarioProgress {
  readonly bestScore: number;
  readonly bestGrade: Grade;
  readonly attempts: number;
}

export interface ProgressSnapshot {
  readonly scenarios: ReadonlyMap<string, ScenarioProgress>;
  /** Scenario ids the player cannot open yet. */
  readonly locked: ReadonlySet<string>;
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
  readonly previous?: ScenarioProgress;
}

export interface ProgressPort {
  snapshot(): ProgressSnapshot;
  record(run: FinishedRun): RecordResult | Promise<RecordResult>;
}

export const NO_PROGRESS: ProgressSnapshot = { scenarios: new Map(), locked: new Set() };
