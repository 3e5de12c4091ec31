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
import { debugCallScreen } from '../debug';
import { bannerLine, watchErrorsScreen } from '../watch-screen';

export interface Shown {
  readonly view: ScreenView;
  readonly context: KeyContext;
}

/** The terminal's rows minus one: a full-height frame would make Ink clear the screen each time. */
export const usableRows = (terminalRows: number) => Math.max(1, terminalRows - 1);

export function showScreen(ctx: AppContext, state: AppState, env: Omit<ViewEnv, 'size'>, terminal: { cols: number; rows: number }): Shown {
  const tooSmall = (rows = MIN_ROWS): Shown => ({ view: enlargeScreen(env.t, terminal, { cols: MIN_COLS, rows }), context: 'enlarge' });
  if (terminal.cols < MIN_COLS || terminal.rows < MIN_ROWS) return tooSmall();
  // A banner (watch mode's "reloaded") takes the top row, when a row can be spared.
  if (state.banner && terminal.rows - 1 >= MIN_ROWS) {
    const shown = showScreen(ctx, { ...state, banner: null }, env, { cols: terminal.cols, rows: terminal.rows - 1 });
    if (shown.context !== 'enlarge') return { ...shown, view: { ...shown.view, top: [bannerLine(env.t, state.banner, terminal.cols), ...shown.view.top] } };
  }
  const full: ViewEnv = { ...env, size: { cols: terminal.cols, rows: usableRows(terminal.rows) } };
  if (state.watch?.problems) {
    const { problems, scroll } = state.watch;
    return { view: watchErrorsScreen(problems[0]?.file ?? '', problems, scroll, full), context: 'watch-errors' };
  }
  const s = state.screen;
  const context = keyContext(state);
  const scenarioOf = (id: string) => ctx.scenarios.get(id)!.scenario;
  switch (s.kind) {
    case 'menu': return { view: menuScreen(ctx, state, full), context };
    case 'help': return { view: helpScreen(s.scroll, full, state.debug.allowed), context };
    case 'briefing': return { view: briefingScreen(scenarioOf(s.scenario), { ...state, screen: s }, full), context };
    case 'call': {
      if (s.call.pause !== null) return { view: pauseScreen(scenarioOf(s.scenario), s.call, full), context };
      if (state.debug.on) {
        const view = debugCallScreen(scenarioOf(s.scenario), s.call, state.debug.scroll, context, full);
        return view ? { view, context } : tooSmall(terminal.rows + 1);
      }
      const layout = callScreen(scenarioOf(s.scenario), s.call, context, full, state.debug.allowed);
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
