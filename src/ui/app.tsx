// The root component: holds the app state, turns key presses into commands through the key
// table, shows the current screen's lines, and carries out the reducer's effects (saving runs,
// exiting). Everything it shows comes from src/ui/screens; every rule from src/core.
import { Box, type Key } from 'ink';
import TextInput from 'ink-text-input';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Mode } from '../core/engine';
import { scoreRun } from '../core/score';
import type { LoadedScenario } from '../content/load';
import { LineText, Lines } from './components/Lines';
import { UiProvider } from './components/context';
import { useTerminalSize } from './hooks/use-terminal-size';
import { messagesFor, type UiLang } from './i18n';
import { resolveKey } from './keys';
import { useKeyPresses } from './hooks/use-key-presses';
import { useInputGuard } from './hooks/use-input-guard';
import { NO_PROGRESS, type ProgressPort, type ProgressSnapshot, type StoreNote } from './progress';
import { sanitizeLine } from '../core/sanitize';
import { storeErrorText } from './store-error';
import { showScreen, usableRows } from './screens';
import type { InputView } from './screens/types';
import { appReducer, buildContext, initialState, type AppAction, type AppState, type Effect } from './state/app';
import { createTheme } from './theme';
import type { StartPoint } from '../core/start-at';
import type { Problem } from '../content/problem';
import type { Banner, WatchFeed } from './watch-state';

export interface AppProps {
  /** The scenarios of the menu, in the order shown. */
  readonly campaign: readonly LoadedScenario[];
  /** Open this scenario's briefing straight away (`callcraft play`). */
  readonly open?: LoadedScenario;
  readonly lang: UiLang;
  readonly mode?: Mode;
  readonly color: boolean;
  /**
   * Saved progress. A promise lets the first frame come before the store has loaded: the menu
   * fills in bests and locks when it resolves (null: no store), and saves wait for it.
   */
  readonly progress?: ProgressPort | Promise<ProgressPort | null>;
  readonly now?: () => number;
  readonly onExit: (code: number) => void;
  /** Open the replay of this saved run straight away (`callcraft replay <id>`). */
  readonly replay?: string;
  /** Told when a run could not be saved (the game goes on). */
  readonly onSaveError?: (error: unknown) => void;
  /** Authors: where calls start (--from/--set), the debug panel at first (--debug). */
  readonly start?: StartPoint;
  readonly debug?: boolean;
  /** A note shown above the first screen until a key (e.g. values --set clamped). */
  readonly banner?: Banner;
  /** False: no run is saved (authors' runs started elsewhere, or on a changing file). */
  readonly record?: boolean;
  /** Watch mode: the file's first version (null: it had errors) and the feed of new ones. */
  readonly watch?: { readonly first: LoadedScenario | null; readonly problems: readonly Problem[] | null; readonly feed: WatchFeed };
  /** Told about store notes (a damaged file moved aside), to repeat them after the screen closes. */
  readonly onNotes?: (notes: readonly StoreNote[]) => void;
}

/** Tells the app when the text input listens (its key handler is set up in an effect). */
function Listening({ onChange }: { onChange: (listening: boolean) => void }) {
  useEffect(() => { onChange(true); return () => onChange(false); }, []);
  return null;
}

function InputRow({ input, onChange, onListening }: { input: InputView; onChange: (text: string) => void; onListening: (listening: boolean) => void }) {
  return (
    <Box flexDirection="row" height={input.rows} flexShrink={0}>
      <LineText line={input.prompt} />
      <Box width={input.cols} height={input.rows} overflow="hidden">
        <TextInput value={input.value} onChange={onChange} />
      </Box>
      {/* After the input in the tree, so its effect runs after the input's own. */}
      <Listening onChange={onListening} />
    </Box>
  );
}

/** A key press that is text to type (no named key, no Ctrl or Meta). */
function isTyping(input: string, key: Key): boolean {
  return input.length > 0 && !key.ctrl && !key.meta && !key.return && !key.escape && !key.tab && !key.backspace && !key.delete
    && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.pageUp && !key.pageDown && !key.home && !key.end;
}

export function App(props: AppProps) {
  useInputGuard();
  const now = props.now ?? Date.now;
  // undefined while the store is still loading; null when there is none.
  const [port, setPort] = useState<ProgressPort | null | undefined>(() => (props.progress === undefined ? null : props.progress instanceof Promise ? undefined : props.progress));
  const [progress, setProgress] = useState<ProgressSnapshot>(() => (port ? port.snapshot() : NO_PROGRESS));
  useEffect(() => {
    if (!(props.progress instanceof Promise)) {
      if (port) refresh(port);
      return;
    }
    let live = true;
    props.progress.then((p) => p, (error: unknown) => {
      // No store: the game goes on and says that runs are not saved.
      if (live) dispatch({ type: 'store-failed', message: storeErrorText(messagesFor(stateRef.current.lang), error) });
      return null;
    }).then((p) => {
      if (!live) return;
      setPort(p);
      if (p) refresh(p);
    });
    return () => { live = false; };
  }, []);
  const ctxRef = useRef<ReturnType<typeof buildContext> | null>(null);
  const [state, dispatch] = useReducer(
    (s: AppState, a: AppAction) => appReducer(ctxRef.current!, s, a),
    undefined,
    () => {
      const open = props.watch ? props.watch.first ?? undefined : props.open;
      return initialState(buildContext(props.campaign, open, progress, props.start), {
        lang: props.lang, mode: props.mode ?? 'practice', ...(open && { open: open.scenario.id }),
        ...(props.replay !== undefined && { replay: props.replay }),
        ...(props.debug && { debug: true }), ...(props.banner && { banner: props.banner }),
        ...(props.watch && { watch: { loaded: props.watch.first, problems: props.watch.problems } }),
      });
    },
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  // In watch mode the newest good version of the file is part of the state, so the screen and
  // the scenario it shows always change together.
  const open = props.watch ? state.watch?.loaded ?? undefined : props.open;
  const ctx = useMemo(() => buildContext(props.campaign, open, progress, props.start), [props.campaign, open, progress, props.start]);
  ctxRef.current = ctx;
  useEffect(() => props.watch?.feed.subscribe((e) => {
    dispatch(e.ok ? { type: 'reload', loaded: e.loaded, at: now() } : { type: 'watch-problems', problems: e.problems });
  }), []);
  const { columns, rows } = useTerminalSize();
  const t = messagesFor(state.lang);
  const theme = useMemo(() => createTheme({ color: props.color }), [props.color]);
  const ui = useMemo(() => ({ lang: state.lang, t, theme }), [state.lang, t, theme]);
  const shown = useMemo(() => showScreen(ctx, state, ui, { cols: columns, rows }), [ctx, state, ui, columns, rows]);

  // Keys read the screen from a ref: the handler Ink holds may be a render old when keys
  // arrive fast (a paste, a quick typist), but the ref is always the newest screen.
  const shownRef = useRef(shown);
  shownRef.current = shown;
  // ink-text-input starts listening in an effect after its first frame: words typed before that
  // (typed ahead while the call opened, or a very fast first key) are added here instead, and
  // the input is remounted so its cursor starts at the end of them.
  const listening = useRef(false);
  const [inputEpoch, setInputEpoch] = useState(0);
  const typing = (context: string) => context === 'call-text' || context === 'players-text';
  useKeyPresses((press, input, key) => {
    const current = shownRef.current;
    if (typing(current.context) && current.view.input && !listening.current && isTyping(input, key)) {
      dispatch({ type: 'draft', text: current.view.input.value + input, maxWidth: current.view.input.maxWidth });
      setInputEpoch((n) => n + 1);
      return;
    }
    const action = resolveKey(current.context, press);
    if (action) dispatch({ type: 'key', key: action, at: now(), ...(current.view.bounds && { view: current.view.bounds }) });
  }, () => typing(shownRef.current.context));

  // Effects, each once and in order: saving runs, switching players, opening a replay. The exit
  // waits until every save has finished (Ctrl+C mid-call included).
  const [saving, setSaving] = useState(0);
  const refresh = (p: ProgressPort) => {
    setProgress(p.snapshot());
    const notes = p.takeNotes?.() ?? [];
    if (notes.length > 0) { props.onNotes?.(notes); dispatch({ type: 'store-notes', notes }); }
  };
  useEffect(() => {
    if (state.effects.length === 0 || port === undefined) return;
    const effects: readonly Effect[] = state.effects;
    dispatch({ type: 'effects-done', count: effects.length });
    for (const e of effects) {
      if (e.kind === 'open-replay') {
        const p = port;
        Promise.resolve()
          .then(() => {
            if (!p?.openReplay) throw new Error(messagesFor(stateRef.current.lang).menu.noStore);
            return p.openReplay(e.run, stateRef.current.lang);
          })
          .then((opened) => dispatch({ type: 'replay-opened', opened, from: e.from }))
          .catch((error: unknown) => dispatch({ type: 'replay-failed', message: sanitizeLine(error instanceof Error ? error.message : String(error)) }))
          .finally(() => { if (p) refresh(p); });
        continue;
      }
      if (port === null) continue;
      if (e.kind === 'select-player') {
        try {
          port.selectPlayer?.(e.name);
          dispatch({ type: 'player-selected', name: e.name });
        } catch (error) {
          props.onSaveError?.(error);
        }
        refresh(port);
        continue;
      }
      if (props.record === false) continue;
      const loaded = ctxRef.current!.scenarios.get(e.scenario);
      if (!loaded) continue;
      setSaving((n) => n + 1);
      Promise.resolve()
        .then(() => port.record({
          loaded, run: e.call.run, abandoned: e.abandoned, score: scoreRun(loaded.scenario, e.call.run),
          startedAt: e.call.startedAt, finishedAt: e.at,
        }))
        .then((result) => {
          dispatch({ type: 'recorded', seq: e.seq, result });
          refresh(port);
        })
        .catch((error: unknown) => {
          props.onSaveError?.(error);
          dispatch({ type: 'save-failed', seq: e.seq, message: storeErrorText(messagesFor(stateRef.current.lang), error) });
        })
        .finally(() => setSaving((n) => n - 1));
    }
  }, [state.effects, port]);

  useEffect(() => {
    if (state.exit !== null && state.effects.length === 0 && saving === 0) props.onExit(state.exit);
  }, [state.exit, state.effects, saving]);

  const { view } = shown;
  const sideW = view.side ? view.sideWidth ?? 0 : 0;
  const main = (
    <Box flexDirection="column" width={columns - sideW} height={usableRows(rows)} overflow="hidden">
      <Lines lines={view.top} />
      {view.input && (
        <InputRow
          key={inputEpoch}
          input={view.input}
          onChange={(text) => dispatch({ type: 'draft', text, maxWidth: view.input!.maxWidth })}
          onListening={(on) => { listening.current = on; }}
        />
      )}
      <Lines lines={view.bottom} />
    </Box>
  );
  return (
    <UiProvider value={ui}>
      {view.side ? (
        // The debug panel beside the call (wide terminals).
        <Box flexDirection="row" width={columns} height={usableRows(rows)} overflow="hidden">
          {main}
          <Lines lines={view.side} />
        </Box>
      ) : main}
    </UiProvider>
  );
}
