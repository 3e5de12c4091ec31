// The bare `callcraft` in a terminal opens the menu through the light entry: no commander, no
// YAML parser and no schema (the bundled campaign comes precompiled from the build). The test
// records which dist/ files the process loads (as the CLI's headless test does) and checks
// none of them holds those libraries.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { spawnTerminal } from '../support/terminal';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'callcraft-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Strings that survive minification: commander's error class, the YAML parser's, zod's.
const MARKERS = ['CommanderError', 'YAMLParseError', 'ZodError'];

it('opens the bundled menu without commander, the YAML parser or zod', async () => {
  // The markers really are in the build (else the check below would pass for nothing).
  const bundle = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8')).join('\n');
  for (const marker of MARKERS) expect(bundle).toContain(marker);
  const log = join(dir, 'loads.txt');
  const t = spawnTerminal(process.execPath, ['--import', join(ROOT, 'tests/cli/support/record-loads.mjs'), join(ROOT, 'bin/callcraft.js')], {
    env: { LC_ALL: 'en_US.UTF-8', CALLCRAFT_HOME: join(dir, 'home'), CALLCRAFT_LOAD_LOG: log },
  });
  try {
    await t.waitFor((s) => s.includes('Campaign') && s.includes('★'), 'the menu');
    t.write('q');
    expect((await t.exited).exitCode).toBe(0);
  } finally { t.kill(); }
  const files = readFileSync(log, 'utf8').trim().split('\n')
    .filter((u) => u.startsWith('file:') && u.includes('/dist/')).map((u) => fileURLToPath(u));
  expect(files).toContain(join(ROOT, 'dist', 'menu.js'));
  expect(files).not.toContain(join(ROOT, 'dist', 'main.js'));
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const marker of MARKERS) expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
  }
}, 120_000);
