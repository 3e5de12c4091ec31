// Trainer mode in a real terminal (node-pty + headless xterm): at 160×45 the layout fills the
// projector (wide box and bars, content spread down the screen, centred); at 80×24 every screen of
// a session shows its text whole within the width, the key line included; the session is
// recorded in the history for player "group". And without a terminal, a one-line refusal.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { width } from '../../src/ui/layout/text';
import { cli, fixture, requireBuild } from '../cli/support/cli';
import { spawnTerminal, type TerminalSession } from '../support/terminal';

const BIN = new URL('../../bin/callcraft.js', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'callcraft-present-e2e-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
beforeAll(requireBuild);

const flat = (s: string) => s.replace(/\s+/g, '');
const SCENARIO = fixture('format-example.yaml');

function open(cols: number, rows: number, args: string[] = []): TerminalSession {
  return spawnTerminal('node', [BIN, 'present', SCENARIO, ...args], { cols, rows, cwd: home, env: { CALLCRAFT_HOME: join(home, 'store') } });
}

/** One key at a time: keys written together reach the program as one chunk, which is no key. */
async function keys(t: TerminalSession, ...pressed: string[]) {
  for (const k of pressed) { t.write(k); await new Promise((r) => setTimeout(r, 150)); }
}

function expectWhole(t: TerminalSession, cols: number, texts: readonly string[]) {
  const lines = t.lines();
  for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(cols);
  const screen = flat(lines.join('\n'));
  for (const text of texts) expect(screen, text).toContain(flat(text));
}

describe('present in a real terminal', () => {
  it('fills a 160×45 projector: a wide box, wide bars, the content spread and centred', async () => {
    const t = open(160, 45, ['--teams', 'Red,Blue', '--team-mode', 'rotation', '--timer', '45']);
    try {
      // The key line is drawn last: a frame caught half-drawn under load does not count.
      await t.waitFor((s) => s.includes("Hello, who's calling?") && s.includes('q end'), 'the first line');
      expect(t.alternateScreen()).toBe(true);
      const lines = t.lines();
      const box = lines.find((l) => l.includes('╭'))!;
      expect(box.trim().length).toBeGreaterThanOrEqual(140);
      const left = box.indexOf('╭');
      expect(Math.abs(left - (160 - box.trimEnd().length))).toBeLessThanOrEqual(1); // centred
      const bar = lines.find((l) => l.includes('Rapport'))!;
      expect((bar.match(/[█░]/g) ?? []).length).toBeGreaterThanOrEqual(60);
      expect(lines.some((l) => /[█▀]{6}/.test(l) && !l.includes('Rapport'))).toBe(true); // the big timer digits
      const used = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
      expect(used.at(-1)! - used[0]!).toBeGreaterThanOrEqual(40);
      const body = used.filter((i) => i > 1 && i < 42);
      expect(body.at(-1)! - body[0]!).toBeGreaterThanOrEqual(22); // spread down the screen, not huddled at the top
      t.write('\r');
      await t.waitFor((s) => s.includes('Hello Ms. Liu'), 'the options');
      expectWhole(t, 160, ["Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement.", 'q end']);
    } finally { t.kill(); }
  }, 40_000);

  it('at 80×24 shows every screen of a session whole, and records it for player "group"', async () => {
    const t = open(80, 24);
    try {
      await t.waitFor((s) => s.includes("Hello, who's calling?"), 'the first line');
      expectWhole(t, 80, ["Hello, who's calling?", 'Enter show the options', 'q end']);
      t.write('\r');
      await t.waitFor((s) => s.includes('Hello Ms. Liu'), 'the options');
      expectWhole(t, 80, ["Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement.", 'Your card is overdue. Pay today.', 'v count hands', 'q end']);
      t.write('v');
      await t.waitFor((s) => s.includes('Show of hands'), 'the tally');
      await keys(t, '7', '\r');
      await t.waitFor((s) => s.includes('The room chose'), 'the feedback');
      expectWhole(t, 80, ['Rapport ▲ +5', '7 of 7 hands', 'w: why the others were weaker', 'q end']);
      t.write('w');
      await t.waitFor((s) => s.includes('Why the others were weaker'), 'why');
      expectWhole(t, 80, ['★ the best option here', 'Your card is overdue. Pay today.', 'Open by confirming identity and purpose.']);
      t.write('\r');
      await t.waitFor((s) => s.includes('hectic'), 'the second line');
      await keys(t, '\r', 'a');
      await t.waitFor((s) => s.includes('Enter shows the result'), 'the call ended');
      t.write('\r');
      await t.waitFor((s) => s.includes('Session result'), 'the end screen');
      expectWhole(t, 80, ['✓ Success — Paid today', 'No conduct violations.', 'The room’s path', '✓ best', 's save handout']);
      t.write('s');
      await t.waitFor((s) => s.includes('Saved:'), 'saved');
      t.write('q');
      const exit = await t.exited;
      expect(exit.exitCode).toBe(0);
      expect(t.alternateScreen()).toBe(false);
      expect(readdirSync(home).filter((f) => f.startsWith('forgot-the-date-session-'))).toHaveLength(2);
    } finally { t.kill(); }
    const history = cli(['history', '--player', 'group', '--format', 'json'], { env: { CALLCRAFT_HOME: join(home, 'store') } });
    expect(history.stdout).toContain('forgot-the-date');
  }, 60_000);
});

describe('Ctrl+C in the middle of a call', () => {
  it('gives the terminal back, records the call so far as unfinished and exits 130', async () => {
    const store = join(home, 'store-ctrl-c');
    const t = spawnTerminal('node', [BIN, 'present', SCENARIO], { cols: 80, rows: 24, cwd: home, env: { CALLCRAFT_HOME: store } });
    try {
      await t.waitFor((s) => s.includes("Hello, who's calling?"), 'the first line');
      await keys(t, '\r', 'a');
      await t.waitFor((s) => s.includes('The room chose'), 'the feedback');
      t.write('\u0003');
      const exit = await t.exited;
      expect(exit.exitCode).toBe(130);
      expect(t.alternateScreen()).toBe(false);
    } finally { t.kill(); }
    const history = JSON.parse(cli(['history', '--player', 'group', '--format', 'json'], { env: { CALLCRAFT_HOME: store } }).stdout);
    expect(JSON.stringify(history)).toContain('forgot-the-date');
    expect(JSON.stringify(history)).toMatch(/"abandoned":true/);
  }, 40_000);
});

describe('present without a terminal or with bad options', () => {
  it('refuses in one line with exit 2', () => {
    const r = cli(['present', SCENARIO]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('trainer mode needs an interactive terminal');
  });

  it('names a folder, an unknown id and a broken file in one line each, without calling the command play', () => {
    const folder = cli(['present', join(home)]);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toContain('is a folder; give one scenario file or a scenario id');
    expect(folder.stderr).not.toContain('play');
    const unknown = cli(['present', 'no-such-case']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('"no-such-case" is neither a scenario file nor a scenario id');
  });

  it('names a bad --teams or --timer', () => {
    for (const [args, message] of [
      [['--teams', ' , '], '--teams needs at least one name'],
      [['--teams', 'Red,red'], 'names "red" twice'],
      [['--timer', 'soon'], '--timer takes whole seconds from 5 to 3600'],
      [['--timer', '2'], '--timer takes whole seconds'],
    ] as const) {
      const r = cli(['present', SCENARIO, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
