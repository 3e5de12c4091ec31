// Reliability across processes: crashes mid-write and two terminals saving at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/index';
import { cleanup, tempDir } from '../support/store';

const ROOT = new URL('../..', import.meta.url).pathname;
const CHILD = join(ROOT, 'tests/store/child.ts');

let home: string;
beforeEach(() => { home = tempDir(); });
afterEach(() => cleanup(home));

function child(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(p: ReturnType<typeof child>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  p.stderr!.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => p.on('close', (code) => resolve({ code, stderr })));
}

/** Starts a looping child, waits for `lines` lines of output, kills it with SIGKILL. */
async function killAfter(args: string[], lines: number, extraMs: number): Promise<string[]> {
  const p = child(args);
  const done = finished(p);
  const out: string[] = [];
  let buffer = '';
  await new Promise<void>((resolve) => {
    p.stdout!.on('data', (d) => {
      buffer += d;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      out.push(...parts);
      if (out.length >= lines) resolve();
    });
    p.on('close', () => resolve());
  });
  await new Promise((r) => setTimeout(r, extraMs));
  p.kill('SIGKILL');
  await done;
  return out;
}

function runFiles(): string[] {
  const root = join(home, 'runs');
  return readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((n) => join(root, d, n)));
}

describe('two processes saving at once', () => {
  it('lose nothing: 2 × 50 runs are all found', async () => {
    const a = finished(child(['save', home, 'shared', '50']));
    const b = finished(child(['save', home, 'shared', '50']));
    const results = await Promise.all([a, b]);
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    const store = Store.open({ home });
    const runs = store.runs({ player: 'shared' });
    expect(runs).toHaveLength(100);
    expect(new Set(runs.map((r) => r.id)).size).toBe(100);
    expect(store.progress('shared').get('forgot-the-date')).toMatchObject({ attempts: 100, finished: 100 });
    expect(store.takeNotices()).toEqual([]);
    expect(store.players().map((p) => p.name)).toEqual(['shared']);
  });
});

describe('a process killed mid-write', () => {
  it('leaves every saved run whole, and the next process carries on', async () => {
    let saved: string[] = [];
    for (const [lines, extra] of [[3, 0], [5, 7], [8, 13], [2, 21]] as const) {
      saved = saved.concat(await killAfter(['loop-save', home, 'crash'], lines, extra));
      const store = Store.open({ home });
      const ids = new Set(store.runs({ player: 'crash' }).map((r) => r.id));
      // Every id a child reported as saved is there, whole; nothing damaged was found.
      for (const id of saved) expect(ids.has(id)).toBe(true);
      expect(store.takeNotices()).toEqual([]);
      for (const f of runFiles()) {
        if (f.endsWith('.tmp')) continue;
        expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();
      }
    }
    expect(saved.length).toBeGreaterThanOrEqual(18);
  });

  it('leaves the settings file readable', async () => {
    for (const [lines, extra] of [[20, 0], [50, 3], [10, 9]] as const) {
      await killAfter(['loop-settings', home], lines, extra);
      const store = Store.open({ home });
      expect(store.takeNotices()).toEqual([]);
      expect(['zh', 'en']).toContain(store.preferences().lang);
      expect(store.currentPlayer()).toMatch(/^player \d$/);
      expect(statSync(store.settingsFile).size).toBeGreaterThan(0);
    }
  });
});
