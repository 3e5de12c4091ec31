// callcraft explore <file>: every way the scenario can go with reply choices, from an exhaustive
// search of its states: endings (paths, scores, shortest path), the success share, coverage,
// traps and the stats on arrival at each node.
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_STATES, explore, findings } from '../../core/explore';
import { scenarioLanguage } from '../../core/text';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../exit';
import { exploreText } from '../explore-text';
import { out, printLines } from '../output';
import { problemJson } from '../problems';
import { reportNotLoaded, resolveScenario } from '../scenarios';

export function parseMaxStates(value: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!/^\d[\d_,]*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(`--max-states must be a whole number of at least 1, not "${value}"`);
  }
  return n;
}

export function register(program: Command): void {
  program
    .command('explore')
    .description('search every state of a scenario: endings, paths, scores, coverage and traps')
    .argument('<file>', 'a scenario file (.yaml, .yml), or the id of a bundled scenario')
    .addOption(new Option('-f, --format <format>', 'output format: a report for people, or JSON for tools').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'language of titles in the text output (default: from the locale)').choices(UI_LANGUAGES))
    .option('--max-states <n>', `stop after this many distinct states (default ${DEFAULT_MAX_STATES.toLocaleString('en')})`)
    .addHelpText('after', `
Typed answers are left aside: the search follows reply choices. Paths are
counted with every loop of equal states counted once (an ending behind such a
loop has "infinite" paths); the success share is the part of all ending paths
that end in success. Every field is explained in docs/authoring.md.

Exit status: 0 fine; 1 an ending is never reached, a trap exists (a state from
which no ending can be reached), no success is reachable, or the file has
errors; 2 usage or unreadable path.

Examples:
  callcraft explore my-case.yaml
  callcraft explore forgotten-due-date --lang zh
  callcraft explore my-case.yaml --format json --max-states 500000`)
    .action((file: string, opts: { format: 'text' | 'json'; lang?: 'zh' | 'en'; maxStates?: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const maxStates = opts.maxStates === undefined ? DEFAULT_MAX_STATES : parseMaxStates(opts.maxStates);
      const loaded = resolveScenario(file);
      if (!loaded.ok) {
        if (opts.format === 'json') out(`${JSON.stringify({ file: loaded.file, problems: loaded.problems.map(problemJson) }, null, 2)}\n`);
        else reportNotLoaded(loaded, ctx.errStyle, 'explore it');
        process.exitCode = EXIT_PROBLEMS;
        return;
      }
      const { scenario } = loaded.loaded;
      let report: ReturnType<typeof explore>;
      try {
        report = explore(scenario, { maxStates });
      } catch (error) {
        // Typed-array allocation fails with a RangeError when the machine runs out of memory.
        if (error instanceof RangeError) throw new CliError(`out of memory exploring ${scenario.id}: try a smaller --max-states (${error.message})`, EXIT_PROBLEMS);
        throw error;
      }
      const found = findings(report);
      if (opts.format === 'json') {
        out(`${JSON.stringify({ file: loaded.loaded.file, ...report, findings: found }, null, 2)}\n`);
      } else {
        const lang = scenarioLanguage(scenario.languages, uiLanguage(opts.lang));
        printLines(exploreText(report, scenario, lang, found, ctx.style, process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined));
      }
      process.exitCode = found.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
    });
}
