// The call screen's state: the engine's run plus what only the screen needs (the highlighted
// reply, the typed draft, how far the log is scrolled, the pause menu). Every rule of the game
// is the engine's; this reducer only decides which engine function a key press calls.
import {
  chooseReply, offeredReplies, sayFreeText, startRun, type Mode, type RunState, type TurnRecord,
} from '../../core/engine';
import type { Scenario } from '../../core/model';
import { startAt, type StartPoint } from '../../core/start-at';
import { sanitizeLine } from '../../core/sanitize';
import { graphemes, width } from '../layout/text';

export const PAUSE_ITEMS = ['resume', 'restart', 'menu', 'quit'] as const;
export type PauseItem = (typeof PAUSE_ITEMS)[number];

export interface CallState {
  readonly run: RunState;
  /** The highlighted reply: an index into the offered replies. */
  readonly cursor: number;
  /** Free-text mode: the answer being typed (already sanitised). */
  readonly draft: string;
  /** Log lines scrolled back from the newest (0: the newest lines are in view). */
  readonly scroll: number;
  /** What the last reply did (the coach's feedback, the stat change, "understood as"). */
  readonly last: TurnRecord | null;
  /** The pause menu's cursor while paused, else null. */
  readonly pause: number | null;
  readonly notice: 'empty-text' | null;
  /** When the call started (ms since the epoch), for the saved run. */
  readonly startedAt: number;
}

export type CallAction =
  | { readonly type: 'move'; readonly delta: number }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'confirm' }
  | { readonly type: 'draft'; readonly text: string; readonly maxWidth: number }
  | { readonly type: 'scroll'; readonly delta: number; readonly max: number }
  | { readonly type: 'pause'; readonly at?: PauseItem }
  | { readonly type: 'pause-move'; readonly delta: number }
  | { readonly type: 'resume' };

/** A new call; `start` (authors' --from/--set) starts it elsewhere than the scenario's start. */
export function newCall(scenario: Scenario, options: { lang: string; mode: Mode }, at: number, start?: StartPoint): CallState {
  const run = start === undefined ? startRun(scenario, options) : startAt(scenario, options, start).state;
  return { run, cursor: 0, draft: '', scroll: 0, last: null, pause: null, notice: null, startedAt: at };
}

/** The answer as typed, made safe and cut to what the input box shows. */
export function cleanDraft(text: string, maxWidth: number): string {
  const clean = sanitizeLine(text);
  if (width(clean) <= maxWidth) return clean;
  let out = '';
  for (const g of graphemes(clean)) {
    if (width(out + g) > maxWidth) break;
    out += g;
  }
  return out;
}

function afterTurn(state: CallState, run: RunState, events: TurnRecord): CallState {
  return { ...state, run, last: events, cursor: 0, draft: '', scroll: 0, notice: null };
}

const wrapIndex = (i: number, n: number) => ((i % n) + n) % n;

export function callReducer(scenario: Scenario, state: CallState, action: CallAction): CallState {
  const ended = state.run.ending !== null;
  switch (action.type) {
    case 'move': {
      const n = offeredReplies(scenario, state.run).length;
      if (n === 0 || state.run.mode === 'free') return state;
      return { ...state, cursor: wrapIndex(state.cursor + action.delta, n) };
    }
    case 'choose': {
      if (ended || state.run.mode === 'free') return state;
      const reply = offeredReplies(scenario, state.run)[action.index];
      if (!reply) return state;
      const { state: run, events } = chooseReply(scenario, state.run, reply.id);
      return afterTurn(state, run, events);
    }
    case 'confirm': {
      if (ended) return state;
      if (state.run.mode !== 'free') return callReducer(scenario, state, { type: 'choose', index: state.cursor });
      if (state.draft.trim() === '') return { ...state, notice: 'empty-text' };
      const { state: run, events } = sayFreeText(scenario, state.run, state.draft);
      return afterTurn(state, run, events);
    }
    case 'draft':
      return { ...state, draft: cleanDraft(action.text, action.maxWidth), notice: null };
    case 'scroll':
      return { ...state, scroll: Math.max(0, Math.min(action.max, state.scroll + action.delta)) };
    case 'pause':
      return { ...state, pause: PAUSE_ITEMS.indexOf(action.at ?? 'resume') };
    case 'pause-move':
      return state.pause === null ? state : { ...state, pause: wrapIndex(state.pause + action.delta, PAUSE_ITEMS.length) };
    case 'resume':
      return { ...state, pause: null };
  }
}

export function pauseItem(state: CallState): PauseItem | null {
  return state.pause === null ? null : PAUSE_ITEMS[state.pause] ?? null;
}
