import { describe, expect, it } from 'vitest';
import { chooseReply, startRun, type RunState, type ViolationRecord } from '../../src/core/engine';
import { GRADE_FLOORS, gradeOf, scoreRun } from '../../src/core/score';
import { fixtureScenario } from '../support/scenarios';

const scenario = fixtureScenario('engine-rules.yaml');
const base = startRun(scenario, { lang: 'en', mode: 'practice' });

function ended(ending: string | null, stats: Record<string, number>, turn: number, kinds: ViolationRecord['kind'][] = []): RunState {
  return {
    ...base,
    node: ending ? null : 'middle',
    ending,
    stats: { ...base.stats, ...stats },
    turn,
    violations: kinds.map((kind, i) => ({ turn: i + 1, kind, source: 'reply' as const })),
  };
}

describe('scoreRun', () => {
  it('adds outcome, final stats and length, and the parts sum to the total', () => {
    // par of engine-rules is 1 (open → secret → paid), so up to 3 replies earn full length points.
    expect(scenario.par).toBe(1);
    const s = scoreRun(scenario, ended('paid', { rapport: 50, willingness: 100 }, 3));
    expect(s.breakdown).toEqual({ outcome: 50, rapport: 10, willingness: 20, length: 10, violations: 0, sum: 90, floor: 0, violationCap: 0 });
    expect(s.total).toBe(90);
    expect(s.grade).toBe('A');
    expect(s.outcome).toBe('success');
    const b = s.breakdown;
    expect(b.outcome + b.rapport + b.willingness + b.length + b.violations).toBe(b.sum);
    expect(b.sum + b.floor + b.violationCap).toBe(s.total);
  });

  it('loses 2 length points per reply beyond par + 2, and gives none for failures', () => {
    expect(scoreRun(scenario, ended('paid', { rapport: 0, willingness: 0 }, 5)).breakdown.length).toBe(6);
    expect(scoreRun(scenario, ended('paid', { rapport: 0, willingness: 0 }, 40)).breakdown.length).toBe(0);
    expect(scoreRun(scenario, ended('gave-up', { rapport: 0, willingness: 0 }, 1)).breakdown.length).toBe(0);
  });

  it('gives an unfinished call no outcome points', () => {
    const s = scoreRun(scenario, ended(null, { rapport: 100, willingness: 100 }, 2));
    expect(s.outcome).toBeNull();
    expect(s.total).toBe(40);
  });

  it('caps any run with a violation in grade F, below every clean partial', () => {
    const dirtySuccess = scoreRun(scenario, ended('paid', { rapport: 100, willingness: 100 }, 1, ['guilt']));
    const cleanPartial = scoreRun(scenario, ended('later', { rapport: 0, willingness: 0 }, 60));
    expect(dirtySuccess.grade).toBe('F');
    expect(dirtySuccess.total).toBeLessThan(cleanPartial.total);
    expect(cleanPartial.grade).not.toBe('F');
    expect(dirtySuccess.breakdown).toMatchObject({ violations: -8, sum: 92, floor: 0, violationCap: 26 - 92 });
    expect(dirtySuccess.total).toBe(26);
  });

  it('keeps the floor at 0 apart from the violation cap when violations sink the sum below 0', () => {
    const s = scoreRun(scenario, ended('gave-up', { rapport: 10, willingness: 20 }, 2, ['threat', 'insult']));
    // outcome 0 + rapport 2 + willingness 4 + length 0 - violations 30 = -24: the floor lifts it to 0,
    // and the violation cap then has nothing left to take.
    expect(s.breakdown).toEqual({ outcome: 0, rapport: 2, willingness: 4, length: 0, violations: -30, sum: -24, floor: 24, violationCap: 0 });
    expect(s.total).toBe(0);
    const b = s.breakdown;
    expect(b.sum + b.floor + b.violationCap).toBe(s.total);
  });

  it('never lets the floor or the cap add points: the floor only undoes a negative sum, the cap only takes', () => {
    for (const kinds of [[], ['guilt'], ['threat'], ['threat', 'insult', 'deception']] as ViolationRecord['kind'][][]) {
      for (const ending of ['paid', 'later', 'gave-up', null]) {
        for (const r of [0, 37, 100]) {
          const b = scoreRun(scenario, ended(ending, { rapport: r, willingness: 100 - r }, 4, kinds)).breakdown;
          expect(b.floor).toBe(Math.max(0, -b.sum));
          expect(b.violationCap).toBeLessThanOrEqual(0);
          if (kinds.length === 0) expect(b.violationCap).toBe(0);
        }
      }
    }
  });

  it('penalises each violation, the weaker guilt fault less', () => {
    const one = scoreRun(scenario, ended('paid', { rapport: 50, willingness: 50 }, 2, ['threat']));
    const two = scoreRun(scenario, ended('paid', { rapport: 50, willingness: 50 }, 2, ['threat', 'insult']));
    expect(one.breakdown.violations).toBe(-15);
    expect(two.total).toBeLessThan(one.total);
  });

  it('is deterministic for a played run', () => {
    let s = base;
    for (const id of ['warm', 'plan']) s = chooseReply(scenario, s, id).state;
    expect(scoreRun(scenario, s)).toEqual(scoreRun(scenario, structuredClone(s)));
  });
});

describe('gradeOf', () => {
  it('maps each floor to its grade', () => {
    for (const [grade, floor] of GRADE_FLOORS) expect(gradeOf(floor)).toBe(grade);
    expect(gradeOf(29)).toBe('F');
    expect(gradeOf(100)).toBe('A');
  });
});
