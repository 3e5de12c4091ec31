// The format's closed word lists, without zod: the engine and the screens need these words, and
// importing them from schema.ts would load (and build) the whole zod schema at start-up.
// schema.ts re-exports them, so either import path works.
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
