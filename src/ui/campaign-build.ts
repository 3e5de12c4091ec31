// Used by scripts/build.mjs: checks the bundled scenarios once and returns what
// dist/campaign.json holds (see campaign.ts). A file with errors is left out, so the game
// finds the mismatch and loads the folder itself, reporting the errors as usual.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseScenario } from '../content/load';
import { ScenarioFileSchema } from '../core/schema';
import { parse } from 'yaml';
import { listScenarioFiles, scenarioHash, type Precompiled, type PrecompiledEntry } from './campaign';

export function precompileCampaign(dir: string): Precompiled {
  const entries: PrecompiledEntry[] = [];
  for (const file of listScenarioFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const result = parseScenario(text, file);
    if (!result.ok) continue;
    const data = ScenarioFileSchema.parse(parse(text.startsWith('\uFEFF') ? text.slice(1) : text, { maxAliasCount: 100 }));
    entries.push({ name: relative(dir, file).split('\\').join('/'), hash: scenarioHash(text), data });
  }
  return { format: 1, entries };
}
