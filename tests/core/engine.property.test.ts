// Random reply sequences: every stat stays inside its range, and the call always stands at a
// node with at least one offered reply, or at an ending.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseReply, offeredReplies, sayFreeText, startRun } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';
import { generateScenarioYaml } from '../support/generate';
import { fixtureScenario, scenarioFromYaml } from '../support/scenarios';

const scenarios: Scenario[] = [
  fixtureScenario('engine-rules.yaml'),
  fixtureScenario('format-example.yaml'),
  ...[1, 2, 3].map((seed) => scenarioFromYaml(generateScenarioYaml({ nodes: 30, seed, id: `gen-${seed}` }))),
];

describe.each(scenarios.map((s) => [s.id, s] as const))('random play of %s', (_id, scenario) => {
  it('keeps stats in range and never strands the call', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(8), fc.string({ maxLength: 20 })), { maxLength: 60 }),
        fc.constantFrom('en', 'zh'),
        (moves, lang) => {
          let state = startRun(scenario, { lang, mode: 'free' });
          for (const move of moves) {
            if (state.ending !== null) break;
            const offered = offeredReplies(scenario, state);
            expect(offered.length).toBeGreaterThan(0);
            state = (typeof move === 'number'
              ? chooseReply(scenario, state, offered[move % offered.length]!.id)
              : sayFreeText(scenario, state, move)).state;
            for (const def of scenario.stats) {
              expect(state.stats[def.name]).toBeGreaterThanOrEqual(def.min);
              expect(state.stats[def.name]).toBeLessThanOrEqual(def.max);
            }
            if (state.ending === null) expect(scenario.nodes.has(state.node!)).toBe(true);
            else expect(scenario.endings.has(state.ending)).toBe(true);
          }
          expect(state.turns.length).toBe(state.turn);
        },
      ),
      { numRuns: 300 },
    );
  });
});
