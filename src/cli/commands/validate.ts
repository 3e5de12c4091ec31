// callcraft validate <paths...>: every problem with its exact place, as text, JSON or
// GitHub Actions annotations.
import { Option, type Command } from 'commander';
import { loadScenarios } from '../../content/load';
import { contextOf } from '../context';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit';
import { out, printLines } from '../output';
import { collectScenarioFiles, repoPath } from '../paths';
import { countProblems, fileReports, githubAnnotation, problemJson, problemLines, sortProblems, summaryLine } from '../problems';

export const FORMATS = ['text', 'json', 'github'] as const;

export function register(program: Command): void {
  program
    .command('validate')
    .description('check scenario files and report every problem at its file:line:col')
    .argument('<paths...>', 'scenario files (.yaml, .yml) or folders holding them')
    .addOption(new Option('-f, --format <format>', 'output format: lines for people, JSON for tools, or GitHub Actions annotations').choices(FORMATS).default('text'))
    .addHelpText('after', `
Each problem is one line, file:line:col: error|warning CODE message, with a
hint line when there is one; a summary ends the report. Folders are searched
(with their sub-folders) for .yaml and .yml files. Every CODE is explained in
docs/problems.md.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or
unreadable path.

Examples:
  callcraft validate scenarios/
  callcraft validate my-case.yaml --format json
  callcraft validate scenarios --format github   # annotations on a pull request`)
    .action((paths: string[], opts: { format: (typeof FORMATS)[number] }, cmd: Command) => {
      const { style } = contextOf(cmd);
      const files = collectScenarioFiles(paths);
      const { scenarios, problems: found } = loadScenarios(files);
      const problems = sortProblems(found, files);
      const counts = countProblems(files.length, problems);
      if (opts.format === 'json') {
        const report = { files: fileReports(files, scenarios, problems), problems: problems.map(problemJson), counts };
        out(`${JSON.stringify(report, null, 2)}\n`);
      } else if (opts.format === 'github') {
        const root = process.env.GITHUB_WORKSPACE || process.cwd();
        printLines([...problems.map((p) => githubAnnotation(p, repoPath(p.file, root))), summaryLine(counts, style)]);
      } else {
        printLines([...problems.flatMap((p) => problemLines(p, style)), summaryLine(counts, style)]);
      }
      process.exitCode = counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
    });
}
