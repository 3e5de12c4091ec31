// The compiled rules: conditions mean what evaluate() says, and saturation keeps every
// comparison's answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, evaluate, formatCondition, parseCondition, type CondAst } from '../../src/core/condition';
import { saturationFor } from '../../src/core/rules';
import { fixtureScenario } from '../support/scenarios';

const NAMES = ['rapport', 'willingness', 'turn', 'violations', 'unknown'];
const OPS = ['<', '<=', '>', '>=', '==', '!='] as const;
const ast: fc.Arbitrary<CondAst> = fc.letrec<{ c: CondAst }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('cmp' as const), name: fc.constantFrom(...NAMES), op: fc.constantFrom(...OPS), value: fc.integer({ min: -5, max: 105 }), offset: fc.constant(0) }),
    fc.record({ type: fc.constantFrom('and' as const, 'or' as const), left: tie('c'), right: tie('c') }),
    fc.record({ type: fc.constant('not' as const), expr: tie('c') }),
  ),
})).c;

describe('compileCondition', () => {
  it('agrees with evaluate on every condition and every value (unknown names read 0)', () => {
    fc.assert(fc.property(ast, fc.array(fc.integer({ min: -10, max: 110 }), { minLength: 4, maxLength: 4 }), (cond, values) => {
      const slot = (name: string) => NAMES.indexOf(name) < 4 ? NAMES.indexOf(name) : -1;
      const env = (name: string) => (slot(name) < 0 ? 0 : values[slot(name)]!);
      const compiled = compileCondition(parseCondition(formatCondition(cond)), slot);
      expect(compiled([99, ...values], 1)).toBe(evaluate(cond, env));
    }), { numRuns: 500 });
  });
});

describe('saturationFor', () => {
  it('stops counting turn and violations one past the largest constant any condition compares them with', () => {
    // engine-rules: `turn >= 3` (a route), `violations >= 2` (a trigger)
    expect(saturationFor(fixtureScenario('engine-rules.yaml'))).toEqual({ turn: 4, violations: 3, penalty: 100 });
    // format-example compares neither
    expect(saturationFor(fixtureScenario('format-example.yaml'))).toEqual({ turn: 0, violations: 0, penalty: 100 });
  });

  it('keeps every comparison with those constants unchanged', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom(...OPS), (c, t, op) => {
      const cap = c + 1;
      const cond = parseCondition(`turn ${op} ${c}`);
      const at = (v: number) => evaluate(cond, () => v);
      expect(at(Math.min(t, cap))).toBe(at(t));
    }));
  });
});
