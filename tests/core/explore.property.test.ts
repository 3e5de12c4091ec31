// The explorer against the engine on random small scenarios with loops, narrow stat ranges,
// conditions on turn and violations, triggers and violations: what explore says is reachable,
// and how soon, is what breadth-first play through the engine finds; its paths replay as told.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import { explore } from '../../src/core/explore';
import { compileScenario, type Scenario } from '../../src/core/model';
import { ScenarioFileSchema } from '../../src/core/schema';
import { scoreRun } from '../../src/core/score';

const ENDINGS = ['win', 'meh', 'lose'];
const cond = fc.tuple(fc.constantFrom('rapport', 'willingness', 'turn', 'violations'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), fc.integer({ min: 0, max: 4 }))
  .map(([n, op, c]) => `${n} ${op} ${c}`);

const scenarioData = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const target = fc.oneof(fc.integer({ min: 0, max: n - 1 }).map((i) => `n${i}`), fc.constantFrom(...ENDINGS));
  const reply = (first: boolean) => fc.record({
    effects: fc.record({ rapport: fc.integer({ min: -1, max: 1 }), willingness: fc.integer({ min: -1, max: 1 }) }),
    if: first ? fc.constant(undefined) : fc.option(cond, { nil: undefined }),
    violation: fc.option(fc.constantFrom('insult' as const, 'guilt' as const), { nil: undefined, freq: 4 }),
    next: fc.oneof(target, fc.tuple(cond, target, target).map(([c, a, b]) => [{ if: c, goto: a }, { goto: b }])),
  });
  const node = fc.integer({ min: 1, max: 3 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => reply(i === 0))));
  return fc.record({
    nodes: fc.tuple(...Array.from({ length: n }, () => node)),
    trigger: fc.option(fc.tuple(cond, fc.constantFrom(...ENDINGS)), { nil: undefined }),
  });
}).map(({ nodes, trigger }): Scenario => compileScenario(ScenarioFileSchema.parse({
  format: 1, id: 'random', title: 'Random', difficulty: 1, start: 'n0',
  stats: { rapport: { start: 2, min: 0, max: 4 }, willingness: { start: 1, min: 0, max: 3 } },
  nodes: Object.fromEntries(nodes.map((replies, i) => [`n${i}`, {
    say: 'Hm?',
    replies: replies.map((r, j) => ({ id: `r${j}`, text: `Reply ${j}`, ...r, ...(r.if === undefined && { if: undefined }) }))
      .map(({ if: c, violation, ...r }) => ({ ...r, ...(c !== undefined && { if: c }), ...(violation !== undefined && { violation }) })),
  }])),
  endings: { win: { outcome: 'success', title: 'W', debrief: 'W' }, meh: { outcome: 'partial', title: 'M', debrief: 'M' }, lose: { outcome: 'failure', title: 'L', debrief: 'L' } },
  ...(trigger && { triggers: [{ if: trigger[0], goto: trigger[1] }] }),
})));

const DEPTH = 9;

/** Breadth-first play through the engine, merging equal runs per depth: the fewest replies to each ending. */
function shortestByEngine(scenario: Scenario): Map<string, number> {
  const found = new Map<string, number>();
  let layer: RunState[] = [startRun(scenario, { lang: 'en', mode: 'practice' })];
  for (let depth = 1; depth <= DEPTH && layer.length > 0; depth++) {
    const next = new Map<string, RunState>();
    for (const state of layer) {
      for (const reply of offeredReplies(scenario, state)) {
        const after = chooseReply(scenario, state, reply.id).state;
        if (after.ending !== null) { if (!found.has(after.ending)) found.set(after.ending, depth); continue; }
        next.set(JSON.stringify([after.node, after.stats, after.violations.map((v) => v.kind)]), after);
      }
    }
    layer = [...next.values()];
  }
  return found;
}

const replay = (scenario: Scenario, path: readonly string[]) =>
  path.reduce((s, id) => chooseReply(scenario, s, id).state, startRun(scenario, { lang: 'en', mode: 'practice' }));

describe('explore on random scenarios with loops', () => {
  it('finds what breadth-first engine play finds, as soon, and its paths replay as reported', () => {
    fc.assert(fc.property(scenarioData, (scenario) => {
      const r = explore(scenario);
      expect(r.exhaustive).toBe(true);
      const engine = shortestByEngine(scenario);
      for (const e of r.endings) {
        if (engine.has(e.id)) expect(e.shortestPath?.length).toBe(engine.get(e.id));
        else expect(!e.reachable || e.shortestPath!.length > DEPTH).toBe(true);
        if (!e.reachable) continue;
        expect(replay(scenario, e.shortestPath!).ending).toBe(e.id);
        expect(e.minScore!).toBeLessThanOrEqual(e.maxScore!);
      }
      if (r.best) {
        const best = replay(scenario, r.best.path);
        expect([best.ending, scoreRun(scenario, best).total]).toEqual([r.best.ending, r.best.score]);
      }
      for (const t of r.traps) {
        const at = replay(scenario, t.path);
        expect([at.node, at.stats]).toEqual([t.node, t.stats]);
      }
    }), { numRuns: 300 });
  });
});
