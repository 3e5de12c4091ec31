// Building a run record from engine state: everything a later replay, the history and the best
// scores need, with texts resolved in the run's language so the record still reads right when
// its scenario file has changed or is gone. Pure: times and the player come from the caller.
import { holds, startRun, type RunState } from './engine';
import type { Scenario } from './model';
import { RECORD_VERSION, type RecordInput, type RecordTurn, type RunDraft } from './record-schema';
import { scoreRun } from './score';
import { textIn, type Text } from './text';

/** The scenario a run was played on, as the content loader produced it. */
export interface RunSource {
  readonly scenario: Scenario;
  /** LoadedScenario.hash. */
  readonly hash: string;
  readonly file?: string;
}

export interface RecordContext {
  readonly player: string;
  /** ISO 8601 times. */
  readonly startedAt: string;
  readonly finishedAt: string;
}

/** The turns of a run as they were shown, texts in `lang` (default: the run's language). */
export function describeTurns(scenario: Scenario, state: RunState, lang: string = state.lang): RecordTurn[] {
  const tx = (t: Text | undefined) => textIn(t, lang, scenario.languages);
  let before: Pick<RunState, 'stats' | 'turn' | 'violations'> = startRun(scenario, state);
  return state.turns.map((t) => {
    const node = scenario.nodes.get(t.node);
    if (!node) throw new Error(`scenario ${scenario.id} has no node "${t.node}"`);
    const offered = node.replies
      .filter((r) => holds(r.if, before))
      .map((r) => ({ id: r.id, text: tx(r.text), ...(r.tactic && { tactic: r.tactic }) }));
    const turn: RecordTurn = {
      turn: t.turn,
      node: t.node,
      said: tx(t.said),
      ...(node.note !== undefined && { note: tx(node.note) }),
      ...(node.party === 'third-party' && { party: 'third-party' as const }),
      offered,
      input: t.input,
      reply: t.reply,
      ...(t.replyText !== undefined && { replyText: tx(t.replyText) }),
      ...(t.tactic !== undefined && { tactic: t.tactic }),
      ...(t.match !== undefined && { match: t.match }),
      effects: t.effects,
      stats: t.stats,
      ...(t.feedback !== undefined && { feedback: tx(t.feedback) }),
      violations: [...t.violations],
      route: t.route,
      ending: t.ending,
    };
    before = { stats: t.stats, turn: t.turn, violations: [...before.violations, ...t.violations] };
    return turn;
  });
}

/** The inputs that replay the run, each typed answer with what the matcher understood. */
export function recordInputs(state: RunState): RecordInput[] {
  return state.turns.map((t) =>
    t.input.kind === 'reply'
      ? { kind: 'reply', reply: t.input.reply }
      : { kind: 'text', text: t.input.text, understood: t.reply, rule: t.match ?? { kind: 'fallback' } },
  );
}

/** The record of a run, finished (an ending was reached) or abandoned (it was not). */
export function buildRunRecord(source: RunSource, state: RunState, context: RecordContext): RunDraft {
  const { scenario } = source;
  if (state.scenario !== scenario.id) {
    throw new Error(`this run belongs to scenario "${state.scenario}", not "${scenario.id}"`);
  }
  const tx = (t: Text | undefined) => textIn(t, state.lang, scenario.languages);
  const score = scoreRun(scenario, state);
  const ending = state.ending === null ? undefined : scenario.endings.get(state.ending);
  return {
    v: RECORD_VERSION,
    player: context.player,
    scenario: scenario.id,
    hash: source.hash,
    ...(source.file !== undefined && { file: source.file }),
    title: tx(scenario.title),
    difficulty: scenario.difficulty,
    mode: state.mode,
    lang: state.lang,
    startedAt: context.startedAt,
    finishedAt: context.finishedAt,
    statDefs: scenario.stats.map((s) => ({
      name: s.name, min: s.min, max: s.max, ...(s.label !== undefined && { label: tx(s.label) }),
    })),
    start: startRun(scenario, state).stats,
    inputs: recordInputs(state),
    turns: describeTurns(scenario, state),
    ending: state.ending,
    ...(ending && { endingTitle: tx(ending.title), debrief: tx(ending.debrief) }),
    outcome: ending?.outcome ?? null,
    stats: state.stats,
    score: score.total,
    grade: score.grade,
    breakdown: score.breakdown,
    violations: [...state.violations],
    abandoned: state.ending === null,
  };
}
