// The saved run record: what the store writes for every call, and what history, best scores,
// unlocks and replay are derived from. One zod schema is the source of the types and of the
// check applied when a run file is read back (a file from disk is untrusted input).
//
// The check is deliberately lenient where later versions may add values (tactic names, match
// rule kinds, modes), so a valid run is never mistaken for a corrupt one; it is strict where a
// value becomes a key or a path (stat names, the run id).
import { z } from 'zod';
import type { MatchRule } from './matcher';
import { GRADES } from './score';
import { OUTCOMES, STAT_NAME } from './schema';

/**
 * The run record format version. A reader upgrades older records (upgradeRecord) and leaves
 * newer ones alone. 1: the score breakdown had one `cap` (total − sum); 2: it has the score's
 * `sum`, `floor` and `violationCap` (src/core/score.ts).
 */
export const RECORD_VERSION = 2;

/** Run ids: 9 base-36 digits of the save time in ms (sortable until the year 5000), a dash, 6 random base-36 digits. */
export const RUN_ID = /^[0-9a-z]{9}-[0-9a-z]{6}$/;

const Stats = z.record(z.string().regex(STAT_NAME), z.number());

const Match = z.custom<MatchRule>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string',
  'expected a match rule { kind, ... }',
);

export const ViolationSchema = z.object({
  turn: z.int().min(1),
  kind: z.string().min(1),
  source: z.enum(['reply', 'text']),
  phrase: z.string().optional(),
});

const TurnInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), reply: z.string().min(1) }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);

/** A saved input: a reply id, or typed text with what the matcher understood it as. */
export const RecordInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), reply: z.string().min(1) }),
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    /** The reply the answer was mapped onto; null when the node's fallback applied. */
    understood: z.string().nullable(),
    rule: Match,
  }),
]);

const Offered = z.object({ id: z.string(), text: z.string(), tactic: z.string().optional() });

/** One turn as it was shown, texts in the run's language. */
export const RecordTurnSchema = z.object({
  turn: z.int().min(1),
  node: z.string(),
  said: z.string(),
  note: z.string().optional(),
  /** Present when a third party (not the debtor) was on the line. */
  party: z.literal('third-party').optional(),
  /** The replies offered when the player answered (the ones not taken are the rest). */
  offered: z.array(Offered),
  input: TurnInput,
  reply: z.string().nullable(),
  replyText: z.string().optional(),
  tactic: z.string().optional(),
  match: Match.optional(),
  /** Stat changes actually applied, and the stats after the turn. */
  effects: Stats,
  stats: Stats,
  feedback: z.string().optional(),
  violations: z.array(ViolationSchema),
  route: z.object({ goto: z.string(), via: z.string(), index: z.int() }),
  ending: z.string().nullable(),
});

export const StatDefSchema = z.object({
  name: z.string().regex(STAT_NAME),
  min: z.number(),
  max: z.number(),
  label: z.string().optional(),
});

const Breakdown = z.object({
  outcome: z.number(),
  rapport: z.number(),
  willingness: z.number(),
  length: z.number(),
  violations: z.number(),
  sum: z.number(),
  floor: z.number(),
  violationCap: z.number(),
});

const Timestamp = z.iso.datetime({ offset: true });

export const RunRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  id: z.string().regex(RUN_ID),
  player: z.string().min(1).max(200),
  scenario: z.string().min(1).max(200),
  /** LoadedScenario.hash when the run was played: replay knows whether the file changed. */
  hash: z.string().max(200),
  /** The scenario file the run was played from, when known. */
  file: z.string().max(4096).optional(),
  title: z.string(),
  difficulty: z.int(),
  mode: z.string().min(1),
  lang: z.string(),
  startedAt: Timestamp,
  finishedAt: Timestamp,
  statDefs: z.array(StatDefSchema),
  /** Stats when the call began. */
  start: Stats,
  inputs: z.array(RecordInputSchema),
  turns: z.array(RecordTurnSchema),
  ending: z.string().nullable(),
  endingTitle: z.string().optional(),
  debrief: z.string().optional(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Final stats. */
  stats: Stats,
  score: z.int().min(0).max(100),
  grade: z.enum(GRADES),
  breakdown: Breakdown,
  violations: z.array(ViolationSchema),
  /** The call was left before an ending (quit, Ctrl+C, back to the menu, inputs ran out). */
  abandoned: z.boolean(),
});

/**
 * Brings an older record to the current version, or returns the data unchanged (the schema then
 * judges it). Version 1 → 2: the breakdown's `cap` splits into the floor at 0 (undoing a
 * negative sum) and the violation cap, both worked out from the parts and the score.
 */
export function upgradeRecord(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return data;
  const r = data as { score?: unknown; breakdown?: Record<string, unknown> };
  const b = r.breakdown;
  if (typeof b !== 'object' || b === null || typeof r.score !== 'number') return data;
  const parts = ['outcome', 'rapport', 'willingness', 'length', 'violations'].map((k) => b[k]);
  if (!parts.every((n) => typeof n === 'number')) return data;
  const sum = (parts as number[]).reduce((a, n) => a + n, 0);
  const raw = Math.max(0, sum);
  const { cap: _cap, ...rest } = b;
  return { ...data, v: 2, breakdown: { ...rest, sum, floor: raw - sum, violationCap: r.score - raw } };
}

/** The check a run file goes through: upgraded first, then the current schema. */
export const StoredRunRecordSchema = z.preprocess(upgradeRecord, RunRecordSchema);

export type RunRecord = z.infer<typeof RunRecordSchema>;
export type RecordTurn = z.infer<typeof RecordTurnSchema>;
export type RecordInput = z.infer<typeof RecordInputSchema>;
export type RecordStatDef = z.infer<typeof StatDefSchema>;
/** A record before the store gives it an id. */
export type RunDraft = Omit<RunRecord, 'id'>;
