import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index';
import { storeProgressPort } from '../../src/store/progress-port';
import { cleanup, loadFixture, loadYaml, playSteps, tempDir } from '../support/store';
import { readFileSync } from 'node:fs';

const forgot = loadFixture('format-example.yaml');
// A second level: the same call at difficulty 2, twice (only the first of a level is open).
const text = readFileSync(forgot.file, 'utf8');
const harder = loadYaml(text.replace('id: forgot-the-date', 'id: harder-a').replace('difficulty: 1', 'difficulty: 2'), '/s/a.yaml');
const hardest = loadYaml(text.replace('id: forgot-the-date', 'id: harder-b').replace('difficulty: 1', 'difficulty: 2'), '/s/b.yaml');
const entries = [forgot, harder, hardest].map((l) => ({ id: l.scenario.id, difficulty: l.scenario.difficulty, file: l.file }));

let home: string;
beforeEach(() => { home = tempDir(); });
afterEach(() => cleanup(home));

const call = (steps: Parameters<typeof playSteps>[1], loaded = forgot) => {
  const run = playSteps(loaded, steps);
  return { loaded, run, abandoned: run.ending === null, startedAt: Date.parse('2025-05-01T10:00:00Z'), finishedAt: Date.parse('2025-05-01T10:04:00Z') };
};

describe('storeProgressPort', () => {
  it('gives the menu bests, attempts and locks, and opens the next level on a success', () => {
    const port = storeProgressPort(Store.open({ home }), entries, { player: 'Ann' });
    expect(port.snapshot()).toMatchObject({ scenarios: new Map(), locked: new Set(['harder-b']) });
    expect(port.snapshot().locks.get('harder-b')).toEqual({ open: false, needs: 1 });
    expect(port.record(call(['demand', 'shame']))).toMatchObject({ newBest: true, runId: expect.any(String) });
    expect(port.snapshot().locked).toEqual(new Set(['harder-b']));
    const better = port.record(call(['introduce', 'date']));
    expect(better).toMatchObject({ newBest: true, previous: { bestScore: 0, bestGrade: 'F', attempts: 1 } });
    const view = port.snapshot();
    expect(view.locked).toEqual(new Set());
    expect(view.scenarios.get('forgot-the-date')).toEqual({ bestScore: 87, bestGrade: 'A', attempts: 2 });
  });

  it('records an abandoned call (no new best) and skips one with no reply', () => {
    const port = storeProgressPort(Store.open({ home }), entries, { player: 'Ann' });
    expect(port.record(call(['introduce']))).toMatchObject({ newBest: false });
    expect(port.record(call([]))).toEqual({ newBest: false });
    expect(Store.open({ home }).runs().map((r) => r.abandoned)).toEqual([true]);
  });

  it('opens everything with unlockAll, and follows the current player without --player', () => {
    const store = Store.open({ home });
    store.selectPlayer('Bo');
    const port = storeProgressPort(store, entries, { unlockAll: true });
    expect(port.player).toBe('Bo');
    expect(port.snapshot().locked).toEqual(new Set());
    port.record(call(['introduce', 'date'], harder));
    expect(Store.open({ home }).runs({ player: 'Bo' })).toHaveLength(1);
  });

  it('makes --player the current player, and refuses an empty one', () => {
    const store = Store.open({ home });
    storeProgressPort(store, entries, { player: ' 李雷 ' });
    expect(Store.open({ home }).currentPlayer()).toBe('李雷');
    expect(() => storeProgressPort(store, entries, { player: ' ' })).toThrow(/empty/);
  });
});
