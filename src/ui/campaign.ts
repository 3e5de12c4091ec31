// The menu's scenarios: every scenario in the library folder, easiest first.
import { loadScenarios, type LoadedScenario } from '../content/load';
import { formatProblem } from '../content/problem';

export interface Campaign {
  readonly scenarios: LoadedScenario[];
  /** One line per file that could not be loaded (reported when the game ends). */
  readonly problems: string[];
}

export function loadCampaign(dir: string): Campaign {
  const { scenarios, problems } = loadScenarios([dir]);
  // Stable: within a difficulty the file order (01-…, 02-…) stays.
  const sorted = scenarios.map((s, i) => ({ s, i })).sort((a, b) => a.s.scenario.difficulty - b.s.scenario.difficulty || a.i - b.i).map((x) => x.s);
  return { scenarios: sorted, problems: problems.filter((p) => p.severity === 'error').map(formatProblem) };
}
