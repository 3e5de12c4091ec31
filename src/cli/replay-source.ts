// The scenario a saved run belongs to, as it is now: the file it was played from if that still
// holds the same scenario id, else the library's scenario with that id (the bundled folder, or
// CALLCRAFT_SCENARIOS). A copy whose content is
// unchanged (same hash) is preferred, so a replay is recomputed whenever it can be.
import { existsSync } from 'node:fs';
import { loadScenarioFile, loadScenarios, type LoadedScenario } from '../content/load';
import type { RunRecord } from '../core/record-schema';
import { libraryDir } from './scenarios';

export function scenarioForRun(record: Pick<RunRecord, 'scenario' | 'hash' | 'file'>): LoadedScenario | null {
  const found: LoadedScenario[] = [];
  if (record.file !== undefined && existsSync(record.file)) {
    const r = loadScenarioFile(record.file);
    if (r.ok && r.loaded.scenario.id === record.scenario) found.push(r.loaded);
  }
  if (!found.some((l) => l.hash === record.hash)) {
    let dir: string | null = null;
    try { dir = libraryDir(); } catch { /* no library: the saved record is all there is */ }
    if (dir !== null) found.push(...loadScenarios([dir]).scenarios.filter((l) => l.scenario.id === record.scenario));
  }
  return found.find((l) => l.hash === record.hash) ?? found[0] ?? null;
}
