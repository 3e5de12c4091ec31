// The debug panel's data and the authors' start points: computed by the core's own rules, so
// what the panel says would happen is what a turn does.
import { describe, expect, it } from 'vitest';
import { debugView } from '../../src/core/debug';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import { carryOver, startAt, validStart } from '../../src/core/start-at';
import { fixtureScenario, scenarioFromYaml } from '../support/scenarios';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../support/scenarios';

const scenario = fixtureScenario('debug-panel.yaml');
const opts = { lang: 'en', mode: 'practice' } as const;
const reply = (view: ReturnType<typeof debugView>, id: string) => view.replies.find((r) => r.id === id)!;

describe('debugView', () => {
  it('shows the raw stats, the node, the turn and the violations', () => {
    const view = debugView(scenario, startRun(scenario, opts));
    expect(view.node).toBe('open');
    expect(view.turn).toBe(0);
    expect(view.violations).toBe(0);
    expect(view.stats).toEqual([
      { name: 'rapport', value: 50, min: 0, max: 100 },
      { name: 'willingness', value: 40, min: 0, max: 100 },
      { name: 'patience', value: 3, min: 0, max: 5 },
    ]);
  });

  it("gives each reply's `if` its truth now and numbers the offered ones as on screen", () => {
    const view = debugView(scenario, startRun(scenario, opts));
    expect(view.replies.map((r) => [r.id, r.offered, r.number])).toEqual([['greet', true, 1], ['offer', false, null], ['insult', true, 2]]);
    expect(reply(view, 'offer').if).toEqual({ source: 'rapport >= 55', holds: false });
    expect(reply(view, 'greet').if).toBeUndefined();
    expect(reply(view, 'insult').violation).toBe('insult');
  });

  it('reads the routes after the reply\'s effects and marks the one that would be taken', () => {
    const view = debugView(scenario, startRun(scenario, opts));
    // greet: rapport 50 + 10 = 60, not >= 70: the otherwise route back to open.
    expect(reply(view, 'greet').routes).toEqual([
      { goto: 'talk', ending: false, if: { source: 'rapport >= 70', holds: false }, taken: false },
      { goto: 'open', ending: false, taken: true },
    ]);
    expect(reply(view, 'greet').projection).toMatchObject({ goto: 'open', via: 'route', stats: { rapport: 60, willingness: 40, patience: 3 } });
    // offer (hidden now) would reach willingness 70: the promise.
    expect(reply(view, 'offer').routes[0]).toEqual({ goto: 'promised', ending: true, if: { source: 'willingness >= 70', holds: true }, taken: true });
  });

  it('names the trigger a reply would set off; then no route is taken', () => {
    const view = debugView(scenario, startRun(scenario, opts));
    const insult = reply(view, 'insult');
    expect(insult.projection).toMatchObject({ goto: 'hung-up', via: 'trigger', trigger: 0, stats: { rapport: 5, patience: 2 } });
    expect(insult.routes).toEqual([{ goto: 'talk', ending: false, taken: false }]);
    expect(view.triggers).toEqual([{ if: { source: 'rapport <= 10', holds: false }, goto: 'hung-up' }]);
  });

  it('shows the say variants with the one on screen, and the fallback for an answer not understood', () => {
    const view = debugView(scenario, startRun(scenario, opts));
    expect(view.say).toEqual([{ if: { source: 'rapport >= 60', holds: false }, shown: false }, { shown: true }]);
    expect(view.fallback).toMatchObject({ effects: { rapport: -3 }, routes: [], projection: { goto: 'open', via: 'stay' } });
  });

  it('agrees with the engine on every reply, turn after turn', () => {
    let state: RunState = startRun(scenario, opts);
    for (const id of ['greet', 'offer']) {
      const view = debugView(scenario, state);
      const played = chooseReply(scenario, state, id);
      const predicted = reply(view, id).projection;
      expect(predicted.goto).toBe(played.events.route.goto);
      expect(predicted.stats).toEqual(played.events.stats);
      state = played.state;
    }
    const after = debugView(scenario, state);
    expect(after).toMatchObject({ node: null, ending: 'promised', turn: 2, replies: [], fallback: null });
    expect(after.last).toEqual({ node: 'open', goto: 'promised', via: 'route', index: 0 });
  });

  it('turns the truth values as the stats move', () => {
    const { state } = chooseReply(scenario, startRun(scenario, opts), 'greet');
    const view = debugView(scenario, state);
    expect(reply(view, 'offer')).toMatchObject({ offered: true, number: 2, if: { holds: true } });
    expect(reply(view, 'insult').number).toBe(3);
    expect(view.say.map((v) => v.shown)).toEqual([true, false]);
    expect(view.turn).toBe(1);
  });

  it('counts violations so far', () => {
    const { state } = chooseReply(scenario, startAt(scenario, opts, { stats: { rapport: 90 } }).state, 'insult');
    const view = debugView(scenario, state);
    expect(view.node).toBe('talk');
    expect(view.violations).toBe(1);
  });
});

describe('startAt', () => {
  it('starts at a node with stats, choosing the say variant for them', () => {
    const { state, clamped } = startAt(scenario, opts, { node: 'open', stats: { rapport: 65 } });
    expect(clamped).toEqual([]);
    expect(state).toMatchObject({ node: 'open', line: 0, turn: 0, stats: { rapport: 65, willingness: 40, patience: 3 } });
    expect(offeredReplies(scenario, state).map((r) => r.id)).toEqual(['greet', 'offer', 'insult']);
  });

  it('clamps values to their range and says so', () => {
    const { state, clamped } = startAt(scenario, opts, { stats: { rapport: 150, patience: -2 } });
    expect(state.stats).toEqual({ rapport: 100, willingness: 40, patience: 0 });
    expect(clamped).toEqual([
      { stat: 'rapport', asked: 150, value: 100, min: 0, max: 100 },
      { stat: 'patience', asked: -2, value: 0, min: 0, max: 5 },
    ]);
  });

  it('refuses an unknown node or stat (the CLI checks them first)', () => {
    expect(() => startAt(scenario, opts, { node: 'nowhere' })).toThrow(/no node "nowhere"/);
    expect(() => startAt(scenario, opts, { stats: { mood: 1 } })).toThrow(/no stat "mood"/);
  });

  it('keeps only what still exists in a new version', () => {
    expect(validStart(scenario, { node: 'talk', stats: { rapport: 1, mood: 2 } })).toEqual({ node: 'talk', stats: { rapport: 1 } });
    expect(validStart(scenario, { node: 'gone' })).toEqual({});
  });
});

describe('carryOver', () => {
  const text = readFileSync(fixturePath('debug-panel.yaml'), 'utf8');
  const played = chooseReply(scenario, startRun(scenario, opts), 'greet').state;

  it('keeps the node, stats, turn count and turns when the node still exists', () => {
    const edited = scenarioFromYaml(text.replace('"Who is this?"', '"Yes? Who is it?"').replace('rapport: 50,', 'rapport: { start: 50, max: 55 },'));
    const c = carryOver(edited, played);
    expect(c.kept).toBe(true);
    expect(c.was).toBe('open');
    // rapport 60 is clamped into the new range; the say variant is chosen again for it.
    expect(c.state).toMatchObject({ node: 'open', turn: 1, line: 1, stats: { rapport: 55, willingness: 40, patience: 3 } });
    expect(c.state.turns).toHaveLength(1);
    // The carried run plays on in the new version.
    expect(chooseReply(edited, c.state, 'offer').state.ending).toBe('promised');
  });

  it('restarts when the node is gone, or the call had ended', () => {
    const renamed = scenarioFromYaml(text.replace(/\bopen\b/g, 'opening'));
    const c = carryOver(renamed, played);
    expect(c).toMatchObject({ kept: false, was: 'open', state: { node: 'opening', turn: 0, stats: { rapport: 50 } } });
    const ended = chooseReply(scenario, played, 'offer').state;
    expect(carryOver(scenario, ended, { node: 'talk' })).toMatchObject({ kept: false, was: null, state: { node: 'talk', turn: 0 } });
  });

  it('gives new stats their start and drops removed ones', () => {
    const more = scenarioFromYaml(text.replace('stats: { rapport: 50, willingness: 40, patience: { start: 3, min: 0, max: 5 } }', 'stats: { rapport: 50, willingness: 40, calm: 7 }').replace(', patience: -1', ''));
    expect(carryOver(more, played).state.stats).toEqual({ rapport: 60, willingness: 40, calm: 7 });
  });
});
