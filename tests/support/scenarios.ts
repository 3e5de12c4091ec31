// Test helpers: load a scenario from YAML text or a fixture, failing loudly on problems.
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/content/load';
import { formatProblem } from '../../src/content/problem';
import type { Scenario } from '../../src/core/model';

export function scenarioFromYaml(text: string, file = 'inline.yaml'): Scenario {
  const result = parseScenario(text, file);
  if (!result.ok) throw new Error(`scenario did not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.loaded.scenario;
}

export function fixturePath(name: string): string {
  return new URL(`../fixtures/${name}`, import.meta.url).pathname;
}

export function fixtureScenario(name: string): Scenario {
  return scenarioFromYaml(readFileSync(fixturePath(name), 'utf8'), name);
}
