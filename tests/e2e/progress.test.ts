// Saved progress through the built bin in a real 80×24 terminal: a whole game, then the menu
// shows its best and 1 attempt; a second, worse game leaves the best; the history opens a
// replay that steps with the arrow keys; Ctrl+C mid-call leaves an abandoned run that
// `callcraft history --format json` lists.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseReply, currentLine, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';
import { scoreRun } from '../../src/core/score';
import { sanitizeLine } from '../../src/core/sanitize';
import { textIn } from '../../src/core/text';
import { bundledScenarioDir } from '../../src/content/bundled';
import { loadCampaign } from '../../src/ui/campaign';
import { truncate, width } from '../../src/ui/layout/text';
import { spawnTerminal, type TerminalSession } from '../support/terminal';

const BIN = new URL('../../bin/callcraft.js', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'callcraft-e2e-progress-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { CALLCRAFT_HOME: join(home, 'store'), LC_ALL: 'en_US.UTF-8' };

const first = (await loadCampaign(bundledScenarioDir())).scenarios[0]!.scenario;
const title = sanitizeLine(textIn(first.title, 'en', first.languages));

interface Path { readonly keys: string[]; readonly lines: string[]; readonly score: number; readonly grade: string }

/** Every way through the call (depth-first, up to `limit` endings): the keys, the lines, the score. */
function paths(scenario: Scenario, limit = 200): Path[] {
  const out: Path[] = [];
  const walk = (state: RunState, keys: string[], lines: string[]) => {
    if (out.length >= limit || keys.length > 12) return;
    if (state.ending !== null) {
      const s = scoreRun(scenario, state);
      out.push({ keys, lines, score: s.total, grade: s.grade });
      return;
    }
    const line = sanitizeLine(textIn(currentLine(scenario, state)!.text, 'en', scenario.languages));
    for (const [i, r] of offeredReplies(scenario, state).entries()) {
      walk(chooseReply(scenario, state, r.id).state, [...keys, String(i + 1)], [...lines, line]);
    }
  };
  walk(startRun(scenario, { lang: 'en', mode: 'practice' }), [], []);
  return out;
}
const all = paths(first);
const best = all.reduce((a, b) => (b.score > a.score ? b : a));
const worse = all.find((p) => p.score < best.score && p.keys.length >= 2)!;

const flat = (s: string) => s.replace(/\s+/g, '');
const head = (text: string) => flat(truncate(text.trim(), 24, ''));
function expectFits(t: TerminalSession) {
  for (const line of t.lines()) expect(width(line), line).toBeLessThanOrEqual(80);
}
/** The menu row of the first scenario. */
const menuRow = (s: string) => s.split('\n').find((l) => l.includes(truncate(title, 20, '')) && l.includes('★')) ?? '';

/** From the menu with the first scenario selected, through the call, to the debrief. */
async function play(t: TerminalSession, path: Path): Promise<string> {
  t.write('\r');
  await t.waitFor((x) => x.includes('start the call'), 'the briefing');
  t.write('\r');
  for (const [i, key] of path.keys.entries()) {
    await t.waitFor((x) => flat(x).includes(head(path.lines[i]!)) && x.includes('1–9 reply') && x.includes(`Turn ${i + 1}`), `turn ${i + 1}`);
    t.write(key);
  }
  await t.waitFor((x) => x.includes('Call ended'), 'the end of the call');
  t.write('\r');
  // The key line is drawn last: a frame caught half-drawn (the header only) does not count.
  return t.waitFor((x) => x.includes('Debrief ·') && x.includes('Score') && x.includes('r retry'), 'the debrief');
}

describe('saved progress in a real terminal', () => {
  it('keeps the best, counts attempts, replays from the history, and saves Ctrl+C as abandoned', async () => {
    expect(worse, 'a path that scores lower than the best').toBeDefined();
    const t = spawnTerminal(process.execPath, [BIN, '--player', 'Tester'], { env });
    try {
      let s = await t.waitFor((x) => x.includes('Player: Tester') && x.includes('Campaign'), 'the menu with the player');
      expect(menuRow(s)).toMatch(/—\s+0$/);
      s = await play(t, best);
      expect(s).toContain('Your first score on this call.');
      expectFits(t);
      t.write('m');
      s = await t.waitFor((x) => /\s1$/.test(menuRow(x)), 'the menu with 1 attempt');
      expect(menuRow(s)).toMatch(new RegExp(`${best.grade} ${best.score}\\s+1$`));

      s = await play(t, worse);
      expect(s).toContain(`this run ${worse.grade} ${worse.score} · best still ${best.grade} ${best.score}`);
      expect(s).not.toContain('New best');
      t.write('m');
      s = await t.waitFor((x) => /\s2$/.test(menuRow(x)), 'the menu with 2 attempts');
      expect(menuRow(s)).toMatch(new RegExp(`${best.grade} ${best.score}\\s+2$`));

      t.write('h');
      s = await t.waitFor((x) => x.includes('History') && x.includes('2 runs'), 'the history');
      expectFits(t);
      t.write('\r');
      const n = worse.keys.length;
      s = await t.waitFor((x) => x.includes(`Turn 1 of ${n}`), 'the replay');
      expect(flat(s)).toContain(head(worse.lines[0]!));
      expectFits(t);
      t.write('\u001B[C');
      s = await t.waitFor((x) => x.includes(`Turn 2 of ${n}`), 'the next turn');
      expect(flat(s)).toContain(head(worse.lines[1]!));
      t.write('\u001B[F');
      await t.waitFor((x) => x.includes('How it ended'), 'the ending page');
      t.write('\u001B[D');
      await t.waitFor((x) => x.includes(`Turn ${n} of ${n}`), 'back one turn');
      t.write('\u001B');
      await t.waitFor((x) => x.includes('History'), 'the history again');
      t.write('\u001B');
      await t.waitFor((x) => x.includes('Campaign'), 'the menu again');

      // Ctrl+C after one reply: the run is saved, abandoned, before the program exits.
      t.write('\r');
      await t.waitFor((x) => x.includes('start the call'), 'the briefing');
      t.write('\r');
      await t.waitFor((x) => x.includes('Turn 1') && x.includes('1–9 reply'), 'the call');
      t.write(best.keys[0]!);
      await t.waitFor((x) => x.includes('Turn 2'), 'the second turn');
      t.write('\u0003');
      expect((await t.exited).exitCode).toBe(130);
      expect(t.alternateScreen()).toBe(false);
    } finally { t.kill(); }

    const history = spawnSync(process.execPath, [BIN, 'history', '--player', 'Tester', '--format', 'json'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(history.status, history.stderr).toBe(0);
    const runs = JSON.parse(history.stdout) as { scenario: string; abandoned: boolean; replies: number; score: number }[];
    expect(runs.map((r) => [r.scenario, r.abandoned, r.replies])).toEqual([
      [first.id, true, 1], [first.id, false, worse.keys.length], [first.id, false, best.keys.length],
    ]);
  }, 180_000);
});
