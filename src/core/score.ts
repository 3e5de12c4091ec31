// Score and grade: deterministic, from the run's state alone. Documented in the README.
//
//   outcome      success 50 · partial 30 · failure 0 · unfinished 0
//   rapport      up to 20, in proportion to where the final value sits in the stat's range
//   willingness  up to 20, likewise
//   length       up to 10, for success and partial only: full marks within par + 2 replies
//                (par = fewest replies from the start to a success ending), −2 per reply beyond
//   violations   −15 each (guilt-tripping, the weaker fault, −8)
// A negative sum counts as 0 (the parts cannot pass 100). Any violation then keeps only 29% of
// it, so a run with a violation always lands in grade F and below every clean run that reached
// at least a partial.
import type { Scenario } from './model';
import type { Outcome, ViolationKind } from './schema';
import type { RunState } from './engine';

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export const OUTCOME_POINTS: Readonly<Record<Outcome, number>> = { success: 50, partial: 30, failure: 0 };
export const STAT_POINTS = 20;
export const LENGTH_POINTS = 10;
export const LENGTH_SLACK = 2;
export const LENGTH_STEP = 2;
export const VIOLATION_PENALTY = 15;
export const GUILT_PENALTY = 8;
export const VIOLATION_FACTOR = 0.29;
/** The lowest score of each grade, best first. */
export const GRADE_FLOORS: readonly [Grade, number][] = [['A', 85], ['B', 70], ['C', 55], ['D', 30], ['F', 0]];

export interface ScoreBreakdown {
  readonly outcome: number;
  readonly rapport: number;
  readonly willingness: number;
  readonly length: number;
  /** Points lost to violations (zero or negative). */
  readonly violations: number;
  /** outcome + rapport + willingness + length + violations: below 0 when violations outweigh the rest. */
  readonly sum: number;
  /** What the floor at 0 undoes of a negative sum (zero or positive: −sum when the sum is below 0). */
  readonly floor: number;
  /** Points the violation cap takes, keeping 29% (zero or negative). sum + floor + violationCap = total. */
  readonly violationCap: number;
}

export interface Score {
  readonly total: number;
  readonly grade: Grade;
  readonly outcome: Outcome | null;
  readonly breakdown: ScoreBreakdown;
}

export function gradeOf(total: number): Grade {
  return GRADE_FLOORS.find(([, floor]) => total >= floor)![0];
}

/** Points a violation of this kind costs. */
export function violationPenalty(kind: ViolationKind): number {
  return kind === 'guilt' ? GUILT_PENALTY : VIOLATION_PENALTY;
}

/** What the score depends on: the explorer computes it for states it never builds as runs. */
export interface ScoreInput {
  readonly outcome: Outcome | null;
  /** A stat's final value by name (rapport and willingness are read). */
  readonly stat: (name: string) => number | undefined;
  readonly turn: number;
  /** The sum of violationPenalty() over the run's violations. */
  readonly penalty: number;
  readonly violated: boolean;
}

function statPoints(scenario: Scenario, input: ScoreInput, name: string): number {
  const def = scenario.stats.find((s) => s.name === name);
  if (!def || def.max <= def.min) return 0;
  const value = input.stat(name) ?? def.min;
  return (STAT_POINTS * (value - def.min)) / (def.max - def.min);
}

export function scoreFrom(scenario: Scenario, input: ScoreInput): Score {
  const { outcome } = input;
  const outcomePts = outcome ? OUTCOME_POINTS[outcome] : 0;
  const rapport = statPoints(scenario, input, 'rapport');
  const willingness = statPoints(scenario, input, 'willingness');
  let length = 0;
  if (outcome === 'success' || outcome === 'partial') {
    const extra = scenario.par === null ? 0 : Math.max(0, input.turn - (scenario.par + LENGTH_SLACK));
    length = Math.max(0, LENGTH_POINTS - LENGTH_STEP * extra);
  }
  const violations = 0 - input.penalty || 0;
  const sum = outcomePts + Math.round(rapport) + Math.round(willingness) + length + violations;
  // The parts reach 100 at most (50 + 20 + 20 + 10), so only the floor can ever apply.
  const raw = Math.max(0, sum);
  const total = input.violated ? Math.floor(raw * VIOLATION_FACTOR) : raw;
  return {
    total,
    grade: gradeOf(total),
    outcome,
    breakdown: {
      outcome: outcomePts,
      rapport: Math.round(rapport),
      willingness: Math.round(willingness),
      length,
      violations,
      sum,
      floor: raw - sum,
      violationCap: total - raw,
    },
  };
}

export function scoreRun(scenario: Scenario, state: RunState): Score {
  return scoreFrom(scenario, {
    outcome: state.ending === null ? null : scenario.endings.get(state.ending)?.outcome ?? null,
    stat: (name) => state.stats[name],
    turn: state.turn,
    penalty: state.violations.reduce((sum, v) => sum + violationPenalty(v.kind), 0),
    violated: state.violations.length > 0,
  });
}
