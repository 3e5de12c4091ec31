// Collecting problems: severity comes from the catalogue, text is made safe to print, and the
// helpers here phrase values the same way in every message.
import { sanitizeLine, showControls } from '../core/sanitize';
import { severityOf, type ProblemCode } from './codes';
import type { Pos, Path } from './locate';
import type { Problem } from './problem';

export class Reporter {
  readonly problems: Problem[] = [];
  /** A value reached twice through a YAML alias has its problems reported once, where it is written. */
  private readonly seen = new Set<string>();
  constructor(readonly file: string) {}

  add(code: ProblemCode, pos: Pos, message: string, hint?: string): void {
    const key = `${code}|${pos.line}|${pos.col}|${message.replace(/^[^\s:]*: /, '')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const safeHint = hint === undefined ? '' : sanitizeLine(hint);
    this.problems.push({
      file: this.file,
      line: pos.line,
      col: pos.col,
      severity: severityOf(code),
      code,
      message: sanitizeLine(message),
      ...(safeHint && { hint: safeHint }),
    });
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

/** Problems in reading order: line, then column (stable for ties). */
export function byPosition(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
}

/** `nodes.hello.replies#2.next`: list entries count from 1, odd keys are quoted. */
export function pathLabel(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `#${seg + 1}`;
    else {
      const key = /^[^\s.#"'[\]{}]+$/u.test(seg) ? seg : JSON.stringify(seg);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/** `label: message`, or just the message at the top level. */
export function at(path: Path, message: string): string {
  const label = pathLabel(path);
  return label === '' ? message : `${label}: ${message}`;
}

/** A user's string in quotes, shortened to fit a one-line message, control characters shown as escapes. */
export function quote(text: string, max = 48): string {
  const chars = [...showControls(text)];
  const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return `"${short}"`;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

/** What a value is, for "expected X, got Y". */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a date';
  if (value instanceof Map) return 'a map';
  if (value instanceof Set) return 'a set';
  return 'a map';
}

/** `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
