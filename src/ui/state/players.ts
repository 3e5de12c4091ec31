// The player picker: the known players and "a new player", whose name is typed. A name is
// checked by src/core/player.ts (the store's own rule); choosing one becomes the store's
// current player through an effect, and the menu's bests and locks follow.
import { normalizePlayerName } from '../../core/player';
import { sanitizeLine } from '../../core/sanitize';
import type { KeyAction } from '../keys';
import type { AppContext, AppState } from './app';

export interface PlayersScreen {
  readonly kind: 'players';
  /** Index into the players; players.length is the "new player" row. */
  readonly cursor: number;
  /** Typing a new name. */
  readonly naming: boolean;
  readonly draft: string;
  readonly error: 'empty' | 'too-long' | null;
}

function choose(state: AppState, name: string): AppState {
  return { ...state, screen: { kind: 'menu' }, effects: [...state.effects, { kind: 'select-player', name }] };
}

export function playersKey(ctx: AppContext, state: AppState, s: PlayersScreen, key: KeyAction): AppState {
  const { command } = key;
  const players = ctx.progress.players;
  if (s.naming) {
    if (command === 'back') return { ...state, screen: { ...s, naming: false, draft: '', error: null } };
    if (command !== 'confirm') return state;
    const r = normalizePlayerName(s.draft);
    if (!r.ok) return { ...state, screen: { ...s, error: sanitizeLine(s.draft).trim() === '' ? 'empty' : 'too-long' } };
    return choose(state, r.name);
  }
  const n = players.length + 1;
  const move = (cursor: number): AppState => ({ ...state, screen: { ...s, cursor } });
  switch (command) {
    case 'quit': return { ...state, exit: 0 };
    case 'back': return { ...state, screen: { kind: 'menu' } };
    case 'up': return move((s.cursor - 1 + n) % n);
    case 'down': return move((s.cursor + 1) % n);
    case 'home': return move(0);
    case 'end': return move(n - 1);
    case 'new-player': return { ...state, screen: { ...s, cursor: players.length, naming: true, draft: '', error: null } };
    case 'confirm': {
      const name = players[s.cursor];
      if (name === undefined) return { ...state, screen: { ...s, naming: true, draft: '', error: null } };
      return choose(state, name);
    }
    default:
      if (key.command === 'digit' && key.digit >= 1 && key.digit <= players.length) return choose(state, players[key.digit - 1]!);
      return state;
  }
}
