import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

const example = readFileSync(fixture('format-example.yaml'), 'utf8');
const withTests = (tests: string) => example.replace(/^tests:\n[\s\S]*$/m, `tests:\n${tests}`);
const failing = withTests(`  - { name: polite route, steps: [introduce, date], expect: { ending: paid-today, violations: 0 } }
  - { name: wrong ending, steps: [introduce, date], expect: { ending: later, stats: { willingness: ">= 90" } } }
  - { name: bad step, steps: [introduce, date, date], expect: { ending: paid-today } }
`);

describe('callcraft test', () => {
  it('names each passing test and exits 0', () => {
    const r = cli(['test', fixture('format-example.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\S*format-example\.yaml {2}forgot-the-date\n {2}✓ pass {2}polite route {2}→ paid-today in 2 replies, score \d+ [A-F]\n\n1 scenario, 1 test, 0 failed, 1 passed\n$/);
  });

  it('names the failing step and why, with plain-text markers, and exits 1', () => {
    const dir = tempDir({ 'failing.yaml': failing });
    const r = cli(['test', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      '  ✗ FAIL  wrong ending',
      '          expected ending "later", but it ended at "paid-today"',
      '          expected willingness >= 90, got 80',
      '  ✗ FAIL  bad step',
      '          step 3 ("date"): the call already ended at "paid-today" after step 2',
    ]));
    expect(lines.filter((l) => l.includes('✓ pass'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('1 scenario, 3 tests, 2 failed, 1 passed');
  });

  it('notes a scenario without tests, which does not fail', () => {
    const r = cli(['test', fixture('engine-rules.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - no tests in this scenario\n');
    expect(r.stdout).toContain('1 scenario, 0 tests, 0 failed, 0 passed, 1 without tests\n');
  });

  it('reports load problems as validate does and exits 1', () => {
    const dir = tempDir({ 'bad.yaml': `format: 1\nid: x\nid: y\n${example.split('\n').slice(3).join('\n')}`, 'good.yaml': example });
    const r = cli(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${join(dir, 'bad.yaml')}:3:1: error duplicate-key `));
    expect(r.stdout).toContain('  ✓ pass  polite route');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 scenario, 1 test, 0 failed, 1 passed, 1 file did not load');
  });

  it('prints JSON with 1-based failing steps', () => {
    const dir = tempDir({ 'failing.yaml': failing });
    const r = cli(['test', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.counts).toEqual({ files: 1, scenarios: 1, tests: 3, passed: 1, failed: 2, withoutTests: 0, errors: 0, warnings: 0 });
    const [ok, wrong, bad] = report.scenarios[0].tests;
    expect(ok).toEqual({ name: 'polite route', passed: true, ending: 'paid-today', failures: [] });
    expect(wrong.failures[0]).toEqual({ step: null, message: 'expected ending "later", but it ended at "paid-today"' });
    expect(bad.failures[0].step).toBe(3);
  });

  it('exits 2 for a missing path or no path', () => {
    expect(cli(['test', 'missing.yaml'])).toMatchObject({ code: 2, stderr: 'callcraft: cannot read missing.yaml: no such file or directory\n' });
    expect(cli(['test']).code).toBe(2);
  });
});
