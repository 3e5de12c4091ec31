// Replay data: the turns of a saved run, ready to show one by one. When the scenario is at hand
// with the same content hash, the run is recomputed from its saved inputs through the engine (so
// it can be shown in another language, and so a replay proves what it shows); the result must
// agree with the record turn by turn. When the scenario changed, is gone, or the engine now
// plays the inputs differently, the record is shown as it was saved, with the reason.
// Every string in a Replay is already sanitised for the terminal (run files are untrusted).
import { MODES, replayInputs, RunError, type Mode, type RunState, type TurnInput } from './engine';
import type { MatchRule } from './matcher';
import { describeTurns, type RunSource } from './record';
import type { RecordStatDef, RecordTurn, RunRecord } from './record-schema';
import { sanitize, sanitizeLine } from './sanitize';
import type { Grade, ScoreBreakdown } from './score';
import { scenarioLanguage, textIn } from './text';
import type { Outcome } from './schema';

export type ReplayReason = 'scenario-changed' | 'scenario-missing' | 'engine-differs';

export type ReplayAnswer =
  | { readonly kind: 'reply'; readonly reply: string; readonly text: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      /** The reply the typed answer was understood as; null when the fallback applied. */
      readonly understood: string | null;
      readonly understoodText?: string;
      readonly rule: MatchRule;
    };

export interface ReplayViolation {
  readonly kind: string;
  readonly source: 'reply' | 'text';
  readonly phrase?: string;
}

export interface ReplayTurn {
  readonly turn: number;
  readonly node: string;
  /** What the debtor said before the answer. */
  readonly said: string;
  readonly note?: string;
  /** A third party, not the debtor, was on the line. */
  readonly thirdParty: boolean;
  readonly answer: ReplayAnswer;
  readonly tactic?: string;
  readonly effects: Readonly<Record<string, number>>;
  /** Stats before and after the turn. */
  readonly before: Readonly<Record<string, number>>;
  readonly after: Readonly<Record<string, number>>;
  readonly feedback?: string;
  readonly violations: readonly ReplayViolation[];
  /** The replies that were offered and not taken. */
  readonly notTaken: readonly { readonly id: string; readonly text: string; readonly tactic?: string }[];
  readonly ending: string | null;
}

export interface Replay {
  /** 'engine': recomputed from the inputs and matching the record; 'saved': the record as saved. */
  readonly source: 'engine' | 'saved';
  readonly reason: ReplayReason | null;
  /** For 'engine-differs': the first turn where the engine and the record disagree. */
  readonly divergedAt: number | null;
  readonly id: string;
  readonly player: string;
  readonly scenario: string;
  readonly title: string;
  /** The debtor's name, when the scenario is as it was (a saved record does not keep it). */
  readonly debtor?: string;
  readonly mode: string;
  /** The language the texts are in. */
  readonly lang: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly statDefs: readonly RecordStatDef[];
  readonly start: Readonly<Record<string, number>>;
  readonly turns: readonly ReplayTurn[];
  readonly ending: { readonly id: string; readonly outcome: Outcome | null; readonly title: string; readonly debrief: string } | null;
  readonly abandoned: boolean;
  readonly score: number;
  readonly grade: Grade;
  readonly breakdown: ScoreBreakdown;
  readonly violations: number;
}

export interface ReplayOptions {
  /** Show the texts in this language when the run is recomputed (the saved record has one). */
  readonly lang?: string;
}

function cleanRule(rule: MatchRule): MatchRule {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rule)) out[k] = typeof v === 'string' ? sanitizeLine(v) : v;
  return out as unknown as MatchRule;
}

function toReplayTurn(t: RecordTurn, before: Readonly<Record<string, number>>): ReplayTurn {
  const answer: ReplayAnswer = t.input.kind === 'reply'
    ? { kind: 'reply', reply: sanitizeLine(t.input.reply), text: sanitize(t.replyText ?? '') }
    : {
        kind: 'text',
        text: sanitizeLine(t.input.text),
        understood: t.reply === null ? null : sanitizeLine(t.reply),
        ...(t.replyText !== undefined && { understoodText: sanitize(t.replyText) }),
        rule: cleanRule(t.match ?? { kind: 'fallback' }),
      };
  return {
    turn: t.turn,
    node: sanitizeLine(t.node),
    said: sanitize(t.said),
    ...(t.note !== undefined && { note: sanitize(t.note) }),
    thirdParty: t.party === 'third-party',
    answer,
    ...(t.tactic !== undefined && { tactic: sanitizeLine(t.tactic) }),
    effects: t.effects,
    before,
    after: t.stats,
    ...(t.feedback !== undefined && { feedback: sanitize(t.feedback) }),
    violations: t.violations.map((v) => ({
      kind: sanitizeLine(v.kind), source: v.source, ...(v.phrase !== undefined && { phrase: sanitizeLine(v.phrase) }),
    })),
    notTaken: t.offered
      .filter((o) => o.id !== t.reply)
      .map((o) => ({ id: sanitizeLine(o.id), text: sanitize(o.text), ...(o.tactic !== undefined && { tactic: sanitizeLine(o.tactic) }) })),
    ending: t.ending === null ? null : sanitizeLine(t.ending),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The first turn (1-based) where the recomputed turns and the record disagree, or null. */
function firstDifference(saved: readonly RecordTurn[], recomputed: readonly RecordTurn[]): number | null {
  const n = Math.max(saved.length, recomputed.length);
  for (let i = 0; i < n; i++) {
    const s = saved[i];
    const r = recomputed[i];
    if (!s || !r) return i + 1;
    const same = s.node === r.node && s.reply === r.reply && s.ending === r.ending && s.route.goto === r.route.goto
      && sameJson(s.effects, r.effects) && sameJson(s.stats, r.stats)
      && sameJson(s.violations.map((v) => v.kind), r.violations.map((v) => v.kind));
    if (!same) return i + 1;
  }
  return null;
}

function recompute(record: RunRecord, source: RunSource): { state: RunState } | { divergedAt: number } {
  if (!(MODES as readonly string[]).includes(record.mode)) return { divergedAt: 1 };
  const inputs: TurnInput[] = record.inputs.map((i) => (i.kind === 'reply' ? { kind: 'reply', reply: i.reply } : { kind: 'text', text: i.text }));
  try {
    return { state: replayInputs(source.scenario, { lang: record.lang, mode: record.mode as Mode }, inputs) };
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    // Find the input the engine refused: replay prefixes until one fails.
    for (let n = 1; n <= inputs.length; n++) {
      try {
        replayInputs(source.scenario, { lang: record.lang, mode: record.mode as Mode }, inputs.slice(0, n));
      } catch {
        return { divergedAt: n };
      }
    }
    return { divergedAt: 1 };
  }
}

function assemble(
  record: RunRecord,
  turns: readonly RecordTurn[],
  texts: { title: string; debtor?: string; lang: string; statDefs: readonly RecordStatDef[]; ending: Replay['ending'] },
  how: Pick<Replay, 'source' | 'reason' | 'divergedAt'>,
): Replay {
  let before: Readonly<Record<string, number>> = record.start;
  const shown = turns.map((t) => {
    const turn = toReplayTurn(t, before);
    before = t.stats;
    return turn;
  });
  return {
    ...how,
    id: sanitizeLine(record.id),
    player: sanitizeLine(record.player),
    scenario: sanitizeLine(record.scenario),
    title: sanitizeLine(texts.title),
    ...(texts.debtor && { debtor: sanitizeLine(texts.debtor) }),
    mode: sanitizeLine(record.mode),
    lang: sanitizeLine(texts.lang),
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    statDefs: texts.statDefs.map((s) => ({ ...s, name: sanitizeLine(s.name), ...(s.label !== undefined && { label: sanitizeLine(s.label) }) })),
    start: record.start,
    turns: shown,
    ending: texts.ending,
    abandoned: record.abandoned,
    score: record.score,
    grade: record.grade,
    breakdown: record.breakdown,
    violations: record.violations.length,
  };
}

function savedReplay(record: RunRecord, reason: ReplayReason, divergedAt: number | null = null): Replay {
  const ending = record.ending === null ? null : {
    id: sanitizeLine(record.ending),
    outcome: record.outcome,
    title: sanitizeLine(record.endingTitle ?? record.ending),
    debrief: sanitize(record.debrief ?? ''),
  };
  return assemble(record, record.turns, { title: record.title, lang: record.lang, statDefs: record.statDefs, ending }, { source: 'saved', reason, divergedAt });
}

/**
 * The replay of a saved run. `current` is the scenario with the record's id as it is now (or
 * null when no scenario has that id any more).
 */
export function replayRun(record: RunRecord, current: RunSource | null, options: ReplayOptions = {}): Replay {
  if (current === null || current.scenario.id !== record.scenario) return savedReplay(record, 'scenario-missing');
  if (current.hash !== record.hash) return savedReplay(record, 'scenario-changed');
  const result = recompute(record, current);
  if ('divergedAt' in result) return savedReplay(record, 'engine-differs', result.divergedAt);
  const diff = firstDifference(record.turns, describeTurns(current.scenario, result.state))
    ?? (result.state.ending === record.ending ? null : record.turns.length);
  if (diff !== null) return savedReplay(record, 'engine-differs', diff);

  const { scenario } = current;
  const lang = scenarioLanguage(scenario.languages, options.lang ?? record.lang);
  const tx = (t: Parameters<typeof textIn>[0]) => textIn(t, lang, scenario.languages);
  const end = result.state.ending === null ? undefined : scenario.endings.get(result.state.ending);
  return assemble(record, describeTurns(scenario, result.state, lang), {
    title: tx(scenario.title),
    ...(scenario.debtor?.name && { debtor: tx(scenario.debtor.name) }),
    lang,
    statDefs: scenario.stats.map((s) => ({ name: s.name, min: s.min, max: s.max, ...(s.label !== undefined && { label: tx(s.label) }) })),
    ending: end ? { id: sanitizeLine(end.id), outcome: end.outcome, title: sanitizeLine(tx(end.title)), debrief: sanitize(tx(end.debrief)) } : null,
  }, { source: 'engine', reason: null, divergedAt: null });
}
