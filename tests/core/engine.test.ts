import { describe, expect, it } from 'vitest';
import {
  chooseReply, currentLine, offeredReplies, replayInputs, RunError, sayFreeText, startRun, type RunState,
} from '../../src/core/engine';
import { fixtureScenario } from '../support/scenarios';

const scenario = fixtureScenario('engine-rules.yaml');
const start = () => startRun(scenario, { lang: 'en', mode: 'practice' });
const play = (state: RunState, ...ids: string[]) => ids.reduce((s, id) => chooseReply(scenario, s, id).state, state);

describe('startRun', () => {
  it('starts at the start node with the declared stats and the line the stats pick', () => {
    const state = start();
    expect(state).toMatchObject({ scenario: 'engine-rules', node: 'open', turn: 0, ending: null, turns: [], violations: [] });
    expect(state.stats).toEqual({ rapport: 30, willingness: 95, patience: 3 });
    expect(currentLine(scenario, state)?.text).toBe('Yes?');
  });

  it('is plain serialisable data', () => {
    const state = play(start(), 'warm');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('chooseReply', () => {
  it('offers only replies whose condition holds', () => {
    expect(offeredReplies(scenario, start()).map((r) => r.id)).toEqual(['warm', 'blunt']);
  });

  it('applies effects clamped to each stat range and reports the deltas actually applied', () => {
    const { state, events } = chooseReply(scenario, start(), 'warm');
    expect(state.stats).toEqual({ rapport: 60, willingness: 100, patience: 3 });
    expect(events.effects).toEqual({ rapport: 30, willingness: 5 });
    expect(events).toMatchObject({ turn: 1, node: 'open', reply: 'warm', feedback: 'A warm opening.', said: 'Yes?', ending: null });
    expect(events.route).toEqual({ goto: 'middle', via: 'route', index: 0 });
    const blunt = chooseReply(scenario, start(), 'blunt').events;
    expect(blunt.effects).toEqual({ rapport: -30, patience: -1 });
  });

  it('picks the say variant on arrival from the stats then', () => {
    expect(currentLine(scenario, play(start(), 'warm'))?.text).toBe("Alright, I'm listening.");
    expect(currentLine(scenario, play(start(), 'blunt'))?.text).toBe('Get to the point.');
  });

  it('never changes the state it was given', () => {
    const before = start();
    const copy = structuredClone(before);
    chooseReply(scenario, before, 'warm');
    expect(before).toEqual(copy);
  });

  it('routes by the first condition that holds after the effects', () => {
    // warm: rapport 60, willingness 100 → plan: willingness stays 100 → paid.
    const paid = play(start(), 'warm', 'plan');
    expect(paid.ending).toBe('paid');
    expect(paid.node).toBeNull();
    expect(paid.turns[1]!.route).toEqual({ goto: 'paid', via: 'route', index: 0 });
    // blunt: rapport 0 → plan loops to middle on turn 2, goes to later on turn 3 (turn >= 3).
    const looped = play(start(), 'blunt', 'plan');
    expect(looped.node).toBe('middle');
    expect(looped.turns[1]!.route).toEqual({ goto: 'middle', via: 'route', index: 2 });
    expect(play(looped, 'plan').ending).toBe('gave-up'); // patience 3 → 2 → 1 → 0: the trigger wins
  });

  it('checks triggers after every reply, in order, before the reply routes', () => {
    const s = play(start(), 'blunt', 'plan', 'plan');
    expect(s.stats.patience).toBe(0);
    expect(s.turns[2]!.route).toEqual({ goto: 'gave-up', via: 'trigger', index: 0 });
  });

  it('records violations from a reply and from a tactic that is itself a fault; `violations` is readable by conditions', () => {
    const s1 = play(start(), 'warm', 'insult');
    expect(s1.violations).toEqual([{ turn: 2, kind: 'insult', source: 'reply' }]);
    expect(s1.node).toBe('middle');
    const s2 = play(s1, 'threat');
    expect(s2.turns[2]!.violations).toEqual([{ turn: 3, kind: 'threat', source: 'reply' }]);
    expect(s2.ending).toBe('complaint');
  });

  it('refuses moves the rules do not allow', () => {
    const code = (fn: () => unknown) => { try { fn(); } catch (e) { return e instanceof RunError ? e.code : 'other'; } return 'none'; };
    expect(code(() => chooseReply(scenario, start(), 'nope'))).toBe('unknown-reply');
    expect(code(() => chooseReply(scenario, start(), 'secret'))).toBe('not-offered');
    expect(code(() => chooseReply(scenario, play(start(), 'warm', 'plan'), 'warm'))).toBe('ended');
    expect(code(() => chooseReply(scenario, { ...start(), scenario: 'other' }, 'warm'))).toBe('scenario-mismatch');
  });
});

describe('sayFreeText', () => {
  it('maps a typed answer by the node keywords and records how it was understood', () => {
    const { events } = sayFreeText(scenario, play(start(), 'warm'), 'Maybe an INSTALMENT plan?');
    expect(events.reply).toBe('plan');
    expect(events.input).toEqual({ kind: 'text', text: 'Maybe an INSTALMENT plan?' });
    expect(events.match).toEqual({ kind: 'keyword', rule: 0, keyword: 'instalment' });
  });

  it('falls back with the node fallback (same node by default) when nothing matches', () => {
    const { state, events } = sayFreeText(scenario, play(start(), 'warm'), 'zzzz qqqq');
    expect(events.reply).toBeNull();
    expect(events.match).toEqual({ kind: 'fallback' });
    expect(events.effects).toEqual({ patience: -2 });
    expect(events.feedback).toBe('Say it plainly.');
    expect(events.route).toEqual({ goto: 'middle', via: 'fallback', index: -1 });
    expect(state.node).toBe('middle');
    expect(state.turn).toBe(2);
  });

  it('uses the default fallback (rapport −3, same node) where the node has none', () => {
    const { state, events } = sayFreeText(scenario, start(), 'xyzzy');
    expect(events.effects).toEqual({ rapport: -3 });
    expect(state.node).toBe('open');
  });

  it('strips control characters and escapes from what the player typed', () => {
    const { events } = sayFreeText(scenario, start(), 'hi\u001b[31m there\u0007');
    expect(events.input).toEqual({ kind: 'text', text: 'hi there' });
  });
});

describe('replayInputs', () => {
  it('rebuilds the same state from the inputs alone', () => {
    let s = start();
    s = chooseReply(scenario, s, 'warm').state;
    s = sayFreeText(scenario, s, 'something unclear').state;
    s = chooseReply(scenario, s, 'sister').state;
    s = chooseReply(scenario, s, 'message').state;
    const again = replayInputs(scenario, { lang: 'en', mode: 'practice' }, s.turns.map((t) => t.input));
    expect(again).toEqual(s);
    expect(again.ending).toBe('later');
  });
});
