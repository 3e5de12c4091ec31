// Opens the game in the terminal and gives the terminal back as it was found. Loaded only by
// commands that show a screen (src/cli/screen.ts imports it dynamically), so headless commands
// never load Ink or React.
import { showFullScreen } from './full-screen';
import { App, type AppProps } from './app';
import { bundledScenarioDir } from '../content/bundled';
import { loadCampaign, type Campaign } from './campaign';
import type { AuthorOptions, ScreenRequest } from '../cli/screen';
import type { LoadedScenario } from '../content/load';
import { normalizePlayerName } from '../core/player';
import { sanitizeLine } from '../core/sanitize';
import type { ProgressPort, StoreNote } from './progress';

interface Io {
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  readonly stderr?: NodeJS.WriteStream;
}

function bundledDir(): string | undefined {
  try { return bundledScenarioDir(); } catch { return undefined; }
}

/** The campaign for the menu; for `play`, the library too (the pause menu leads back to it). */
async function campaignFor(request: ScreenRequest): Promise<Campaign> {
  const bundled = bundledDir();
  const options = bundled === undefined ? {} : { bundledDir: bundled };
  if (request.screen === 'menu') return loadCampaign(request.scenarioDir, options);
  const dir = process.env.CALLCRAFT_SCENARIOS || bundled;
  return dir ? loadCampaign(dir, options).catch(() => ({ scenarios: [], problems: [] })) : { scenarios: [], problems: [] };
}

/**
 * Opens the store after the first frame (the menu shows at once; bests and locks fill in when
 * this resolves). Rejects when the store cannot be opened: the game then plays on unsaved.
 */
async function openProgress(request: ScreenRequest, scenarios: readonly LoadedScenario[]): Promise<ProgressPort> {
  await new Promise((resolve) => setImmediate(resolve));
  const [{ Store }, { gameProgress }] = await Promise.all([import('../store/index'), import('./store-progress')]);
  return gameProgress(Store.open(), scenarios, {
    ...(request.player !== undefined && { player: request.player }), unlockAll: request.unlockAll === true,
  });
}

const errorText = (error: unknown) => sanitizeLine(error instanceof Error ? error.message : String(error));

/** Shows the screens for a request; resolves to the exit code. */
export async function launch(request: ScreenRequest, io: Io = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  // Ink's isRawModeSupported is stdin.isTTY; keys need raw mode, the screen a terminal.
  if (!stdin.isTTY || typeof stdin.setRawMode !== 'function' || !stdout.isTTY) {
    stderr.write('callcraft: the game needs an interactive terminal; without one, play from a file of answers: callcraft play <file|id> --inputs <file|->\n');
    return 2;
  }
  if (request.player !== undefined) {
    const name = normalizePlayerName(request.player);
    if (!name.ok) {
      stderr.write(`callcraft: --player: ${name.message}\n`);
      return 2;
    }
  }
  const campaign = await campaignFor(request);
  const progress = openProgress(request, campaign.scenarios);
  let storeProblem: string | null = null;
  progress.catch((error: unknown) => { storeProblem = errorText(error); });
  const notes: StoreNote[] = [];
  // Watch mode reads the file again on every save (the watcher is closed however the app ends).
  const watcher = request.screen === 'watch' ? (await import('./watch-file')).watchScenarioFile(request.file) : null;
  let code: number;
  try {
    code = await runApp({
      campaign: campaign.scenarios,
      ...(request.screen === 'play' && { open: request.scenario, mode: request.mode }),
      ...(request.screen === 'watch' && watcher && { mode: request.mode, watch: { first: request.first, problems: request.problems, feed: watcher } }),
      ...((request.screen === 'play' || request.screen === 'watch') && authorProps(request.author, request.screen === 'watch')),
      ...(request.screen === 'replay' && { replay: request.run }),
      lang: request.uiLang,
      color: !request.noColor,
      progress,
      onNotes: (n) => notes.push(...n),
    }, { stdin, stdout, stderr });
  } finally {
    watcher?.close();
  }
  // What the screen said about the store, again where it stays readable after the game.
  for (const n of notes) stderr.write(`callcraft: ${sanitizeLine(n.message)}\n`);
  if (storeProblem !== null) stderr.write(`callcraft: progress was not saved: ${storeProblem}\n`);
  if (campaign.problems.length > 0) stderr.write(`callcraft: some scenarios could not be loaded:\n${campaign.problems.join('\n')}\n`);
  return code;
}

/** App props for authors' options; their runs (started elsewhere, or on a changing file) are not saved. */
function authorProps(author: AuthorOptions | undefined, watching: boolean): Partial<AppProps> {
  const started = author?.start !== undefined && (author.start.node !== undefined || author.start.stats !== undefined);
  return {
    ...(author?.start && { start: author.start }),
    ...(author?.debug && { debug: true }),
    ...(author?.clamped && author.clamped.length > 0 && { banner: { kind: 'clamped', items: author.clamped } }),
    ...((watching || started) && { record: false }),
  };
}

/** Renders the app full screen; resolves to its exit code once the terminal is given back. */
export async function runApp(props: Omit<AppProps, 'onExit' | 'onSaveError'>, io: Required<Io>): Promise<number> {
  let code = 0;
  const saveErrors: string[] = [];
  await showFullScreen(io, (finish) => (
    <App
      {...props}
      onExit={(c) => { code = c; finish(); }}
      onSaveError={(e) => saveErrors.push(e instanceof Error ? e.message : String(e))}
    />
  ));
  for (const message of saveErrors) io.stderr.write(`callcraft: a run could not be saved: ${message}\n`);
  return code;
}
