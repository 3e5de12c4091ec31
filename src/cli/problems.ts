// Scenario problems as text lines, GitHub Actions annotations or JSON. Every string passes
// through sanitizeLine: file names and messages can carry text copied from a scenario file.
import type { LoadedScenario } from '../content/load';
import type { Problem } from '../content/problem';
import { sanitizeLine } from '../core/sanitize';
import type { Style } from './output';

export interface ProblemCounts {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function countProblems(files: number, problems: readonly Problem[]): ProblemCounts {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, errors, warnings: problems.length - errors };
}

/** Problems in reading order: by the order files were given, then line and column. */
export function sortProblems(problems: readonly Problem[], files: readonly string[]): Problem[] {
  const rank = (f: string) => { const i = files.indexOf(f); return i === -1 ? files.length : i; };
  return [...problems].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.col - b.col);
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** `file:line:col: error CODE message`, then `  hint: …` when there is one. */
export function problemLines(p: Problem, style: Style): string[] {
  const where = style.bold(`${sanitizeLine(p.file)}:${p.line}:${p.col}:`);
  const severity = p.severity === 'error' ? style.red('error') : style.yellow('warning');
  const lines = [`${where} ${severity} ${style.dim(sanitizeLine(p.code))} ${sanitizeLine(p.message)}`];
  if (p.hint) lines.push(`  hint: ${sanitizeLine(p.hint)}`);
  return lines;
}

export function summaryLine(counts: ProblemCounts, style: Style): string {
  const errors = plural(counts.errors, 'error');
  const warnings = plural(counts.warnings, 'warning');
  return [
    plural(counts.files, 'file'),
    counts.errors > 0 ? style.red(errors) : errors,
    counts.warnings > 0 ? style.yellow(warnings) : warnings,
  ].join(', ');
}

// Workflow commands: the message escapes % CR LF; property values also : and ,
// (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts).
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error …::message` (or `::warning`) line; `file` is already relative to the repository. */
export function githubAnnotation(p: Problem, file: string): string {
  const props = [
    `file=${escapeProperty(sanitizeLine(file))}`,
    `line=${p.line}`,
    `col=${p.col}`,
    `title=${escapeProperty(`callcraft ${sanitizeLine(p.code)}`)}`,
  ].join(',');
  const message = sanitizeLine(p.message) + (p.hint ? `\nhint: ${sanitizeLine(p.hint)}` : '');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}`;
}

export function problemJson(p: Problem): Problem {
  return {
    file: sanitizeLine(p.file),
    line: p.line,
    col: p.col,
    severity: p.severity,
    code: sanitizeLine(p.code),
    message: sanitizeLine(p.message),
    ...(p.hint && { hint: sanitizeLine(p.hint) }),
  };
}

export interface FileReport {
  readonly file: string;
  /** The scenario id when the file loaded, else null. */
  readonly scenario: string | null;
  readonly errors: number;
  readonly warnings: number;
}

export function fileReports(files: readonly string[], scenarios: readonly LoadedScenario[], problems: readonly Problem[]): FileReport[] {
  return files.map((file) => {
    const mine = problems.filter((p) => p.file === file);
    const counts = countProblems(1, mine);
    const loaded = scenarios.find((s) => s.file === file);
    return { file: sanitizeLine(file), scenario: loaded ? loaded.scenario.id : null, errors: counts.errors, warnings: counts.warnings };
  });
}
