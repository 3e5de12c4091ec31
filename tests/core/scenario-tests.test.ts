import { describe, expect, it } from 'vitest';
import { parseExpectation, runScenarioTest, runScenarioTests } from '../../src/core/scenario-tests';
import type { ScenarioTest } from '../../src/core/model';
import { fixtureScenario } from '../support/scenarios';

const scenario = fixtureScenario('engine-rules.yaml');
const test = (t: Partial<ScenarioTest>): ScenarioTest => ({ name: 't', steps: [], expect: { ending: 'paid', stats: {} }, ...t });

describe('scenario tests', () => {
  it('passes the contract example', () => {
    const results = runScenarioTests(fixtureScenario('format-example.yaml'));
    expect(results.map((r) => [r.name, r.passed])).toEqual([['polite route', true]]);
  });

  it('passes a path that reaches the expected ending, stats and violation count', () => {
    const r = runScenarioTest(scenario, test({ steps: [{ reply: 'warm' }, { say: 'three instalments?' }], expect: { ending: 'paid', stats: { willingness: '>= 100', rapport: '60' }, violations: 0 } }));
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('names the failing step and what was offered', () => {
    const r = runScenarioTest(scenario, test({ steps: [{ reply: 'warm' }, { reply: 'warm' }] }));
    expect(r.passed).toBe(false);
    expect(r.failures[0]!.step).toBe(1);
    expect(r.failures[0]!.message).toMatch(/step 2 \("warm"\) at node "middle".*offered: plan, insult, threat, sister/);
  });

  it('says why a reply hidden by its if is not offered, with the values the condition read', () => {
    const r = runScenarioTest(fixtureScenario('debug-panel.yaml'), test({ steps: [{ reply: 'offer' }], expect: { ending: 'promised', stats: {} } }));
    expect(r.failures.map((f) => f.message)).toEqual([
      'step 1 ("offer") at node "open": reply "offer" is not offered at node "open" now: its condition "rapport >= 55" does not hold (rapport 50) (offered: greet, insult)',
    ]);
  });

  it('reports steps after the call ended', () => {
    const r = runScenarioTest(scenario, test({ steps: [{ reply: 'warm' }, { reply: 'plan' }, { reply: 'plan' }] }));
    expect(r.failures[0]!.message).toMatch(/already ended at "paid" after step 2/);
  });

  it('reports a wrong ending, a failed stat comparison and a wrong violation count', () => {
    const r = runScenarioTest(scenario, test({ steps: [{ reply: 'warm' }, { reply: 'insult' }], expect: { ending: 'paid', stats: { rapport: '> 90' }, violations: 0 } }));
    expect(r.failures.map((f) => f.message)).toEqual([
      'expected ending "paid", but the call is still at node "middle"',
      'expected rapport > 90, got 50',
      'expected 0 violations, got 1: insult (turn 2)',
    ]);
  });

  it('counts violations in the singular when there is one', () => {
    const r = runScenarioTest(scenario, test({ steps: [{ reply: 'warm' }, { reply: 'plan' }], expect: { ending: 'paid', stats: {}, violations: 1 } }));
    expect(r.failures.map((f) => f.message)).toEqual(['expected 1 violation, got 0']);
  });

  it('parses stat expectations', () => {
    expect(parseExpectation('>= 70')).toEqual({ op: '>=', value: 70 });
    expect(parseExpectation(' 5 ')).toEqual({ op: '==', value: 5 });
    expect(parseExpectation('!=-3')).toEqual({ op: '!=', value: -3 });
    expect(parseExpectation('about 5')).toBeNull();
  });
});
