// The files and folders named on the command line: every one must exist and be readable before
// anything is loaded, so a typo is named clearly (exit 2) instead of surfacing as a scenario problem.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readError as reason, scenarioFiles } from '../content/load';
import { sanitizeLine } from '../core/sanitize';
import { CliError } from './exit';


/** Throws a usage error naming the first path that is missing or unreadable. */
export function checkPaths(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) readdirSync(path);
      else accessSync(path, constants.R_OK);
    } catch (error) {
      throw new CliError(`cannot read ${sanitizeLine(path)}: ${reason(error)}`);
    }
  }
}

/**
 * The scenario files under the given paths, after checking them. A folder with no .yaml/.yml
 * file in it is a usage error too: validating nothing must not look like a clean pass.
 */
export function collectScenarioFiles(paths: readonly string[]): string[] {
  checkPaths(paths);
  const all: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let files: string[];
    try {
      files = scenarioFiles([path]);
    } catch (error) {
      // Something inside the folder (a dangling link, a locked subfolder): name that entry.
      const inner = (error as NodeJS.ErrnoException).path ?? path;
      throw new CliError(`cannot read ${sanitizeLine(inner)}: ${reason(error)}`);
    }
    if (files.length === 0) throw new CliError(`no scenario files (.yaml, .yml) in ${sanitizeLine(path)}`);
    // The same file named twice (or inside a named folder) is checked once.
    for (const file of files) if (!seen.has(resolve(file))) { seen.add(resolve(file)); all.push(file); }
  }
  return all;
}

/** A path as annotations want it: relative to the repository `root` when inside it, with forward slashes. */
export function repoPath(file: string, root: string): string {
  const rel = relative(resolve(root), resolve(file));
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : file).split(sep).join('/');
}
