// The store as the screens see it: the menu's best scores, attempts and locks, and recording a
// finished (or abandoned) call with "new best" and the previous best for the debrief. Shaped
// as src/ui's ProgressPort (kept structural here, so the store does not depend on the UI).
import type { RunState } from '../core/engine';
import { campaignLocks, type CampaignEntry, type Lock } from '../core/campaign';
import type { Scenario } from '../core/model';
import { buildRunRecord } from '../core/record';
import type { Grade } from '../core/score';
import { playerName, type Store, type StoreNotice } from './index';

export interface MenuProgress {
  readonly bestScore: number;
  readonly bestGrade: Grade;
  readonly attempts: number;
}

export interface ProgressView {
  /** Scenarios with a finished run: best score, grade and attempts. */
  readonly scenarios: ReadonlyMap<string, MenuProgress>;
  /** Scenario ids the player cannot open yet. */
  readonly locked: ReadonlySet<string>;
  /** Why each scenario is open or closed (a closed one names the level to succeed at). */
  readonly locks: ReadonlyMap<string, Lock>;
}

export interface CallToRecord {
  readonly loaded: { readonly scenario: Scenario; readonly hash: string; readonly file?: string };
  readonly run: RunState;
  /** Informational: the record's `abandoned` comes from the state (no ending reached). */
  readonly abandoned: boolean;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface Recorded {
  readonly newBest: boolean;
  /** The best before this run, when there was one. */
  readonly previous?: MenuProgress;
  /** The saved run's id (for replay); absent when nothing was saved (no reply given). */
  readonly runId?: string;
}

export interface ProgressPortOptions {
  /** --player; absent: the store's current player. */
  readonly player?: string;
  /** --unlock-all. */
  readonly unlockAll?: boolean;
}

export interface StoreProgressPort {
  readonly player: string;
  snapshot(): ProgressView;
  record(call: CallToRecord): Recorded;
  /** Damaged files moved aside and the like, to show the player. */
  takeNotices(): StoreNotice[];
}

/** The port for one player over the scenarios on the menu. */
export function storeProgressPort(store: Store, entries: readonly CampaignEntry[], options: ProgressPortOptions = {}): StoreProgressPort {
  const player = options.player === undefined ? store.currentPlayer() : store.selectPlayer(playerName(options.player));
  return {
    player,
    snapshot() {
      const progress = store.progress(player);
      const locks = campaignLocks(entries, progress, { unlockAll: options.unlockAll === true });
      const scenarios = new Map<string, MenuProgress>();
      for (const p of progress.values()) {
        if (p.best !== null) scenarios.set(p.scenario, { bestScore: p.best.score, bestGrade: p.best.grade, attempts: p.attempts });
      }
      const locked = new Set([...locks].filter(([, l]) => !l.open).map(([id]) => id));
      return { scenarios, locked, locks };
    },
    record(call) {
      const draft = buildRunRecord(call.loaded, call.run, {
        player, startedAt: new Date(call.startedAt).toISOString(), finishedAt: new Date(call.finishedAt).toISOString(),
      });
      const saved = store.saveRun(draft);
      if (saved === null) return { newBest: false };
      const prev = saved.previousBest;
      return {
        newBest: saved.newBest,
        runId: saved.record.id,
        ...(prev !== null && { previous: { bestScore: prev.score, bestGrade: prev.grade, attempts: saved.progress.attempts - 1 } }),
      };
    },
    takeNotices: () => store.takeNotices(),
  };
}
