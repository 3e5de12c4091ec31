// Scenarios for the UI tests: the format example, a third-party scenario with a custom stat and
// free-text keywords, a Chinese-only one, and a crowded one (nine long replies).
import { loadScenarioFile, type LoadedScenario } from '../../src/content/load';
import { fixturePath } from '../support/scenarios';

export function fixture(name: string): LoadedScenario {
  const result = loadScenarioFile(fixturePath(name));
  if (!result.ok) throw new Error(`fixture ${name} did not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.loaded;
}

export const CAMPAIGN = (): LoadedScenario[] => [fixture('format-example.yaml'), fixture('ui-relative.yaml'), fixture('ui-zh-only.yaml')];
