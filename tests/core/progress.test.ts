import { describe, expect, it } from 'vitest';
import { bestRuns, progressOf, type RunSummary } from '../../src/core/progress';

let seq = 0;
function run(scenario: string, score: number, outcome: RunSummary['outcome'] = 'partial', extra: Partial<RunSummary> = {}): RunSummary {
  const id = `${(seq++).toString(36).padStart(9, '0')}-aaaaaa`;
  return {
    id, player: 'p', scenario, hash: 'h', title: scenario, difficulty: 1, mode: 'practice', lang: 'en',
    startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:01:00Z', ending: outcome, outcome, score,
    grade: 'C', replies: 3, violations: 0, abandoned: outcome === null, ...extra,
  };
}

describe('progressOf', () => {
  it('counts attempts (abandoned included), finishes and successes, and keeps the best finished run', () => {
    const runs = [run('a', 40), run('a', 75, 'success'), run('a', 90, null), run('b', 10, 'failure')];
    const p = progressOf(runs);
    expect(p.get('a')).toMatchObject({ attempts: 3, finished: 2, successes: 1, best: { id: runs[1]!.id, score: 75 }, latest: runs[2]!.id });
    expect(p.get('b')).toMatchObject({ attempts: 1, best: { score: 10 } });
  });

  it('keeps the earlier run as best when a later one only equals it', () => {
    const runs = [run('a', 70), run('a', 70)];
    expect(progressOf(runs).get('a')!.best!.id).toBe(runs[0]!.id);
  });

  it('has no best before the first finished run', () => {
    expect(progressOf([run('a', 0, null)]).get('a')!.best).toBeNull();
  });

  it('adds trimmed runs once each, even when a trimmed run is also still present', () => {
    const kept = [run('a', 50)];
    const trimmed = [
      { id: '000000zz0-aaaaaa', scenario: 'a', difficulty: 1, outcome: 'success' as const, abandoned: false },
      { id: kept[0]!.id, scenario: 'a', difficulty: 1, outcome: 'partial' as const, abandoned: false },
      { id: '000000zz1-aaaaaa', scenario: 'gone', difficulty: 3, outcome: null, abandoned: true },
    ];
    const p = progressOf(kept, trimmed);
    expect(p.get('a')).toMatchObject({ attempts: 2, finished: 2, successes: 1, best: { score: 50 } });
    expect(p.get('gone')).toMatchObject({ attempts: 1, finished: 0, difficulty: 3, best: null });
  });

  it('uses a Map, so ids like __proto__ and constructor are plain entries', () => {
    const p = progressOf([run('__proto__', 10), run('constructor', 20), run('a.b', 30)]);
    expect([...p.keys()].sort()).toEqual(['__proto__', 'a.b', 'constructor']);
    expect(p.get('__proto__')!.best!.score).toBe(10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bestRuns', () => {
  it('tracks the best success apart from the best run (a violation caps a success)', () => {
    const clean = run('a', 60, 'partial');
    const dirty = run('a', 20, 'success', { violations: 1 });
    const { best, bestSuccess } = bestRuns([clean, dirty]);
    expect(best.get('a')!.id).toBe(clean.id);
    expect(bestSuccess.get('a')!.id).toBe(dirty.id);
  });
});
