// The bare `callcraft` in a terminal opens the menu through the light entry: no commander, no
// YAML parser and no schema (the bundled campaign comes precompiled from the build). The test
// records which dist/ files the process loads (as the CLI's headless test does) and checks
// none of them holds commander or the YAML parser, and that what the first frame needs (the
// entry, the screens, and everything they import statically) holds no zod either: the store,
// which validates run files with zod, is imported dynamically once the menu is up.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  const launch = files.find((f) => /[\\/]launch-[^\\/]*\.js$/.test(f));
  expect(launch, 'the screens were loaded').toBeDefined();
  const firstFrame = staticClosure([join(ROOT, 'dist', 'menu.js'), launch!]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const markers = firstFrame.has(file) ? MARKERS : MARKERS.filter((m) => m !== 'ZodError');
    for (const marker of markers) expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
  }
}, 120_000);

/** The files and everything they import statically (esbuild's `from"./chunk.js"`, `import"./x.js"`). */
function staticClosure(start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) visit(join(dirname(file), m[1]!));
  };
  start.forEach(visit);
  return seen;
}
