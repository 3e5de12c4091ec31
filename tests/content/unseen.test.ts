// Scenarios written from the format contract and the authoring guide alone (tests/fixtures/unseen),
// by someone who had not read the bundled ones: they must load, pass their own tests and explore to
// the numbers worked out by hand; the file full of typical slips must report each at its place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, parseScenario } from '../../src/content/load';
import { explore, findings } from '../../src/core/explore';
import { runScenarioTests } from '../../src/core/scenario-tests';

const path = (name: string) => new URL(`../fixtures/unseen/${name}`, import.meta.url).pathname;
const summary = (name: string) => loadScenarioFile(path(name)).problems.map((p) => `${p.line}:${p.col} ${p.severity} ${p.code}`);

function loaded(name: string) {
  const r = loadScenarioFile(path(name));
  expect(r.problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`)).toEqual([]);
  if (!r.ok) throw new Error(`${name} did not load`);
  return r.loaded.scenario;
}

const paths = (report: ReturnType<typeof explore>) => Object.fromEntries(report.endings.map((e) => [e.id, e.paths]));
const states = (report: ReturnType<typeof explore>) => Object.fromEntries(report.nodes.map((n) => [n.id, n.states]));

describe.each(['en-gym-membership.yaml', 'zh-tuition-loan.yaml', 'bilingual-phone-repair.yaml'])('%s', (name) => {
  it('loads without a problem and passes its own tests', () => {
    const results = runScenarioTests(loaded(name));
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.filter((t) => !t.passed).map((t) => [t.name, t.failures])).toEqual([]);
  });

  it('explores clean: every ending reached, success reachable, no trap', () => {
    const report = explore(loaded(name));
    expect(report.exhaustive).toBe(true);
    expect(findings(report)).toEqual([]);
  });
});

describe('explore counts, worked out by hand', () => {
  it('English only: 5 paths, 2 of them to success', () => {
    const report = explore(loaded('en-gym-membership.yaml'));
    expect(paths(report)).toEqual({ 'paid-friday': 2, callback: 1, 'will-think': 1, 'hung-up': 1 });
    expect(report.successShare).toBeCloseTo(2 / 5);
    expect(states(report)).toEqual({ pickup: 1, dispute: 2, options: 3 });
  });

  it('Chinese only: a patience trigger cuts the loops short', () => {
    const report = explore(loaded('zh-tuition-loan.yaml'));
    expect(paths(report)).toEqual({ 'yue-ding': 4, 'zai-xiang': 2, 'gua-duan': 5, 'tou-su': 3 });
    expect(states(report)).toEqual({ jie: 1, 'bao-yuan': 3, 'fang-an': 4 });
    expect(report.nodes.find((n) => n.id === 'fang-an')?.stats).toEqual({ rapport: [45, 65], willingness: [20, 20], patience: [1, 2] });
  });

  it('bilingual: the unused default line, the untaken route and the silent trigger are named', () => {
    const report = explore(loaded('bilingual-phone-repair.yaml'));
    expect(paths(report)).toEqual({ weekly: 2, maybe: 2, nothing: 3, 'hung-up': 3, complaint: 1 });
    expect(states(report)).toEqual({ sister: 1, debtor: 2, income: 6 });
    expect(report.unusedVariants).toEqual([{ node: 'debtor', variant: 3, if: null }]);
    expect(report.routesNeverTaken).toEqual([{ node: 'debtor', reply: 'daily', route: 2, goto: 'income', if: null }]);
    expect(report.triggersNeverFired.map((t) => t.trigger)).toEqual([2]);
  });
});

describe('the files full of author slips', () => {
  it('reports every slip at its line and column', () => {
    expect(summary('broken-many-mistakes.yaml')).toEqual([
      '11:11 error undeclared-stat', // patience is not declared
      '11:32 error unresolved-target', // goto: cut-off
      '14:18 error comma-split-text', // { zh: 喂,谁呀, … }
      '15:5 error unknown-key', // replys
      '23:13 error duplicate-reply-id', // a second "hi"
      '24:15 error missing-language', // no en
      '25:15 error unresolved-target', // next: nowhere
      '45:3 error duplicate-key', // a second "paid" ending
    ]);
  });

  it('once those are fixed, warns of the loop with no exit and the orphan node', () => {
    expect(summary('broken-loop-and-orphan.yaml')).toEqual([
      '14:3 warning dead-end', '23:3 warning dead-end', '29:3 warning dead-end', '35:3 warning unreachable',
    ]);
    const r = loadScenarioFile(path('broken-loop-and-orphan.yaml'));
    if (!r.ok) throw new Error('the file should load with warnings');
    const report = explore(r.loaded.scenario);
    expect(report.traps.map((t) => t.kind)).toEqual(['loop']);
    expect(findings(report).map((f) => f.code).sort()).toEqual(['no-success', 'trap', 'unreachable-ending']);
  });

  it('reports a tab in the indentation alone, at the tab', () => {
    expect(summary('broken-tab.yaml')).toEqual(['24:1 error yaml-syntax']);
  });

  it('gives the same answer for the text as for the file', () => {
    const text = readFileSync(path('broken-many-mistakes.yaml'), 'utf8');
    expect(parseScenario(text, 'x.yaml').problems.map((p) => p.code)).toEqual(loadScenarioFile(path('broken-many-mistakes.yaml')).problems.map((p) => p.code));
  });
});
