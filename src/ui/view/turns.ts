// What a finished run looked like turn by turn: for the debrief (and replays), the replies that
// were on offer at each turn but not taken. Offered-ness is the engine's rule (`holds`).
import { holds, startRun, type RunState, type TurnRecord, type ViolationRecord } from '../../core/engine';
import type { Reply, Scenario } from '../../core/model';

/** The stats, turn count and violations just before turn `index` (0-based) was played. */
export function stateBefore(scenario: Scenario, run: RunState, index: number): Pick<RunState, 'stats' | 'turn' | 'violations'> {
  const stats = index === 0 ? startRun(scenario, { lang: run.lang, mode: run.mode }).stats : run.turns[index - 1]!.stats;
  const violations: ViolationRecord[] = run.turns.slice(0, index).flatMap((x) => x.violations);
  return { stats, turn: index, violations };
}

/** The replies offered at a turn that the player did not play. */
export function notTaken(scenario: Scenario, run: RunState, index: number): Reply[] {
  const turn: TurnRecord = run.turns[index]!;
  const node = scenario.nodes.get(turn.node);
  if (!node) return [];
  const before = stateBefore(scenario, run, index);
  return node.replies.filter((r) => r.id !== turn.reply && holds(r.if, before));
}

/** Each stat's value at the start and after every turn. */
export function timeline(scenario: Scenario, run: RunState): Record<string, number[]> {
  const start = startRun(scenario, { lang: run.lang, mode: run.mode }).stats;
  return Object.fromEntries(scenario.stats.map((def) => [def.name, [start[def.name]!, ...run.turns.map((x) => x.stats[def.name]!)]]));
}
