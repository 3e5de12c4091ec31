// Watch mode through the app with a real file on disk: save an edit (the call stays at its node
// with its stats), save a broken version (its problems at file:line:col, keys still work), fix
// it and play on; a save that removes the node restarts the call. Saves in place and by rename
// (as vim and VS Code do). No timings: each step waits for the screen, generously.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import type { StartPoint } from '../../src/core/start-at';
import { width } from '../../src/ui/layout/text';
import { messagesFor } from '../../src/ui/i18n';
import { watchScenarioFile, type FileWatch } from '../../src/ui/watch-file';
import { problemLines } from '../../src/ui/watch-screen';
import { fixturePath } from '../support/scenarios';
import { has, KEYS, renderApp, type AppRun } from './render';

const ORIGINAL = readFileSync(fixturePath('debug-panel.yaml'), 'utf8');
const WAIT = 20_000;

let cleanup: (() => void)[] = [];
afterEach(() => { for (const f of cleanup.splice(0).reverse()) f(); });

function setup(text = ORIGINAL, size = { columns: 80, rows: 24 }, start?: StartPoint): { r: AppRun; file: string; save: (text: string) => void; saveByRename: (text: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'callcraft-watch-'));
  const file = join(dir, 'case.yaml');
  writeFileSync(file, text);
  const first = loadScenarioFile(file);
  const watcher: FileWatch = watchScenarioFile(file, { debounceMs: 50, pollMs: 200 });
  // The watcher's news reaches React inside act(), as keys do in these tests.
  const feed = { subscribe: (l: Parameters<FileWatch['subscribe']>[0]) => watcher.subscribe((e) => act(() => l(e))) };
  const r = renderApp({
    campaign: [], record: false, ...(start && { start }),
    watch: { first: first.ok ? first.loaded : null, problems: first.ok ? null : first.problems, feed },
  }, size);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => watcher.close(), () => r.unmount());
  let n = 0;
  return {
    r, file,
    save: (t) => writeFileSync(file, t),
    saveByRename: (t) => { const tmp = join(dir, `.case.yaml.${n++}.tmp`); writeFileSync(tmp, t); renameSync(tmp, file); },
  };
}

function expectFits(r: AppRun) {
  for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
}

describe('play --watch', () => {
  it('reloads on save keeping the node, shows errors until fixed, then plays on', async () => {
    const { r, file, save, saveByRename } = setup();
    await r.waitFor(has('start the call'), 'the briefing', WAIT);
    await r.press(KEYS.enter, '1');
    let s = await r.waitFor(has("Oh, it's you again. Go on."), 'the second turn', WAIT);
    expect(s).toContain('Turn 2');

    // An edit to the debtor's line: same node, same stats, same turn.
    save(ORIGINAL.replace("Oh, it's you again. Go on.", 'Back again? Go on, then.'));
    s = await r.waitFor(has('Back again? Go on, then.'), 'the edited line', WAIT);
    expect(s).toContain('↻ reloaded — kept node open');
    expect(s).toContain('Turn 2');
    expect(s).toMatch(/Rapport\s+60/);
    expectFits(r);

    // A broken version: its problem at file:line:col, until the file is fixed.
    const broken = ORIGINAL.replace('next: talk\n', 'next: tlak\n');
    const line = broken.split('\n').findIndex((l) => l.includes('next: tlak')) + 1;
    saveByRename(broken);
    s = await r.waitFor(has('problem stops the scenario from loading'), 'the problems', WAIT);
    expect(s).toMatch(new RegExp(`case\\.yaml:${line}:\\d+ error`));
    expect(s).toContain('tlak');
    expect(s).toContain('Fix the file and save it');
    expectFits(r);
    // Keys still work: a reply number does nothing here, the call waits underneath.
    await r.press('2', KEYS.down);
    expect(r.screen()).toContain('problem stops the scenario from loading');

    // Fixed (by an editor's rename): back at the same node, and the call plays on.
    saveByRename(ORIGINAL);
    s = await r.waitFor(has('kept node open'), 'the fixed version', WAIT);
    expect(s).toContain("Oh, it's you again. Go on.");
    expect(s).toContain('Turn 2');
    await r.press('2');
    s = await r.waitFor(has('Call ended'), 'the ending', WAIT);
    expect(s).toContain('Promised');
    expect(file).toContain('case.yaml');
  });

  it('restarts from the start when the node is gone, and says so', async () => {
    const { r, save } = setup();
    await r.waitFor(has('start the call'), 'the briefing', WAIT);
    // greet (rapport 60), then the insult (15: not low enough for the trigger) leads to talk.
    await r.press(KEYS.enter, '1', '3');
    await r.waitFor(has('Fine. What now?'), 'the talk node', WAIT);
    save(ORIGINAL.replace(/\btalk\b/g, 'chat'));
    const s = await r.waitFor(has('node talk is gone — restarted'), 'the restart', WAIT);
    expect(s).toContain('Who is this?');
    expect(s).toContain('Turn 1');
  });

  it('opens on a broken file, scrolls a long list of problems, and lets q quit', async () => {
    // Twelve replies to nodes that do not exist: more problems than one screen holds.
    const text = ORIGINAL.replace('  talk:\n', Array.from({ length: 12 }, (_, i) => `      - { id: lost-${i}, text: "Lost ${i}", next: nowhere-${i} }\n`).join('') + '  talk:\n');
    const { r } = setup(text);
    // 12 unresolved targets, and one reply list too long.
    let s = await r.waitFor(has('13 problems stop the scenario from loading'), 'the problems', WAIT);
    expect(s).toMatch(/case\.yaml:\d+:\d+ error unresolved-target/);
    expect(s).toContain('nowhere-0');
    expect(s).toContain('more (PgDn)');
    expect(s).toContain('q quit');
    expectFits(r);
    expect(r.lines().length).toBeLessThanOrEqual(24);
    s = await r.seek('nowhere-11', KEYS.pageDown, 10);
    await r.press('q');
    await r.waitFor(() => r.exits.length > 0, 'the exit', WAIT);
    expect(r.exits).toEqual([0]);
  });

  it('says which --from / --set names the first good version lacks, when the file was broken at start', async () => {
    const { r, save } = setup(ORIGINAL.replace('start: open', 'start: opening'), undefined, { node: 'tlak', stats: { rapprot: 10, willingness: 60 } });
    await r.waitFor(has('problem stops the scenario from loading'), 'the problems', WAIT);
    save(ORIGINAL);
    const s = await r.waitFor(has('start the call'), 'the briefing', WAIT);
    expect(s).toContain('⚠ --from tlak: no such node · --set rapprot: no such stat — ignored');
    expectFits(r);
    await r.press(KEYS.enter);
    // The names that exist still apply.
    expect(await r.waitFor(has('Conversation'), 'the call', WAIT)).toMatch(/Willingness\s+60/);
  });

  it('notes a --set value outside its range once a file broken at start loads', async () => {
    const { r, save } = setup(ORIGINAL.replace('start: open', 'start: opening'), undefined, { stats: { patience: 9 } });
    await r.waitFor(has('problem stops the scenario from loading'), 'the problems', WAIT);
    save(ORIGINAL);
    expect(await r.waitFor(has('start the call'), 'the briefing', WAIT)).toContain('⚠ --set patience=9 is outside 0–5: starting at 5');
  });

  it('opens the briefing once a broken file is fixed', async () => {
    const { r, save } = setup(ORIGINAL.replace('start: open', 'start: opening'));
    await r.waitFor(has('problem stops the scenario from loading'), 'the problems', WAIT);
    save(ORIGINAL);
    await r.waitFor(has('start the call'), 'the briefing', WAIT);
    expect(r.screen()).toContain('↻ reloaded');
  });
});

describe('the problem list', () => {
  it('labels a hint in the interface language, with its own punctuation', () => {
    const problems = [{ file: 'a.yaml', line: 3, col: 5, severity: 'error', code: 'unknown-key', message: 'nodes.a: unknown key "replys"', hint: 'did you mean "replies"?' }] as const;
    const text = (lang: 'en' | 'zh') => problemLines(problems, messagesFor(lang), 80).map((l) => l.map((s) => s.text).join('')).join('\n');
    expect(text('en')).toContain('   hint: did you mean "replies"?');
    expect(text('zh')).toContain('   提示：did you mean "replies"?');
  });
});
