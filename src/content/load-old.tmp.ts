// Reading scenario files: YAML text → a compiled Scenario, or the problems that stop it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { compileScenario, type Scenario } from '../core/model';
import { ScenarioFileSchema } from '../core/schema';
import { sanitizeLine } from '../core/sanitize';
import { hasErrors, type Problem } from './problem';

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: Scenario;
  /** sha256 of the file's text: a saved run knows whether its scenario changed since. */
  readonly hash: string;
  /** Warnings only (a scenario with errors does not load). */
  readonly problems: readonly Problem[];
}

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedScenario; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ALIAS_COUNT = 100;

type Path = readonly (string | number)[];

/** The line:col of the node at `path`, or of its nearest existing ancestor. */
export function positionOf(doc: Document, counter: LineCounter, path: Path): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const offset = n === 0 ? doc.contents?.range?.[0] : node?.range?.[0];
    if (offset !== undefined) return counter.linePos(offset);
  }
  return { line: 1, col: 1 };
}

export function parseScenario(text: string, file: string): LoadResult {
  const problems: Problem[] = [];
  const at = (line: number, col: number, code: string, message: string, hint?: string): Problem => ({
    file, line, col, severity: 'error', code, message: sanitizeLine(message), ...(hint && { hint }),
  });
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    return { ok: false, problems: [at(1, 1, 'file-too-large', `the file is larger than ${MAX_FILE_BYTES} bytes`)] };
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { ok: false, problems: [at(1, 1, 'yaml-syntax', `the YAML could not be read: ${(error as Error).message}`)] };
  }
  for (const e of doc.errors) {
    const { line, col } = counter.linePos(e.pos[0]);
    problems.push(at(line, col, e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', e.message));
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!isMap(doc.contents)) {
    return { ok: false, problems: [at(1, 1, 'not-a-scenario', 'a scenario file must be a YAML mapping (format, id, title, ...)')] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, problems: [at(1, 1, 'yaml-aliases', `too many YAML aliases: ${(error as Error).message}`)] };
  }
  const parsed = ScenarioFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { line, col } = positionOf(doc, counter, issue.path as Path);
      problems.push(at(line, col, 'schema', `${issue.path.join('.') || '(top level)'}: ${issue.message}`));
    }
    return { ok: false, problems };
  }
  try {
    const scenario = compileScenario(parsed.data);
    const hash = createHash('sha256').update(source).digest('hex');
    return { ok: true, loaded: { file, scenario, hash, problems }, problems };
  } catch (error) {
    const idNode = doc.get('id', true);
    const pos = isScalar(idNode) && idNode.range ? counter.linePos(idNode.range[0]) : { line: 1, col: 1 };
    return { ok: false, problems: [at(pos.line, pos.col, 'invalid', (error as Error).message)] };
  }
}

export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      return { ok: false, problems: [{ file: path, line: 1, col: 1, severity: 'error', code: 'file-too-large', message: `the file is larger than ${MAX_FILE_BYTES} bytes` }] };
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ file: path, line: 1, col: 1, severity: 'error', code: 'unreadable', message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }] };
  }
  return parseScenario(text, path);
}

/** Scenario files under the given files and directories (.yaml / .yml), sorted. */
export function scenarioFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (statSync(full).isDirectory()) out.push(...scenarioFiles([full]));
        else if (/\.ya?ml$/i.test(name)) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/** Loads several files together; scenario ids must be unique among them. */
export function loadScenarios(paths: readonly string[]): { scenarios: LoadedScenario[]; problems: Problem[] } {
  const scenarios: LoadedScenario[] = [];
  const problems: Problem[] = [];
  for (const file of scenarioFiles(paths)) {
    const result = loadScenarioFile(file);
    problems.push(...result.problems);
    if (!result.ok) continue;
    const clash = scenarios.find((s) => s.scenario.id === result.loaded.scenario.id);
    if (clash) {
      problems.push({ file, line: 1, col: 1, severity: 'error', code: 'duplicate-scenario-id', message: `scenario id "${clash.scenario.id}" is also used by ${clash.file}` });
      continue;
    }
    scenarios.push(result.loaded);
  }
  return { scenarios, problems };
}

export { hasErrors };
