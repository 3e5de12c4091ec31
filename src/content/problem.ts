// A problem found in a scenario file, pointing at the exact place in the source.
export type Severity = 'error' | 'warning';

export interface Problem {
  readonly file: string;
  /** 1-based line and column of the node the problem is about. */
  readonly line: number;
  readonly col: number;
  readonly severity: Severity;
  /** A stable kebab-case code, e.g. `unresolved-target`, `unknown-key`. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.col}: ${p.severity} ${p.code} ${p.message}`;
  return p.hint ? `${head}\n  hint: ${p.hint}` : head;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
