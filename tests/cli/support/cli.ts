// Runs the BUILT command line (bin/callcraft.js → dist/) the way a user does, in a clean
// environment: no colour variables, English locale, CALLCRAFT_HOME in a temp dir.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'callcraft.js');
export const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', name);

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

/** These tests exercise dist/: refuse clearly when it is missing or older than src/. */
export function requireBuild(): void {
  const main = join(ROOT, 'dist', 'main.js');
  if (!existsSync(main)) throw new Error('dist/main.js is missing: run `npm run build` first (`npm test` builds before testing)');
  if (newest(join(ROOT, 'src')) > statSync(main).mtimeMs) {
    throw new Error('dist/ is older than src/: run `npm run build` first (`npm test` builds before testing)');
  }
}

// Vitest ends its workers without an 'exit' event, so temp folders are removed after each file.
const made: string[] = [];
afterAll(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const home = mkdtempSync(join(tmpdir(), 'callcraft-cli-home-'));
made.push(home);

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', CALLCRAFT_HOME: home };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'CALLCRAFT_SCENARIOS', 'GITHUB_WORKSPACE']) delete env[name];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly nodeArgs?: readonly string[];
  /** Milliseconds before the run is killed (for what must not hang). */
  readonly timeout?: number;
}

export function cli(args: readonly string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: cliEnv(opts.env),
    input: opts.input ?? '',
    encoding: 'utf8',
    ...(opts.timeout !== undefined && { timeout: opts.timeout }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI with its stdout piped into a reader that stops after the first chunk (like `| head -1`). */
export function cliIntoClosedPipe(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => { stdout = chunk.toString('utf8'); child.stdout.destroy(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temp folder with the given files; removed when the test process ends. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'callcraft-cli-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const ANSI = /\u001B\[/;
