// play --watch through the built bin in a real 80×24 terminal: the author saves an edit (the
// call stays at its node), saves a broken version (its file:line:col on screen), fixes it and
// plays on to the ending; q then gives the terminal back. Each step waits for the screen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { width } from '../../src/ui/layout/text';
import { fixturePath } from '../support/scenarios';
import { spawnTerminal } from '../support/terminal';

const BIN = new URL('../../bin/callcraft.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'callcraft-e2e-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ORIGINAL = readFileSync(fixturePath('debug-panel.yaml'), 'utf8');

describe('play --watch in a real terminal', () => {
  it('reloads on save, shows a broken version\'s errors, and plays on once fixed', async () => {
    const file = join(dir, 'case.yaml');
    writeFileSync(file, ORIGINAL);
    const t = spawnTerminal(process.execPath, [BIN, 'play', file, '--watch'], { env: { CALLCRAFT_HOME: join(dir, 'home'), LC_ALL: 'en_US.UTF-8' } });
    const fits = () => { for (const line of t.lines()) expect(width(line), line).toBeLessThanOrEqual(80); };
    try {
      await t.waitFor((s) => s.includes('start the call'), 'the briefing');
      t.write('\r');
      await t.waitFor((s) => s.includes('Who is this?') && s.includes('1–9 reply'), 'the call');
      t.write('1');
      await t.waitFor((s) => s.includes("Oh, it's you again.") && s.includes('Turn 2'), 'the second turn');

      writeFileSync(file, ORIGINAL.replace("Oh, it's you again. Go on.", 'Back again? Go on, then.'));
      // Each wait names everything checked after it: a frame can arrive in pieces.
      let s = await t.waitFor((x) => x.includes('Back again? Go on, then.') && x.includes('kept node open') && x.includes('Turn 2'), 'the edited line');
      expect(s).toContain('reloaded — kept node open');
      expect(s).toContain('Turn 2');
      fits();

      const broken = ORIGINAL.replace('next: talk\n', 'next: tlak\n');
      const line = broken.split('\n').findIndex((l) => l.includes('next: tlak')) + 1;
      // As vim and VS Code save: a new file renamed over the old one.
      writeFileSync(join(dir, '.case.yaml.swp'), broken);
      renameSync(join(dir, '.case.yaml.swp'), file);
      s = await t.waitFor((x) => x.includes('stops the scenario from loading') && x.replace(/\s+/g, '').includes(`case.yaml:${line}:`), 'the errors');
      expect(s.replace(/\s+/g, '')).toContain(`case.yaml:${line}:`);
      fits();

      writeFileSync(file, ORIGINAL);
      s = await t.waitFor((x) => x.includes('kept node open') && x.includes("Oh, it's you again."), 'the fixed version');
      expect(s).toContain("Oh, it's you again.");
      t.write('2');
      await t.waitFor((x) => x.includes('Call ended') && x.includes('Promised'), 'the ending');
      t.write('q');
      const { exitCode } = await t.exited;
      expect(exitCode).toBe(0);
      expect(t.alternateScreen()).toBe(false);
      expect(t.cursorHidden()).toBe(false);
    } finally { t.kill(); }
  }, 120_000);
});
