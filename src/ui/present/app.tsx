// Trainer mode's root component: holds the session, turns keys into commands through the key
// table, ticks the clock while something moves (the timer, the stat change), and carries out the
// reducer's effects (saving the handout). Everything shown comes from ./screen; every rule from
// src/core.
import { Box } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { sanitizeLine } from '../../core/sanitize';
import type { LoadedScenario } from '../../content/load';
import { Lines } from '../components/Lines';
import { UiProvider } from '../components/context';
import { useTerminalSize } from '../hooks/use-terminal-size';
import { messagesFor, type UiLang } from '../i18n';
import { resolveKey } from '../keys';
import { useKeyPresses } from '../hooks/use-key-presses';
import { usableRows } from '../screens';
import { createTheme } from '../theme';
import { sessionJson, sessionMarkdown } from './handout';
import { presentMessages } from './messages';
import { handoutTime, saveHandout } from './save';
import { presentScreen } from './screen';
import { animating, initialState, loadedOf, presentReducer, type PresentAction, type PresentState, type Round, type TeamMode } from './session';

/** What the session leaves behind, for the command to record and report. */
export interface PresentResult {
  readonly scenario: LoadedScenario | null;
  readonly teams: readonly string[];
  readonly mode: TeamMode;
  readonly rounds: readonly Round[];
  /** Files written by `s`, in order. */
  readonly saved: readonly string[];
  /** Ended by Ctrl+C rather than q. */
  readonly interrupted: boolean;
}

export interface PresentAppProps {
  readonly scenarios: readonly LoadedScenario[];
  readonly open?: string;
  readonly teams: readonly string[];
  readonly timerSeconds: number | null;
  readonly mode?: TeamMode;
  readonly lang: UiLang;
  readonly color: boolean;
  /** Where `s` saves (the current folder). */
  readonly dir: string;
  readonly now?: () => number;
  /** Tick interval while something moves. */
  readonly tickMs?: number;
  readonly onExit: (result: PresentResult) => void;
}

const TICK_MS = 100;

export function PresentApp(props: PresentAppProps) {
  const now = props.now ?? Date.now;
  const ctx = useMemo(() => ({ scenarios: props.scenarios }), [props.scenarios]);
  const [state, dispatch] = useReducer(
    (s: PresentState, a: PresentAction) => presentReducer(ctx, s, a),
    undefined,
    () => initialState(ctx, {
      lang: props.lang, teams: props.teams, timerSeconds: props.timerSeconds, now: now(),
      ...(props.open !== undefined && { open: props.open }), ...(props.mode !== undefined && { mode: props.mode }),
    }),
  );
  const { columns, rows } = useTerminalSize();
  const t = messagesFor(state.lang);
  const p = presentMessages(state.lang);
  // The projector theme: high contrast (no grey, no dim), bold for what matters.
  const theme = useMemo(() => createTheme({ color: props.color, contrast: 'high', size: 'large' }), [props.color]);
  const ui = useMemo(() => ({ lang: state.lang, t, theme }), [state.lang, t, theme]);
  const shown = useMemo(() => presentScreen(ctx, state, t, p, { cols: columns, rows: usableRows(rows) }, { cols: columns, rows }), [ctx, state, t, p, columns, rows]);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  useKeyPresses((press) => {
    const current = shownRef.current;
    const action = current.context === 'enlarge' ? resolveKey('enlarge', press) : resolveKey(current.context, press, current.letters);
    if (!action) return;
    if (action.command === 'exit') dispatch({ type: 'key', key: { command: 'interrupt' }, at: now() });
    else dispatch({ type: 'key', key: action, at: now() });
  });
  const moving = animating(state);
  useEffect(() => {
    if (!moving) return;
    const id = setInterval(() => dispatch({ type: 'tick', at: now() }), props.tickMs ?? TICK_MS);
    return () => clearInterval(id);
  }, [moving]);

  const [saved, setSaved] = useState<string[]>([]);
  useEffect(() => {
    if (state.effects.length === 0) return;
    const count = state.effects.length;
    dispatch({ type: 'effects-done', count });
    for (const e of state.effects.slice(0, count)) {
      try {
        const { scenario } = loadedOf(ctx, state);
        const at = new Date(e.at);
        const files = saveHandout(props.dir, scenario.id, at, sessionMarkdown(scenario, state, handoutTime(at), { t, p }), `${JSON.stringify(sessionJson(scenario, state, at.toISOString()), null, 2)}\n`);
        setSaved((s) => [...s, ...files]);
        dispatch({ type: 'saved', files: files.map(sanitizeLine) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code !== undefined ? p.saveReason(props.dir, code) : error instanceof Error ? error.message : String(error);
        dispatch({ type: 'save-failed', message: sanitizeLine(why) });
      }
    }
  }, [state.effects]);

  useEffect(() => {
    if (!state.exit) return;
    const scenario = state.scenario === null ? null : loadedOf(ctx, state);
    props.onExit({ scenario, teams: state.teams, mode: state.mode, rounds: state.rounds, saved, interrupted: state.interrupted });
  }, [state.exit]);

  return (
    <UiProvider value={ui}>
      <Box flexDirection="column" width={columns} height={usableRows(rows)} overflow="hidden">
        <Lines lines={shown.lines} />
      </Box>
    </UiProvider>
  );
}
