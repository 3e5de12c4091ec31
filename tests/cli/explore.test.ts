// `callcraft explore` through the built bin: text for people, JSON for tools, exit codes.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

describe('callcraft explore', () => {
  it('prints the endings, share, coverage, traps and arrival stats, and exits 1 on an unreachable ending', () => {
    const r = cli(['explore', fixture('explore/counts.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('exhaustive: 3 states, 8 reply choices');
    expect(r.stdout).toMatch(/✔ win\s+success\s+3\s+50%\s+20 to 86\s+threat\n/);
    expect(r.stdout).toMatch(/✔ never\s+success\s+–\s+–\s+–\s+never reached\n/);
    expect(r.stdout).toContain('success share  50%  (3 of 6 paths end in success)');
    expect(r.stdout).toContain('best path      86 A  win  a › close');
    expect(r.stdout).toContain('replies never offered     m › vip  (if rapport >= 80)');
    expect(r.stdout).toContain('triggers that never fire  #1 willingness <= 0 → lose');
    expect(r.stdout).toMatch(/ m\s+2\s+1\s+40 to 60\s+40\n/);
    expect(r.stdout).toContain('✗ ending "never" is never reached');
    expect(r.stderr).toBe('');
  });

  it('exits 0 when every ending and success are reachable and nothing traps the call', () => {
    const r = cli(['explore', fixture('explore/loop.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ win\s+success\s+∞/);
    expect(r.stdout).toContain('(of all paths, each loop counted once)');
    expect(r.stdout).toContain('✓ every ending is reachable');
  });

  it('names the trap and the path into it, and exits 1', () => {
    const r = cli(['explore', fixture('explore/trap.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('endless loop at b after enter  (rapport 55, willingness 50)');
    expect(r.stdout).toContain('✗ from node "b" the call can go on forever and never reach an ending');
  });

  it('writes JSON with the documented fields', () => {
    const r = cli(['explore', fixture('explore/counts.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ exhaustive: true, states: 3, successShare: 0.5, neverReached: [], traps: [] });
    expect(json.endings[0]).toEqual({ id: 'win', outcome: 'success', reachable: true, paths: 3, share: 0.5, minScore: 20, maxScore: 86, shortestPath: ['threat'] });
    expect(json.neverOffered).toEqual([{ node: 'm', reply: 'vip', if: 'rapport >= 80' }]);
    expect(json.findings).toEqual([{ code: 'unreachable-ending', message: 'ending "never" is never reached' }]);
    const loops = JSON.parse(cli(['explore', fixture('explore/loop.yaml'), '-f', 'json']).stdout);
    expect(loops.endings.map((e: { paths: unknown }) => e.paths)).toEqual(['infinite', 'infinite', 'infinite']);
    const trap = JSON.parse(cli(['explore', fixture('explore/trap.yaml'), '-f', 'json']).stdout);
    expect(trap.traps).toEqual([{ node: 'b', kind: 'loop', path: ['enter'], stats: { rapport: 55, willingness: 50 } }]);
  });

  it('says plainly when the budget cut the search', () => {
    const r = cli(['explore', fixture('engine-rules.yaml'), '--max-states', '5']);
    expect(r.stdout).toContain('not exhaustive: stopped at');
    expect(r.stdout).toContain('(--max-states 5)');
    const json = JSON.parse(cli(['explore', fixture('engine-rules.yaml'), '--max-states', '5', '-f', 'json']).stdout);
    expect(json.exhaustive).toBe(false);
    expect(json.states).toBeLessThanOrEqual(5);
  });

  it('shows the scenario title in the chosen language', () => {
    expect(cli(['explore', fixture('format-example.yaml'), '--lang', 'zh']).stdout.split('\n')[0]).toBe('explore  forgot-the-date  忘了还款日');
    expect(cli(['explore', fixture('format-example.yaml'), '--lang', 'en']).stdout.split('\n')[0]).toBe('explore  forgot-the-date  Forgot the due date');
  });

  it('reports a scenario with errors (exit 1) and bad usage (exit 2) in one clear line each', () => {
    const dir = tempDir({ 'broken.yaml': 'format: 1\nid: broken\n' });
    const broken = cli(['explore', join(dir, 'broken.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: error .*\ncallcraft: .*broken\.yaml has errors; fix them to explore it/);
    expect(broken.stderr).not.toMatch(/at .*\.js:\d+/);
    const json = cli(['explore', join(dir, 'broken.yaml'), '-f', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems.length).toBeGreaterThan(0);
    for (const args of [['explore', 'nope.yaml'], ['explore', fixture('explore/counts.yaml'), '--max-states', 'lots'], ['explore', fixture('explore/counts.yaml'), '-f', 'xml'], ['explore']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(cli(['explore', fixture('explore/counts.yaml'), '--max-states', '0']).stderr).toContain('--max-states must be a whole number of at least 1');
  });
});
