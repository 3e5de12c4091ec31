// The store behind the screens: src/store's port for the current player (bests, locks, saving
// a run) plus what only the game needs (switching players, the history list, opening a replay).
// Loaded by launch.tsx, never by the screens, which see only the ProgressPort shape.
import type { CampaignEntry } from '../core/campaign';
import { replayRun } from '../core/replay';
import { sanitizeLine } from '../core/sanitize';
import type { LoadedScenario } from '../content/load';
import type { Store } from '../store/index';
import { storeProgressPort, type StoreProgressPort } from '../store/progress-port';
import type { HistoryRow, ProgressPort, ProgressSnapshot, ScenarioProgress } from './progress';

export interface GameProgressOptions {
  readonly player?: string;
  readonly unlockAll?: boolean;
}

/** The campaign entries the lock rules need, from the loaded scenarios. */
export function campaignEntries(scenarios: readonly LoadedScenario[]): CampaignEntry[] {
  return scenarios.map((l) => ({ id: l.scenario.id, difficulty: l.scenario.difficulty, file: l.file }));
}

export function gameProgress(store: Store, scenarios: readonly LoadedScenario[], options: GameProgressOptions = {}): ProgressPort {
  const entries = campaignEntries(scenarios);
  const byId = new Map(scenarios.map((l) => [l.scenario.id, l] as const));
  const unlockAll = options.unlockAll === true;
  let port: StoreProgressPort = storeProgressPort(store, entries, { ...(options.player !== undefined && { player: options.player }), unlockAll });

  return {
    snapshot(): ProgressSnapshot {
      const player = port.player;
      const view = port.snapshot();
      const scenarios = new Map<string, ScenarioProgress>();
      for (const p of store.progress(player).values()) {
        const best = view.scenarios.get(p.scenario);
        scenarios.set(p.scenario, { best: best ? { score: best.bestScore, grade: best.bestGrade } : null, attempts: p.attempts });
      }
      const history: HistoryRow[] = store.summaries({ player }).map((r) => ({
        id: r.id, scenario: sanitizeLine(r.scenario), title: sanitizeLine(r.title), finishedAt: r.finishedAt,
        outcome: r.outcome, score: r.score, grade: r.grade, abandoned: r.abandoned,
      }));
      const players = store.players().map((p) => p.name);
      if (!players.includes(player)) players.unshift(player);
      return { scenarios, locks: view.locks, player, players, history };
    },
    record: (run) => port.record(run),
    selectPlayer(name) {
      port = storeProgressPort(store, entries, { player: name, unlockAll });
    },
    async openReplay(runId, lang) {
      const { record } = store.findRun(runId);
      const inCampaign = byId.get(record.scenario);
      let current = inCampaign && inCampaign.hash === record.hash ? inCampaign : null;
      if (current === null) {
        // Not the campaign's copy: look for the file it was played from, or the library's
        // (this loads the YAML reader, so only here).
        const { scenarioForRun } = await import('../cli/replay-source');
        current = scenarioForRun(record) ?? inCampaign ?? null;
      }
      return { replay: replayRun(record, current, { lang }), scenario: inCampaign ? record.scenario : null };
    },
    takeNotes: () => port.takeNotices().map((n) => ({ code: n.code, file: n.file, message: n.message, ...(n.backup !== undefined && { backup: n.backup }) })),
  };
}
