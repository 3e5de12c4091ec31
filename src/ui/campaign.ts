// The menu's scenarios: every scenario in the library folder, easiest first. The build checks
// the bundled scenarios once and writes them to dist/campaign.json; when the folder still holds
// exactly those files (same names, same content hashes) the menu starts from that file and
// skips YAML parsing and schema validation, the slowest part of opening the game. Anything
// else (another folder, an edited file) is loaded and checked as usual.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LoadedScenario } from '../content/load';
import { menuOrder } from '../core/campaign';
import { compileScenario } from '../core/model';
import type { ScenarioFile } from '../core/schema';

export interface Campaign {
  readonly scenarios: LoadedScenario[];
  /** One line per file that could not be loaded (reported when the game ends). */
  readonly problems: string[];
}

export interface PrecompiledEntry {
  /** The file's path relative to the folder, with forward slashes. */
  readonly name: string;
  readonly hash: string;
  readonly data: ScenarioFile;
}

export interface Precompiled {
  readonly format: 1;
  readonly entries: readonly PrecompiledEntry[];
}

export const PRECOMPILED_URL = new URL('./campaign.json', import.meta.url);

/** Scenario files under a folder (.yaml / .yml), sorted, as the loader finds them. */
export function listScenarioFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listScenarioFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

/** sha256 of a scenario file's text, as the loader computes it (a leading BOM left out). */
export function scenarioHash(text: string): string {
  return createHash('sha256').update(text.startsWith('\uFEFF') ? text.slice(1) : text).digest('hex');
}

const nameIn = (dir: string, file: string) => relative(dir, file).split('\\').join('/');

/** The menu's order is the campaign rule's (src/core/campaign.ts), the one the locks follow. */
function sortCampaign(scenarios: LoadedScenario[]): LoadedScenario[] {
  return menuOrder(scenarios.map((l) => ({ id: l.scenario.id, difficulty: l.scenario.difficulty, file: l.file, l }))).map((e) => e.l);
}

/** The campaign from the precompiled file, or null when it does not match the folder. */
export function fromPrecompiled(dir: string, precompiled: Precompiled): Campaign | null {
  let files: string[];
  try { files = listScenarioFiles(dir); } catch { return null; }
  if (precompiled.format !== 1 || files.length !== precompiled.entries.length) return null;
  const scenarios: LoadedScenario[] = [];
  for (const [i, file] of files.entries()) {
    const entry = precompiled.entries[i]!;
    if (entry.name !== nameIn(dir, file)) return null;
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch { return null; }
    if (scenarioHash(text) !== entry.hash) return null;
    scenarios.push({ file, scenario: compileScenario(entry.data), hash: entry.hash, problems: [] });
  }
  return { scenarios: sortCampaign(scenarios), problems: [] };
}

function readPrecompiled(): Precompiled | null {
  try {
    return JSON.parse(readFileSync(PRECOMPILED_URL, 'utf8')) as Precompiled;
  } catch {
    return null; // not built (tests, a development checkout): load the files instead
  }
}

export async function loadCampaign(dir: string, options: { bundledDir?: string } = {}): Promise<Campaign> {
  if (options.bundledDir !== undefined && resolve(options.bundledDir) === resolve(dir)) {
    const precompiled = readPrecompiled();
    const fast = precompiled && fromPrecompiled(dir, precompiled);
    if (fast) return fast;
  }
  // The loader (YAML and the schema) is only needed here, so it loads only here.
  const [{ loadScenarios }, { formatProblem }] = await Promise.all([import('../content/load'), import('../content/problem')]);
  const { scenarios, problems } = loadScenarios([dir]);
  return { scenarios: sortCampaign(scenarios), problems: problems.filter((p) => p.severity === 'error').map(formatProblem) };
}
