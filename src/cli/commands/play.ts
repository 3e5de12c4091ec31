// callcraft play <file|id>: on screen in a terminal, or headless from a file of answers.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { decodeUtf8 } from '../../content/decode';
import { MODES, type Mode } from '../../core/engine';
import { sanitizeLine } from '../../core/sanitize';
import { scenarioLanguage } from '../../core/text';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE } from '../exit';
import { InputError, parseInputLines } from '../inputs';
import { err, out, printLines } from '../output';
import { playJson } from '../play-json';
import { playInputs } from '../playthrough';
import { reportNotLoaded, resolveScenario } from '../scenarios';
import { isInteractive, needsInputsMessage, openScreen } from '../screen';
import { transcriptLines } from '../transcript';
import { buildRunRecord } from '../../core/record';
import type { SaveResult } from '../../store/index';
import { savedJson, savedLines } from '../saved';
import { withStore } from '../store-access';
import { loadScenarioFile, type LoadedScenario } from '../../content/load';
import type { Problem } from '../../content/problem';
import { startAt, type StartPoint } from '../../core/start-at';
import { checkStart, clampNote, parseSet } from '../start-options';

/** `choice` is the word for picking replies: the same as practice. */
const MODE_CHOICES = [...MODES, 'choice'] as const;
const MAX_INPUT_BYTES = 1_000_000;

interface PlayOptions {
  inputs?: string;
  save: boolean;
  lang?: string;
  mode: (typeof MODE_CHOICES)[number];
  format: 'text' | 'json';
  from?: string;
  set?: string;
  debug?: boolean;
  watch?: boolean;
}

/** play --watch's first read of the file: it opens even with errors (they show until fixed). */
function firstVersion(arg: string): { file: string; loaded: LoadedScenario | null; problems: readonly Problem[] | null } {
  if (existsSync(arg) && !statSync(arg).isDirectory()) {
    const result = loadScenarioFile(arg);
    if (result.ok) return { file: arg, loaded: result.loaded, problems: null };
    if (result.problems.some((p) => p.code === 'unreadable')) throw new CliError(sanitizeLine(`${arg}: ${result.problems[0]!.message}`));
    return { file: arg, loaded: null, problems: result.problems };
  }
  // A scenario id: watch the library file it comes from.
  const resolved = resolveScenario(arg);
  if (!resolved.ok) return { file: resolved.file, loaded: null, problems: resolved.problems };
  return { file: resolved.loaded.file, loaded: resolved.loaded, problems: null };
}

/** The answers as text: a file saved as UTF-16 (PowerShell's `>`) or GBK is named, not played as garbage. */
function decodeInputs(name: string, bytes: Buffer): { name: string; text: string } {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return { name, text: decoded.text };
  throw new CliError(`${name}:${decoded.pos.line}:${decoded.pos.col}: ${decoded.message}; save it as UTF-8`, EXIT_PROBLEMS);
}

async function readInputs(source: string): Promise<{ name: string; text: string }> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) throw new CliError(`the inputs on stdin are larger than ${MAX_INPUT_BYTES.toLocaleString('en')} bytes`);
      chunks.push(chunk as Buffer);
    }
    return decodeInputs('<stdin>', Buffer.concat(chunks));
  }
  const name = sanitizeLine(source);
  try {
    if (statSync(source).isDirectory()) throw new CliError(`the inputs file ${name} is a folder`);
    if (statSync(source).size > MAX_INPUT_BYTES) throw new CliError(`the inputs file ${name} is larger than ${MAX_INPUT_BYTES.toLocaleString('en')} bytes`);
    return decodeInputs(name, readFileSync(source));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read the inputs file ${name}: ${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message}`);
  }
}

export function register(program: Command): void {
  program
    .command('play')
    .description('play a scenario: on screen in a terminal, or headless with --inputs')
    .argument('<scenario>', 'a scenario file (.yaml, .yml), or the id of a bundled scenario (see callcraft list)')
    .option('-i, --inputs <file>', 'play without a screen, answering from this file (- reads stdin); prints the transcript')
    .addOption(new Option('-l, --lang <lang>', 'language of the call and its labels (default: from the locale)').choices(UI_LANGUAGES))
    .addOption(new Option('-m, --mode <mode>', 'practice: feedback after every reply; exam: feedback in the debrief; free: typed answers (choice = practice)').choices(MODE_CHOICES).default('practice'))
    .addOption(new Option('-f, --format <format>', 'what --inputs prints: the text transcript, or one JSON object').choices(['text', 'json']).default('text'))
    .option('--no-save', 'with --inputs: do not save the run (it is saved to the history like any run)')
    .option('--from <node>', 'authors: start the call at this node instead of the start')
    // Repeatable: `--set rapport=60 --set patience=2` adds up (a name given twice is then refused).
    .option('--set <stats>', 'authors: start with these stat values, e.g. rapport=60,willingness=20 (each clamped to its range)',
      (value: string, previous: string | undefined) => (previous === undefined ? value : `${previous},${value}`))
    .option('--debug', 'authors: show the debug panel (raw stats, conditions and their truth, routes, triggers); Tab toggles it')
    .option('-w, --watch', 'authors: reload the scenario file on every save, keeping the call at its node')
    .addHelpText('after', `
The inputs file holds one answer per line:
  introduce            a reply id at the node where the call stands
  2                    the 2nd reply offered now (numbered as on screen)
  > I understand.      a typed answer after "> ", mapped onto a reply
Blank lines and lines starting with # are skipped; a reply id or number may end
in "# comment". Inputs that run out before an ending print the call so far.

Headless runs are saved to the history (see callcraft history; --player NAME
picks whose), an unfinished call as abandoned; --no-save leaves no trace.

For authors: --watch plays the file and reloads it whenever it is saved: the
call stays at its node with its stats (and turn count) when that node still
exists, else it restarts; a version with errors shows them (file:line:col)
until it is fixed. --from <node> and --set name=value,... start the call
anywhere (with --inputs too); --debug (or Tab during a call) shows the debug
panel. Runs started with --from, --set or --watch are not saved.

Exit status: 0 played (an unfinished call too), 1 the scenario has errors, an
input line cannot be played or the run could not be saved, 2 usage (unknown
scenario, unreadable file, no terminal and no --inputs).

Examples:
  callcraft play forgotten-due-date              # on screen, in a terminal
  callcraft play forgotten-due-date --mode exam --lang zh
  callcraft play my-case.yaml --inputs answers.txt
  callcraft play my-case.yaml --watch --debug
  callcraft play my-case.yaml --from ask-date --set rapport=60 --inputs a.txt
  printf 'introduce\\n2\\n' | callcraft play my-case.yaml --inputs - --format json`)
    .action(async (arg: string, opts: PlayOptions, cmd: Command) => {
      const ctx = contextOf(cmd);
      const set = opts.set === undefined ? undefined : parseSet(opts.set);
      const asked = { ...(opts.from !== undefined && { from: opts.from }), ...(set && { set }) };
      const authorStart = opts.from !== undefined || set !== undefined;
      if (opts.inputs !== undefined && opts.watch) throw new CliError('--watch reloads the file on screen; it cannot be used with --inputs');
      if (opts.inputs !== undefined && opts.debug) throw new CliError('--debug shows a panel on screen; it cannot be used with --inputs (callcraft explore reports every route)');
      const mode: Mode = opts.mode === 'choice' ? 'practice' : opts.mode;
      const wanted = uiLanguage(opts.lang);

      if (opts.watch) {
        if (opts.format === 'json') throw new CliError('--format json needs --inputs: the JSON result is for headless play');
        const first = firstVersion(arg);
        // Checked now when the file loads; a version with errors is checked once it is fixed
        // (a --from node that no longer exists there is dropped: the call starts at the start).
        const start = first.loaded && authorStart ? checkStart(first.loaded.scenario, asked) : authorStart ? { ...(opts.from && { node: opts.from }), ...(set && { stats: set }) } : undefined;
        const clamped = first.loaded && start ? startAt(first.loaded.scenario, { lang: scenarioLanguage(first.loaded.scenario.languages, wanted), mode }, start).clamped : [];
        const author = { ...(start && { start }), ...(clamped.length > 0 && { clamped }), ...(opts.debug && { debug: true }) };
        const request = { screen: 'watch', file: first.file, first: first.loaded, problems: first.problems, mode, author, noColor: ctx.noColor, uiLang: wanted, ...ctx.progress } as const;
        if (!isInteractive()) throw new CliError(needsInputsMessage(request).replace(/^callcraft: /, ''), EXIT_USAGE);
        process.exitCode = await openScreen(request);
        return;
      }

      const resolved = resolveScenario(arg);
      if (!resolved.ok) {
        reportNotLoaded(resolved, ctx.errStyle, 'play it');
        process.exitCode = EXIT_PROBLEMS;
        return;
      }
      const { loaded } = resolved;
      const lang = scenarioLanguage(loaded.scenario.languages, wanted);
      const start: StartPoint | undefined = authorStart ? checkStart(loaded.scenario, asked) : undefined;
      const begun = start ? startAt(loaded.scenario, { lang, mode }, start) : undefined;

      if (opts.inputs === undefined) {
        if (opts.format === 'json') throw new CliError('--format json needs --inputs: the JSON result is for headless play');
        const author = { ...(start && { start }), ...(begun && begun.clamped.length > 0 && { clamped: begun.clamped }), ...(opts.debug && { debug: true }) };
        const request = { screen: 'play', scenario: loaded, lang, mode, author, noColor: ctx.noColor, uiLang: wanted, ...ctx.progress } as const;
        if (!isInteractive()) throw new CliError(needsInputsMessage(request).replace(/^callcraft: /, ''), EXIT_USAGE);
        process.exitCode = await openScreen(request);
        return;
      }

      const { name, text } = await readInputs(opts.inputs);
      const startedAt = new Date().toISOString();
      if (begun) {
        for (const c of begun.clamped) err(`callcraft: ${clampNote(c)}\n`);
        err(`callcraft: ${startNote(begun.state)}; the run is not saved\n`);
      }
      let playthrough;
      try {
        playthrough = playInputs(loaded.scenario, { lang, mode }, parseInputLines(text), begun?.state);
      } catch (error) {
        if (error instanceof InputError) throw new CliError(`${name}:${error.line}: ${error.message}`, EXIT_PROBLEMS);
        throw error;
      }
      // Saved like any run (abandoned when the inputs ran out before an ending); a failed save
      // still prints the call, then reports the failure.
      let saved: SaveResult | null = null;
      let saveError: unknown = null;
      // A run started elsewhere (--from/--set) is not a real call: it stays out of the history.
      if (opts.save && !begun) {
        const state = playthrough.state;
        try {
          saved = await withStore((store) => {
            const player = ctx.progress.player ?? store.currentPlayer();
            const draft = buildRunRecord(loaded, state, { player, startedAt, finishedAt: new Date().toISOString() });
            return store.saveRun(draft);
          });
        } catch (error) {
          saveError = error;
        }
      }
      if (opts.format === 'json') out(`${JSON.stringify({ ...playJson(playthrough, loaded.file), saved: savedJson(saved) }, null, 2)}\n`);
      else printLines([...transcriptLines(playthrough, loaded.file, ctx.style), ...(saved ? savedLines(saved, lang, ctx.style) : [])]);
      if (saveError instanceof CliError) throw new CliError(`the run was not saved: ${saveError.message}`, EXIT_PROBLEMS);
      if (saveError !== null) throw saveError;
    });
}

/** Where an author's run starts, for the note on stderr. */
function startNote(state: { node: string | null; stats: Readonly<Record<string, number>> }): string {
  const stats = Object.entries(state.stats).map(([k, v]) => `${sanitizeLine(k)} ${v}`).join(', ');
  return `starting at node ${sanitizeLine(state.node ?? '')} with ${stats}`;
}
