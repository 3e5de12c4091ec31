import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { osUserName, Store, StoreError } from '../../src/store/index';
import { playerKey } from '../../src/store/paths';
import { cleanup, draftOf, loadFixture, tempDir } from '../support/store';

const loaded = loadFixture('format-example.yaml');
let home: string;
beforeEach(() => { home = tempDir(); });
afterEach(() => cleanup(home));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

describe('Store', () => {
  it('lives in CALLCRAFT_HOME when it is set', () => {
    expect(Store.open({ env: { CALLCRAFT_HOME: home } }).home).toBe(home);
  });

  it('saves runs and lists them newest first, after a restart too', () => {
    const store = Store.open({ home });
    const a = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    const b = store.saveRun(draftOf(loaded, ['demand', 'shame']))!;
    const c = store.saveRun(draftOf(loaded, ['introduce'], 'bob'))!;
    expect(a.file.startsWith(join(home, 'runs'))).toBe(true);
    const again = Store.open({ home });
    expect(again.runs().map((r) => r.id)).toEqual([c.record.id, b.record.id, a.record.id]);
    expect(again.runs({ player: 'alice' }).map((r) => r.id)).toEqual([b.record.id, a.record.id]);
    expect(again.runs({ scenario: 'nope' })).toEqual([]);
    expect(again.runs()[2]).toEqual(a.record);
    expect(again.takeNotices()).toEqual([]);
  });

  it('gives run ids that sort by save time and never repeat', () => {
    const store = Store.open({ home });
    const ids = Array.from({ length: 30 }, () => store.saveRun(draftOf(loaded, ['introduce', 'date']))!.record.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(30);
  });

  it('says when a run is a new best, and what the previous best was', () => {
    const store = Store.open({ home });
    const first = store.saveRun(draftOf(loaded, ['demand', 'date']))!;
    expect(first).toMatchObject({ previousBest: null, newBest: true });
    const worse = store.saveRun(draftOf(loaded, ['introduce', 'shame']))!;
    expect(worse).toMatchObject({ newBest: false, previousBest: { id: first.record.id, score: first.record.score } });
    const better = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    expect(better.record.score).toBeGreaterThan(first.record.score);
    expect(better).toMatchObject({ newBest: true, previousBest: { id: first.record.id } });
    expect(better.progress).toMatchObject({ attempts: 3, finished: 3, successes: 2, best: { id: better.record.id } });
    const abandoned = store.saveRun(draftOf(loaded, ['introduce']))!;
    expect(abandoned.newBest).toBe(false);
    expect(store.progress('alice').get('forgot-the-date')).toMatchObject({ attempts: 4, finished: 3 });
  });

  it('does not save a call abandoned before the first reply', () => {
    const store = Store.open({ home });
    expect(store.saveRun(draftOf(loaded, []))).toBeNull();
    expect(store.runs()).toEqual([]);
  });

  it('lists the best run per player and scenario', () => {
    const store = Store.open({ home });
    store.saveRun(draftOf(loaded, ['demand', 'date']));
    const top = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    store.saveRun(draftOf(loaded, ['introduce'], 'bob'));
    const bob = store.saveRun(draftOf(loaded, ['demand', 'shame'], 'bob'))!;
    expect(store.bests().map((b) => [b.player, b.scenario, b.attempts, b.best.id])).toEqual([
      ['alice', 'forgot-the-date', 2, top.record.id],
      ['bob', 'forgot-the-date', 2, bob.record.id],
    ]);
    expect(store.bests({ player: 'bob' })).toHaveLength(1);
  });

  it('finds a run by its id or a unique prefix, and explains when it cannot', () => {
    const store = Store.open({ home });
    const a = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    const b = store.saveRun(draftOf(loaded, ['introduce', 'date'], 'bob'))!;
    expect(store.findRun(a.record.id).record).toEqual(a.record);
    expect(store.findRun(b.record.id.toUpperCase()).record.id).toBe(b.record.id);
    const common = [...a.record.id].findIndex((ch, i) => ch !== b.record.id[i]);
    expect(store.findRun(b.record.id.slice(0, common + 1)).record.id).toBe(b.record.id);
    expect(() => store.findRun(a.record.id.slice(0, common))).toThrow(/matches 2 runs/);
    expect(() => store.findRun('zzzzzzzzz-zzzzzz')).toThrow(StoreError);
    for (const bad of ['../../etc/passwd', '', 'a/b', 'x'.repeat(40)]) {
      expect(() => store.findRun(bad)).toThrow(/not a run id/);
    }
  });

  it('remembers players, the current player and preferences across restarts', () => {
    const store = Store.open({ home });
    expect(store.currentPlayer()).toBe(osUserName());
    expect(store.selectPlayer('  Li   Wei ')).toBe('Li Wei');
    store.addPlayer('张三');
    store.setPreferences({ lang: 'zh' });
    store.setPreferences({ mode: 'exam' });
    store.saveRun(draftOf(loaded, ['introduce', 'date'], 'bob'));
    const again = Store.open({ home });
    expect(again.currentPlayer()).toBe('bob');
    expect(again.preferences()).toEqual({ lang: 'zh', mode: 'exam' });
    expect(again.players().map((p) => [p.name, p.runs])).toEqual([['bob', 1], ['Li Wei', 0], ['张三', 0]]);
    expect(() => again.selectPlayer('   ')).toThrow(/empty/);
  });

  it('keeps player names that look like keys or paths harmless', () => {
    const store = Store.open({ home });
    const names = ['__proto__', 'constructor', 'prototype', 'a.b', '..', '../escape', '/etc', 'C:\\x', 'CON', 'Alice', 'alice', 'toString'];
    for (const n of names) store.saveRun(draftOf(loaded, ['introduce', 'date'], n));
    const again = Store.open({ home });
    for (const n of names) expect(again.runs({ player: n }).map((r) => r.player)).toEqual([n]);
    expect(new Set(names.map(playerKey)).size).toBe(names.length);
    for (const f of allFiles(home)) expect(relative(home, f).startsWith('..')).toBe(false);
    expect(readdirSync(join(home, 'runs'))).toHaveLength(names.length);
    expect(again.players().map((p) => p.name).sort()).toEqual([...names].sort());
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    const settings = JSON.parse(readFileSync(again.settingsFile, 'utf8'));
    expect(settings.players.sort()).toEqual([...names].sort());
  });

  it('keeps any printable player name apart from every other', () => {
    const store = Store.open({ home });
    const owner = new Map<string, string>();
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }), (raw) => {
      let name: string;
      try { name = store.addPlayer(raw); } catch (e) { expect(e).toBeInstanceOf(StoreError); return; }
      const key = playerKey(name);
      expect(key).toMatch(/^[a-z0-9-]+$/);
      expect(key.length).toBeLessThanOrEqual(30);
      expect(owner.get(key) ?? name).toBe(name);
      owner.set(key, name);
    }), { numRuns: 300 });
    expect(store.players().length).toBe(owner.size);
  });

  it('keeps scenario ids from run files harmless, even ones no scenario may have', () => {
    const store = Store.open({ home });
    for (const id of ['__proto__', 'constructor', 'a.b', '../x']) {
      const draft = draftOf(loaded, ['introduce', 'date']);
      store.saveRun({ ...draft, scenario: id });
    }
    const again = Store.open({ home });
    const progress = again.progress('alice');
    expect([...progress.keys()].sort()).toEqual(['../x', '__proto__', 'a.b', 'constructor']);
    expect(progress.get('__proto__')).toMatchObject({ attempts: 1, best: { score: 87 } });
    expect(again.bests().map((b) => b.scenario).sort()).toEqual(['../x', '__proto__', 'a.b', 'constructor']);
    expect(again.runs({ scenario: 'constructor' })).toHaveLength(1);
    expect(again.takeNotices()).toEqual([]);
    expect(({} as Record<string, unknown>).attempts).toBeUndefined();
  });
});
