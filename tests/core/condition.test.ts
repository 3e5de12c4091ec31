import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConditionError, conditionNames, evaluate, formatCondition, parseCondition } from '../../src/core/condition';

const env = (values: Record<string, number>) => (name: string) => values[name] ?? 0;
const check = (src: string, values: Record<string, number>) => evaluate(parseCondition(src), env(values));

function errorOf(src: string): ConditionError {
  try {
    parseCondition(src);
  } catch (error) {
    if (error instanceof ConditionError) return error;
    throw error;
  }
  throw new Error(`"${src}" parsed without error`);
}

describe('condition parser', () => {
  it('evaluates every comparison operator', () => {
    const v = { rapport: 50 };
    expect(check('rapport < 51', v)).toBe(true);
    expect(check('rapport < 50', v)).toBe(false);
    expect(check('rapport <= 50', v)).toBe(true);
    expect(check('rapport > 49', v)).toBe(true);
    expect(check('rapport >= 51', v)).toBe(false);
    expect(check('rapport == 50', v)).toBe(true);
    expect(check('rapport != 50', v)).toBe(false);
    expect(check('rapport > -5', v)).toBe(true);
  });

  it('gives and higher precedence than or, and honours parentheses and not', () => {
    // true or (false and false) = true; (true or false) and false = false
    expect(check('a == 1 or b == 1 and c == 1', { a: 1 })).toBe(true);
    expect(check('(a == 1 or b == 1) and c == 1', { a: 1 })).toBe(false);
    expect(check('not a == 1', { a: 1 })).toBe(false);
    expect(check('not not a == 1', { a: 1 })).toBe(true);
    expect(check('not (a == 1 and b == 2)', { a: 1, b: 3 })).toBe(true);
  });

  it('evaluates the contract example', () => {
    const src = 'rapport >= 60 and (willingness > 40 or turn > 8)';
    expect(check(src, { rapport: 60, willingness: 10, turn: 9 })).toBe(true);
    expect(check(src, { rapport: 60, willingness: 10, turn: 8 })).toBe(false);
    expect(check(src, { rapport: 59, willingness: 90, turn: 9 })).toBe(false);
  });

  it('lists the names a condition reads, with their columns', () => {
    expect(conditionNames(parseCondition('rapport >= 60 and (patience > 2 or turn > 8)'))).toEqual([
      { name: 'rapport', offset: 0 },
      { name: 'patience', offset: 19 },
      { name: 'turn', offset: 35 },
    ]);
  });

  it.each([
    ['rapport >= ', 11, /whole number/],
    ['rapport => 60', 8, /"="/],
    ['rapport >= 60 and', 17, /comparison/],
    ['(rapport >= 60', 14, /"\)"/],
    ['rapport >= 60 && turn > 2', 14, /"&&"/],
    ['rapport = 60', 8, /"="/],
    ['60 <= rapport', 0, /stat name/],
    ['rapport >= 6o', 12, /"and", "or" or the end/],
    ['rapport >= 60 AND turn > 1', 14, /lower case/],
    ['rapport >= 6.5', 11, /whole numbers/],
    ['rapport >= willingness', 11, /whole number/],
    ['', 0, /empty/],
    ['rapport >= 60 turn > 1', 14, /"and", "or"/],
    ['rapport ≥ 60', 8, /unexpected character/],
  ])('reports %j at column %i', (src, offset, message) => {
    const error = errorOf(src);
    expect(error.offset).toBe(offset);
    expect(error.message).toMatch(message);
  });

  it('formats a condition back to text that parses to the same tree', () => {
    const src = 'not (rapport >= 60 and willingness > 40) or turn > 8';
    const ast = parseCondition(src);
    expect(parseCondition(formatCondition(ast))).toEqual(ast);
  });

  it('never throws anything but ConditionError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (src) => {
        try {
          parseCondition(src);
        } catch (error) {
          expect(error).toBeInstanceOf(ConditionError);
          expect((error as ConditionError).offset).toBeGreaterThanOrEqual(0);
          expect((error as ConditionError).offset).toBeLessThanOrEqual(src.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
