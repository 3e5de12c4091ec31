import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupStamp, commitTemp, moveAside, removeStaleTemps, writeFileAtomic, writeTemp } from '../../src/store/atomic';
import { Store } from '../../src/store/index';
import { cleanup, draftOf, loadFixture, tempDir } from '../support/store';

let dir: string;
beforeEach(() => { dir = tempDir(); });
afterEach(() => cleanup(dir));

describe('writeFileAtomic', () => {
  it('replaces the file as a whole and leaves no temp file', () => {
    const f = join(dir, 'a.json');
    writeFileAtomic(f, 'one');
    writeFileAtomic(f, 'two');
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('never overwrites in exclusive mode', () => {
    const f = join(dir, 'a.json');
    writeFileAtomic(f, 'mine', { exclusive: true });
    expect(() => writeFileAtomic(f, 'theirs', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(f, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps the previous content when the process dies between the temp write and the rename', () => {
    const f = join(dir, 'a.json');
    writeFileAtomic(f, 'previous');
    // A crash right here: the new data is flushed to the temp file, never renamed.
    const tmp = writeTemp(f, 'new but never committed');
    expect(readFileSync(f, 'utf8')).toBe('previous');
    expect(dirname(tmp)).toBe(dir);
    // Had it lived, the commit would have swapped in the whole new content.
    commitTemp(tmp, f, false);
    expect(readFileSync(f, 'utf8')).toBe('new but never committed');
  });
});

describe('a crashed save', () => {
  it('leaves a temp file that readers ignore and a later save removes once stale', () => {
    const loaded = loadFixture('format-example.yaml');
    const store = Store.open({ home: dir });
    const saved = store.saveRun(draftOf(loaded, ['introduce', 'date']))!;
    const folder = dirname(saved.file);
    // What a save killed before its rename leaves behind: a half-written temp file.
    const tmp = writeTemp(join(folder, '0zzzzzzzz-zzzzzz.json'), readFileSync(saved.file, 'utf8').slice(0, 100));
    const again = Store.open({ home: dir });
    expect(again.runs().map((r) => r.id)).toEqual([saved.record.id]);
    expect(again.takeNotices()).toEqual([]);
    const hourAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(tmp, hourAgo, hourAgo);
    again.saveRun(draftOf(loaded, ['introduce', 'date']));
    expect(existsSync(tmp)).toBe(false);
  });

  it('only removes temp files old enough to belong to no live writer', () => {
    const fresh = writeTemp(join(dir, 'x.json'), 'busy');
    removeStaleTemps(dir);
    expect(existsSync(fresh)).toBe(true);
    removeStaleTemps(dir, 60_000, Date.now() + 120_000);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('moveAside', () => {
  it('renames to a timestamped backup beside the file, never over an earlier backup', () => {
    const f = join(dir, 'settings.json');
    const now = new Date('2025-06-11T14:30:05.123Z');
    writeFileSync(f, 'first');
    const one = moveAside(f, now)!;
    writeFileSync(f, 'second');
    const two = moveAside(f, now)!;
    expect(one).toBe(join(dir, 'settings.json.corrupt-20250611T143005Z'));
    expect(two).toBe(join(dir, 'settings.json.corrupt-20250611T143005Z-2'));
    expect(readFileSync(one, 'utf8')).toBe('first');
    expect(readFileSync(two, 'utf8')).toBe('second');
    expect(moveAside(f, now)).toBeNull();
    expect(backupStamp(now)).toBe('20250611T143005Z');
  });
});
