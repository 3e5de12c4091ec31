// callcraft test <paths...>: runs every scenario's own `tests:` and names the failing step.
import { Option, type Command } from 'commander';
import { loadScenarios, type LoadedScenario } from '../../content/load';
import { runScenarioTests, type TestResult } from '../../core/scenario-tests';
import { sanitizeLine } from '../../core/sanitize';
import { scoreRun } from '../../core/score';
import { contextOf } from '../context';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit';
import type { Style } from '../output';
import { out, printLines } from '../output';
import { collectScenarioFiles } from '../paths';
import { countProblems, plural, problemJson, problemLines, sortProblems } from '../problems';

interface ScenarioRun {
  readonly loaded: LoadedScenario;
  readonly results: readonly TestResult[];
}

function resultLines(run: ScenarioRun, style: Style): string[] {
  const { scenario, file } = run.loaded;
  const lines = [`${style.bold(sanitizeLine(file))}  ${style.dim(scenario.id)}`];
  if (run.results.length === 0) lines.push(`  ${style.dim('- no tests in this scenario')}`);
  for (const r of run.results) {
    const name = sanitizeLine(r.name);
    if (r.passed) {
      const score = scoreRun(scenario, r.state);
      const turns = plural(r.state.turn, 'reply', 'replies');
      lines.push(`  ${style.green('✓ pass')}  ${name}  ${style.dim(`→ ${r.state.ending} in ${turns}, score ${score.total} ${score.grade}`)}`);
      continue;
    }
    lines.push(`  ${style.red('✗ FAIL')}  ${name}`);
    for (const f of r.failures) lines.push(`          ${sanitizeLine(f.message)}`);
  }
  return lines;
}

export function register(program: Command): void {
  program
    .command('test')
    .description("run every scenario's own tests (the `tests:` list) and report each one")
    .argument('<paths...>', 'scenario files (.yaml, .yml) or folders holding them')
    .addOption(new Option('-f, --format <format>', 'output format: a report for people, or JSON for tools').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Files that do not load are reported first, as validate reports them. Each test
is ✓ pass or ✗ FAIL; a failure names the step that failed and why (the reply
not offered and what was, the ending reached instead, a stat or violation count
that did not match).

Exit status: 0 every test passed, 1 a test failed or a file did not load,
2 usage or unreadable path.

Examples:
  callcraft test scenarios/
  callcraft test my-case.yaml --format json`)
    .action((paths: string[], opts: { format: 'text' | 'json' }, cmd: Command) => {
      const { style } = contextOf(cmd);
      const files = collectScenarioFiles(paths);
      const { scenarios, problems: found } = loadScenarios(files);
      const problems = sortProblems(found, files);
      const runs: ScenarioRun[] = scenarios.map((loaded) => ({ loaded, results: runScenarioTests(loaded.scenario) }));
      const all = runs.flatMap((r) => r.results);
      const load = countProblems(files.length, problems);
      const counts = {
        files: files.length,
        scenarios: runs.length,
        tests: all.length,
        passed: all.filter((r) => r.passed).length,
        failed: all.filter((r) => !r.passed).length,
        withoutTests: runs.filter((r) => r.results.length === 0).length,
        errors: load.errors,
        warnings: load.warnings,
      };
      if (opts.format === 'json') {
        const report = {
          scenarios: runs.map(({ loaded, results }) => ({
            id: loaded.scenario.id,
            file: sanitizeLine(loaded.file),
            tests: results.map((r) => ({
              name: sanitizeLine(r.name),
              passed: r.passed,
              ending: r.state.ending,
              failures: r.failures.map((f) => ({ step: f.step === null ? null : f.step + 1, message: sanitizeLine(f.message) })),
            })),
          })),
          problems: problems.map(problemJson),
          counts,
        };
        out(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const lines = problems.flatMap((p) => problemLines(p, style));
        if (lines.length > 0) lines.push('');
        for (const run of runs) lines.push(...resultLines(run, style));
        const summary = [
          plural(counts.scenarios, 'scenario'),
          plural(counts.tests, 'test'),
          counts.failed > 0 ? style.red(`${counts.failed} failed`) : `${counts.failed} failed`,
          `${counts.passed} passed`,
        ];
        if (counts.withoutTests > 0) summary.push(`${counts.withoutTests} without tests`);
        if (counts.errors > 0) summary.push(style.red(`${plural(counts.files - counts.scenarios, 'file')} did not load`));
        if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
        lines.push(summary.join(', '));
        printLines(lines);
      }
      process.exitCode = counts.failed > 0 || counts.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
    });
}
