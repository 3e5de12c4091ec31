import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunSummary } from '../../src/core/progress';
import { Store } from '../../src/store/index';
import { RETENTION, runsToTrim, trimmedOf } from '../../src/store/retention';
import { cleanup, draftOf, loadFixture, tempDir } from '../support/store';

let seq = 0;
function summary(scenario: string, score: number, outcome: RunSummary['outcome'] = 'partial'): RunSummary {
  const id = `${(seq++).toString(36).padStart(9, '0')}-aaaaaa`;
  return {
    id, player: 'p', scenario, hash: 'h', title: scenario, difficulty: 1, mode: 'practice', lang: 'en',
    startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:01:00Z', ending: outcome, outcome, score,
    grade: 'C', replies: 3, violations: 0, abandoned: outcome === null,
  };
}

describe('runsToTrim (the documented policy: newest 500 plus every best, trimmed 100 at a time)', () => {
  it('is 500 newest and 100 per batch', () => {
    expect(RETENTION).toEqual({ keepNewest: 500, batch: 100 });
  });

  it('keeps the newest 500 and each scenario\'s best run and best success', () => {
    const oldBest = summary('a', 99);
    const oldSuccess = summary('a', 20, 'success');
    const onlyRunOfB = summary('b', 5, 'failure');
    const rest = Array.from({ length: 647 }, (_, i) => summary(i % 2 ? 'a' : 'c', 50, i % 3 ? 'partial' : null));
    const all = [oldBest, oldSuccess, onlyRunOfB, ...rest];
    const trim = runsToTrim(all);
    const trimmed = new Set(trim.map((r) => r.id));
    // Kept beyond the newest 500: a's best and best success, b's only run, c's (old) best run.
    expect(trim.length).toBe(650 - 500 - 4);
    for (const r of [oldBest, oldSuccess, onlyRunOfB]) expect(trimmed.has(r.id)).toBe(false);
    for (const r of rest.slice(-500)) expect(trimmed.has(r.id)).toBe(false);
    // c's best run is among the oldest and is kept too.
    const cBest = rest.find((r) => r.scenario === 'c' && r.outcome !== null)!;
    expect(trimmed.has(cBest.id)).toBe(false);
  });

  it('waits until a whole batch has piled up', () => {
    const all = Array.from({ length: 599 }, () => summary('a', 10));
    expect(runsToTrim(all)).toEqual([]);
    expect(runsToTrim([...all, summary('a', 10), summary('a', 10)])).toHaveLength(100);
    expect(runsToTrim(all.slice(0, 500))).toEqual([]);
  });
});

describe('the store trims a player\'s runs', () => {
  const loaded = loadFixture('format-example.yaml');
  const policy = { keepNewest: 5, batch: 3 };
  let home: string;
  beforeEach(() => { home = tempDir(); });
  afterEach(() => cleanup(home));

  it('keeps bests and unlocking successes, and attempts never go down', () => {
    const store = Store.open({ home, retention: policy });
    const best = store.saveRun(draftOf(loaded, ['introduce', 'date']))!; // success, the top score
    const capped = store.saveRun(draftOf(loaded, ['demand', 'shame']))!; // failure with a violation
    for (let i = 0; i < 10; i++) store.saveRun(draftOf(loaded, i % 2 ? ['introduce'] : ['demand', 'date']));
    const folder = dirname(best.file);
    const names = readdirSync(folder);
    expect(names.filter((n) => n.startsWith('trimmed-')).length).toBeGreaterThanOrEqual(1);
    const runs = store.runs();
    expect(runs.length).toBeLessThanOrEqual(policy.keepNewest + 1 + policy.batch - 1);
    expect(runs.map((r) => r.id)).toContain(best.record.id);
    expect(runs.map((r) => r.id)).not.toContain(capped.record.id);
    const progress = Store.open({ home }).progress('alice').get('forgot-the-date')!;
    expect(progress).toMatchObject({ attempts: 12, finished: 7, best: { id: best.record.id } });
    expect(progress.successes).toBe(1 + 5);
  });

  it('counts every run once even when a crash stopped a trim half way', () => {
    const store = Store.open({ home, retention: policy });
    const saved = Array.from({ length: 4 }, () => store.saveRun(draftOf(loaded, ['demand', 'date']))!);
    const folder = dirname(saved[0]!.file);
    // A trim killed after writing its list but before deleting the files.
    const listed = saved.slice(1, 3).map((s) => trimmedOf({ ...s.record, replies: 2, violations: 0 }));
    writeFileSync(join(folder, 'trimmed-000000001-bbbbbb.json'), JSON.stringify({ v: 1, runs: listed }));
    const again = Store.open({ home, retention: policy });
    expect(again.runs().map((r) => r.id).sort()).toEqual([saved[0]!.record.id, saved[3]!.record.id].sort());
    expect(again.progress('alice').get('forgot-the-date')!.attempts).toBe(4);
    again.saveRun(draftOf(loaded, ['introduce']));
    expect(readdirSync(folder).filter((n) => /^[0-9a-z]{9}-[0-9a-z]{6}\.json$/.test(n))).toHaveLength(3);
    expect(again.progress('alice').get('forgot-the-date')!.attempts).toBe(5);
  });
});
