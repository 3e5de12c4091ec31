// The whole app as one reducer: which screen is up, the settings, the menu cursor, and the
// effects (saving a run, exiting) for the shell to carry out. Pure: no I/O, no clock (the time
// comes in with each action), so every flow is tested without rendering.
import { MODES, type Mode, type RunState } from '../../core/engine';
import { scenarioLanguage } from '../../core/text';
import type { LoadedScenario } from '../../content/load';
import type { UiLang } from '../i18n';
import { otherLang } from '../i18n';
import type { KeyAction, KeyContext } from '../keys';
import type { ProgressSnapshot, RecordResult, ReplayOpened, StoreNote } from '../progress';
import { callReducer, cleanDraft, newCall, pauseItem, PAUSE_ITEMS, type CallState } from './call';
import { menuDigit, type DigitBuffer } from './digits';
import type { Problem } from '../../content/problem';
import { validStart, type StartPoint } from '../../core/start-at';
import { reloaded, withProblems, type Banner, type WatchState } from '../watch-state';
import { historyKey, replayKey, type HistoryScreen, type ReplayScreen } from './history';
import { playersKey, type PlayersScreen } from './players';

export type Screen =
  | { readonly kind: 'menu' }
  | { readonly kind: 'help'; readonly scroll: number; readonly from: Screen }
  | { readonly kind: 'briefing'; readonly scenario: string; readonly scroll: number }
  | { readonly kind: 'call'; readonly scenario: string; readonly seq: number; readonly call: CallState }
  | { readonly kind: 'debrief'; readonly scenario: string; readonly seq: number; readonly run: RunState; readonly scroll: number }
  | PlayersScreen
  | HistoryScreen
  | ReplayScreen;

export type Notice =
  /**
   * A locked scenario: it opens after a success at level `needs` (or harder). `open`: the menu
   * numbers of the open scenarios at that level, the calls to play to open it.
   */
  | { readonly kind: 'locked'; readonly needs: number; readonly open?: readonly number[] }
  | { readonly kind: 'last-scenario' }
  | { readonly kind: 'store-note'; readonly note: StoreNote }
  /** The store could not be opened: the game goes on, nothing is saved. */
  | { readonly kind: 'unsaved'; readonly message: string }
  | { readonly kind: 'no-store' }
  | { readonly kind: 'player'; readonly name: string }
  | { readonly kind: 'replay-failed'; readonly message: string }
  | { readonly kind: 'save-failed'; readonly message: string }
  | { readonly kind: 'not-playable' };

export type Effect =
  | { readonly kind: 'record'; readonly seq: number; readonly scenario: string; readonly call: CallState; readonly abandoned: boolean; readonly at: number }
  | { readonly kind: 'select-player'; readonly name: string }
  | { readonly kind: 'open-replay'; readonly run: string; readonly from: 'history' | 'menu' };

export interface AppState {
  readonly lang: UiLang;
  readonly mode: Mode;
  readonly screen: Screen;
  readonly menu: { readonly cursor: number; readonly digits: DigitBuffer };
  readonly notice: Notice | null;
  /** Runs are numbered so a save's result finds its debrief. */
  readonly seq: number;
  readonly recorded: { readonly seq: number; readonly result: RecordResult } | null;
  readonly effects: readonly Effect[];
  /** Set when the app should end, with the exit code. */
  readonly exit: number | null;
  /** The debug panel (authors): shown over or beside the call, and how far it is scrolled. */
  readonly debug: { readonly on: boolean; readonly scroll: number; /** An author's call: Tab may open the panel. */ readonly allowed: boolean };
  /** Watch mode (`play --watch`): the watched file's newest version; null when not watching. */
  readonly watch: WatchState | null;
  readonly banner: Banner | null;
  /** Why runs are not being saved (the store could not be opened), else null. */
  readonly unsaved: string | null;
}

export interface AppContext {
  readonly scenarios: ReadonlyMap<string, LoadedScenario>;
  /** Scenario ids in menu order. */
  readonly campaign: readonly string[];
  readonly progress: ProgressSnapshot;
  /** Where calls start (`play --from/--set`); absent: the scenario's start. */
  readonly start?: StartPoint;
}

/** How far a scrollable view can move, measured by the screen's layout. */
export interface ViewBounds {
  readonly maxScroll: number;
  readonly page: number;
}

export type AppAction =
  | { readonly type: 'key'; readonly key: KeyAction; readonly at: number; readonly view?: ViewBounds }
  | { readonly type: 'draft'; readonly text: string; readonly maxWidth: number }
  | { readonly type: 'recorded'; readonly seq: number; readonly result: RecordResult }
  | { readonly type: 'effects-done'; readonly count: number }
  | { readonly type: 'reload'; readonly loaded: LoadedScenario; readonly at: number }
  | { readonly type: 'watch-problems'; readonly problems: readonly Problem[] }
  | { readonly type: 'store-notes'; readonly notes: readonly StoreNote[] }
  | { readonly type: 'store-failed'; readonly message: string }
  | { readonly type: 'player-selected'; readonly name: string }
  | { readonly type: 'replay-opened'; readonly opened: ReplayOpened; readonly from: 'history' | 'menu' }
  | { readonly type: 'replay-failed'; readonly message: string }
  | { readonly type: 'save-failed'; readonly seq: number; readonly message: string };

export const EXIT_INTERRUPTED = 130;

export function buildContext(campaign: readonly LoadedScenario[], open: LoadedScenario | undefined, progress: ProgressSnapshot, start?: StartPoint): AppContext {
  const scenarios = new Map(campaign.map((l) => [l.scenario.id, l] as const));
  // A file given to `play` wins over a campaign scenario with the same id.
  if (open) scenarios.set(open.scenario.id, open);
  return { scenarios, campaign: campaign.map((l) => l.scenario.id), progress, ...(start && { start }) };
}

export interface InitialOptions {
  readonly lang: UiLang;
  readonly mode: Mode;
  readonly open?: string;
  /** `callcraft replay <id>`: open this saved run's replay. */
  readonly replay?: string;
  /** Open with the debug panel shown (`--debug`). */
  readonly debug?: boolean;
  /** Watch mode: the scenario loaded first (null: the file had errors), and those errors. */
  readonly watch?: { readonly loaded: LoadedScenario | null; readonly problems: readonly Problem[] | null };
  readonly banner?: Banner;
}

export function initialState(ctx: AppContext, options: InitialOptions): AppState {
  const base: AppState = {
    lang: options.lang, mode: options.mode, screen: { kind: 'menu' },
    menu: { cursor: 0, digits: { text: '', at: 0 } }, notice: null, seq: 0, recorded: null, effects: [], exit: null, unsaved: null,
    debug: { on: options.debug === true, scroll: 0, allowed: options.debug === true || options.watch !== undefined || ctx.start !== undefined },
    watch: options.watch ? { ...options.watch, scroll: 0 } : null,
    banner: options.banner ?? null,
  };
  // `callcraft replay <id>` in a terminal: the replay opens once the store has read the run.
  if (options.replay !== undefined) return { ...base, effects: [{ kind: 'open-replay', run: options.replay, from: 'menu' }] };
  if (options.open === undefined || !ctx.scenarios.has(options.open)) return base;
  const cursor = Math.max(0, ctx.campaign.indexOf(options.open));
  return { ...base, menu: { ...base.menu, cursor }, screen: { kind: 'briefing', scenario: options.open, scroll: 0 } };
}

/** Which key table applies now. */
export function keyContext(state: AppState): KeyContext {
  if (state.watch?.problems) return 'watch-errors';
  const s = state.screen;
  if (s.kind === 'players') return s.naming ? 'players-text' : 'players';
  if (s.kind !== 'call') return s.kind;
  if (s.call.pause !== null) return 'pause';
  if (s.call.run.ending !== null) return 'call-ended';
  return s.call.run.mode === 'free' ? 'call-text' : 'call';
}

function loaded(ctx: AppContext, id: string): LoadedScenario {
  const l = ctx.scenarios.get(id);
  if (!l) throw new Error(`unknown scenario "${id}"`);
  return l;
}

export function startCall(ctx: AppContext, state: AppState, id: string, at: number): AppState {
  const { scenario } = loaded(ctx, id);
  const start = ctx.start && validStart(scenario, ctx.start);
  const call = newCall(scenario, { lang: scenarioLanguage(scenario.languages, state.lang), mode: state.mode }, at, start);
  return { ...state, seq: state.seq + 1, screen: { kind: 'call', scenario: id, seq: state.seq + 1, call } };
}

/** Leaving a call before its ending saves it as abandoned (when at least one reply was given). */
function leaveCall(state: AppState, at: number): AppState {
  const s = state.screen;
  if (s.kind !== 'call' || s.call.run.ending !== null || s.call.run.turn === 0) return state;
  const effect: Effect = { kind: 'record', seq: s.seq, scenario: s.scenario, call: s.call, abandoned: true, at };
  return { ...state, effects: [...state.effects, effect] };
}

const scrollBy = (scroll: number, delta: number, view: ViewBounds | undefined) =>
  Math.max(0, Math.min(view?.maxScroll ?? 0, scroll + delta));

/** Scrolling commands shared by the help, briefing, debrief, history and replay screens. */
export function scrolled(command: string, scroll: number, view: ViewBounds | undefined): number | null {
  const page = Math.max(1, (view?.page ?? 1) - 1);
  switch (command) {
    case 'up': return scrollBy(scroll, -1, view);
    case 'down': return scrollBy(scroll, 1, view);
    case 'page-up': return scrollBy(scroll, -page, view);
    case 'page-down': return scrollBy(scroll, page, view);
    case 'home': return 0;
    case 'end': return view?.maxScroll ?? 0;
    default: return null;
  }
}

/** The notice that refuses a locked scenario (what opens it), or null when it is open. */
export function lockedNotice(ctx: AppContext, id: string): Notice | null {
  const lock = ctx.progress.locks.get(id);
  if (lock === undefined || lock.open) return null;
  const open = ctx.campaign.flatMap((other, i) =>
    ctx.scenarios.get(other)?.scenario.difficulty === lock.needs && ctx.progress.locks.get(other)?.open !== false ? [i + 1] : []);
  return { kind: 'locked', needs: lock.needs, ...(open.length > 0 && { open }) };
}

const nextMode = (mode: Mode, delta: number): Mode => MODES[(MODES.indexOf(mode) + delta + MODES.length) % MODES.length]!;

function onKey(ctx: AppContext, state: AppState, key: KeyAction, at: number, view?: ViewBounds): AppState {
  const { command } = key;
  if (command === 'interrupt') return { ...leaveCall(state, at), exit: EXIT_INTERRUPTED };
  if (command === 'exit') return { ...leaveCall(state, at), exit: 0 };
  if (state.watch?.problems) {
    // The watched file has errors: its problems are on screen until it is fixed.
    if (command === 'quit') return { ...leaveCall(state, at), exit: 0 };
    const scroll = scrolled(command, state.watch.scroll, view);
    return scroll === null ? state : { ...state, watch: { ...state.watch, scroll } };
  }
  const s = state.screen;
  switch (s.kind) {
    case 'menu': {
      const n = ctx.campaign.length;
      const move = (cursor: number) => ({ ...state, menu: { ...state.menu, cursor } });
      if (command === 'quit') return { ...state, exit: 0 };
      if (command === 'help') return { ...state, screen: { kind: 'help', scroll: 0, from: s } };
      if (command === 'toggle-lang') return { ...state, lang: otherLang(state.lang) };
      if (command === 'cycle-mode') return { ...state, mode: nextMode(state.mode, 1) };
      if (command === 'players' || command === 'history') {
        if (ctx.progress.player === null) return { ...state, notice: state.unsaved === null ? { kind: 'no-store' } : { kind: 'unsaved', message: state.unsaved } };
        if (command === 'history') return { ...state, screen: { kind: 'history', cursor: 0 } };
        const cursor = Math.max(0, ctx.progress.players.indexOf(ctx.progress.player));
        return { ...state, screen: { kind: 'players', cursor, naming: false, draft: '', error: null } };
      }
      if (n === 0) return state;
      if (command === 'up') return move((state.menu.cursor - 1 + n) % n);
      if (command === 'down') return move((state.menu.cursor + 1) % n);
      if (command === 'home') return move(0);
      if (command === 'end') return move(n - 1);
      if (key.command === 'digit') {
        const { buffer, index } = menuDigit(state.menu.digits, key.digit, n, at);
        return { ...state, menu: { cursor: index ?? state.menu.cursor, digits: buffer } };
      }
      if (command === 'confirm') {
        const id = ctx.campaign[state.menu.cursor]!;
        const refused = lockedNotice(ctx, id);
        if (refused) return { ...state, notice: refused };
        return { ...state, screen: { kind: 'briefing', scenario: id, scroll: 0 } };
      }
      return state;
    }
    case 'help': {
      if (command === 'quit') return { ...state, exit: 0 };
      if (command === 'back') return { ...state, screen: s.from };
      const scroll = scrolled(command, s.scroll, view);
      return scroll === null ? state : { ...state, screen: { ...s, scroll } };
    }
    case 'briefing': {
      if (command === 'quit') return { ...state, exit: 0 };
      if (command === 'back') return { ...state, screen: { kind: 'menu' } };
      if (command === 'confirm') return startCall(ctx, state, s.scenario, at);
      if (command === 'up') return { ...state, mode: nextMode(state.mode, -1) };
      if (command === 'down' || command === 'cycle-mode') return { ...state, mode: nextMode(state.mode, 1) };
      const scroll = scrolled(command, s.scroll, view);
      return scroll === null ? state : { ...state, screen: { ...s, scroll } };
    }
    case 'call':
      return onCallKey(ctx, state, s, key, at, view);
    case 'players':
      return playersKey(ctx, state, s, key);
    case 'history':
      return historyKey(ctx, state, s, key, view);
    case 'replay':
      return replayKey(ctx, state, s, key, at, view);
    case 'debrief': {
      if (command === 'quit') return { ...state, exit: 0 };
      if (command === 'menu') return { ...state, screen: { kind: 'menu' } };
      if (command === 'retry') return startCall(ctx, state, s.scenario, at);
      if (command === 'next') {
        // The next scenario that is open: a locked one in between is passed over (the menu
        // still shows it); when only locked ones follow, the first says what opens it.
        const i = ctx.campaign.indexOf(s.scenario);
        // A file played from outside the campaign (`play <file>`) has no next: the menu offers the campaign.
        if (i === -1) return { ...state, screen: { kind: 'menu' } };
        const after = ctx.campaign.slice(i + 1);
        if (after.length === 0) return { ...state, notice: { kind: 'last-scenario' } };
        const at = after.findIndex((id) => lockedNotice(ctx, id) === null);
        if (at === -1) return { ...state, notice: lockedNotice(ctx, after[0]!) };
        return { ...state, menu: { ...state.menu, cursor: i + 1 + at }, screen: { kind: 'briefing', scenario: after[at]!, scroll: 0 } };
      }
      const scroll = scrolled(command, s.scroll, view);
      return scroll === null ? state : { ...state, screen: { ...s, scroll } };
    }
  }
}

function onCallKey(ctx: AppContext, state: AppState, s: Extract<Screen, { kind: 'call' }>, key: KeyAction, at: number, view?: ViewBounds): AppState {
  const { scenario } = loaded(ctx, s.scenario);
  const withCall = (call: CallState): AppState => {
    const next: AppState = { ...state, screen: { ...s, call } };
    if (s.call.run.ending !== null || call.run.ending === null) return next;
    // The call just ended: save it now, so quitting from the last screen loses nothing.
    const effect: Effect = { kind: 'record', seq: s.seq, scenario: s.scenario, call, abandoned: false, at };
    return { ...next, effects: [...next.effects, effect] };
  };
  const step = (action: Parameters<typeof callReducer>[2]) => withCall(callReducer(scenario, s.call, action));
  const { command } = key;

  if (s.call.pause !== null) {
    if (command === 'quit') return { ...leaveCall(state, at), exit: 0 };
    if (command === 'back') return step({ type: 'resume' });
    if (command === 'up') return step({ type: 'pause-move', delta: -1 });
    if (command === 'down') return step({ type: 'pause-move', delta: 1 });
    let item = pauseItem(s.call);
    if (key.command === 'digit') {
      item = PAUSE_ITEMS[key.digit - 1] ?? null;
      if (item === null) return state;
    } else if (command !== 'confirm') return state;
    switch (item) {
      case 'resume': return step({ type: 'resume' });
      case 'restart': return startCall(ctx, leaveCall(state, at), s.scenario, at);
      case 'menu': return { ...leaveCall(state, at), screen: { kind: 'menu' } };
      case 'quit': return { ...leaveCall(state, at), exit: 0 };
      default: return state;
    }
  }

  const page = Math.max(1, (view?.page ?? 1) - 1);
  const max = view?.maxScroll ?? 0;
  if (command === 'debug') return state.debug.allowed ? { ...state, debug: { ...state.debug, on: !state.debug.on, scroll: 0 } } : state;
  // With the debug panel up, the page keys scroll the panel (its view measures the bounds).
  if (state.debug.on && (command === 'page-up' || command === 'page-down')) {
    return { ...state, debug: { ...state.debug, scroll: scrollBy(state.debug.scroll, command === 'page-up' ? -page : page, view) } };
  }
  switch (command) {
    case 'pause': return step({ type: 'pause' });
    case 'quit': return s.call.run.ending !== null ? { ...state, exit: 0 } : step({ type: 'pause', at: 'quit' });
    case 'page-up': return step({ type: 'scroll', delta: page, max });
    case 'page-down': return step({ type: 'scroll', delta: -page, max });
    case 'up': return step({ type: 'move', delta: -1 });
    case 'down': return step({ type: 'move', delta: 1 });
    case 'digit': return key.command === 'digit' && key.digit > 0 ? step({ type: 'choose', index: key.digit - 1 }) : state;
    case 'confirm':
      if (s.call.run.ending !== null) {
        return { ...state, screen: { kind: 'debrief', scenario: s.scenario, seq: s.seq, run: s.call.run, scroll: 0 } };
      }
      return step({ type: 'confirm' });
    default: return state;
  }
}

export function appReducer(ctx: AppContext, state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'key': {
      // A notice lasts until the next key.
      const fresh = state.notice === null && state.banner === null ? state : { ...state, notice: null, banner: null };
      return onKey(ctx, fresh, action.key, action.at, action.view);
    }
    case 'draft': {
      const s = state.screen;
      if (s.kind === 'players' && s.naming) return { ...state, screen: { ...s, draft: cleanDraft(action.text, action.maxWidth), error: null } };
      if (s.kind !== 'call') return state;
      const call = callReducer(loaded(ctx, s.scenario).scenario, s.call, { type: 'draft', text: action.text, maxWidth: action.maxWidth });
      return { ...state, screen: { ...s, call } };
    }
    case 'recorded':
      return { ...state, recorded: { seq: action.seq, result: action.result } };
    case 'effects-done':
      return { ...state, effects: state.effects.slice(action.count) };
    case 'reload':
      return reloaded(state, action.loaded, ctx.start ?? {}, action.at);
    case 'watch-problems':
      return withProblems(state, action.problems);
    case 'store-notes': {
      const note = action.notes[0];
      return note === undefined ? state : { ...state, notice: { kind: 'store-note', note } };
    }
    case 'store-failed':
      return { ...state, unsaved: action.message, notice: { kind: 'unsaved', message: action.message } };
    case 'player-selected':
      return { ...state, notice: { kind: 'player', name: action.name } };
    case 'replay-opened': {
      const { opened, from } = action;
      return { ...state, screen: { kind: 'replay', replay: opened.replay, scenario: opened.scenario, step: 0, scroll: 0, from } };
    }
    case 'replay-failed':
      return { ...state, notice: { kind: 'replay-failed', message: action.message } };
    case 'save-failed':
      // Said at once (the menu, after leaving a call) and kept for that call's debrief.
      return { ...state, notice: { kind: 'save-failed', message: action.message }, recorded: { seq: action.seq, result: { newBest: false, error: action.message } } };
  }
}
