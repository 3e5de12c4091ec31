// callcraft list: the scenarios in the library, easiest first, for people and scripts.
import { Option, type Command } from 'commander';
import { sanitizeLine } from '../../core/sanitize';
import { scenarioLanguage, textIn } from '../../core/text';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit';
import { err, out, printLines } from '../output';
import { repoPath } from '../paths';
import { countProblems, plural, problemJson } from '../problems';
import { loadLibrary } from '../scenarios';
import { stars } from '../transcript';
import { table, truncate, widthOf } from '../width';

export function register(program: Command): void {
  program
    .command('list')
    .description('list the scenarios: id, difficulty, title, summary and file')
    .addOption(new Option('-l, --lang <lang>', 'language of titles and summaries (default: from the locale)').choices(UI_LANGUAGES))
    .addOption(new Option('-f, --format <format>', 'output format: a table for people, or JSON for tools').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Lists the bundled scenarios, easiest first, or the scenarios in
CALLCRAFT_SCENARIOS=<dir> when it is set. The id is what \`callcraft play <id>\`
takes.

Exit status: 0 listed, 1 some scenario files did not load (the rest are
listed), 2 usage.

Examples:
  callcraft list
  callcraft list --lang zh
  CALLCRAFT_SCENARIOS=./my-cases callcraft list --format json`)
    .action((opts: { lang?: string; format: 'text' | 'json' }, cmd: Command) => {
      const { style, errStyle } = contextOf(cmd);
      const wanted = uiLanguage(opts.lang);
      const library = loadLibrary();
      // Easiest first; equal difficulty keeps the folder's (file name) order.
      const scenarios = [...library.scenarios].sort((a, b) => a.scenario.difficulty - b.scenario.difficulty);
      const rows = scenarios.map(({ scenario: s, file }) => {
        const lang = scenarioLanguage(s.languages, wanted);
        const show = (t: Parameters<typeof textIn>[0]) => sanitizeLine(textIn(t, lang, s.languages));
        return { id: s.id, difficulty: s.difficulty, title: show(s.title), summary: show(s.summary), languages: s.languages, file, tests: s.tests.length };
      });
      const counts = countProblems(0, library.problems);
      if (opts.format === 'json') {
        out(`${JSON.stringify({ dir: library.dir, scenarios: rows, problems: library.problems.map(problemJson) }, null, 2)}\n`);
      } else {
        const header = ['id', '', 'title', 'summary', 'file'];
        const shown = rows.map((r) => [r.id, stars(r.difficulty), r.title, r.summary, repoPath(r.file, process.cwd())]);
        if (process.stdout.isTTY && process.stdout.columns) {
          // On a terminal, shorten summaries so each row fits on one line (2 columns between cells).
          const widest = (i: number) => Math.max(widthOf(header[i]!), ...shown.map((row) => widthOf(row[i]!)));
          const room = process.stdout.columns - 1 - [0, 1, 2, 4].reduce((n, i) => n + widest(i) + 2, 0);
          if (room >= 12) for (const row of shown) row[3] = truncate(row[3]!, room);
        }
        const lines = rows.length === 0
          ? [`no scenarios in ${sanitizeLine(library.dir)}`]
          : table([header.map((h) => style.dim(h)), ...shown]);
        printLines(lines);
      }
      if (counts.errors > 0) {
        const files = new Set(library.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
        err(`${errStyle.red('callcraft:')} ${plural(files, 'scenario file')} in ${sanitizeLine(library.dir)} did not load; see callcraft validate ${sanitizeLine(library.dir)}\n`);
      }
      process.exitCode = counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
    });
}
