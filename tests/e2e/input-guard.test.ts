// The built bin in a real terminal: escape sequences Ink has no key name for (colour codes in a
// pasted answer, a focus report, an odd function key) used to crash the screen with a stack
// trace. The game keeps the pasted words; trainer mode goes on as if nothing was pressed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, requireBuild } from '../cli/support/cli';
import { spawnTerminal } from '../support/terminal';

const BIN = new URL('../../bin/callcraft.js', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'callcraft-guard-e2e-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
beforeAll(requireBuild);
const env = { CALLCRAFT_HOME: join(home, 'store'), LC_ALL: 'en_US.UTF-8' };
const flat = (s: string) => s.replace(/\s+/g, '');
const pause = () => new Promise((r) => setTimeout(r, 150));

describe('stray escape sequences in a real terminal', () => {
  it('a paste with colour codes into a free-text answer keeps its words, and the call goes on', async () => {
    const t = spawnTerminal(process.execPath, [BIN, 'play', fixture('format-example.yaml'), '--mode', 'free'], { env });
    try {
      await t.waitFor((s) => s.includes('start the call'), 'the briefing');
      t.write('\r');
      await t.waitFor((s) => s.includes('Your words ›'), 'the answer field');
      t.write('Hello \u001B[31mthis is\u001B[0m Chen from the card centre\u001B[I');
      await t.waitFor((s) => flat(s).includes(flat('Your words › Hello this is Chen from the card centre')), 'the pasted words');
      await pause();
      t.write('\r');
      await t.waitFor((s) => s.includes('Understood as'), 'the answer understood');
      t.write('\u0003');
      expect((await t.exited).exitCode).toBe(130);
    } finally { t.kill(); }
  }, 60_000);

  it('trainer mode ignores them', async () => {
    const t = spawnTerminal(process.execPath, [BIN, 'present', fixture('format-example.yaml')], { env, cwd: home });
    try {
      await t.waitFor((s) => s.includes("Hello, who's calling?"), 'the first line');
      t.write('\u001B[1;5X');
      await pause();
      t.write('\u001B[31m');
      await pause();
      t.write('\r');
      await t.waitFor((s) => s.includes('Hello Ms. Liu'), 'the options');
    } finally { t.kill(); }
  }, 60_000);
});
