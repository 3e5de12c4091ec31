// docs/authoring.md stays true: its worked example loads cleanly, passes its own tests and
// explores clean, and the explore output the guide shows is what explore prints for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exploreText } from '../../src/cli/explore-text';
import { makeStyle } from '../../src/cli/output';
import { PROBLEM_CODES } from '../../src/content/codes';
import { parseScenario } from '../../src/content/load';
import { explore, findings } from '../../src/core/explore';
import { runScenarioTests } from '../../src/core/scenario-tests';

const guide = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
/** The guide's fenced code blocks with the given info string ('' for plain ones). */
function blocks(info: string): string[] {
  const found: string[] = [];
  let open: { info: string; lines: string[] } | null = null;
  for (const line of guide.split('\n')) {
    const fence = /^```(\S*)\s*$/.exec(line);
    if (!open && fence) open = { info: fence[1]!, lines: [] };
    else if (open && /^```\s*$/.test(line)) { if (open.info === info) found.push(open.lines.join('\n')); open = null; }
    else if (open) open.lines.push(line);
  }
  return found;
}

describe('docs/authoring.md', () => {
  const example = blocks('yaml').find((b) => b.includes('id: paid-last-friday'))!;
  const loaded = parseScenario(example, 'paid-last-friday.yaml');

  it('has a worked example that loads with no problems', () => {
    expect(example).toBeDefined();
    expect(loaded.problems).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it("has a worked example whose tests pass and which explores clean", () => {
    if (!loaded.ok) throw new Error('did not load');
    for (const t of runScenarioTests(loaded.loaded.scenario)) expect(t.failures, t.name).toEqual([]);
    expect(findings(explore(loaded.loaded.scenario))).toEqual([]);
  });

  it('shows the explore output explore really prints for it', () => {
    if (!loaded.ok) throw new Error('did not load');
    const scenario = loaded.loaded.scenario;
    const report = explore(scenario);
    const printed = exploreText(report, scenario, 'en', findings(report), makeStyle(false)).join('\n');
    const shown = blocks('').find((b) => b.startsWith('explore  paid-last-friday'));
    expect(shown).toBe(printed);
  });

  it('lists every JSON field explore writes', () => {
    if (!loaded.ok) throw new Error('did not load');
    const report = { ...explore(loaded.loaded.scenario), findings: [] };
    for (const key of Object.keys(report).filter((k) => k !== 'scenario')) expect(guide, key).toContain(`\`${key}\``);
  });

  it('names only problem codes the validator has', () => {
    const section = guide.slice(guide.indexOf('## `callcraft validate`'), guide.indexOf('## `callcraft explore`'));
    const codes = [...section.matchAll(/^\| `([a-z-]+)`(?:, `([a-z-]+)`)?/gm)].flatMap((m) => [m[1]!, m[2]].filter((c): c is string => !!c));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(Object.keys(PROBLEM_CODES), code).toContain(code);
  });
});
