// Node and ending ids written as bare numbers (`start: 1`, `next: 2`, `goto: 3`): YAML reads
// them as integers, and they mean the id written as digits, as numeric reply ids already do.
// The whole chain sees strings: loader, checks, tests, explorer, graph and headless play.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/load';
import { explore, findings } from '../../src/core/explore';
import { graphText } from '../../src/core/graph';
import { runScenarioTests } from '../../src/core/scenario-tests';
import { cli, fixture, requireBuild } from './support/cli';

beforeAll(requireBuild);
const FILE = fixture('numeric-ids.yaml');
const text = readFileSync(FILE, 'utf8');

function load() {
  const result = parseScenario(text, 'numeric-ids.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`).join('\n'));
  return result.loaded;
}

describe('numeric node and ending ids', () => {
  it('load with no problem at all, and compile to string ids everywhere', () => {
    const loaded = load();
    expect(loaded.problems).toEqual([]);
    const s = loaded.scenario;
    expect(s.start).toBe('1');
    expect([...s.nodes.keys()]).toEqual(['1', '2']);
    expect([...s.endings.keys()]).toEqual(['3', '4', '5']);
    expect(s.nodes.get('1')!.replies.map((r) => r.next.map((x) => x.goto))).toEqual([['2'], ['2'], ['2']]);
    expect(s.nodes.get('2')!.replies[0]!.next.map((x) => x.goto)).toEqual(['3', '5']);
    expect(s.nodes.get('2')!.fallback.next!.map((x) => x.goto)).toEqual(['5']);
    expect(s.triggers.map((t) => t.goto)).toEqual(['4']);
    expect(s.tests.map((t) => t.expect.ending)).toEqual(['3', '5', '4', '5']);
    expect(s.par).toBe(2);
  });

  it('pass their own tests', () => {
    const results = runScenarioTests(load().scenario);
    expect(results.map((r) => [r.name, r.passed, r.failures])).toEqual([
      ['the polite route pays', true, []], ['pressure leaves it for later', true, []], ['an insult ends the call', true, []],
      ['a vague answer leaves it for later', true, []],
    ]);
  });

  it('explore clean: every ending reached, no trap, ids as strings', () => {
    const report = explore(load().scenario);
    expect(findings(report)).toEqual([]);
    expect(report.endings.map((e) => [e.id, e.reachable])).toEqual([['3', true], ['4', true], ['5', true]]);
    expect(report.best).toMatchObject({ ending: '3', path: ['1', '1'] });
  });

  it('draw as a graph whose edges name the numeric ids', () => {
    const mermaid = graphText(load().scenario, { format: 'mermaid', lang: 'en' });
    expect(mermaid).toContain('  s0 --> n1\n');
    expect(mermaid).toContain('  n1["1<br/>Hello, who is this?"]\n');
    expect(mermaid).toContain('  e3(["✔ success<br/>3<br/>Paid today"]):::success\n');
    expect(mermaid).toContain('  n2 -->|"1 · deadline<br/>→ rapport #gt;= 50"| e3\n');
  });

  it('validate, test, explore and play headless through the command line', () => {
    expect(cli(['validate', FILE])).toMatchObject({ code: 0, stdout: '1 file, 0 errors, 0 warnings\n', stderr: '' });
    const t = cli(['test', FILE]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('4 tests, 0 failed, 4 passed');
    const e = cli(['explore', FILE]);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('✓ every ending is reachable');
    const p = cli(['play', FILE, '--inputs', '-', '--format', 'json'], { input: '1\n1\n' });
    expect(p.code).toBe(0);
    const json = JSON.parse(p.stdout) as { ending: string; outcome: string; steps: { node: string; reply: string }[] };
    expect(json).toMatchObject({ ending: '3', outcome: 'success' });
    expect(json.steps.map((s) => [s.node, s.reply])).toEqual([['1', '1'], ['2', '1']]);
  });

  it('name a number that is no id by listing the ids, not by a near number (9 is no misspelling of 3)', () => {
    const ps = parseScenario(text.replace('goto: 4 }', 'goto: 9 }'), 'n.yaml').problems;
    expect(ps).toMatchObject([{ code: 'unresolved-target', message: 'triggers#1.goto: no ending is called "9"', hint: 'the endings are 3, 4 and 5' }]);
    const steps = parseScenario(text.replace('steps: [3]', 'steps: [4]'), 'n.yaml').problems;
    expect(steps).toMatchObject([{ code: 'unresolved-test-step', message: 'tests#3.steps#1: the call is at node "1" here, which has no reply "4"', hint: 'its replies are 1, 2 and 3' }]);
  });

  it('still refuse a negative or fractional number where an id belongs, saying what an id is', () => {
    const one = (t: string) => {
      const ps = parseScenario(t, 'n.yaml').problems;
      expect(ps, ps.map((p) => p.message).join('\n')).toHaveLength(1);
      return ps[0]!;
    };
    expect(one(text.replace('start: 1', 'start: -1'))).toMatchObject({ code: 'wrong-type', line: 8, col: 8,
      message: 'start: expected a node id (a name, or a whole number such as 1), got the number -1' });
    expect(one(text.replace('        next: 2\n      - text: You owe', '        next: 2.5\n      - text: You owe'))).toMatchObject({ code: 'wrong-type',
      message: 'nodes.1.replies#1.next: expected a target: a node or ending id, or a list of routes [{ if, goto }, …, { goto }], got the number 2.5' });
  });
});
