// Loading the one scenario an author command works on, with clear one-line failures.
import { existsSync, statSync } from 'node:fs';
import { loadScenarioFile, type LoadedScenario } from '../content/load';
import { formatProblem, type Problem } from '../content/problem';
import { sanitizeLine } from '../core/sanitize';
import { CliError, EXIT_PROBLEMS } from './exit';

export type Loaded = { readonly ok: true; readonly loaded: LoadedScenario } | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

export function loadScenarioArg(arg: string): Loaded {
  if (!existsSync(arg)) throw new CliError(`no such file: ${sanitizeLine(arg)}`);
  if (statSync(arg).isDirectory()) throw new CliError(`${sanitizeLine(arg)} is a folder; give one scenario file`);
  const result = loadScenarioFile(arg);
  if (result.ok) return { ok: true, loaded: result.loaded };
  if (result.problems.some((p) => p.code === 'unreadable')) throw new CliError(sanitizeLine(`${arg}: ${result.problems[0]!.message}`));
  return { ok: false, file: arg, problems: result.problems };
}

/** The problems that stop a scenario loading, as an error the command exits with (code 1). */
export function notLoaded(command: string, loaded: Extract<Loaded, { ok: false }>): CliError {
  const lines = loaded.problems.map((p) => sanitizeLine(formatProblem(p)));
  return new CliError(`cannot ${command} ${sanitizeLine(loaded.file)}: it has errors\n${lines.join('\n')}`, EXIT_PROBLEMS);
}
