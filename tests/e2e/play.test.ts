// The built bin in a real 80×24 terminal: open the menu, play the easiest bundled scenario to
// its ending by keys (along the path its own test describes), read the debrief, quit, and check
// the terminal is given back (cursor shown, alternate screen left). In English and in Chinese.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseReply, currentLine, offeredReplies, startRun } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';
import { textIn } from '../../src/core/text';
import { sanitizeLine } from '../../src/core/sanitize';
import { bundledScenarioDir } from '../../src/content/bundled';
import { loadCampaign } from '../../src/ui/campaign';
import { truncate, width } from '../../src/ui/layout/text';
import { fixturePath } from '../support/scenarios';
import { spawnTerminal, type TerminalSession } from '../support/terminal';

const BIN = new URL('../../bin/callcraft.js', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'callcraft-e2e-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The bundled scenarios; until they exist in this checkout, a folder of test fixtures. */
function library(): { dir: string; env: Record<string, string> } {
  try {
    const dir = bundledScenarioDir();
    if (readdirSync(dir).some((f) => /\.ya?ml$/.test(f))) return { dir, env: {} };
  } catch { /* no bundled folder */ }
  const dir = join(home, 'scenarios');
  mkdirSync(dir);
  for (const f of ['format-example.yaml', 'ui-relative.yaml']) copyFileSync(fixturePath(f), join(dir, f));
  return { dir, env: { CALLCRAFT_SCENARIOS: dir } };
}
const lib = library();
const campaign = await loadCampaign(lib.dir);
// The menu lists the campaign easiest first: the first entry is a difficulty-1 scenario.
const first = campaign.scenarios[0]!.scenario;
const menuIndex = 0;
const env = (extra: Record<string, string | undefined>) => ({ CALLCRAFT_HOME: join(home, 'store'), ...lib.env, ...extra });

interface Step { readonly line: string; readonly key: string }

/** The path of the scenario's first test that uses only replies: what the debtor says, what to press. */
function pathOf(scenario: Scenario, lang: string): { steps: Step[]; ending: string } {
  const test = scenario.tests.find((t) => t.steps.every((s) => 'reply' in s));
  if (!test) throw new Error(`scenario ${scenario.id} has no test made of replies to follow`);
  let state = startRun(scenario, { lang, mode: 'practice' });
  const steps: Step[] = [];
  for (const step of test.steps) {
    const id = (step as { reply: string }).reply;
    const index = offeredReplies(scenario, state).findIndex((r) => r.id === id);
    steps.push({ line: sanitizeLine(textIn(currentLine(scenario, state)!.text, lang, scenario.languages)), key: String(index + 1) });
    state = chooseReply(scenario, state, id).state;
  }
  return { steps, ending: sanitizeLine(textIn(scenario.endings.get(state.ending!)!.title, lang, scenario.languages)) };
}

/** The start of a text as it appears on one screen row (long lines wrap). */
const head = (text: string) => truncate(text.trim(), 24, '');
const flat = (s: string) => s.replace(/\s+/g, '');

function expectFits(t: TerminalSession) {
  for (const line of t.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
}

async function playThrough(t: TerminalSession, lang: 'en' | 'zh') {
  const words = lang === 'zh'
    ? { menu: '关卡', brief: '开始通话', call: '1–9 回答', ended: '通话结束', debrief: '复盘', score: '得分' }
    : { menu: 'Campaign', brief: 'start the call', call: '1–9 reply', ended: 'Call ended', debrief: 'Debrief', score: 'Score' };
  const sl = first.languages.includes(lang) || first.languages.length === 0 ? lang : first.languages[0]!;
  const title = sanitizeLine(textIn(first.title, sl, first.languages));

  let s = await t.waitFor((x) => x.includes(words.menu) && x.includes(head(title)), 'the menu');
  expect(s).toContain('★');
  expect(t.alternateScreen()).toBe(true);
  expect(t.cursorHidden()).toBe(true);
  expectFits(t);
  for (let i = 0; i < menuIndex; i++) t.write('\u001B[B');
  t.write('\r');
  s = await t.waitFor((x) => x.includes(words.brief), 'the briefing');
  expect(s).toContain(head(title));
  expectFits(t);
  t.write('\r');

  const { steps, ending } = pathOf(first, sl);
  for (const [i, step] of steps.entries()) {
    s = await t.waitFor((x) => flat(x).includes(flat(head(step.line))) && x.includes(words.call), `turn ${i + 1}: "${head(step.line)}"`);
    expectFits(t);
    t.write(step.key);
  }
  // A frame can arrive in pieces: wait for the whole of it, then check it.
  s = await t.waitFor((x) => x.includes(words.ended) && flat(x).includes(flat(head(ending))), 'the end of the call');
  expect(flat(s)).toContain(flat(head(ending)));
  t.write('\r');
  s = await t.waitFor((x) => x.includes(words.debrief) && x.includes(words.score) && flat(x).includes(flat(head(ending))), 'the debrief');
  expect(flat(s)).toContain(flat(head(ending)));
  expectFits(t);
}

describe('callcraft in a real terminal', () => {
  it('plays the easiest scenario to its ending in English, then q restores the terminal', async () => {
    const t = spawnTerminal(process.execPath, [BIN], { env: env({ LC_ALL: 'en_US.UTF-8' }) });
    try {
      expect(first.difficulty).toBe(1);
      await playThrough(t, 'en');
      t.write('q');
      const { exitCode } = await t.exited;
      expect(exitCode).toBe(0);
      expect(t.cursorHidden()).toBe(false);
      expect(t.alternateScreen()).toBe(false);
    } finally { t.kill(); }
  }, 120_000);

  it('plays it in Chinese, then Ctrl+C restores the terminal', async () => {
    const t = spawnTerminal(process.execPath, [BIN], { env: env({ LC_ALL: 'zh_CN.UTF-8' }) });
    try {
      await playThrough(t, 'zh');
      t.write('\u0003');
      const { exitCode } = await t.exited;
      expect(exitCode).toBe(130);
      expect(t.cursorHidden()).toBe(false);
      expect(t.alternateScreen()).toBe(false);
    } finally { t.kill(); }
  }, 120_000);

  it('re-lays out when the terminal is resized, and asks for room when it is too small', async () => {
    const t = spawnTerminal(process.execPath, [BIN], { env: env({ LC_ALL: 'en_US.UTF-8' }) });
    try {
      await t.waitFor((x) => x.includes('Campaign'), 'the menu');
      t.resize(50, 14);
      await t.waitFor((x) => flat(x).includes(flat('Please enlarge the terminal')), 'the request for room');
      t.resize(100, 30);
      await t.waitFor((x) => x.includes('Campaign') && x.split('\n').some((l) => width(l) > 80), 'the wider menu');
      t.write('q');
      expect((await t.exited).exitCode).toBe(0);
    } finally { t.kill(); }
  }, 120_000);

  it('plays a file in free-text mode: Chinese typed in the terminal, understood and answered', async () => {
    const file = fixturePath('ui-relative.yaml');
    const t = spawnTerminal(process.execPath, [BIN, 'play', file, '--mode', 'free', '--lang', 'zh'], { env: env({ LC_ALL: 'en_US.UTF-8' }) });
    try {
      await t.waitFor((x) => x.includes('▸ 自由输入') && x.includes('开始通话'), 'the briefing in free-text mode');
      t.write('\r');
      await t.waitFor((x) => x.includes('你的话 ›') && x.includes('第三方接听'), 'the text input');
      t.write('麻烦您转告他给我回个电话');
      await t.waitFor((x) => x.includes('麻烦您转告他给我回个电话'), 'the typed words');
      t.write('\r');
      const s = await t.waitFor((x) => x.includes('理解为'), 'how the answer was understood');
      expect(flat(s)).toContain(flat('你好，我姐说你找我？'));
      expect(s).toContain('关键词');
      expectFits(t);
      t.write('\u0003');
      expect((await t.exited).exitCode).toBe(130);
    } finally { t.kill(); }
  }, 120_000);

  it('opens the menu through the command line with --lang and --no-color (no colour at all)', async () => {
    // chalk turns colour off whenever CI is set (even CI=false), so this run has no CI at all.
    const coloured = spawnTerminal(process.execPath, [BIN], { env: { ...env({ LC_ALL: 'en_US.UTF-8' }), CI: undefined } });
    try {
      await coloured.waitFor((x) => x.includes('Campaign'), 'the coloured menu');
      expect(coloured.coloredCells()).toBeGreaterThan(0);
      coloured.write('q');
      await coloured.exited;
    } finally { coloured.kill(); }
    const t = spawnTerminal(process.execPath, [BIN, '--lang', 'zh', '--no-color'], { env: env({ LC_ALL: 'en_US.UTF-8' }) });
    try {
      await t.waitFor((x) => x.includes('关卡') && x.includes('▸'), 'the menu in Chinese');
      expect(t.coloredCells()).toBe(0);
      t.write('q');
      expect((await t.exited).exitCode).toBe(0);
    } finally { t.kill(); }
  }, 120_000);

  it('refuses a --lang the menu does not have, in one line (exit 2)', async () => {
    const child = spawn(process.execPath, [BIN, '--lang', 'fr'], { env: { ...process.env, ...env({}) }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdin.end();
    expect(await new Promise<number | null>((r) => child.on('close', r))).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining("'--lang <lang>' takes one of zh, en")]);
  }, 60_000);

  it('without a terminal explains --inputs in one line and exits 2', async () => {
    const child = spawn(process.execPath, [BIN], { env: { ...process.env, ...env({}) }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--inputs');
  }, 60_000);
});
