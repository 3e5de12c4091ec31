// callcraft new <path>: writes a commented starter scenario that validates cleanly and whose
// tests pass, ready to edit.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { bundledSchemaFile } from '../../content/bundled';
import { readError } from '../../content/load';
import { sanitizeLine } from '../../core/sanitize';
import { SCENARIO_ID } from '../../core/schema';
import { idFromFileName, STARTER_LANGS, starterScenario, type StarterLang } from '../../core/starter';
import { CliError, EXIT_PROBLEMS } from '../exit';
import { EXAMPLE, fileInTheWay, refuseControls, shellWord, targetPath } from '../new-path';
import { printLines } from '../output';

/** The schema line's target: the installed package's schema, relative to the new file. */
export function schemaReference(file: string, schemaFile: string): string {
  const rel = relative(dirname(resolve(file)), schemaFile).split(sep).join('/');
  return rel.startsWith('.') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel) ? rel : `./${rel}`;
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
        if (statSync(file).isDirectory()) throw new CliError(`"${file}" is a folder: give the file another name, e.g. ${join(dirname(file), EXAMPLE)}`);
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
