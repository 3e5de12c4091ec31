import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignLocks, menuOrder, menuRows, type CampaignEntry } from '../../src/core/campaign';
import { progressOf, type RunSummary } from '../../src/core/progress';

const entry = (id: string, difficulty: number, file = `${id}.yaml`): CampaignEntry => ({ id, difficulty, file: `/s/${file}` });

let seq = 0;
function run(scenario: string, difficulty: number, outcome: RunSummary['outcome'], score = 60): RunSummary {
  const id = `${(seq++).toString(36).padStart(9, '0')}-aaaaaa`;
  return {
    id, player: 'p', scenario, hash: 'h', title: scenario, difficulty, mode: 'practice', lang: 'en',
    startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:01:00Z', ending: outcome ?? null,
    outcome, score, grade: 'C', replies: 3, violations: 0, abandoned: outcome === null,
  };
}

// Levels 1, 2 and 4 (a gap at 3), two or three scenarios each.
const entries = [
  entry('d4-b', 4, 'b.yaml'), entry('d1-a', 1, 'a.yaml'), entry('d2-b', 2, 'b.yaml'),
  entry('d1-b', 1, 'b.yaml'), entry('d2-a', 2, 'a.yaml'), entry('d4-a', 4, 'a.yaml'), entry('d2-c', 2, 'c.yaml'),
];
const openIds = (progress: ReturnType<typeof progressOf>, unlockAll = false) =>
  [...campaignLocks(entries, progress, { unlockAll })].filter(([, l]) => l.open).map(([id]) => id).sort();

describe('menuOrder', () => {
  it('orders by difficulty, then file name (not folder), then id', () => {
    const mixed = [entry('z', 2, 'a.yaml'), { id: 'y', difficulty: 1, file: 'zzz/b.yaml' }, { id: 'x', difficulty: 1, file: 'aaa/c.yaml' }, entry('w', 2, 'a.yaml')];
    expect(menuOrder(mixed).map((e) => e.id)).toEqual(['y', 'x', 'w', 'z']);
  });
});

describe('campaignLocks', () => {
  it('opens the first scenario of every level and the whole lowest level at the start', () => {
    expect(openIds(progressOf([]))).toEqual(['d1-a', 'd1-b', 'd2-a', 'd4-a']);
    expect(campaignLocks(entries, progressOf([])).get('d2-b')).toEqual({ open: false, needs: 1 });
    expect(campaignLocks(entries, progressOf([])).get('d4-b')).toEqual({ open: false, needs: 2 });
  });

  it('opens the rest of a level after a success in the level before (levels may skip numbers)', () => {
    expect(openIds(progressOf([run('d1-b', 1, 'success')]))).toEqual(['d1-a', 'd1-b', 'd2-a', 'd2-b', 'd2-c', 'd4-a']);
    expect(openIds(progressOf([run('d1-b', 1, 'success'), run('d2-c', 2, 'success')]))).toEqual(entries.map((e) => e.id).sort());
  });

  it('does not open anything for a partial or a failure', () => {
    expect(openIds(progressOf([run('d1-a', 1, 'partial', 80), run('d1-b', 1, 'failure'), run('d1-a', 1, null)]))).toEqual(['d1-a', 'd1-b', 'd2-a', 'd4-a']);
  });

  it('counts a success at a harder level for every level below it', () => {
    // The first level-4 scenario is always open; beating it shows the easier ones are in reach.
    expect(openIds(progressOf([run('d4-a', 4, 'success')]))).toEqual(entries.map((e) => e.id).sort());
  });

  it('counts a success on a scenario no longer loaded, at its recorded difficulty', () => {
    expect(openIds(progressOf([run('retired', 1, 'success')]))).toContain('d2-b');
  });

  it('keeps a scenario open that the player has finished before, even if the menu changed', () => {
    const locks = campaignLocks(entries, progressOf([run('d2-c', 2, 'failure')]));
    expect(locks.get('d2-c')).toEqual({ open: true, why: 'played' });
    expect(locks.get('d2-b')).toEqual({ open: false, needs: 1 });
  });

  it('opens everything with unlockAll', () => {
    expect(openIds(progressOf([]), true)).toEqual(entries.map((e) => e.id).sort());
  });

  it('holds for any set of levels: a first-of-level is always open, and a success never closes anything', () => {
    const arb = fc.record({
      levels: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 12 }),
      wins: fc.array(fc.nat(11), { maxLength: 4 }),
    });
    fc.assert(fc.property(arb, ({ levels, wins }) => {
      const es = levels.map((d, i) => entry(`s${i}`, d, `${String(i).padStart(2, '0')}.yaml`));
      const before = campaignLocks(es, progressOf([]));
      const succeeded = wins.filter((w) => w < es.length).map((w) => run(es[w]!.id, es[w]!.difficulty, 'success'));
      const after = campaignLocks(es, progressOf(succeeded));
      const firsts = new Set(levels.map((d) => menuOrder(es).find((e) => e.difficulty === d)!.id));
      for (const e of es) {
        if (firsts.has(e.id)) expect(before.get(e.id)!.open).toBe(true);
        if (before.get(e.id)!.open) expect(after.get(e.id)!.open).toBe(true);
        if (e.difficulty === Math.min(...levels)) expect(before.get(e.id)!.open).toBe(true);
      }
    }));
  });
});

describe('menuRows', () => {
  it('gives each scenario in menu order with its lock and progress', () => {
    const rows = menuRows(entries, progressOf([run('d1-a', 1, 'success', 90), run('d1-a', 1, 'failure', 10)]));
    expect(rows.map((r) => r.entry.id)).toEqual(['d1-a', 'd1-b', 'd2-a', 'd2-b', 'd2-c', 'd4-a', 'd4-b']);
    expect(rows[0]!.progress).toMatchObject({ attempts: 2, finished: 2, successes: 1, best: { score: 90 } });
    expect(rows[1]!.progress).toBeNull();
    expect(rows[6]!.lock).toEqual({ open: false, needs: 2 });
  });
});
