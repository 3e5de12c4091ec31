// Start-up: time to first frame of the built bin in a pseudo-terminal (until the menu's first
// scenario is on screen), against bare `node -e ""` and a minimal Ink "hello" bundled in this run
// with the same esbuild settings. Then keypress-to-frame latency in the menu and in a call.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { spawnTerminal } from '../tests/support/terminal';
import type { Row, Suite } from './harness';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/callcraft.js');
const RUNS = 9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const HELLO = "import { render, Text } from 'ink';\nimport { createElement } from 'react';\nrender(createElement(Text, null, 'hello'), { exitOnCtrlC: false, patchConsole: false });\n";
// The same Ink, drawing a full 80×23 screen of styled lines as a game screen does (Ink's output
// cost grows with the cells on screen, so this separates Ink's share from ours).
const FULL = "import { render, Box, Text } from 'ink';\nimport { createElement as h } from 'react';\n"
  + "const rows = Array.from({ length: 23 }, (_, i) => h(Text, { key: i, color: i % 3 ? undefined : 'cyan', bold: i % 4 === 0 }, `row ${i} `.padEnd(78, '─')));\n"
  + "render(h(Box, { flexDirection: 'column', height: 23 }, rows), { exitOnCtrlC: false, patchConsole: false });\n";

/** A minimal Ink app, bundled like dist/ (ESM, split chunks, minified, production React). */
async function buildHello(dir: string, name: string, source: string): Promise<string> {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  await build({
    entryPoints: { [name]: entry }, outdir: join(dir, 'out'), absWorkingDir: ROOT, nodePaths: [join(ROOT, 'node_modules')],
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', minify: true, legalComments: 'none',
    external: ['react-devtools-core'], define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return join(dir, 'out', `${name}.js`);
}

/** Milliseconds from spawn until `ready` holds on screen (or until exit, without `ready`). */
async function firstFrame(args: string[], ready: ((screen: string) => boolean) | null, env: Record<string, string>): Promise<number> {
  const t = spawnTerminal(process.execPath, args, { env });
  try {
    if (ready === null) { await t.exited; return t.elapsed(); }
    await t.waitFor(ready, 'the first frame', 20_000);
    return t.elapsed();
  } finally {
    t.kill();
    await t.exited;
  }
}

export const startupSuite: Suite = {
  title: 'Start-up (pseudo-terminal, 80×24)',
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), 'callcraft-bench-'));
    const env = { LC_ALL: 'en_US.UTF-8', CALLCRAFT_HOME: join(dir, 'home') };
    try {
      const hello = await buildHello(dir, 'hello', HELLO);
      const full = await buildHello(dir, 'full', FULL);
      const menuReady = (s: string) => s.includes('Campaign') && /▸ +1 {2}\S/.test(s);
      const node: number[] = [];
      const ink: number[] = [];
      const inkFull: number[] = [];
      const app: number[] = [];
      // Interleaved, so a busy moment on the machine touches all of them alike.
      for (let i = 0; i < RUNS; i++) {
        node.push(await firstFrame(['-e', ''], null, env));
        ink.push(await firstFrame([hello], (s) => s.split('\n').some((l) => l.trim() === 'hello'), env));
        inkFull.push(await firstFrame([full], (s) => s.includes('row 22'), env));
        app.push(await firstFrame([BIN], menuReady, env));
      }
      const [n, h, f, a] = [median(node), median(ink), median(inkFull), median(app)];

      // Keypress to frame: move in the menu, then answer in a call.
      const t = spawnTerminal(process.execPath, [BIN], { env });
      const menuMoves: number[] = [];
      const replies: number[] = [];
      try {
        await t.waitFor(menuReady, 'the menu');
        for (let i = 0; i < 20; i++) {
          const row = i % 2 === 0 ? /▸ +2 {2}/ : /▸ +1 {2}/;
          const start = performance.now();
          t.write(i % 2 === 0 ? '\u001B[B' : '\u001B[A');
          await t.waitFor((s) => row.test(s), 'the cursor to move');
          menuMoves.push(performance.now() - start);
        }
        for (let i = 0; i < 5; i++) {
          t.write('\r');
          await t.waitFor((s) => s.includes('Enter start the call'), 'the briefing');
          t.write('\r');
          await t.waitFor((s) => s.includes('Turn 1'), 'the call');
          const start = performance.now();
          t.write('1');
          await t.waitFor((s) => s.includes('Turn 2') || s.includes('Call ended'), 'the next turn');
          replies.push(performance.now() - start);
          t.write('\u001B');
          await t.waitFor((s) => s.includes('Back to the menu'), 'the pause menu');
          t.write('3');
          await t.waitFor(menuReady, 'the menu again');
        }
      } finally {
        t.kill();
        await t.exited;
      }
      return [
        { name: 'baseline: node -e "" (spawn to exit)', value: ms(n), note: `median of ${RUNS}` },
        { name: 'baseline: bundled Ink "hello" (to first frame)', value: ms(h), note: `${(h / n).toFixed(2)}× bare node` },
        { name: 'baseline: bundled Ink, a full 80×23 screen', value: ms(f), note: `${(f / h).toFixed(2)}× Ink hello` },
        { name: 'callcraft menu (to first frame)', value: ms(a), note: `${(a / h).toFixed(2)}× Ink hello (target ≤ 1.30×), ${(a / f).toFixed(2)}× the full-screen Ink baseline, ${(a / n).toFixed(2)}× bare node` },
        { name: 'keypress to frame: menu move', value: ms(median(menuMoves)), note: 'median of 20' },
        { name: 'keypress to frame: reply in a call', value: ms(median(replies)), note: 'median of 5' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
