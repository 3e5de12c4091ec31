// The scenario library's folder: the bundled one, or CALLCRAFT_SCENARIOS=<dir> to use another
// (e.g. in tests or for a trainer's own set). Its own module, free of the YAML loader, so the
// menu can find the folder without loading it.
import { existsSync, statSync } from 'node:fs';
import { bundledScenarioDir } from '../content/bundled';
import { sanitizeLine } from '../core/sanitize';
import { CliError } from './exit';

/** The folder `list`, the menu and bare ids use. */
export function libraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CALLCRAFT_SCENARIOS;
  if (override !== undefined && override !== '') {
    if (!existsSync(override) || !statSync(override).isDirectory()) {
      throw new CliError(`CALLCRAFT_SCENARIOS is not a folder: ${sanitizeLine(override)}`);
    }
    return override;
  }
  try {
    return bundledScenarioDir();
  } catch {
    throw new CliError('the bundled scenarios folder is missing from this installation; reinstall callcraft or set CALLCRAFT_SCENARIOS=<dir>');
  }
}

