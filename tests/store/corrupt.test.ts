// A damaged or unreadable store file is moved aside to a timestamped backup next to it, the
// player is told where it went, and the game goes on: never a silent wipe.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RECORD_VERSION } from '../../src/core/record-schema';
import { Store } from '../../src/store/index';
import { cleanup, draftOf, loadFixture, tempDir } from '../support/store';

const loaded = loadFixture('format-example.yaml');
let home: string;
beforeEach(() => { home = tempDir(); });
afterEach(() => cleanup(home));

const BACKUP = /\.corrupt-\d{8}T\d{6}Z(-\d+)?$/;

describe('a damaged settings file', () => {
  for (const [what, write] of [
    ['not JSON', (f: string) => writeFileSync(f, '{"players": ["ann", ')],
    ['not an object', (f: string) => writeFileSync(f, '[1, 2]')],
    ['the wrong shape', (f: string) => writeFileSync(f, JSON.stringify({ layout: 1, players: 'ann', lastPlayer: 3, preferences: {} }))],
    ['unreadable (a folder in its place)', (f: string) => mkdirSync(f)],
  ] as const) {
    it(`is moved aside when it is ${what}, and the game starts with fresh settings`, () => {
      const first = Store.open({ home });
      const run = first.saveRun(draftOf(loaded, ['introduce', 'date']))!;
      const file = first.settingsFile;
      cleanup(file);
      write(file);
      const original = existsSync(file) && !readdirSafe(file) ? readFileSync(file, 'utf8') : null;

      const store = Store.open({ home });
      const notices = store.takeNotices();
      expect(notices).toHaveLength(1);
      const [n] = notices;
      expect(n).toMatchObject({ code: 'moved-aside', file });
      expect(n!.backup).toMatch(BACKUP);
      expect(dirname(n!.backup!)).toBe(dirname(file));
      expect(n!.message).toContain(n!.backup!);
      if (original !== null) expect(readFileSync(n!.backup!, 'utf8')).toBe(original);
      expect(store.preferences()).toEqual({});
      store.setPreferences({ lang: 'zh' });
      expect(Store.open({ home }).preferences()).toEqual({ lang: 'zh' });
      // Runs live in their own files: nothing earned is lost.
      expect(store.runs().map((r) => r.id)).toEqual([run.record.id]);
      expect(store.takeNotices()).toEqual([]);
    });
  }

  it('written by a newer callcraft is used but never overwritten', () => {
    const file = join(home, 'settings.json');
    const text = JSON.stringify({ layout: 7, players: ['ann'], lastPlayer: 'ann', preferences: { lang: 'zh', theme: 'x' }, future: true });
    writeFileSync(file, text);
    const store = Store.open({ home });
    expect(store.takeNotices()).toMatchObject([{ code: 'newer-layout', file }]);
    expect(store.currentPlayer()).toBe('ann');
    store.setPreferences({ lang: 'en' });
    store.saveRun(draftOf(loaded, ['introduce', 'date'], 'bob'));
    expect(store.preferences()).toMatchObject({ lang: 'en' });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(store.runs()).toHaveLength(1);
  });
});

function readdirSafe(path: string): boolean {
  try { readdirSync(path); return true; } catch { return false; }
}

describe('a damaged run file', () => {
  function setup() {
    const store = Store.open({ home });
    const keep = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    const bad = store.saveRun(draftOf(loaded, ['demand', 'date']))!;
    return { store, keep, bad };
  }

  for (const [what, damage] of [
    ['cut short', (f: string) => writeFileSync(f, readFileSync(f, 'utf8').slice(0, 200))],
    ['of the wrong shape', (f: string) => writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, 'utf8')), score: 'high' }))],
    ['not matching its file name', (f: string) => writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, 'utf8')), id: '000000000-aaaaaa' }))],
    ['unreadable (a folder in its place)', (f: string) => { cleanup(f); mkdirSync(f); }],
  ] as const) {
    it(`is moved aside when ${what}; the other runs stay`, () => {
      const { keep, bad } = setup();
      damage(bad.file);
      const store = Store.open({ home });
      expect(store.runs().map((r) => r.id)).toEqual([keep.record.id]);
      const notices = store.takeNotices();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ code: 'moved-aside', file: bad.file });
      expect(basename(notices[0]!.backup!)).toMatch(new RegExp(`^${bad.record.id}\\.json\\.corrupt-`));
      expect(existsSync(notices[0]!.backup!)).toBe(true);
      expect(existsSync(bad.file)).toBe(false);
      // Told once: the next look finds nothing new to report.
      expect(store.runs()).toHaveLength(1);
      expect(store.takeNotices()).toEqual([]);
      // And saving goes on.
      expect(store.saveRun(draftOf(loaded, ['introduce', 'date']))).not.toBeNull();
    });
  }

  it('from a newer callcraft is left untouched and not shown', () => {
    const { keep, bad } = setup();
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(bad.file, 'utf8')), v: RECORD_VERSION + 1, extra: [1] });
    writeFileSync(bad.file, newer);
    const store = Store.open({ home });
    expect(store.runs().map((r) => r.id)).toEqual([keep.record.id]);
    expect(store.takeNotices()).toMatchObject([{ code: 'newer-record', message: expect.stringContaining('newer callcraft') }]);
    expect(readFileSync(bad.file, 'utf8')).toBe(newer);
    expect(() => store.findRun(bad.record.id)).toThrow(/could not be read/);
  });

  it('never lets a tampered record pollute objects through its keys', () => {
    const { bad } = setup();
    const text = readFileSync(bad.file, 'utf8').replaceAll('"stats":{', '"stats":{"__proto__":{"polluted":1},');
    writeFileSync(bad.file, text);
    const store = Store.open({ home });
    const record = store.findRun(bad.record.id).record;
    expect(Object.keys(record.stats)).toEqual(Object.keys(bad.record.stats));
    expect(Object.getPrototypeOf(record.stats)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(store.runs()).toHaveLength(2);
  });

  it('a damaged trimmed-runs file is moved aside too', () => {
    setup();
    const playerFolder = join(home, 'runs', readdirSync(join(home, 'runs'))[0]!);
    writeFileSync(join(playerFolder, 'trimmed-000000001-aaaaaa.json'), '{"v":1,"runs":[{"id":');
    const again = Store.open({ home });
    expect(again.runs()).toHaveLength(2);
    expect(again.takeNotices()).toMatchObject([{ code: 'moved-aside', file: join(playerFolder, 'trimmed-000000001-aaaaaa.json') }]);
  });

  it('a damaged summary cache is simply rebuilt from the run files (it holds nothing else)', () => {
    const { store, keep, bad } = setup();
    expect(store.summaries()).toHaveLength(2);
    const cache = join(dirname(keep.file), 'summaries.json');
    writeFileSync(cache, '{"v":1,"runs":[{"file":');
    const again = Store.open({ home });
    expect(again.summaries().map((r) => r.id)).toEqual([bad.record.id, keep.record.id]);
    expect(again.takeNotices()).toEqual([]);
    expect(JSON.parse(readFileSync(cache, 'utf8')).runs).toHaveLength(2);
  });

  it('a run file damaged after it was cached is still caught', () => {
    const { store, keep, bad } = setup();
    expect(store.summaries()).toHaveLength(2);
    writeFileSync(bad.file, '{"v":1,"id":');
    const again = Store.open({ home });
    expect(again.summaries().map((r) => r.id)).toEqual([keep.record.id]);
    expect(again.takeNotices()).toMatchObject([{ code: 'moved-aside', file: bad.file }]);
  });
});
