// The bundled campaign as a whole (issue 4): every scenario loads with no problems, its own tests
// pass, every ending is reachable, no state is a trap, success is reachable, and difficulty is
// real — the mean share of reply paths that end in success does not rise from one level to the
// next. The README's scenario table must show the shares explore computes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarioDir } from '../../src/content/bundled';
import { loadScenarios } from '../../src/content/load';
import { explore } from '../../src/core/explore';
import { runScenarioTests } from '../../src/core/scenario-tests';

const { scenarios, problems } = loadScenarios([bundledScenarioDir()]);
const reports = new Map(scenarios.map((s) => [s.scenario.id, explore(s.scenario)]));

describe('the bundled campaign', () => {
  it('loads with no errors and no warnings', () => {
    expect(problems).toEqual([]);
  });

  it('has twelve scenarios, at least two at each difficulty from 1 to 5', () => {
    expect(scenarios).toHaveLength(12);
    for (let level = 1; level <= 5; level++) {
      expect(scenarios.filter((s) => s.scenario.difficulty === level).length, `level ${level}`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const { scenario, file } of scenarios) {
    describe(scenario.id, () => {
      it('is bilingual and passes its own tests', () => {
        expect(scenario.languages).toEqual(['zh', 'en']);
        const failed = runScenarioTests(scenario).filter((r) => !r.passed);
        expect(failed.map((r) => `${r.name}: ${r.failures.map((f) => f.message).join('; ')}`)).toEqual([]);
      });

      it('has 10–25 nodes and a success, a partial and a failure ending', () => {
        expect(scenario.nodes.size, file).toBeGreaterThanOrEqual(10);
        expect(scenario.nodes.size, file).toBeLessThanOrEqual(25);
        const outcomes = new Set([...scenario.endings.values()].map((e) => e.outcome));
        expect([...outcomes].sort()).toEqual(['failure', 'partial', 'success']);
      });

      it('can reach success and every ending, with no trap and nothing unreachable', () => {
        const report = reports.get(scenario.id)!;
        expect(report.exhaustive).toBe(true);
        expect(report.traps).toEqual([]);
        expect(report.neverReached).toEqual([]);
        expect(report.endings.filter((e) => !e.reachable).map((e) => e.id)).toEqual([]);
        expect(report.endings.some((e) => e.outcome === 'success' && e.reachable)).toBe(true);
      });

      it('has a trigger, a conduct violation and free-text keywords', () => {
        expect(scenario.triggers.length).toBeGreaterThan(0);
        const replies = [...scenario.nodes.values()].flatMap((n) => n.replies);
        expect(replies.some((r) => r.violation !== undefined)).toBe(true);
        expect([...scenario.nodes.values()].some((n) => n.match.length > 0)).toBe(true);
        for (const r of replies) {
          expect(r.tactic, `${scenario.id}: reply ${r.id} has a tactic`).toBeDefined();
          expect(r.feedback, `${scenario.id}: reply ${r.id} has feedback`).toBeDefined();
        }
      });
    });
  }

  it('gets harder: the mean success share does not rise from one difficulty to the next', () => {
    const byLevel = new Map<number, number[]>();
    for (const { scenario } of scenarios) {
      const share = reports.get(scenario.id)!.successShare ?? 0;
      byLevel.set(scenario.difficulty, [...(byLevel.get(scenario.difficulty) ?? []), share]);
    }
    const levels = [...byLevel.keys()].sort((a, b) => a - b);
    const means = levels.map((l) => byLevel.get(l)!.reduce((a, b) => a + b, 0) / byLevel.get(l)!.length);
    for (let i = 1; i < means.length; i++) {
      expect(means[i], `level ${levels[i]} vs level ${levels[i - 1]}`).toBeLessThanOrEqual(means[i - 1]!);
    }
  });

  it("the README's scenario table shows each scenario with its difficulty and explore's success share", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const { scenario } of scenarios) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${scenario.id}\``));
      expect(row, `README row for ${scenario.id}`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      const share = Math.round((reports.get(scenario.id)!.successShare ?? 0) * 100);
      expect(cells).toContain('★'.repeat(scenario.difficulty));
      expect(cells.at(-2), scenario.id).toBe(`${share}%`);
    }
  });
});
