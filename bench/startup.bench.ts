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

/** A minimal Ink app, bundled like dist/ (ESM, split chunks, minified, production React). */
async function buildHello(dir: string): Promise<string> {
  const entry = join(dir, 'hello.mjs');
  writeFileSync(entry, "import { render, Text } from 'ink';\nimport { createElement } from 'react';\nrender(createElement(Text, null, 'hello'), { exitOnCtrlC: false, patchConsole: false });\n");
  await build({
    entryPoints: { hello: entry }, outdir: join(dir, 'out'), absWorkingDir: ROOT, nodePaths: [join(ROOT, 'node_modules')],
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', minify: true, legalComments: 'none',
    external: ['react-devtools-core'], define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return join(dir, 'out', 'hello.js');
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
      const hello = await buildHello(dir);
      const menuReady = (s: string) => s.includes('Campaign') && /▸ +1 {2}\S/.test(s);
      const node: number[] = [];
      const ink: number[] = [];
      const app: number[] = [];
      // Interleaved, so a busy moment on the machine touches all three alike.
      for (let i = 0; i < RUNS; i++) {
        node.push(await firstFrame(['-e', ''], null, env));
        ink.push(await firstFrame([hello], (s) => s.split('\n').some((l) => l.trim() === 'hello'), env));
        app.push(await firstFrame([BIN], menuReady, env));
      }
      const [n, h, a] = [median(node), median(ink), median(app)];

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
        { name: 'callcraft menu (to first frame)', value: ms(a), note: `${(a / h).toFixed(2)}× Ink hello (target ≤ 1.30×), ${(a / n).toFixed(2)}× bare node` },
        { name: 'keypress to frame: menu move', value: ms(median(menuMoves)), note: 'median of 20' },
        { name: 'keypress to frame: reply in a call', value: ms(median(replies)), note: 'median of 5' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
