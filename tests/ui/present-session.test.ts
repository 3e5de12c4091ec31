// Trainer mode's reducer, without rendering: the whole turn flow, the tally (majority, tie, no
// hands), undo, the discussion timer, both team modes, the ranking and ending early.
import { describe, expect, it } from 'vitest';
import type { KeyAction } from '../../src/ui/keys';
import {
  animating, currentRound, currentRun, initialState, keyContext, letterCount, presentReducer, teamOnTurn,
  type PresentContext, type PresentOptions, type PresentState,
} from '../../src/ui/present/session';
import { teamResults, winners } from '../../src/ui/present/teams';
import { fixture } from './fixtures';

const loaded = fixture('format-example.yaml');
const ctx: PresentContext = { scenarios: [loaded, fixture('ui-relative.yaml')] };
let clock = 1_000;

function start(options: Partial<PresentOptions> = {}): PresentState {
  return initialState(ctx, { lang: 'en', teams: [], timerSeconds: null, open: loaded.scenario.id, now: clock, ...options });
}
const press = (s: PresentState, ...keys: (KeyAction['command'] | { letter: number } | { digit: number })[]) =>
  keys.reduce((st, k) => {
    const key: KeyAction = typeof k === 'string' ? { command: k } as KeyAction
      : 'letter' in k ? { command: 'letter', letter: k.letter } : { command: 'digit', digit: k.digit };
    return presentReducer(ctx, st, { type: 'key', key, at: (clock += 10) });
  }, s);
const tick = (s: PresentState, ms: number) => presentReducer(ctx, s, { type: 'tick', at: (clock += ms) });
const A = { letter: 0 };
const B = { letter: 1 };

describe('a turn', () => {
  it('shows the line, then the options, then the pick with its feedback, then the next line', () => {
    let s = start();
    expect(s.phase.kind).toBe('line');
    expect(keyContext(s)).toBe('present-line');
    expect(letterCount(ctx, s)).toBe(0);
    s = press(s, A); // letters do nothing while the options are hidden
    expect(currentRound(s).picks).toHaveLength(0);
    s = press(s, 'confirm');
    expect(s.phase.kind).toBe('options');
    expect(letterCount(ctx, s)).toBe(2);
    s = press(s, A);
    expect(s.phase).toMatchObject({ kind: 'feedback', why: false });
    expect(currentRun(s).turns[0]!.reply).toBe('introduce');
    expect(currentRound(s).picks[0]).toMatchObject({ turn: 1, team: null, reply: 'introduce', votes: null, offered: ['introduce', 'demand'] });
    expect(currentRound(s).picks[0]!.judged.best).toEqual(['introduce']);
    expect(animating(s)).toBe(true);
    expect(animating(tick(s, 1000))).toBe(false);
    s = press(s, 'why');
    expect(s.phase).toMatchObject({ kind: 'feedback', why: true });
    s = press(s, 'confirm');
    expect(s.phase.kind).toBe('line');
    expect(currentRun(s).node).toBe('reason');
  });

  it('goes to the end screen when the call ends, and undo steps back to the options of that turn', () => {
    let s = press(start(), 'confirm', A, 'confirm', 'confirm', A);
    expect(currentRun(s).ending).toBe('paid-today');
    s = press(s, 'confirm');
    expect(s.phase.kind).toBe('end');
    s = press(s, 'undo');
    expect(s.phase.kind).toBe('options');
    expect(currentRun(s).node).toBe('reason');
    expect(currentRound(s).picks).toHaveLength(1);
    s = press(s, B);
    expect(currentRun(s).ending).toBe('hung-up');
    s = press(s, 'undo', 'undo');
    expect(currentRun(s).turn).toBe(0);
    expect(press(s, 'undo')).toEqual({ ...s, now: clock });
  });

  it('toggles hidden numbers and the keys, and ends early with q', () => {
    let s = press(start(), 'hide-numbers');
    expect(s.hideNumbers).toBe(true);
    s = press(s, 'help');
    expect(keyContext(s)).toBe('present-help');
    s = press(s, 'confirm'); // ignored under the help
    expect(s.phase.kind).toBe('line');
    s = press(s, 'back', 'hide-numbers', 'quit');
    expect(s).toMatchObject({ hideNumbers: false, help: false, stopped: true, phase: { kind: 'end' } });
    expect(press(s, 'quit').exit).toBe(true);
  });
});

describe('the show-of-hands tally', () => {
  const tally = () => press(start(), 'confirm', 'tally');

  it('plays the majority', () => {
    let s = tally();
    expect(s.phase).toMatchObject({ kind: 'tally', counts: [null, null], cursor: 0 });
    s = press(s, { digit: 1 }, { digit: 7 }, 'delete', { digit: 2 }, 'down', { digit: 9 });
    expect(s.phase).toMatchObject({ kind: 'tally', counts: [12, 9], cursor: 1 });
    s = press(s, 'confirm');
    expect(currentRound(s).picks[0]).toMatchObject({ reply: 'introduce', votes: [12, 9], tie: false });
  });

  it('asks the trainer on a tie, and takes only a tied letter', () => {
    let s = press(tally(), { digit: 4 }, B, { digit: 4 }, 'confirm');
    expect(s.phase).toMatchObject({ kind: 'tie', counts: [4, 4], tied: [0, 1] });
    expect(press(s, { letter: 2 }).phase.kind).toBe('tie');
    s = press(s, B);
    expect(currentRound(s).picks[0]).toMatchObject({ reply: 'demand', votes: [4, 4], tie: true });
  });

  it('asks again when no hand was counted, and Esc goes back to the options', () => {
    let s = press(tally(), 'confirm');
    expect(s.notice).toEqual({ kind: 'no-hands' });
    expect(s.phase.kind).toBe('tally');
    s = press(s, 'back');
    expect(s.phase.kind).toBe('options');
  });
});

describe('the discussion timer', () => {
  it('starts with each line when --timer is given, pauses, gains 30 s and stops at zero', () => {
    let s = start({ timerSeconds: 30 });
    expect(s.timer).toMatchObject({ total: 30_000, left: 30_000, running: true });
    s = tick(s, 10_000);
    expect(s.timer!.left).toBe(20_000);
    s = press(s, 'timer-pause');
    s = tick(s, 5_000);
    expect(s.timer).toMatchObject({ left: 19_990, running: false });
    s = press(s, 'timer-pause', 'timer-add');
    expect(s.timer).toMatchObject({ total: 60_000, running: true });
    expect(animating(s)).toBe(true);
    s = tick(s, 60_000);
    expect(s.timer!.left).toBe(0);
    expect(animating(s)).toBe(false);
    s = press(s, 'confirm', A);
    expect(s.timer).toBeNull();
    s = press(s, 'confirm');
    expect(s.timer).toMatchObject({ left: 30_000, running: true });
  });

  it('t starts a minute when no --timer was given', () => {
    const s = press(start(), 'timer');
    expect(s.timer).toMatchObject({ total: 60_000, running: true });
  });
});

describe('teams', () => {
  it('asks how teams play, then rotates turns with a scoreboard between them and ranks them at the end', () => {
    let s = start({ teams: ['Red', 'Blue'] });
    expect(s.phase.kind).toBe('mode');
    s = press(s, { digit: 1 });
    expect(s).toMatchObject({ mode: 'rotation', phase: { kind: 'line' } });
    expect(teamOnTurn(s)).toBe(0);
    s = press(s, 'confirm', A, 'confirm');
    expect(s.phase).toEqual({ kind: 'board', next: 'turn' });
    s = press(s, 'confirm');
    expect(teamOnTurn(s)).toBe(1);
    s = press(s, 'confirm', A, 'confirm');
    expect(s.phase.kind).toBe('end');
    s = press(s, 'confirm');
    expect(s.phase.kind).toBe('final');
    const results = teamResults(loaded.scenario, s);
    expect(results.map((r) => [r.name, r.points, r.rank, r.turns])).toEqual([['Blue', 40, 1, 1], ['Red', 5, 2, 1]]);
    expect(winners(results).map((r) => r.name)).toEqual(['Blue']);
  });

  it('in rounds, each team plays the whole call; the ranking is by score, violations lose', () => {
    let s = press(start({ teams: ['Red', 'Blue'] }), 'down', 'confirm');
    expect(s.mode).toBe('rounds');
    s = press(s, 'confirm', A, 'confirm', 'confirm', A, 'confirm');
    expect(s.phase.kind).toBe('end');
    s = press(s, 'confirm');
    expect(s.phase).toEqual({ kind: 'board', next: 'round' });
    expect(press(s, 'undo')).toEqual({ ...s, now: clock });
    s = press(s, 'confirm');
    expect(s.rounds).toHaveLength(2);
    expect(teamOnTurn(s)).toBe(1);
    s = press(s, 'confirm', B, 'confirm', 'confirm', B, 'confirm');
    expect(currentRun(s).ending).toBe('hung-up');
    s = press(s, 'confirm');
    expect(s.phase.kind).toBe('final');
    const results = teamResults(loaded.scenario, s);
    expect(results[0]).toMatchObject({ name: 'Red', rank: 1, violations: 0, call: { ending: 'paid-today', played: true } });
    expect(results[1]).toMatchObject({ name: 'Blue', rank: 2, violations: 1 });
  });

  it('a team mode given on the command line is not asked; ending early skips the rounds left', () => {
    let s = start({ teams: ['Red', 'Blue', 'Green'], mode: 'rounds' });
    expect(s.phase.kind).toBe('line');
    s = press(s, 'confirm', A, 'quit', 'confirm');
    expect(s.phase.kind).toBe('final');
    expect(teamResults(loaded.scenario, s).find((r) => r.name === 'Blue')!.call!.played).toBe(false);
  });

  it('shares a rank between teams with equal points', () => {
    const s = press(start({ teams: ['Red', 'Blue'], mode: 'rotation' }), 'quit');
    expect(teamResults(loaded.scenario, s).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('the picker', () => {
  it('lists every scenario and opens the one chosen', () => {
    let s = initialState(ctx, { lang: 'en', teams: [], timerSeconds: null, now: clock });
    expect(s.phase).toEqual({ kind: 'pick', cursor: 0 });
    s = press(s, 'down', 'down');
    expect(s.phase).toEqual({ kind: 'pick', cursor: 0 });
    s = press(s, { digit: 2 });
    expect(s.scenario).toBe(ctx.scenarios[1]!.scenario.id);
    expect(s.phase.kind).toBe('line');
  });

  it('with more than nine scenarios, digits select (1 then 2 is 12) and Enter opens', () => {
    // Twelve entries (ids made distinct) so that 10–12 are reachable by number.
    const many: PresentContext = { scenarios: Array.from({ length: 12 }, (_, i) => ({ ...loaded, scenario: { ...loaded.scenario, id: `s${i + 1}` } })) };
    let at = 1000;
    const key = (st: PresentState, k: KeyAction) => presentReducer(many, st, { type: 'key', key: k, at: (at += 50) });
    let s = initialState(many, { lang: 'en', teams: [], timerSeconds: null, now: clock });
    s = key(s, { command: 'digit', digit: 1 });
    expect(s.phase).toMatchObject({ kind: 'pick', cursor: 0 });
    s = key(s, { command: 'digit', digit: 2 });
    expect(s.phase).toMatchObject({ kind: 'pick', cursor: 11 });
    s = key(s, { command: 'confirm' });
    expect(s.scenario).toBe('s12');
  });
});
