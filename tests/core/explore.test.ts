// The explorer on small hand-made graphs whose answers are worked out by hand in the comments,
// and against brute force (every reply sequence played through the engine) on generated ones.
import { describe, expect, it } from 'vitest';
import { explore, findings, type ExploreReport } from '../../src/core/explore';
import { compileScenario, type Scenario } from '../../src/core/model';
import { ScenarioFileSchema } from '../../src/core/schema';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import { scoreRun } from '../../src/core/score';
import { generateScenarioData } from '../support/generate';
import { fixtureScenario } from '../support/scenarios';

const ending = (r: ExploreReport, id: string) => r.endings.find((e) => e.id === id)!;

describe('explore: counts.yaml (paths, shares and scores by hand)', () => {
  // s: a → m (rapport 60) · b → m (rapport 40) · threat → win (a violation)
  // m at rapport 60: close → win, plead → win (60 >= 55), leave → later
  // m at rapport 40: plead → lose, leave → later        (close needs rapport >= 50)
  const r = explore(fixtureScenario('explore/counts.yaml'));

  it('searches every state: s, and m at rapport 60 and 40', () => {
    expect(r.exhaustive).toBe(true);
    expect(r.states).toBe(3);
    expect(r.transitions).toBe(3 + 3 + 2);
  });

  it('counts the distinct reply paths to each ending and the success share', () => {
    expect(r.endings.map((e) => [e.id, e.reachable, e.paths])).toEqual([
      ['win', true, 3], ['later', true, 2], ['lose', true, 1], ['never', false, 0],
    ]);
    expect(r.successShare).toBe(0.5);
    expect(ending(r, 'later').share).toBeCloseTo(2 / 6, 12);
    expect(r.loops).toBe(false);
  });

  it('gives each ending its lowest and highest score and its shortest path', () => {
    // par 1 (s → threat → win), so every path here earns all 10 length points.
    // threat: 50 + 10 + 14 + 10 − 15 = 69, capped: floor(0.29 × 69) = 20
    // a, close: 50 + 12 + 14 + 10 = 86 · a, plead: 50 + 12 + 10 + 10 = 82
    expect(ending(r, 'win')).toMatchObject({ minScore: 20, maxScore: 86, shortestPath: ['threat'] });
    // a, leave: 30 + 12 + 8 + 10 = 60 · b, leave: 30 + 8 + 8 + 10 = 56
    expect(ending(r, 'later')).toMatchObject({ minScore: 56, maxScore: 60, shortestPath: ['a', 'leave'] });
    // b, plead: 0 + 8 + 10 = 18
    expect(ending(r, 'lose')).toMatchObject({ minScore: 18, maxScore: 18, shortestPath: ['b', 'plead'] });
    expect(ending(r, 'never')).toMatchObject({ minScore: null, maxScore: null, shortestPath: null });
    expect(r.best).toEqual({ ending: 'win', score: 86, grade: 'A', path: ['a', 'close'] });
  });

  it('reports what is never used', () => {
    expect(r.neverReached).toEqual([]);
    expect(r.neverOffered).toEqual([{ node: 'm', reply: 'vip', if: 'rapport >= 80' }]);
    expect(r.unusedVariants).toEqual([{ node: 'm', variant: 1, if: 'rapport < 10' }]);
    expect(r.routesNeverTaken).toEqual([]);
    expect(r.triggersNeverFired).toEqual([{ trigger: 1, if: 'willingness <= 0', goto: 'lose' }]);
    expect(r.traps).toEqual([]);
  });

  it('gives the range of each stat and of the turn on arrival at each node', () => {
    expect(r.nodes).toEqual([
      { id: 's', states: 1, turns: [0, 0], stats: { rapport: [50, 50], willingness: [40, 40] } },
      { id: 'm', states: 2, turns: [1, 1], stats: { rapport: [40, 60], willingness: [40, 40] } },
    ]);
  });

  it('fails on the unreachable ending only', () => {
    expect(findings(r)).toEqual([{ code: 'unreachable-ending', message: 'ending "never" is never reached' }]);
  });
});

describe('explore: trap.yaml', () => {
  const r = explore(fixtureScenario('explore/trap.yaml'));

  it('finds the loop no path leaves, with the path that leads into it', () => {
    expect(r.traps).toEqual([{ node: 'b', kind: 'loop', path: ['enter'], stats: { rapport: 55, willingness: 50 } }]);
    expect(findings(r).map((f) => f.code)).toEqual(['trap']);
  });

  it('counts the way out that exists before the loop', () => {
    expect(ending(r, 'paid')).toMatchObject({ reachable: true, paths: 1, shortestPath: ['pay'] });
    expect(r.successShare).toBe(1);
  });
});

describe('explore: loop.yaml (a loop that can be left)', () => {
  // `late` reads turn >= 3, so turn is part of the state up to 4; from then on "again" returns
  // to the very same state: m@1 → m@2 → m@3 → m@4 ⟲. Every ending lies beyond that loop.
  const r = explore(fixtureScenario('explore/loop.yaml'));

  it('says the path counts are infinite and counts each loop once for the share', () => {
    expect(r.states).toBe(5);
    expect(r.loops).toBe(true);
    expect(r.endings.map((e) => e.paths)).toEqual(['infinite', 'infinite', 'infinite']);
    // contracted: win and lose from m@1..m@4 (4 each), later from m@3 and m@4 (2): 4 / 10
    expect(r.successShare).toBeCloseTo(0.4, 12);
    expect(r.traps).toEqual([]);
    expect(findings(r)).toEqual([]);
  });

  it('scores the longest calls with no length points (par 2)', () => {
    expect(ending(r, 'win')).toMatchObject({ minScore: 70, maxScore: 80, shortestPath: ['go', 'yes'] });
    expect(ending(r, 'later')).toMatchObject({ minScore: 50, maxScore: 60, shortestPath: ['go', 'again', 'again', 'late'] });
    expect(r.nodes.find((n) => n.id === 'm')!.turns).toEqual([1, null]);
  });
});

function compiled(data: Record<string, unknown>): Scenario {
  return compileScenario(ScenarioFileSchema.parse(data));
}

describe('explore: stuck states and the budget', () => {
  it('finds a state where no reply is offered', () => {
    const scenario = compiled({
      format: 1, id: 'stuck', title: 'Stuck', difficulty: 1, stats: { rapport: 50, willingness: 50 }, start: 's',
      nodes: {
        s: { say: 'Hi', replies: [{ id: 'up', text: 'Up', effects: { rapport: 10 }, next: 'x' }, { id: 'down', text: 'Down', effects: { rapport: -10 }, next: 'x' }] },
        x: { say: 'Hm', replies: [{ id: 'only', if: 'rapport > 50', text: 'Only', next: 'done' }] },
      },
      endings: { done: { outcome: 'success', title: 'Done', debrief: 'Done.' } },
    });
    const r = explore(scenario);
    expect(r.traps).toEqual([{ node: 'x', kind: 'stuck', path: ['down'], stats: { rapport: 40, willingness: 50 } }]);
    expect(ending(r, 'done').paths).toBe(1);
  });

  it('stops at the budget, says so, and reports what it found', () => {
    const cut = explore(fixtureScenario('explore/counts.yaml'), { maxStates: 2 });
    expect(cut).toMatchObject({ exhaustive: false, states: 1, maxStates: 2, successShare: null });
    expect(findings(cut).map((f) => f.message)).toContain('no success ending is reachable within the search budget');

    const scenario = compiled(generateScenarioData({ nodes: 15, seed: 3 }));
    const full = explore(scenario);
    const part = explore(scenario, { maxStates: Math.floor(full.states / 3) });
    expect(full.exhaustive).toBe(true);
    expect(part.exhaustive).toBe(false);
    expect(part.states).toBeLessThanOrEqual(Math.floor(full.states / 3));
    expect(part.traps).toEqual([]); // unexplored states are never called traps
  });

  it('searches a scenario of exactly --max-states states in full, and one more is cut', () => {
    for (const seed of [3, 5, 8]) {
      const scenario = compiled(generateScenarioData({ nodes: 12, seed }));
      const full = explore(scenario);
      expect(full.exhaustive).toBe(true);
      const exact = explore(scenario, { maxStates: full.states });
      expect(exact).toMatchObject({ exhaustive: true, states: full.states });
      expect(exact.endings).toEqual(full.endings);
      const less = explore(scenario, { maxStates: full.states - 1 });
      expect(less.exhaustive).toBe(false);
      expect(less.states).toBeLessThanOrEqual(full.states - 1);
    }
  });
});

/** Every reply sequence through the engine: counts, scores and shortest length per ending. */
function bruteForce(scenario: Scenario) {
  const out = new Map<string, { paths: number; min: number; max: number; shortest: number }>();
  const offered = new Set<string>();
  const walk = (state: RunState) => {
    for (const reply of offeredReplies(scenario, state)) {
      offered.add(`${state.node}.${reply.id}`);
      const next = chooseReply(scenario, state, reply.id).state;
      if (next.ending === null) { walk(next); continue; }
      const score = scoreRun(scenario, next).total;
      const e = out.get(next.ending) ?? { paths: 0, min: Infinity, max: -Infinity, shortest: Infinity };
      out.set(next.ending, { paths: e.paths + 1, min: Math.min(e.min, score), max: Math.max(e.max, score), shortest: Math.min(e.shortest, next.turn) });
    }
  };
  walk(startRun(scenario, { lang: 'en', mode: 'practice' }));
  return { endings: out, offered };
}

describe('explore agrees with playing every path through the engine', () => {
  const cases: [string, Scenario][] = [
    ['engine-rules', fixtureScenario('engine-rules.yaml')],
    ['counts', fixtureScenario('explore/counts.yaml')],
    ...[1, 2, 3, 4].map((seed): [string, Scenario] => [`generated ${seed}`, compiled(generateScenarioData({ nodes: 9, seed, id: `g${seed}` }))]),
  ];
  it.each(cases)('%s', (_name, scenario) => {
    const r = explore(scenario);
    const brute = bruteForce(scenario);
    let total = 0;
    let success = 0;
    for (const e of r.endings) {
      const b = brute.endings.get(e.id);
      expect(e.reachable).toBe(b !== undefined);
      if (!b) continue;
      expect([e.paths, e.minScore, e.maxScore, e.shortestPath!.length]).toEqual([b.paths, b.min, b.max, b.shortest]);
      total += b.paths;
      if (e.outcome === 'success') success += b.paths;
    }
    expect(r.successShare).toBeCloseTo(success / total, 12);
    const never = new Set(r.neverOffered.map((x) => `${x.node}.${x.reply}`));
    for (const node of scenario.nodes.values()) {
      if (r.neverReached.includes(node.id)) continue;
      for (const reply of node.replies) expect(never.has(`${node.id}.${reply.id}`)).toBe(!brute.offered.has(`${node.id}.${reply.id}`));
    }
  });
});
