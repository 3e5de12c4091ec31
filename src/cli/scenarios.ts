// The scenario library (the bundled folder, or CALLCRAFT_SCENARIOS=<dir> to use another one,
// e.g. in tests or for a trainer's own set) and resolving `play <file|id>`.
import { existsSync, statSync } from 'node:fs';
import { loadScenarioFile, loadScenarios, type LoadedScenario } from '../content/load';
import type { Problem } from '../content/problem';
import { sanitizeLine } from '../core/sanitize';
import { CliError } from './exit';
import { err, type Style } from './output';
import { problemLines, sortProblems } from './problems';
import { libraryDir } from './library';

export { libraryDir };

export interface Library {
  readonly dir: string;
  readonly scenarios: readonly LoadedScenario[];
  readonly problems: readonly Problem[];
}

export function loadLibrary(env: NodeJS.ProcessEnv = process.env): Library {
  const dir = libraryDir(env);
  const { scenarios, problems } = loadScenarios([dir]);
  return { dir, scenarios, problems };
}

export type Resolved =
  | { readonly ok: true; readonly loaded: LoadedScenario }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

const looksLikePath = (arg: string) => /[\\/]/.test(arg) || /\.ya?ml$/i.test(arg);

/** `play`'s argument: an existing file, else the id of a scenario in the library. */
export function resolveScenario(arg: string, env: NodeJS.ProcessEnv = process.env): Resolved {
  if (existsSync(arg)) {
    if (statSync(arg).isDirectory()) throw new CliError(`${sanitizeLine(arg)} is a folder; give one scenario file or a scenario id (callcraft list shows the ids)`);
    const result = loadScenarioFile(arg);
    if (result.ok) return { ok: true, loaded: result.loaded };
    if (result.problems.some((p) => p.code === 'unreadable')) throw new CliError(sanitizeLine(`${arg}: ${result.problems[0]!.message}`));
    return { ok: false, file: arg, problems: result.problems };
  }
  const library = loadLibrary(env);
  const found = library.scenarios.find((s) => s.scenario.id === arg);
  if (found) return { ok: true, loaded: found };
  const ids = library.scenarios.map((s) => s.scenario.id);
  const known = ids.length > 0 ? `the scenario ids are: ${ids.join(', ')}` : `no scenario loads from ${sanitizeLine(library.dir)}`;
  const broken = library.problems.some((p) => p.severity === 'error')
    ? ` (some files in ${sanitizeLine(library.dir)} have errors: run callcraft validate on it)`
    : '';
  const what = looksLikePath(arg) ? `no such file: ${sanitizeLine(arg)}` : `"${sanitizeLine(arg)}" is neither a scenario file nor a scenario id`;
  throw new CliError(`${what}; ${known}${broken}`);
}

/** Prints why a scenario did not load (its problems, then one line naming the command) to stderr. */
export function reportNotLoaded(resolved: Extract<Resolved, { ok: false }>, style: Style, what: string): void {
  const lines = sortProblems(resolved.problems, [resolved.file]).flatMap((p) => problemLines(p, style));
  err(`${lines.join('\n')}\ncallcraft: ${sanitizeLine(resolved.file)} has errors; fix them to ${what} (callcraft validate shows them too)\n`);
}
