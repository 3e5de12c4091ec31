// Trainer mode as one reducer: the scenario picker, the team mode, and the turn flow (line shown →
// optional discussion timer → options revealed → the room's pick or a show-of-hands tally →
// feedback and the stat change → next), with undo, hidden numbers and the end of the session.
// Pure: the time comes in with every action; saving is an effect the shell carries out.
import { menuDigit, type DigitBuffer } from '../state/digits';
import { bestReplies, type BestReplies } from '../../core/best-reply';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../core/engine';
import { scenarioLanguage } from '../../core/text';
import type { LoadedScenario } from '../../content/load';
import type { UiLang } from '../i18n';
import type { KeyAction, KeyContext } from '../keys';

export type TeamMode = 'rotation' | 'rounds';
export const TEAM_MODES: readonly TeamMode[] = ['rotation', 'rounds'];

/** Seconds a discussion lasts when `t` starts one without --timer, and what `+` adds. */
export const DEFAULT_TIMER_S = 60;
export const ADD_TIMER_S = 30;
/** How long the stat change animates after a pick. */
export const ANIMATION_MS = 900;
const MAX_HANDS = 999;

export interface PickRecord {
  /** 1-based turn of the round. */
  readonly turn: number;
  /** The team that answered (an index into teams), or null without teams. */
  readonly team: number | null;
  readonly reply: string;
  /** Reply ids in the order they were lettered (A first). */
  readonly offered: readonly string[];
  /** Hands per option when the room voted. */
  readonly votes: readonly number[] | null;
  /** The votes tied and the trainer chose among the tied options. */
  readonly tie: boolean;
  /** The engine's judgement of the options at this turn (core/best-reply.ts). */
  readonly judged: BestReplies;
}

export interface Round {
  /** Rounds mode: the team playing the whole call; otherwise null. */
  readonly team: number | null;
  /** states[0] is the start; the last is where the call stands. */
  readonly states: readonly RunState[];
  readonly picks: readonly PickRecord[];
  readonly startedAt: number;
}

export type Phase =
  /** `digits`: the number being typed when more than nine scenarios are offered (1 then 2 is 12). */
  | { readonly kind: 'pick'; readonly cursor: number; readonly digits?: DigitBuffer }
  | { readonly kind: 'mode'; readonly cursor: number }
  | { readonly kind: 'line' }
  | { readonly kind: 'options' }
  | { readonly kind: 'tally'; readonly counts: readonly (number | null)[]; readonly cursor: number }
  | { readonly kind: 'tie'; readonly counts: readonly number[]; readonly tied: readonly number[] }
  | { readonly kind: 'feedback'; readonly why: boolean; readonly at: number }
  | { readonly kind: 'board'; readonly next: 'turn' | 'round' }
  | { readonly kind: 'end'; readonly scroll: number }
  | { readonly kind: 'final'; readonly scroll: number };

export interface Timer {
  readonly total: number;
  readonly left: number;
  readonly running: boolean;
  readonly last: number;
}

export type Notice =
  | { readonly kind: 'no-hands' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly files: readonly string[] }
  | { readonly kind: 'save-failed'; readonly message: string };

export type PresentEffect = { readonly kind: 'save'; readonly at: number };

export interface PresentState {
  readonly lang: UiLang;
  readonly teams: readonly string[];
  readonly timerSeconds: number | null;
  readonly scenario: string | null;
  readonly mode: TeamMode;
  readonly rounds: readonly Round[];
  /** The trainer ended the session early (q): no further rounds. */
  readonly stopped: boolean;
  readonly phase: Phase;
  readonly help: boolean;
  readonly hideNumbers: boolean;
  readonly timer: Timer | null;
  readonly now: number;
  readonly notice: Notice | null;
  readonly effects: readonly PresentEffect[];
  readonly exit: boolean;
  /** The session ended on Ctrl+C (the command exits 130, as the game does). */
  readonly interrupted: boolean;
}

export interface PresentContext {
  readonly scenarios: readonly LoadedScenario[];
}

export interface PresentOptions {
  readonly lang: UiLang;
  readonly teams: readonly string[];
  readonly timerSeconds: number | null;
  /** Open this scenario at once (else the picker). */
  readonly open?: string;
  /** The team mode when it is not asked (one team or none, or given). */
  readonly mode?: TeamMode;
  readonly now: number;
}

export type PresentAction =
  | { readonly type: 'key'; readonly key: KeyAction; readonly at: number }
  | { readonly type: 'tick'; readonly at: number }
  | { readonly type: 'saved'; readonly files: readonly string[] }
  | { readonly type: 'save-failed'; readonly message: string }
  | { readonly type: 'effects-done'; readonly count: number };

export function loadedOf(ctx: PresentContext, state: PresentState): LoadedScenario {
  const found = ctx.scenarios.find((s) => s.scenario.id === state.scenario);
  if (!found) throw new Error(`no scenario "${state.scenario}" in this session`);
  return found;
}

export const currentRound = (state: PresentState): Round => state.rounds[state.rounds.length - 1]!;
export const currentRun = (state: PresentState): RunState => currentRound(state).states.at(-1)!;
export const hasTeams = (state: Pick<PresentState, 'teams'>) => state.teams.length > 0;

/** The team answering the next turn of the current round (null without teams). */
export function teamOnTurn(state: PresentState): number | null {
  const round = currentRound(state);
  if (!hasTeams(state)) return null;
  if (round.team !== null) return round.team;
  return round.picks.length % state.teams.length;
}

/** The scenario's language for this session: the interface language when it has it. */
export const playLanguage = (loaded: LoadedScenario, lang: UiLang) => scenarioLanguage(loaded.scenario.languages, lang);

function newRound(loaded: LoadedScenario, state: PresentState, team: number | null, at: number): Round {
  return { team, states: [startRun(loaded.scenario, { lang: playLanguage(loaded, state.lang), mode: 'practice' })], picks: [], startedAt: at };
}

const newTimer = (seconds: number, at: number): Timer => ({ total: seconds * 1000, left: seconds * 1000, running: true, last: at });

/** A turn's line comes up: the discussion timer starts by itself when --timer was given. */
function toLine(state: PresentState, at: number): PresentState {
  return { ...state, phase: { kind: 'line' }, timer: state.timerSeconds === null ? null : newTimer(state.timerSeconds, at) };
}

function begin(ctx: PresentContext, state: PresentState, scenario: string, mode: TeamMode, at: number): PresentState {
  const next: PresentState = { ...state, scenario, mode, rounds: [], stopped: false };
  const loaded = loadedOf(ctx, next);
  return toLine({ ...next, rounds: [newRound(loaded, next, mode === 'rounds' && hasTeams(next) ? 0 : null, at)] }, at);
}

export function initialState(ctx: PresentContext, options: PresentOptions): PresentState {
  const base: PresentState = {
    lang: options.lang, teams: options.teams, timerSeconds: options.timerSeconds, scenario: null,
    mode: options.mode ?? 'rotation', rounds: [], stopped: false, phase: { kind: 'pick', cursor: 0 }, help: false,
    hideNumbers: false, timer: null, now: options.now, notice: null, effects: [], exit: false, interrupted: false,
  };
  if (options.open === undefined) return base;
  return afterPick(ctx, { ...base, scenario: options.open }, options.mode, options.now);
}

/** With two teams or more the trainer chooses how they play, unless it was given. */
function afterPick(ctx: PresentContext, state: PresentState, mode: TeamMode | undefined, at: number): PresentState {
  if (state.teams.length >= 2 && mode === undefined) return { ...state, phase: { kind: 'mode', cursor: 0 } };
  return begin(ctx, state, state.scenario!, mode ?? 'rotation', at);
}

export function keyContext(state: PresentState): KeyContext {
  if (state.help) return 'present-help';
  const names: Record<Phase['kind'], KeyContext> = {
    pick: 'present-pick', mode: 'present-mode', line: 'present-line', options: 'present-options', tally: 'present-tally',
    tie: 'present-tie', feedback: 'present-feedback', board: 'present-board', end: 'present-end', final: 'present-final',
  };
  return names[state.phase.kind];
}

/** How many options carry letters on screen now (0 when none do). */
export function letterCount(ctx: PresentContext, state: PresentState): number {
  if (state.help || state.scenario === null) return 0;
  const kind = state.phase.kind;
  if (kind !== 'options' && kind !== 'tally' && kind !== 'tie') return 0;
  return offeredReplies(loadedOf(ctx, state).scenario, currentRun(state)).length;
}

function tickTimer(timer: Timer | null, at: number): Timer | null {
  if (timer === null) return null;
  if (!timer.running) return { ...timer, last: at };
  return { ...timer, left: Math.max(0, timer.left - Math.max(0, at - timer.last)), last: at };
}

/** True while something on screen moves (a running timer, the stat change): the shell ticks then. */
export function animating(state: PresentState): boolean {
  const timerRuns = state.timer !== null && state.timer.running && state.timer.left > 0;
  return timerRuns || (state.phase.kind === 'feedback' && state.now - state.phase.at < ANIMATION_MS);
}

function play(ctx: PresentContext, state: PresentState, index: number, votes: readonly number[] | null, tie: boolean, at: number): PresentState {
  const { scenario } = loadedOf(ctx, state);
  const round = currentRound(state);
  const run = currentRun(state);
  const offered = offeredReplies(scenario, run);
  const reply = offered[index];
  if (!reply) return state;
  const pick: PickRecord = {
    turn: round.picks.length + 1, team: teamOnTurn(state), reply: reply.id, offered: offered.map((r) => r.id),
    votes, tie, judged: bestReplies(scenario, run),
  };
  const next = chooseReply(scenario, run, reply.id).state;
  const rounds = [...state.rounds.slice(0, -1), { ...round, states: [...round.states, next], picks: [...round.picks, pick] }];
  return { ...state, rounds, phase: { kind: 'feedback', why: false, at }, timer: null, notice: null };
}

/** Steps back one turn: the last pick is taken back and its options are shown again. */
function undo(state: PresentState): PresentState {
  const round = currentRound(state);
  if (round.picks.length === 0) return state;
  const rounds = [...state.rounds.slice(0, -1), { ...round, states: round.states.slice(0, -1), picks: round.picks.slice(0, -1) }];
  return { ...state, rounds, stopped: false, phase: { kind: 'options' }, timer: null, notice: null };
}

/** The majority of a tally: played at once, a tie asks the trainer, no hands at all asks again. */
function closeTally(ctx: PresentContext, state: PresentState, counts: readonly (number | null)[], at: number): PresentState {
  const hands = counts.map((c) => c ?? 0);
  const most = Math.max(...hands);
  if (most <= 0) return { ...state, notice: { kind: 'no-hands' } };
  const tied = hands.flatMap((h, i) => (h === most ? [i] : []));
  if (tied.length === 1) return play(ctx, state, tied[0]!, hands, false, at);
  return { ...state, phase: { kind: 'tie', counts: hands, tied }, notice: null };
}

function nextTurn(ctx: PresentContext, state: PresentState, at: number): PresentState {
  const run = currentRun(state);
  if (run.ending !== null) return { ...state, phase: { kind: 'end', scroll: 0 } };
  if (state.mode === 'rotation' && state.teams.length >= 2) return { ...state, phase: { kind: 'board', next: 'turn' } };
  return toLine(state, at);
}

/** After a round's end screen: the next team's round (via the scoreboard), or the ranking. */
function afterEnd(ctx: PresentContext, state: PresentState): PresentState {
  if (!hasTeams(state)) return state;
  const moreRounds = state.mode === 'rounds' && !state.stopped && state.rounds.length < state.teams.length;
  if (moreRounds) return { ...state, phase: { kind: 'board', next: 'round' } };
  return { ...state, phase: { kind: 'final', scroll: 0 } };
}

function startNextRound(ctx: PresentContext, state: PresentState, at: number): PresentState {
  const loaded = loadedOf(ctx, state);
  return toLine({ ...state, rounds: [...state.rounds, newRound(loaded, state, state.rounds.length, at)] }, at);
}

const scrolled = (scroll: number, command: string): number =>
  Math.max(0, scroll + ({ up: -1, down: 1, 'page-up': -10, 'page-down': 10 } as Record<string, number>)[command]!);

/** Commands every stage of a turn shares: the timer, hidden numbers, keys, ending the session. */
function common(state: PresentState, command: string, at: number): PresentState | null {
  const timerPhase = state.phase.kind === 'line' || state.phase.kind === 'options';
  switch (command) {
    case 'timer': return timerPhase ? { ...state, timer: newTimer(state.timerSeconds ?? DEFAULT_TIMER_S, at) } : state;
    case 'timer-pause': return timerPhase && state.timer ? { ...state, timer: { ...state.timer, running: !state.timer.running, last: at } } : state;
    case 'timer-add': {
      if (!timerPhase) return state;
      const t = state.timer;
      const add = ADD_TIMER_S * 1000;
      return { ...state, timer: t === null ? newTimer(ADD_TIMER_S, at) : { ...t, total: t.total + add, left: t.left + add, last: at } };
    }
    case 'hide-numbers': return { ...state, hideNumbers: !state.hideNumbers };
    case 'help': return { ...state, help: true };
    case 'undo': return undo(state);
    case 'quit': return { ...state, stopped: true, timer: null, phase: { kind: 'end', scroll: 0 } };
    case 'interrupt': return { ...state, exit: true, interrupted: true };
    default: return null;
  }
}

function onKey(ctx: PresentContext, state: PresentState, key: KeyAction, at: number): PresentState {
  const { command } = key;
  if (command === 'interrupt') return { ...state, exit: true, interrupted: true };
  if (state.help) {
    if (command === 'back') return { ...state, help: false };
    if (command === 'quit') return common({ ...state, help: false }, 'quit', at) ?? state;
    return state;
  }
  const phase = state.phase;
  switch (phase.kind) {
    case 'pick': {
      const n = ctx.scenarios.length;
      if (command === 'quit') return { ...state, exit: true };
      if (command === 'help') return { ...state, help: true };
      if (n === 0) return state;
      if (command === 'up') return { ...state, phase: { kind: 'pick', cursor: (phase.cursor + n - 1) % n } };
      if (command === 'down') return { ...state, phase: { kind: 'pick', cursor: (phase.cursor + 1) % n } };
      // Up to nine scenarios a digit opens one; more, and digits select (1 then 2 is 12), Enter opens.
      if (command === 'digit' && n > 9) {
        const { buffer, index } = menuDigit(phase.digits ?? { text: '', at: 0 }, (key as { digit: number }).digit, n, at);
        return { ...state, phase: { kind: 'pick', cursor: index ?? phase.cursor, digits: buffer } };
      }
      const chosen = command === 'digit' ? (key as { digit: number }).digit - 1 : command === 'confirm' ? phase.cursor : -1;
      if (chosen < 0 || chosen >= n) return state;
      return afterPick(ctx, { ...state, scenario: ctx.scenarios[chosen]!.scenario.id }, undefined, at);
    }
    case 'mode': {
      if (command === 'quit') return { ...state, exit: true };
      if (command === 'help') return { ...state, help: true };
      if (command === 'back') return ctx.scenarios.length > 1 || state.scenario === null ? { ...state, scenario: null, phase: { kind: 'pick', cursor: 0 } } : state;
      if (command === 'up' || command === 'down') return { ...state, phase: { kind: 'mode', cursor: 1 - phase.cursor } };
      const chosen = command === 'digit' ? (key as { digit: number }).digit - 1 : command === 'confirm' ? phase.cursor : -1;
      const mode = TEAM_MODES[chosen];
      return mode ? begin(ctx, state, state.scenario!, mode, at) : state;
    }
    case 'line':
      if (command === 'confirm') return { ...state, phase: { kind: 'options' } };
      return common(state, command, at) ?? state;
    case 'options':
      if (command === 'letter') return play(ctx, state, (key as { letter: number }).letter, null, false, at);
      if (command === 'tally') {
        const n = letterCount(ctx, state);
        return { ...state, phase: { kind: 'tally', counts: Array.from({ length: n }, () => null), cursor: 0 }, notice: null };
      }
      return common(state, command, at) ?? state;
    case 'tally': {
      const n = phase.counts.length;
      const set = (counts: readonly (number | null)[], cursor = phase.cursor): PresentState => ({ ...state, phase: { kind: 'tally', counts, cursor }, notice: null });
      const edit = (f: (c: number | null) => number | null) => set(phase.counts.map((c, i) => (i === phase.cursor ? f(c) : c)));
      if (command === 'letter') return set(phase.counts, (key as { letter: number }).letter);
      if (command === 'up') return set(phase.counts, (phase.cursor + n - 1) % n);
      if (command === 'down') return set(phase.counts, (phase.cursor + 1) % n);
      if (command === 'digit') return edit((c) => Math.min(MAX_HANDS, (c ?? 0) * 10 + (key as { digit: number }).digit));
      if (command === 'delete') return edit((c) => (c === null || c < 10 ? null : Math.floor(c / 10)));
      if (command === 'confirm') return closeTally(ctx, state, phase.counts, at);
      if (command === 'back') return { ...state, phase: { kind: 'options' }, notice: null };
      return state;
    }
    case 'tie':
      if (command === 'letter') {
        const letter = (key as { letter: number }).letter;
        return phase.tied.includes(letter) ? play(ctx, state, letter, phase.counts, true, at) : state;
      }
      if (command === 'back') return { ...state, phase: { kind: 'tally', counts: phase.counts, cursor: phase.tied[0]! } };
      return state;
    case 'feedback':
      if (command === 'why') return { ...state, phase: { ...phase, why: !phase.why } };
      if (command === 'confirm') return nextTurn(ctx, state, at);
      return common(state, command, at) ?? state;
    case 'board':
      if (command === 'confirm') return phase.next === 'round' ? startNextRound(ctx, state, at) : toLine(state, at);
      if (command === 'undo' && phase.next === 'round') return state;
      return common(state, command, at) ?? state;
    case 'end':
      if (command === 'quit') return { ...state, exit: true };
      if (command === 'save') return { ...state, effects: [...state.effects, { kind: 'save', at }], notice: { kind: 'saving' } };
      if (command === 'confirm') return afterEnd(ctx, state);
      if (command === 'undo') return undo(state);
      if (command === 'help') return { ...state, help: true };
      if (['up', 'down', 'page-up', 'page-down'].includes(command)) return { ...state, phase: { kind: 'end', scroll: scrolled(phase.scroll, command) } };
      return state;
    case 'final':
      if (command === 'quit') return { ...state, exit: true };
      if (command === 'save') return { ...state, effects: [...state.effects, { kind: 'save', at }], notice: { kind: 'saving' } };
      if (command === 'back') return { ...state, phase: { kind: 'end', scroll: 0 } };
      if (command === 'help') return { ...state, help: true };
      if (['up', 'down', 'page-up', 'page-down'].includes(command)) return { ...state, phase: { kind: 'final', scroll: scrolled(phase.scroll, command) } };
      return state;
  }
}

export function presentReducer(ctx: PresentContext, state: PresentState, action: PresentAction): PresentState {
  switch (action.type) {
    case 'tick': return { ...state, now: action.at, timer: tickTimer(state.timer, action.at) };
    case 'key': {
      const ticked = { ...state, now: action.at, timer: tickTimer(state.timer, action.at) };
      return onKey(ctx, ticked, action.key, action.at);
    }
    case 'saved': return { ...state, notice: { kind: 'saved', files: action.files } };
    case 'save-failed': return { ...state, notice: { kind: 'save-failed', message: action.message } };
    case 'effects-done': return { ...state, effects: state.effects.slice(action.count) };
  }
}
