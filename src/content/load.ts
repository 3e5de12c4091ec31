// Reading scenario files: YAML text → a compiled Scenario, or the problems that stop it, each
// at the exact line:col of the YAML node it is about. The order of work:
//   yaml-source (size, syntax, tags, duplicate keys, control characters, aliases)
//   → Text values (text-check) and the schema (shape) → cross-references (check)
//   → compile → the tests' paths followed through the engine (test-steps).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { LANGUAGE_CODE, ScenarioFileSchema, SCENARIO_ID } from '../core/schema';
import { compileScenario, type Scenario } from '../core/model';
import { ScenarioChecker } from './check';
import { decodeUtf8 } from './decode';
import { START, type Locator, type Pos } from './locate';
import { hasErrors, type Problem } from './problem';
import { at, byPosition, quote, Reporter } from './report';
import { walkTexts } from './schema-walk';
import { ShapeReporter, type Issue } from './shape';
import { checkTestSteps, checkTestStepsStatically } from './test-steps';
import { TextChecker } from './text-check';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES, readYaml } from './yaml-source';

export { MAX_ALIAS_COUNT, MAX_FILE_BYTES };

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: Scenario;
  /** sha256 of the file's text: a saved run knows whether its scenario changed since. */
  readonly hash: string;
  /** Warnings only (a scenario with errors does not load). */
  readonly problems: readonly Problem[];
}

/** The scenario id a file declares and where, even when the file has errors (for duplicates). */
export interface DeclaredId extends Pos {
  readonly id: string;
}

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedScenario; readonly problems: readonly Problem[]; readonly declaredId?: DeclaredId }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly declaredId?: DeclaredId };

function declaredLanguages(data: Record<string, unknown>): string[] {
  const langs = data.languages;
  if (!Array.isArray(langs)) return [];
  return [...new Set(langs.filter((l): l is string => typeof l === 'string' && LANGUAGE_CODE.test(l)))];
}

/**
 * zod does not check the value of a map entry whose key is invalid (a node id `Hello`), so its
 * slips would only show once the id is fixed. Check those values here, so all come at once.
 */
function underBadKeys(issues: readonly z.core.$ZodIssue[], data: Record<string, unknown>, loc: Locator): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const [map, key] = issue.path;
    if (issue.code !== 'invalid_key' || issue.path.length !== 2 || (map !== 'nodes' && map !== 'endings' && map !== 'stats')) continue;
    const entries = data[map];
    if (typeof entries !== 'object' || entries === null || typeof key !== 'string' || !Object.hasOwn(entries, key)) continue;
    if (!loc.keyIsText([map, key])) continue; // a map or list as a key: its value is not an entry
    const checked = ScenarioFileSchema.shape[map].valueType.safeParse((entries as Record<string, unknown>)[key]);
    if (!checked.success) out.push(...checked.error.issues.map((i) => ({ ...i, path: [map, key, ...i.path] })));
  }
  return out;
}

function parse(text: string, r: Reporter): { scenario?: Scenario; declaredId?: DeclaredId } {
  const yaml = readYaml(text, r);
  if (!yaml) return {};
  const { data, locator: loc } = yaml;
  const languages = declaredLanguages(data);
  const declaredId = typeof data.id === 'string' && SCENARIO_ID.test(data.id) ? { id: data.id, ...loc.value(['id']) } : undefined;
  const withId = <T extends object>(x: T) => ({ ...x, ...(declaredId && { declaredId }) });

  const texts = new TextChecker(languages, loc, r, yaml.source);
  walkTexts(data, (path, value) => texts.check(path, value));
  const parsed = ScenarioFileSchema.safeParse(data);
  if (!parsed.success) new ShapeReporter(data, loc, r, texts, yaml.source).reportAll([...parsed.error.issues, ...underBadKeys(parsed.error.issues, data, loc)] as unknown as Issue[]);
  const summary = new ScenarioChecker(data, loc, r, languages).run();

  if (!parsed.success || r.hasErrors) {
    checkTestStepsStatically(data, summary, loc, r);
    if (!parsed.success && !r.hasErrors) {
      // Every schema issue should have been explained above; never let a file through silently.
      const issue = parsed.error.issues[0]!;
      const path = issue.path as (string | number)[];
      r.add('invalid-value', loc.value(path), at(path, issue.message));
    }
    return withId({});
  }
  let scenario: Scenario;
  try {
    scenario = compileScenario(parsed.data);
  } catch (error) {
    r.add('internal-error', declaredId ?? START, `the scenario passed every check but could not be compiled: ${(error as Error).message}`);
    return withId({});
  }
  checkTestSteps(scenario, loc, r);
  return withId(r.hasErrors ? {} : { scenario });
}

export function parseScenario(text: string, file: string): LoadResult {
  const r = new Reporter(file);
  let result: { scenario?: Scenario; declaredId?: DeclaredId } = {};
  try {
    result = parse(text, r);
  } catch (error) {
    // Pathological input that got past every guard: a problem, never a crash.
    if (error instanceof RangeError) r.add('too-deep', START, 'the file is too deeply nested or too large to check');
    else r.add('internal-error', START, `the file could not be checked: ${(error as Error).message}`);
    result = {};
  }
  const problems = byPosition(r.problems);
  const id = result.declaredId && { declaredId: result.declaredId };
  if (!result.scenario || hasErrors(problems)) return { ok: false, problems, ...id };
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const hash = createHash('sha256').update(source).digest('hex');
  return { ok: true, loaded: { file, scenario: result.scenario, hash, problems }, problems, ...id };
}

/** Why a file or folder could not be read, in words. */
export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links (a link that leads back to itself?)';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? (error as Error).message;
}

export function loadScenarioFile(path: string): LoadResult {
  const fail = (code: 'unreadable' | 'file-too-large' | 'wrong-encoding', message: string, pos = START, hint?: string): LoadResult => {
    const r = new Reporter(path);
    r.add(code, pos, message, hint);
    return { ok: false, problems: r.problems };
  };
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('unreadable', 'cannot read the file: it is a folder');
    if (stat.size > MAX_FILE_BYTES) return fail('file-too-large', `the file is larger than ${MAX_FILE_BYTES.toLocaleString('en')} bytes; it was not read`);
    const decoded = decodeUtf8(readFileSync(path));
    if (!('text' in decoded)) return fail('wrong-encoding', decoded.message, decoded.pos, 'save the file as UTF-8 in your editor');
    text = decoded.text;
  } catch (error) {
    return fail('unreadable', `cannot read the file: ${readError(error)}`);
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
        const stat = statSync(full);
        if (stat.isDirectory()) out.push(...scenarioFiles([full]));
        // Only regular files: reading a named pipe that happens to end in .yaml would wait forever.
        else if (/\.ya?ml$/i.test(name) && stat.isFile()) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/**
 * Loads several files together; scenario ids must be unique among them. A repeated id is
 * reported at the `id` of every file after the first that declares it (even a file with other
 * errors counts as declaring it). Problems come file by file, each file's by line and column.
 */
export function loadScenarios(paths: readonly string[]): { scenarios: LoadedScenario[]; problems: Problem[] } {
  const scenarios: LoadedScenario[] = [];
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const file of scenarioFiles(paths)) {
    const result = loadScenarioFile(file);
    const mine = [...result.problems];
    let clash = false;
    if (result.declaredId) {
      const first = firstFile.get(result.declaredId.id);
      if (first === undefined) firstFile.set(result.declaredId.id, file);
      else {
        clash = true;
        const r = new Reporter(file);
        r.add('duplicate-scenario-id', result.declaredId, `id: the scenario id ${quote(result.declaredId.id)} is already used by ${first}`,
          'scenario ids must be unique among the files loaded together: rename one');
        mine.push(...r.problems);
      }
    }
    problems.push(...byPosition(mine));
    if (result.ok && !clash) scenarios.push(result.loaded);
  }
  return { scenarios, problems };
}

export { hasErrors };
