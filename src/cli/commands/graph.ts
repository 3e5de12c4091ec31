// callcraft graph <file>: the node graph as Mermaid or Graphviz DOT, for documentation and review.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { readError } from '../../content/load';
import { GRAPH_FORMATS, graphText, type GraphFormat } from '../../core/graph';
import { sanitizeLine } from '../../core/sanitize';
import { scenarioLanguage } from '../../core/text';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { CliError, EXIT_PROBLEMS } from '../exit';
import { err, out } from '../output';
import { plural } from '../problems';
import { reportNotLoaded, resolveScenario } from '../scenarios';

/** Why --out could not be written, in words (not an errno code). */
function writeError(error: unknown, path: string, format: GraphFormat): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return `it is a folder; give a file name, e.g. ${sanitizeLine(join(path, `graph.${format === 'dot' ? 'dot' : 'mmd'}`))}`;
  if (code === 'ENOENT') return `the folder ${sanitizeLine(dirname(path))} does not exist`;
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  return readError(error);
}

export function register(program: Command): void {
  program
    .command('graph')
    .description('write the node graph (Mermaid or Graphviz DOT): nodes, replies, routes, triggers, endings')
    .argument('<file>', 'a scenario file (.yaml, .yml), or the id of a bundled scenario')
    .addOption(new Option('-f, --format <format>', 'graph language: Mermaid (renders on GitHub) or Graphviz DOT').choices(GRAPH_FORMATS).default('mermaid'))
    .addOption(new Option('-l, --lang <lang>', 'language of the debtor lines and titles (default: from the locale)').choices(UI_LANGUAGES))
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addHelpText('after', `
Edges are replies, labelled "reply id · tactic", with the reply's own condition
("offered if …") and, where a reply has several routes, each route's condition.
Violations are bold and marked ⚠; triggers are dashed from a ⚡ box; endings are
marked ✔ success, ◐ partial, ✘ failure.

Exit status: 0 written, 1 the file has errors, 2 usage or a path that cannot be
read or written.

Examples:
  callcraft graph my-case.yaml > my-case.mmd
  callcraft graph my-case.yaml --format dot | dot -Tsvg > my-case.svg
  callcraft graph forgotten-due-date --lang zh --out forgotten.mmd`)
    .action((file: string, opts: { format: GraphFormat; lang?: 'zh' | 'en'; out?: string }, cmd: Command) => {
      const loaded = resolveScenario(file);
      if (!loaded.ok) {
        reportNotLoaded(loaded, contextOf(cmd).errStyle, 'draw it');
        process.exitCode = EXIT_PROBLEMS;
        return;
      }
      const { scenario } = loaded.loaded;
      const lang = scenarioLanguage(scenario.languages, uiLanguage(opts.lang));
      const text = graphText(scenario, { format: opts.format, lang });
      if (opts.out === undefined) { out(text); return; }
      try {
        writeFileSync(opts.out, text);
      } catch (error) {
        throw new CliError(`cannot write ${sanitizeLine(opts.out)}: ${writeError(error, opts.out, opts.format)}`);
      }
      err(`wrote ${sanitizeLine(opts.out)} (${plural(scenario.nodes.size, 'node')}, ${plural(scenario.endings.size, 'ending')})\n`);
    });
}
