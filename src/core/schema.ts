// The scenario file format (../shared/scenario-format.md), as one zod schema.
// TypeScript types are inferred from it and schema/scenario.schema.json is generated from it
// (`npm run schema`), so editors, the loader and the engine can never disagree.
// The schema describes the *shape* only; cross-references (targets, conditions, languages,
// reachability) are checked in check.ts, where the whole file is in view.
import { z } from 'zod';

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const SCENARIO_ID = /^[a-z0-9][a-z0-9-]*$/;
export const ELEMENT_ID = /^[a-z0-9][a-z0-9_-]*$/;
export const STAT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export const TACTICS = [
  'greet', 'verify', 'probe', 'listen', 'empathy', 'win-win', 'concession', 'deadline',
  'consequence', 'plan', 'close', 'escalate',
  'guilt', 'pressure', 'threat', 'insult', 'deception', 'disclosure', 'harassment',
] as const;
export const FAULTY_TACTICS = ['guilt', 'pressure', 'threat', 'insult', 'deception', 'disclosure', 'harassment'] as const;
export const VIOLATIONS = ['threat', 'insult', 'deception', 'disclosure', 'harassment', 'guilt'] as const;
export const OUTCOMES = ['success', 'partial', 'failure'] as const;
export const PARTIES = ['debtor', 'third-party'] as const;

export type Tactic = (typeof TACTICS)[number];
export type ViolationKind = (typeof VIOLATIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Party = (typeof PARTIES)[number];

const Text = z
  .union([
    z.string(),
    z.record(
      z.string().regex(LANGUAGE_CODE, 'not a language code'),
      z.string(),
    ),
  ])
  .meta({
    id: 'Text',
    description:
      'A plain string, or a map from language code to string ({ zh: "喂?", en: "Hello?" }). When `languages` is set, every map carries every listed language. In an unquoted flow map use the full-width comma (，) inside Chinese text: an ASCII comma ends the value.',
  });

const Condition = z.string().min(1).meta({
  id: 'Condition',
  description:
    'A comparison `NAME OP INTEGER` (OP: < <= > >= == !=) combined with and / or / not and parentheses. NAME is a declared stat, `turn` (replies given so far) or `violations` (count so far). Example: rapport >= 60 and (willingness > 40 or turn > 8)',
});

const ElementId = z.string().regex(ELEMENT_ID, 'must match [a-z0-9][a-z0-9_-]*');

// Where an id is named (start, next, goto, expect.ending) a bare number is the id written as
// digits: YAML reads `next: 2` as an integer, and `nodes: { 2: … }` as the key "2".
const IdNumber = z.int().min(0);
const IdRef = (description: string) => z.union([ElementId, IdNumber]).meta({ description: `${description} A whole number (2) means the id written as digits ("2").` });

/** The id a reference names, as a string: a non-negative whole number is its digits. */
export function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
}

const Route = z
  .strictObject({
    if: Condition.optional().meta({ description: 'Take this route when the condition holds; the last route has no `if`.' }),
    goto: IdRef('A node or ending id.'),
  })
  .meta({ description: 'One route: `goto` when `if` holds (checked in order).' });

const Target = z
  .union([
    ElementId.meta({ description: 'A node or ending id.' }),
    IdNumber.meta({ description: 'A node or ending id written as a whole number: 2 means the id "2".' }),
    z.array(Route).min(1),
  ])
  .meta({
    id: 'Target',
    description:
      'A node or ending id, or a list of routes [{ if: Condition, goto: id }, ..., { goto: id }] checked in order after the effects apply.',
  });

const Effects = z
  .record(z.string().regex(STAT_NAME, 'not a stat name'), z.int())
  .meta({ id: 'Effects', description: 'Stat → signed integer change, e.g. { rapport: -20, willingness: 5 }. Results are clamped to the stat range.' });

const ReplyId = z.union([z.string().min(1), z.int()]);

const Reply = z
  .strictObject({
    id: ReplyId.optional().meta({ description: 'Unique within the node; default: its position, "1", "2", ...' }),
    text: Text.meta({ description: 'What the collector says.' }),
    tactic: z.enum(TACTICS).optional().meta({
      description:
        'The move this reply makes: greet, verify, probe, listen, empathy, win-win, concession, deadline, consequence (truthful), plan, close, escalate (lawful), or the faulty guilt, pressure, threat, insult, deception, disclosure, harassment.',
    }),
    violation: z.enum(VIOLATIONS).optional().meta({ description: 'This reply breaks the conduct rules: threat, insult, deception, disclosure, harassment or guilt.' }),
    effects: Effects.optional(),
    feedback: Text.optional().meta({ description: "The coach's comment shown after the reply." }),
    if: Condition.optional().meta({ description: 'The reply is offered only when this holds.' }),
    next: Target.meta({ description: 'Where the call goes after this reply.' }),
  })
  .meta({ id: 'Reply', description: 'One thing the collector can say.' });

const SayVariant = z
  .strictObject({
    if: Condition.optional().meta({ description: 'Use this line when the condition holds; the last variant has no `if`.' }),
    text: Text,
  })
  .meta({ description: 'One variant of the debtor line.' });

const FreeMatch = z
  .strictObject({
    keywords: z.array(z.string().min(1)).min(1).meta({ description: 'Any one of these, found in the typed answer (case- and width-insensitive) and not negated just before (\"not\", \"不\"), picks the reply.' }),
    reply: ReplyId.meta({ description: 'A reply id of this node.' }),
  })
  .meta({ description: 'Keywords that map a typed answer onto a reply.' });

const Free = z
  .strictObject({
    match: z.array(FreeMatch).optional().meta({ description: 'Tried in order before the built-in judgement.' }),
    fallback: z
      .strictObject({
        effects: Effects.optional(),
        feedback: Text.optional(),
        next: Target.optional(),
      })
      .optional()
      .meta({ description: 'What happens to an answer that maps onto no reply. Default: a small rapport loss (-3) and the same node.' }),
  })
  .meta({ id: 'Free', description: "How free-text answers map onto this node's replies." });

const Node = z
  .strictObject({
    say: z
      .union([Text, z.array(SayVariant).min(1)])
      .meta({ description: 'What the debtor says: a Text, or variants { if, text } tried in order, the last without `if`.' }),
    note: Text.optional().meta({ description: 'Stage direction or narration, e.g. "(long silence)".' }),
    replies: z.array(Reply).min(1).max(9).meta({ description: '1 to 9 replies.' }),
    free: Free.optional(),
    party: z.enum(PARTIES).optional().meta({
      description: 'Who is on the line: debtor (default) or third-party. With a third party, revealing the debt is a disclosure violation.',
    }),
  })
  .meta({ id: 'Node', description: "One debtor turn and the collector's options." });

const Ending = z
  .strictObject({
    outcome: z.enum(OUTCOMES).meta({ description: 'success: a concrete commitment or payment; partial: some progress; failure: nothing agreed.' }),
    title: Text,
    debrief: Text.meta({ description: 'What the learner should take away from this ending.' }),
  })
  .meta({ id: 'Ending', description: 'How the call ends.' });

const Stat = z
  .union([
    z.int().min(0).max(100).meta({ description: 'Start value (range 0..100).' }),
    z.strictObject({
      start: z.int(),
      min: z.int().optional().meta({ description: 'Default 0.' }),
      max: z.int().optional().meta({ description: 'Default 100.' }),
      label: Text.optional().meta({ description: 'Shown in the stat panel.' }),
    }),
  ])
  .meta({ id: 'Stat', description: 'A start value 0..100, or { start, min, max, label }.' });

const StatComparison = z.union([
  z.string().regex(/^\s*(<=|>=|==|!=|<|>)?\s*-?\d+\s*$/, 'expected a comparison such as ">= 70"'),
  z.int(),
]);

const TestStep = z.union([
  ReplyId.meta({ description: 'A reply id at the node where the call stands.' }),
  z.strictObject({ say: z.string().min(1).meta({ description: 'A free-text answer.' }) }),
]);

const ScenarioTest = z
  .strictObject({
    name: z.string().min(1),
    lang: z.string().regex(LANGUAGE_CODE, 'not a language code').optional(),
    steps: z.array(TestStep).meta({ description: 'Reply ids, or { say: text } for typed answers.' }),
    expect: z.strictObject({
      ending: IdRef('The ending the path must reach.'),
      stats: z.record(z.string().regex(STAT_NAME, 'not a stat name'), StatComparison).optional().meta({ description: 'Comparisons per stat, e.g. { willingness: ">= 70" }.' }),
      violations: z.int().min(0).optional(),
    }),
  })
  .meta({ id: 'Test', description: 'A path an author expects to work.' });

export const ScenarioFileSchema = z
  .strictObject({
    format: z.literal(1).meta({ description: 'The format version: 1.' }),
    id: z.string().max(64).regex(SCENARIO_ID, 'must match [a-z0-9][a-z0-9-]*').meta({ description: 'Unique among the scenarios loaded together.' }),
    title: Text,
    difficulty: z.int().min(1).max(5).meta({ description: '1 (easiest) to 5 (hardest).' }),
    languages: z.array(z.string().regex(LANGUAGE_CODE, 'not a language code')).min(1).optional().meta({
      description: 'Language codes every Text map carries. Omitted: Texts are plain strings.',
    }),
    summary: Text.optional().meta({ description: 'One line for menus.' }),
    briefing: Text.optional().meta({ description: 'What the collector knows before the call.' }),
    goal: Text.optional().meta({ description: 'What success means.' }),
    debtor: z.strictObject({ name: Text.optional(), profile: Text.optional() }).optional(),
    account: z
      .strictObject({
        creditor: Text.optional(),
        product: Text.optional(),
        amount: z.number().min(0).optional(),
        currency: z.string().optional(),
        days_overdue: z.int().min(0).optional(),
      })
      .optional(),
    stats: z.record(z.string().regex(STAT_NAME, 'not a stat name'), Stat).meta({
      description: 'Stat name → start value or definition. rapport and willingness are required.',
    }),
    start: IdRef('The id of the first node.'),
    nodes: z.record(ElementId, Node).meta({ description: 'Node id → Node.' }),
    endings: z.record(ElementId, Ending).meta({ description: 'Ending id → Ending (at least one).', minProperties: 1 }),
    triggers: z
      .array(z.strictObject({ if: Condition, goto: IdRef('An ending id.') }))
      .optional()
      .meta({ description: 'Checked in order after every reply; the first that holds ends the call.' }),
    tests: z.array(ScenarioTest).optional(),
  })
  .meta({ title: 'callcraft scenario', description: 'One collection call with one debtor (callcraft format 1).' });

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
export type TextValue = z.infer<typeof Text>;
export type ReplyFile = z.infer<typeof Reply>;
export type NodeFile = z.infer<typeof Node>;
export type TargetFile = z.infer<typeof Target>;
export type TestFile = z.infer<typeof ScenarioTest>;

/** The JSON Schema for editors (yaml-language-server), generated from the zod schema. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioFileSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
}
