// Which screen shows now, as data: the view for the app state at this terminal size.
import type { KeyContext } from '../keys';
import { keyContext, type AppContext, type AppState } from '../state/app';
import { briefingScreen } from './briefing';
import { callScreen } from './call';
import { debriefScreen } from './debrief';
import { enlargeScreen, helpScreen } from './help';
import { menuScreen } from './menu';
import { pauseScreen } from './pause';
import { playersScreen } from './players';
import { historyScreen } from './history';
import { replayScreen } from './replay';
import { MIN_COLS, MIN_ROWS, type ScreenView, type ViewEnv } from './types';

export interface Shown {
  readonly view: ScreenView;
  readonly context: KeyContext;
}

/** The terminal's rows minus one: a full-height frame would make Ink clear the screen each time. */
export const usableRows = (terminalRows: number) => Math.max(1, terminalRows - 1);

export function showScreen(ctx: AppContext, state: AppState, env: Omit<ViewEnv, 'size'>, terminal: { cols: number; rows: number }): Shown {
  const tooSmall = (rows = MIN_ROWS): Shown => ({ view: enlargeScreen(env.t, terminal, { cols: MIN_COLS, rows }), context: 'enlarge' });
  if (terminal.cols < MIN_COLS || terminal.rows < MIN_ROWS) return tooSmall();
  const full: ViewEnv = { ...env, size: { cols: terminal.cols, rows: usableRows(terminal.rows) } };
  const s = state.screen;
  const context = keyContext(state);
  const scenarioOf = (id: string) => ctx.scenarios.get(id)!.scenario;
  switch (s.kind) {
    case 'menu': return { view: menuScreen(ctx, state, full), context };
    case 'help': return { view: helpScreen(s.scroll, full), context };
    case 'briefing': return { view: briefingScreen(scenarioOf(s.scenario), { ...state, screen: s }, full), context };
    case 'call': {
      if (s.call.pause !== null) return { view: pauseScreen(scenarioOf(s.scenario), s.call, full), context };
      const layout = callScreen(scenarioOf(s.scenario), s.call, context, full);
      return layout.fits ? { view: layout.view, context } : tooSmall(terminal.rows + layout.missing);
    }
    case 'debrief': {
      const record = state.recorded?.seq === s.seq ? state.recorded.result : null;
      return { view: debriefScreen(scenarioOf(s.scenario), { ...state, screen: s }, full, record), context };
    }
    case 'players': return { view: playersScreen(ctx, s, full), context };
    case 'history': return { view: historyScreen(ctx, state, s, full), context };
    case 'replay': return { view: replayScreen(state, s, full), context };
  }
}
