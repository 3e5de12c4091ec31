// The history list (the player's runs, newest first) and the replay of one run, stepped turn by
// turn. The replay itself comes from src/core/replay.ts through the store; these reducers only
// move through it.
import type { Replay } from '../../core/replay';
import type { KeyAction } from '../keys';
import { lockedNotice, scrolled, startCall, type AppContext, type AppState, type ViewBounds } from './app';

export interface HistoryScreen {
  readonly kind: 'history';
  readonly cursor: number;
}

export interface ReplayScreen {
  readonly kind: 'replay';
  readonly replay: Replay;
  /** The scenario "play again" starts (null: not loadable now). */
  readonly scenario: string | null;
  /** 0…turns-1: a turn; turns: the ending. */
  readonly step: number;
  readonly scroll: number;
  /** Where Esc goes back to. */
  readonly from: 'history' | 'menu';
}

/** Pages of a replay: one per turn, then the ending. */
export const replaySteps = (replay: Replay): number => replay.turns.length + 1;

export function historyKey(ctx: AppContext, state: AppState, s: HistoryScreen, key: KeyAction, view?: ViewBounds): AppState {
  const rows = ctx.progress.history;
  const n = rows.length;
  const page = Math.max(1, (view?.page ?? 1) - 1);
  const move = (cursor: number): AppState => ({ ...state, screen: { ...s, cursor: Math.max(0, Math.min(n - 1, cursor)) } });
  switch (key.command) {
    case 'quit': return { ...state, exit: 0 };
    case 'back': return { ...state, screen: { kind: 'menu' } };
    case 'up': return move(s.cursor - 1);
    case 'down': return move(s.cursor + 1);
    case 'page-up': return move(s.cursor - page);
    case 'page-down': return move(s.cursor + page);
    case 'home': return move(0);
    case 'end': return move(n - 1);
    case 'confirm': {
      const row = rows[s.cursor];
      if (!row) return state;
      return { ...state, effects: [...state.effects, { kind: 'open-replay', run: row.id, from: 'history' }] };
    }
    default: return state;
  }
}

export function replayKey(ctx: AppContext, state: AppState, s: ReplayScreen, key: KeyAction, at: number, view?: ViewBounds): AppState {
  const last = replaySteps(s.replay) - 1;
  const step = (n: number): AppState => ({ ...state, screen: { ...s, step: Math.max(0, Math.min(last, n)), scroll: 0 } });
  switch (key.command) {
    case 'quit': return { ...state, exit: 0 };
    case 'back': return { ...state, screen: s.from === 'history' ? { kind: 'history', cursor: cursorOf(ctx, s.replay.id) } : { kind: 'menu' } };
    case 'left': return step(s.step - 1);
    case 'right': return step(s.step + 1);
    case 'first': return step(0);
    case 'last': return step(last);
    case 'play-again': {
      if (s.scenario === null || !ctx.scenarios.has(s.scenario)) return { ...state, notice: { kind: 'not-playable' } };
      const refused = lockedNotice(ctx, s.scenario);
      if (refused) return { ...state, notice: refused };
      const cursor = ctx.campaign.indexOf(s.scenario);
      return startCall(ctx, cursor === -1 ? state : { ...state, menu: { ...state.menu, cursor } }, s.scenario, at);
    }
    default: {
      const scroll = scrolled(key.command, s.scroll, view);
      return scroll === null ? state : { ...state, screen: { ...s, scroll } };
    }
  }
}

function cursorOf(ctx: AppContext, id: string): number {
  return Math.max(0, ctx.progress.history.findIndex((r) => r.id === id));
}
