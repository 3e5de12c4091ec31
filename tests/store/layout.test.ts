// The store's layout is versioned: a later callcraft reads what an earlier one wrote.
// tests/fixtures/store-layout-1 is a store written by layout 1 and frozen: never regenerate it.
// Every later layout must keep this test passing (through its LAYOUT_STEPS upgrade).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayRun } from '../../src/core/replay';
import { Store } from '../../src/store/index';
import type { StoreNotice } from '../../src/store/notices';
import { Settings, type LayoutStep } from '../../src/store/settings';
import { fixturePath } from '../support/scenarios';
import { cleanup, loadFixture, tempDir } from '../support/store';

let home: string;
beforeEach(() => {
  home = tempDir();
  cpSync(fixturePath('store-layout-1'), home, { recursive: true });
});
afterEach(() => cleanup(home));

describe('a store written in layout 1', () => {
  it('is read in full by this version: players, settings, runs, trimmed counts, bests', () => {
    const store = Store.open({ home });
    expect(store.takeNotices()).toEqual([]);
    expect(store.currentPlayer()).toBe('Li Wei');
    expect(store.preferences()).toEqual({ lang: 'zh', mode: 'exam' });
    expect(store.players().map((p) => [p.name, p.runs])).toEqual([['__proto__', 1], ['Li Wei', 4], ['张三', 0]]);
    expect(store.runs({ player: 'Li Wei' }).map((r) => [r.id, r.outcome, r.score, r.abandoned])).toEqual([
      ['0mx4ctsp0-nmlvod', null, 15, true],
      ['0mx4ctsov-0wm4tb', null, 18, true],
      ['0mx4ctsoq-mhj2ox', null, 19, true],
      ['0mx4ctsoi-oyb778', 'success', 87, false],
    ]);
    expect(store.progress('Li Wei').get('forgot-the-date')).toMatchObject({
      attempts: 6, finished: 3, successes: 2, best: { id: '0mx4ctsoi-oyb778', score: 87, grade: 'A' },
    });
    expect(store.bests().map((b) => [b.player, b.best.id])).toEqual([['__proto__', '0mx4ctsp4-fgovuj'], ['Li Wei', '0mx4ctsoi-oyb778']]);
    // Written as record version 1: the score breakdown's one `cap` is read as the floor at 0
    // and the violation cap of version 2, adding up to the score as they must.
    for (const r of store.runs()) {
      expect(r.v).toBe(2);
      const b = r.breakdown;
      expect(b.sum).toBe(b.outcome + b.rapport + b.willingness + b.length + b.violations);
      expect(b.sum + b.floor + b.violationCap).toBe(r.score);
      expect(b.floor).toBeGreaterThanOrEqual(0);
      expect(b.violationCap).toBeLessThanOrEqual(0);
    }
    expect(store.findRun('0mx4ctsoi').record.breakdown).toEqual({ outcome: 50, rapport: 11, willingness: 16, length: 10, violations: 0, sum: 87, floor: 0, violationCap: 0 });
    const zh = store.findRun('0mx4ctsoi').record;
    expect(zh).toMatchObject({ lang: 'zh', title: '忘了还款日', endingTitle: '当天还款' });
    // Its scenario file is not where it was played from: the saved record is shown as it was.
    const replay = replayRun(zh, null);
    expect(replay).toMatchObject({ source: 'saved', reason: 'scenario-missing' });
    expect(replay.turns.map((t) => t.said)).toEqual(['喂，你好，哪位?', '账单?我好像忘了，最近太忙了。']);
    expect(replayRun(store.findRun('0mx4ctsov').record, loadFixture('format-example.yaml')).turns[0]!.answer)
      .toMatchObject({ kind: 'text', text: 'zzz qqq', understood: null });
  });

  it('takes new runs and settings alongside the old ones', () => {
    const store = Store.open({ home });
    store.setPreferences({ lang: 'en' });
    const again = Store.open({ home });
    expect(again.preferences()).toEqual({ lang: 'en', mode: 'exam' });
    expect(again.players()).toHaveLength(3);
  });
});

describe('upgrading the layout', () => {
  // A later layout, as a test stands it up: layout 2 renames the preference `mode` to `callMode`
  // and adds a marker file. The mechanism is the one a real LAYOUT_STEPS entry uses.
  const calls: string[] = [];
  const step: LayoutStep = ({ home: h, conf }) => {
    calls.push(h);
    const { mode, ...rest } = conf.get('preferences');
    conf.set('preferences', { ...rest, callMode: mode });
    writeFileSync(join(h, 'layout-2-marker'), 'x');
  };
  const steps = new Map([[2, step]]);
  beforeEach(() => { calls.length = 0; });

  it('runs each step once, in order, keeping the data, and records the new layout', () => {
    const notices: StoreNotice[] = [];
    const settings = Settings.open(home, (n) => notices.push(n), { layout: 2, steps });
    expect(notices).toEqual([]);
    expect(calls).toEqual([home]);
    expect(settings.read()).toMatchObject({ layout: 2, players: ['张三', 'Li Wei', '__proto__'], lastPlayer: 'Li Wei', preferences: { lang: 'zh', callMode: 'exam' } });
    expect(existsSync(join(home, 'layout-2-marker'))).toBe(true);
    const file = JSON.parse(readFileSync(settings.file, 'utf8'));
    expect(file.__internal__.migrations.version).toBe('2.0.0');
    Settings.open(home, (n) => notices.push(n), { layout: 2, steps });
    expect(calls).toHaveLength(1);
    // And this version, layout 1, now meets a newer store: it reads it and leaves it alone.
    const text = readFileSync(settings.file, 'utf8');
    const old = Store.open({ home });
    expect(old.takeNotices()).toMatchObject([{ code: 'newer-layout' }]);
    expect(old.currentPlayer()).toBe('Li Wei');
    old.setPreferences({ lang: 'en' });
    expect(readFileSync(settings.file, 'utf8')).toBe(text);
    expect(old.runs()).toHaveLength(5);
  });

  it('leaves the file as it was when a step fails, and says so', () => {
    const before = readFileSync(join(home, 'settings.json'), 'utf8');
    const notices: StoreNotice[] = [];
    const failing = new Map([[2, (() => { throw new Error('disk says no'); }) as LayoutStep]]);
    const settings = Settings.open(home, (n) => notices.push(n), { layout: 2, steps: failing });
    expect(notices).toMatchObject([{ code: 'settings-unsaved', message: expect.stringContaining('disk says no') }]);
    expect(settings.read()).toMatchObject({ lastPlayer: 'Li Wei', preferences: { mode: 'exam' } });
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toEqual(JSON.parse(before));
    expect(existsSync(join(home, 'settings.json.corrupt'))).toBe(false);
  });

  it('rebuilds the player list from the run folders when the settings are gone', () => {
    renameSync(join(home, 'settings.json'), join(home, 'elsewhere.json'));
    const store = Store.open({ home });
    expect(store.players().map((p) => p.name)).toEqual(['__proto__', 'Li Wei']);
    expect(store.runs()).toHaveLength(5);
  });
});
