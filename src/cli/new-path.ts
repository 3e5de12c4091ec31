// Where `callcraft new` writes, from the path as typed: a file path or a clear refusal naming a
// path that would do. What is typed must reach the disk and the screen unchanged, so a control
// character is refused rather than quietly cleaned.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { sanitizeLine, showControls } from '../core/sanitize';
import { CliError } from './exit';

export const EXAMPLE = 'late-fee.yaml';

/** A control character shown as its escape (\t, \u001B), so the reader sees what is there. */
const visible = (s: string) => showControls(s).replace(/\t/g, '\\t').replace(/\n/g, '\\n');

/** A value that must reach the file or the disk exactly as typed: refused when it holds a control character. */
export function refuseControls(what: string, value: string, instead: string): void {
  if (sanitizeLine(value) === value) return;
  const first = [...value].find((c) => sanitizeLine(c) !== c)!;
  throw new CliError(`${what} "${visible(value)}" holds a control character (${visible(first)}); ${instead}`);
}

/**
 * The file to write, from the path as typed: .yaml is added when it has no extension. A folder
 * ("." or "cases/"), a bare extension or another extension is refused with a path that would do.
 */
export function targetPath(path: string): string {
  if (path === '') throw new CliError(`callcraft new needs the path of the file to write, ending in .yaml or .yml, e.g. ${EXAMPLE}`);
  const cleaned = sanitizeLine(path.replace(/[\t\n\r]+/g, '-'));
  refuseControls('the path', path, `a file name cannot hold one${cleaned === '' ? '' : `: e.g. ${cleaned}`}`);
  const name = basename(path);
  const folder = /[\\/]$/.test(path) || name === '.' || name === '..' || (existsSync(path) && statSync(path).isDirectory());
  if (folder) throw new CliError(`"${path}" names a folder: callcraft new writes a file, so give a path ending in .yaml or .yml, e.g. ${join(path, EXAMPLE)}`);
  const ext = extname(name);
  if (/^\.ya?ml$/i.test(name)) throw new CliError(`"${name}" is only an extension: give the file a name, e.g. ${join(dirname(path), EXAMPLE)}`);
  if (ext === '') return `${path}.yaml`;
  if (!/^\.ya?ml$/i.test(ext)) throw new CliError(`a scenario file ends in .yaml or .yml, not "${ext}": e.g. ${path.slice(0, -ext.length)}.yaml`);
  return path;
}

/** The nearest existing ancestor of `file` when it is a file (a folder must be made there). */
export function fileInTheWay(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? undefined : dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A path as it can be pasted into a shell: quoted when it holds spaces or shell syntax. */
export function shellWord(path: string): string {
  return /[\s'"\\$`!*?#&|;<>(){}[\]~^]/.test(path) ? `'${path.replace(/'/g, "'\\''")}'` : path;
}
