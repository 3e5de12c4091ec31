// callcraft new <path>: writes a commented starter scenario that validates cleanly and whose
// tests pass, ready to edit.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { bundledSchemaFile } from '../../content/bundled';
import { readError } from '../../content/load';
import { sanitizeLine, showControls } from '../../core/sanitize';
import { SCENARIO_ID } from '../../core/schema';
import { idFromFileName, STARTER_LANGS, starterScenario, type StarterLang } from '../../core/starter';
import { CliError, EXIT_PROBLEMS } from '../exit';
import { printLines } from '../output';

/** The schema line's target: the installed package's schema, relative to the new file. */
export function schemaReference(file: string, schemaFile: string): string {
  const rel = relative(dirname(resolve(file)), schemaFile).split(sep).join('/');
  return rel.startsWith('.') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel) ? rel : `./${rel}`;
}

const EXAMPLE = 'late-fee.yaml';

/** A control character shown as its escape (\t, \u001B), so the reader sees what is there. */
const visible = (s: string) => showControls(s).replace(/\t/g, '\\t').replace(/\n/g, '\\n');

/** A value that must reach the file or the disk exactly as typed: refused when it holds a control character. */
function refuseControls(what: string, value: string, instead: string): void {
  if (sanitizeLine(value) === value) return;
  const first = [...value].find((c) => sanitizeLine(c) !== c)!;
  throw new CliError(`${what} "${visible(value)}" holds a control character (${visible(first)}); ${instead}`);
}

/**
 * The file to write, from the path as typed: .yaml is added when it has no extension. A folder
 * ("." or "cases/"), a bare extension or another extension is refused with a path that would do.
 */
function targetPath(path: string): string {
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
function fileInTheWay(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? undefined : dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A path as it can be pasted into a shell: quoted when it holds spaces or shell syntax. */
export function shellWord(path: string): string {
  return /[\s'"\\$`!*?#&|;<>(){}[\]~^]/.test(path) ? `'${path.replace(/'/g, "'\\''")}'` : path;
}

export function register(program: Command): void {
  program
    .command('new')
    .description('write a commented starter scenario that validates and whose tests pass')
    .argument('<path>', 'the file to write, ending in .yaml or .yml (.yaml is added when there is no extension; folders on the way are made)')
    .addOption(new Option('-l, --lang <lang>', 'languages of the texts: Chinese, English, or both (languages: [zh, en])').choices(STARTER_LANGS).default('both'))
    .option('--id <id>', 'the scenario id: lower-case letters, digits and - (default: from the file name)')
    .option('--schema <ref>', 'what the yaml-language-server $schema line points at (default: the installed schema, relative to the file)')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', `
The starter has a few nodes, endings, a trigger and tests, each commented: it
validates without a warning, passes its tests and explores clean, so you can
change one thing at a time.

Exit status: 0 written, 1 the file exists (pass --force to overwrite it),
2 usage (a folder or another extension, a bad --id, a path that cannot be
written).

Examples:
  callcraft new late-fee.yaml
  callcraft new scenarios/angry-customer --lang zh
  callcraft new 逾期提醒.yaml --id overdue-reminder`)
    .action((path: string, opts: { lang: StarterLang; id?: string; schema?: string; force?: boolean }) => {
      const file = targetPath(path);
      const id = opts.id ?? idFromFileName(basename(file));
      if (id === '' || !SCENARIO_ID.test(id) || id.length > 64) {
        throw new CliError(opts.id !== undefined
          ? `--id must be lower-case letters, digits and - (at most 64), e.g. late-fee; not "${sanitizeLine(opts.id)}"`
          : `cannot make a scenario id from the file name "${sanitizeLine(basename(file))}"; pass --id, e.g. --id late-fee`);
      }
      if (existsSync(file)) {
        if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder`);
        if (!opts.force) throw new CliError(`${file} already exists; use --force to overwrite it`, EXIT_PROBLEMS);
      }
      let schema = opts.schema;
      if (schema !== undefined) refuseControls('--schema', schema, 'give it without one');
      if (schema === undefined) {
        const installed = bundledSchemaFile();
        if (installed === null) throw new CliError('the editor schema is missing from this installation; reinstall callcraft or pass --schema');
        schema = sanitizeLine(schemaReference(file, installed));
      }
      // Both were refused above if they held a control character: the file says what was typed.
      const text = starterScenario({ id, lang: opts.lang, schema, fileName: basename(file) });
      const inTheWay = fileInTheWay(file);
      if (inTheWay !== undefined) throw new CliError(`cannot write ${file}: ${inTheWay} is a file, not a folder`);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text, { flag: opts.force ? 'w' : 'wx' });
      } catch (error) {
        throw new CliError(`cannot write ${file}: ${readError(error)}`);
      }
      const f = shellWord(file);
      printLines([
        `wrote ${file}  (scenario id ${id}, ${opts.lang === 'both' ? 'zh + en' : opts.lang})`,
        `next: edit it, then  callcraft validate ${f}  ·  callcraft test ${f}  ·  callcraft explore ${f}`,
      ]);
    });
}
