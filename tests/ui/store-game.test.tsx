// The game over a real store in a temp folder (CALLCRAFT_HOME): the adapter's snapshot (bests,
// attempts, locks, players, history), switching players, opening replays; then the screens
// that show them, played by keys.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../../src/content/load';
import { Store } from '../../src/store/index';
import { width } from '../../src/ui/layout/text';
import { gameProgress } from '../../src/ui/store-progress';
import type { ProgressPort } from '../../src/ui/progress';
import { cleanup, loadYaml, playSteps, tempDir } from '../support/store';
import { CAMPAIGN, has, KEYS, renderApp, type AppRun } from './render';

const base = CAMPAIGN();
const forgot = base[0]!;
const text = readFileSync(forgot.file, 'utf8');
/** A second scenario at level 2: locked until a level-1 success. */
const second = loadYaml(text.replace('id: forgot-the-date', 'id: second-call').replace('difficulty: 1', 'difficulty: 2')
  .replace('Forgot the due date', 'The second call'), `${forgot.file.replace(/[^/]+$/, '')}zz-second.yaml`);
const campaign: LoadedScenario[] = [forgot, base[1]!, second, base[2]!];

let home: string;
let library: string;
const saved = { home: process.env.CALLCRAFT_HOME, lib: process.env.CALLCRAFT_SCENARIOS };
beforeEach(() => {
  home = tempDir();
  library = tempDir('callcraft-lib-');
  process.env.CALLCRAFT_HOME = home;
  process.env.CALLCRAFT_SCENARIOS = library; // an empty library: nothing outside the campaign
});
afterEach(() => {
  current?.unmount(); current = null;
  cleanup(home); cleanup(library);
  for (const [k, v] of [['CALLCRAFT_HOME', saved.home], ['CALLCRAFT_SCENARIOS', saved.lib]] as const) {
    if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
});

const at = Date.parse('2025-05-01T10:00:00Z');
function record(port: ProgressPort, loaded: LoadedScenario, steps: string[]) {
  const run = playSteps(loaded, steps);
  return port.record({ loaded, run, abandoned: run.ending === null, score: { total: 0, grade: 'F', breakdown: {} } as never, startedAt: at, finishedAt: at + 60_000 });
}

/** A run of forgot-the-date played from its own temp file (which a test may then edit). */
function playedFromTempFile(port: ProgressPort): { file: string; run: string } {
  const file = join(library, '..', `${library.split('/').pop()}-played.yaml`);
  writeFileSync(file, text);
  extra.push(file);
  const result = record(port, loadYaml(text, file), ['introduce', 'date']) as { runId: string };
  return { file, run: result.runId };
}
const extra: string[] = [];
afterEach(() => { for (const f of extra.splice(0)) rmSync(f, { force: true }); });

describe('the store behind the game', () => {
  it('gives bests, attempts (abandoned runs too), locks, players and the history', () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    let snap = port.snapshot();
    expect(snap.player).toBe('Ann');
    expect(snap.players).toEqual(['Ann']);
    expect(snap.locks.get('second-call')).toEqual({ open: false, needs: 1 });
    record(port, forgot, ['introduce']);
    snap = port.snapshot();
    expect(snap.scenarios.get('forgot-the-date')).toEqual({ best: null, attempts: 1 });
    expect(record(port, forgot, ['introduce', 'date'])).toMatchObject({ newBest: true, runId: expect.any(String) });
    snap = port.snapshot();
    expect(snap.scenarios.get('forgot-the-date')).toEqual({ best: { score: 87, grade: 'A' }, attempts: 2 });
    expect(snap.locks.get('second-call')).toMatchObject({ open: true });
    expect(snap.history.map((h) => [h.scenario, h.abandoned, h.grade])).toEqual([['forgot-the-date', false, 'A'], ['forgot-the-date', true, 'F']]);
  });

  it('switches players: bests and locks follow, and the new one becomes the current player', () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce', 'date']);
    port.selectPlayer!('李雷');
    const snap = port.snapshot();
    expect(snap.player).toBe('李雷');
    expect(snap.scenarios.size).toBe(0);
    expect(snap.locks.get('second-call')).toMatchObject({ open: false });
    expect(snap.players).toEqual(expect.arrayContaining(['Ann', '李雷']));
    expect(Store.open().currentPlayer()).toBe('李雷');
  });

  it('opens a replay recomputed by the engine, or the saved record when the scenario changed or is gone', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    const id = record(port, forgot, ['introduce', 'date']) as { runId: string };
    const fresh = await port.openReplay!(id.runId, 'zh');
    expect(fresh).toMatchObject({ scenario: 'forgot-the-date', replay: { source: 'engine', reason: null, lang: 'zh', title: '忘了还款日' } });
    const edited = loadYaml(text.replace('Always paid on time', 'Always paid early'), '/nowhere/edited.yaml');
    // The file it was played from is unchanged: the replay is recomputed from it.
    expect(await gameProgress(Store.open(), [edited], { player: "Ann" }).openReplay!(id.runId, 'en')).toMatchObject({ replay: { source: 'engine' } });
    const { file, run } = playedFromTempFile(port);
    writeFileSync(file, text.replace('Always paid on time', 'Always paid early'));
    const changed = await gameProgress(Store.open(), [edited], { player: "Ann" }).openReplay!(run, 'en');
    expect(changed).toMatchObject({ scenario: 'forgot-the-date', replay: { source: 'saved', reason: 'scenario-changed' } });
    const other = loadYaml(text.replace('id: forgot-the-date', 'id: other'), '/nowhere/other.yaml');
    const gone = gameProgress(Store.open(), [other], { player: 'Ann' });
    const ghost = record(gone, loadYaml(text.replace('id: forgot-the-date', 'id: ghost'), '/nowhere/ghost.yaml'), ['introduce', 'date']) as { runId: string };
    expect(await gone.openReplay!(ghost.runId, 'en')).toMatchObject({ scenario: null, replay: { source: 'saved', reason: 'scenario-missing' } });
  });
});

let current: AppRun | null = null;
function open(port: ProgressPort, props: Parameters<typeof renderApp>[0] = {}, size?: { columns: number; rows: number }) {
  current = renderApp({ campaign, progress: port, ...props }, size);
  return current;
}
function expectFits(r: AppRun) {
  for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
}
/** From the menu's first row: play forgot-the-date with two number keys, to the debrief. */
async function playForgot(r: AppRun, keys: [string, string]) {
  await r.press('1', KEYS.enter);
  await r.waitFor(has('start the call'));
  await r.press(KEYS.enter, keys[0]);
  await r.waitFor(has('Turn 2'));
  await r.press(keys[1]);
  await r.waitFor(has('Call ended'));
  await r.press(KEYS.enter);
  return r.waitFor(has('Debrief ·'));
}

describe('the game with saved progress', () => {
  it('shows the player, bests, attempts and locks; a locked row says what opens it', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce']);
    const r = open(port);
    let s = await r.waitFor(has('Player: Ann'));
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+—\s+1/);
    expect(s).toMatch(/The second call\s+★★☆☆☆\s+locked\s+0/);
    expect(s).toContain('p player');
    expect(s).toContain('h history');
    expectFits(r);
    await r.press('3');
    s = await r.waitFor(has('Opens when you succeed at a level-1 call.'));
    await r.press(KEYS.enter);
    await r.waitFor(has('Locked: to open it, succeed at number 1 (level 1), or at any harder call.'));
    expect(r.screen()).toContain('Campaign');
    await r.press('l', '3', KEYS.enter);
    await r.waitFor(has('尚未解锁：在第 1 关（第 1 级）或任何更难的通话中成功一次即可打开。'));
  });

  it('keeps a long player name in view on a small terminal, in Chinese too', async () => {
    const port = gameProgress(Store.open(), campaign, { player: '非常非常长的玩家名字用来测试菜单顶部的显示宽度' });
    const r = open(port, {}, { columns: 60, rows: 18 });
    let s = await r.waitFor(has('Player: 非常'));
    for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(60);
    await r.press('l');
    s = await r.waitFor(has('玩家：非常'));
    expect(s).toContain('中文 · 练习');
    for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(60);
  });

  it('says "first score", then "new best" beside the previous, then keeps the best after a worse run', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    const r = open(port);
    await r.waitFor(has('Player: Ann'));
    let s = await playForgot(r, ['2', '2']);
    expect(s).toContain('Your first score on this call.');
    expect(s).not.toContain('New best');
    await r.press('m');
    s = await r.waitFor(has('Campaign'));
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+F 0\s+1/);
    expect(s).toMatch(/The second call\s+★★☆☆☆\s+locked/);
    s = await playForgot(r, ['1', '1']);
    expect(s).toContain('★ New best!');
    expect(s).toContain('previous best F 0 → this run A 87');
    await r.press('m');
    s = await r.waitFor((x) => /Forgot the due date\s+★☆☆☆☆\s+A 87\s+2/.test(x));
    expect(s).toMatch(/The second call\s+★★☆☆☆\s+—\s+0/);
    s = await playForgot(r, ['1', '2']);
    expect(s).not.toContain('New best');
    expect(s).toContain('this run F 0 · best still A 87');
    await r.press('m');
    await r.waitFor((x) => /Forgot the due date\s+★☆☆☆☆\s+A 87\s+3/.test(x));
  });

  it('picks a player or types a new one (checked and cleaned); bests and locks follow', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce', 'date']);
    const r = open(port);
    let s = await r.waitFor(has('A 87'));
    await r.press('p');
    s = await r.waitFor(has('Players'));
    expect(s).toMatch(/▸ 1\s+Ann\s+\(current\)/);
    expect(s).toContain('+ New player…');
    await r.press('n');
    await r.waitFor(has('Name ›'));
    await r.press(KEYS.enter);
    await r.waitFor(has('A name cannot be empty.'));
    await r.press('q', 'x'.repeat(40));
    await r.waitFor(has('qxxxx'));
    await r.press(KEYS.enter);
    await r.waitFor(has('A name can have at most 32 characters.'));
    for (let i = 0; i < 41; i++) await r.press(KEYS.backspace);
    await r.press('  Bo', 'b ');
    await r.waitFor(has('Bob'));
    await r.press(KEYS.enter);
    s = await r.waitFor(has('Now playing as Bob.'));
    expect(s).toContain('Player: Bob');
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+—\s+0/);
    expect(s).toMatch(/The second call\s+★★☆☆☆\s+locked/);
    expect(Store.open().currentPlayer()).toBe('Bob');
    await r.press('p');
    s = await r.waitFor(has('Players'));
    await r.press(s.includes('1  Ann') ? '1' : '2');
    s = await r.waitFor(has('Player: Ann'));
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+A 87\s+1/);
  });

  it('lists a run played in Chinese under the title in the language on screen', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    const run = playSteps(forgot, ['introduce', 'date'], { lang: 'zh' });
    port.record({ loaded: forgot, run, abandoned: false, score: { total: 0, grade: 'F', breakdown: {} } as never, startedAt: at, finishedAt: at + 60_000 });
    const r = open(port);
    await r.waitFor(has('Player: Ann'));
    await r.press('h');
    const s = await r.waitFor(has('1 run'));
    expect(s).toContain('Forgot the due date');
    expect(s).not.toContain('忘了还款日');
    await r.press(KEYS.esc, 'l', 'h');
    await r.waitFor(has('忘了还款日'));
  });

  it('shows the replay arrows only towards pages that exist', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce', 'date']);
    const r = open(port);
    await r.waitFor(has('Player: Ann'));
    await r.press('h', KEYS.enter);
    let s = await r.waitFor(has('Turn 1 of 2'));
    expect(s).toContain('  Turn 1 of 2 ▶');
    expect(s).not.toContain('◀');
    await r.press(KEYS.right);
    s = await r.waitFor(has('◀ Turn 2 of 2 ▶'));
    await r.press(KEYS.end);
    s = await r.waitFor(has('How it ended'));
    expect(s).toContain('◀ How it ended');
    expect(s).not.toContain('▶');
  });

  it('lists the history newest first and steps through a replay with ← → Home End, then plays again', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['demand', 'shame']);
    record(port, forgot, ['introduce']);
    const r = open(port);
    await r.waitFor(has('Player: Ann'));
    await r.press('h');
    let s = await r.waitFor(has('History'));
    expect(s).toContain('2 runs');
    const rows = r.lines().filter((l) => l.includes('Forgot the due date'));
    expect(rows[0]).toContain('… left early');
    expect(rows[1]).toMatch(/✗ F\s+0/);
    expectFits(r);
    await r.press(KEYS.down, KEYS.enter);
    s = await r.waitFor(has('Turn 1 of 2'));
    expect(s).toContain('Replay · Forgot the due date');
    expect(s).toContain("Hello, who's calling?");
    expect(s).toContain('Your card is overdue. Pay today.');
    expect(s).toMatch(/Rapport\s+50 → 35\s+▼ −15/);
    expect(s).toContain('Coach');
    expect(s).toContain('Open by confirming identity and purpose.');
    expect(s).toContain('Not taken here:');
    expect(s).toContain('· Hello Ms. Liu, this is Chen');
    expectFits(r);
    await r.press(KEYS.right);
    s = await r.waitFor(has('Turn 2 of 2'));
    expect(s).toContain("That's what deadbeats say.");
    expect(s).toContain('VIOLATION');
    expect(s).toContain('Insult');
    await r.press(KEYS.right);
    s = await r.waitFor(has('How it ended'));
    expect(s).toContain('✗ Failure — Hung up');
    expect(s).toContain('Score 0/100');
    await r.press(KEYS.home);
    await r.waitFor(has('Turn 1 of 2'));
    await r.press(KEYS.end);
    await r.waitFor(has('How it ended'));
    await r.press(KEYS.left);
    await r.waitFor(has('Turn 2 of 2'));
    await r.press(KEYS.esc);
    await r.waitFor((x) => x.includes('History') && /▸ .*✗ F/.test(x), 'the history, on the run replayed');
    await r.press(KEYS.up, KEYS.enter);
    await r.waitFor(has('Turn 1 of 1'));
    await r.press('r');
    s = await r.waitFor(has('Turn 1'));
    await r.waitFor((x) => x.includes("Hello, who's calling?") && x.includes('1–9 reply'), 'a fresh call');
  });

  it('shows the banner when the scenario changed since, with the saved record', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    const { file, run: id } = playedFromTempFile(port);
    writeFileSync(file, text.replace("Hello, who's calling?", 'Yes? Who is this?'));
    const edited = loadYaml(readFileSync(file, 'utf8'), file);
    const changed = gameProgress(Store.open(), [edited, ...campaign.slice(1)], { player: 'Ann' });
    const r = open(changed, { campaign: [edited, ...campaign.slice(1)], replay: id, lang: 'zh' });
    const s = await r.waitFor(has('第 1 轮，共 2 轮'));
    expect(s).toContain('这个场景在本次通话之后改过了');
    expect(s).toContain("Hello, who's calling?"); // the record as it was, in its own language
    expect(s).not.toContain('Yes? Who is this?');
    for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
  });

  it('says so when a run cannot be saved, and the game goes on', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    const failing: ProgressPort = { ...port, record: () => { throw new Error('could not save the run in /x: ENOSPC'); } };
    const errors: unknown[] = [];
    const r = open(failing, { onSaveError: (e) => errors.push(e) });
    await r.waitFor(has('Player: Ann'));
    await r.press('1', KEYS.enter);
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter, '1');
    await r.waitFor(has('Turn 2'));
    await r.press('1');
    await r.waitFor(has('Call ended'));
    await r.waitFor(() => errors.length === 1, 'the failed save');
    await r.press(KEYS.enter);
    const s = await r.waitFor(has('Debrief ·'));
    expect(s).toContain('This run could not be saved: could not save the run in /x: ENOSPC');
    expect(s).not.toContain('first score');
  });

  it('tells the player, on screen and for stderr, when a damaged save file was moved aside', async () => {
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce', 'date']);
    const folder = join(home, 'runs', readdirSync(join(home, 'runs'))[0]!);
    writeFileSync(join(folder, '0zzzzzzzz-zzzzzz.json'), '{not json');
    const notes: unknown[] = [];
    const r = open(gameProgress(Store.open(), campaign, { player: 'Ann' }), { onNotes: (n) => notes.push(...n) });
    const s = await r.waitFor((x) => x.split('\n').map((l) => l.trim()).join(' ').includes('A damaged save file was moved aside (the game goes on without it): '));
    expect(s).toMatch(/A 87\s+1/);
    expect(notes).toMatchObject([{ code: 'moved-aside', backup: expect.stringContaining('.corrupt-') }]);
    for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
  });

  it('names the whole backup path of a damaged run file, in Chinese too, without a false "fresh one is used"', async () => {
    // As deep as a real ~/.config/callcraft: the notice used to be cut off after three lines.
    const deep = join(home, 'home', 'a-rather-long-user-name', '.config', 'callcraft');
    process.env.CALLCRAFT_HOME = deep;
    const port = gameProgress(Store.open(), campaign, { player: 'Ann' });
    record(port, forgot, ['introduce', 'date']);
    const folder = join(deep, 'runs', readdirSync(join(deep, 'runs'))[0]!);
    writeFileSync(join(folder, '0zzzzzzzz-zzzzzz.json'), '{not json');
    const r = open(gameProgress(Store.open(), campaign, { player: 'Ann' }), { lang: 'zh' });
    const s = await r.waitFor(has('有一个存档文件已损坏'));
    const shown = s.split('\n').map((l) => l.trim()).join('');
    expect(shown).toContain(`${join(folder, '0zzzzzzzz-zzzzzz.json')}.corrupt-`);
    expect(shown).toContain('有一个存档文件已损坏，游戏照常继续，不再读取它。它已移到：');
    expect(shown).not.toContain('新的存档');
    for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
  });

  it('says why the store cannot be opened in Chinese on a Chinese screen', async () => {
    const file = join(home, 'a-file');
    writeFileSync(file, '');
    process.env.CALLCRAFT_HOME = file;
    let failure: unknown;
    try { Store.open(); } catch (error) { failure = error; }
    expect(failure).toBeInstanceOf(Error);
    const r = open(undefined as never, { lang: 'zh', progress: Promise.reject(failure) });
    const s = await r.waitFor(has('这次无法保存进度'));
    const shown = s.split('\n').map((l) => l.trim()).join('');
    const flat = (x: string) => x.replace(/\s+/g, '');
    expect(flat(shown)).toContain(flat(`存档位置 ${file} 是一个文件，不是文件夹（CALLCRAFT_HOME 设对了吗？）`));
    expect(shown).not.toMatch(/is a file|not a folder/);
  });

  it('plays on when the store cannot be opened, and says runs are not saved', async () => {
    const r = open(undefined as never, { progress: Promise.reject(new Error('the store folder /x is a file, not a folder')) });
    const s = await r.waitFor(has('Progress cannot be saved this time'));
    expect(s).toContain('runs not saved');
    await r.press('h');
    await r.waitFor(has('Progress cannot be saved this time'));
    await r.press('1', KEYS.enter);
    await r.waitFor(has('start the call'));
  });
});
