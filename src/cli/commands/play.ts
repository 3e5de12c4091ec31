// callcraft play <file|id>: on screen in a terminal, or headless from a file of answers.
import { readFileSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { decodeUtf8 } from '../../content/decode';
import { MODES, type Mode } from '../../core/engine';
import { sanitizeLine } from '../../core/sanitize';
import { scenarioLanguage } from '../../core/text';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE } from '../exit';
import { InputError, parseInputLines } from '../inputs';
import { out, printLines } from '../output';
import { playJson } from '../play-json';
import { playInputs } from '../playthrough';
import { reportNotLoaded, resolveScenario } from '../scenarios';
import { isInteractive, needsInputsMessage, openScreen } from '../screen';
import { transcriptLines } from '../transcript';
import { buildRunRecord } from '../../core/record';
import type { SaveResult } from '../../store/index';
import { savedJson, savedLines } from '../saved';
import { withStore } from '../store-access';

/** `choice` is the word for picking replies: the same as practice. */
const MODE_CHOICES = [...MODES, 'choice'] as const;
const MAX_INPUT_BYTES = 1_000_000;

interface PlayOptions {
  inputs?: string;
  save: boolean;
  lang?: string;
  mode: (typeof MODE_CHOICES)[number];
  format: 'text' | 'json';
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
    .addHelpText('after', `
The inputs file holds one answer per line:
  introduce            a reply id at the node where the call stands
  2                    the 2nd reply offered now (numbered as on screen)
  > I understand.      a typed answer after "> ", mapped onto a reply
Blank lines and lines starting with # are skipped; a reply id or number may end
in "# comment". Inputs that run out before an ending print the call so far.

Headless runs are saved to the history (see callcraft history; --player NAME
picks whose), an unfinished call as abandoned; --no-save leaves no trace.

Exit status: 0 played (an unfinished call too), 1 the scenario has errors, an
input line cannot be played or the run could not be saved, 2 usage (unknown
scenario, unreadable file, no terminal and no --inputs).

Examples:
  callcraft play forgotten-due-date              # on screen, in a terminal
  callcraft play forgotten-due-date --mode exam --lang zh
  callcraft play my-case.yaml --inputs answers.txt
  printf 'introduce\\n2\\n' | callcraft play my-case.yaml --inputs - --format json`)
    .action(async (arg: string, opts: PlayOptions, cmd: Command) => {
      const ctx = contextOf(cmd);
      const resolved = resolveScenario(arg);
      if (!resolved.ok) {
        reportNotLoaded(resolved, ctx.errStyle, 'play it');
        process.exitCode = EXIT_PROBLEMS;
        return;
      }
      const { loaded } = resolved;
      const wanted = uiLanguage(opts.lang);
      const lang = scenarioLanguage(loaded.scenario.languages, wanted);
      const mode: Mode = opts.mode === 'choice' ? 'practice' : opts.mode;

      if (opts.inputs === undefined) {
        if (opts.format === 'json') throw new CliError('--format json needs --inputs: the JSON result is for headless play');
        const request = { screen: 'play', scenario: loaded, lang, mode, noColor: ctx.noColor, uiLang: wanted, ...ctx.progress } as const;
        if (!isInteractive()) throw new CliError(needsInputsMessage(request).replace(/^callcraft: /, ''), EXIT_USAGE);
        process.exitCode = await openScreen(request);
        return;
      }

      const { name, text } = await readInputs(opts.inputs);
      const startedAt = new Date().toISOString();
      let playthrough;
      try {
        playthrough = playInputs(loaded.scenario, { lang, mode }, parseInputLines(text));
      } catch (error) {
        if (error instanceof InputError) throw new CliError(`${name}:${error.line}: ${error.message}`, EXIT_PROBLEMS);
        throw error;
      }
      // Saved like any run (abandoned when the inputs ran out before an ending); a failed save
      // still prints the call, then reports the failure.
      let saved: SaveResult | null = null;
      let saveError: unknown = null;
      if (opts.save) {
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
