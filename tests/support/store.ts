// Store test helpers: a temp store folder per test, and runs played through the real engine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario, type LoadedScenario } from '../../src/content/load';
import { formatProblem } from '../../src/content/problem';
import { chooseReply, sayFreeText, startRun, type Mode, type RunState } from '../../src/core/engine';
import { buildRunRecord } from '../../src/core/record';
import type { RunDraft } from '../../src/core/record-schema';
import { fixturePath } from './scenarios';

/** A fresh temp folder; remove it with cleanup(). */
export function tempDir(prefix = 'callcraft-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function loadFixture(name: string): LoadedScenario {
  const file = fixturePath(name);
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.loaded;
}

export function loadYaml(text: string, file = 'inline.yaml'): LoadedScenario {
  const result = parseScenario(text, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.loaded;
}

/** Steps: a reply id, or { say } for a typed answer. */
export type Step = string | { say: string };

export function playSteps(loaded: LoadedScenario, steps: readonly Step[], options: { lang?: string; mode?: Mode } = {}): RunState {
  let state = startRun(loaded.scenario, { lang: options.lang ?? 'en', mode: options.mode ?? 'practice' });
  for (const s of steps) {
    state = (typeof s === 'string' ? chooseReply(loaded.scenario, state, s) : sayFreeText(loaded.scenario, state, s.say)).state;
  }
  return state;
}

let clock = Date.parse('2025-03-01T09:00:00Z');

/** A run record draft for `steps`, with increasing times. */
export function draftOf(loaded: LoadedScenario, steps: readonly Step[], player = 'alice', options: { lang?: string; mode?: Mode } = {}): RunDraft {
  const state = playSteps(loaded, steps, options);
  const startedAt = new Date((clock += 60_000)).toISOString();
  const finishedAt = new Date((clock += 60_000)).toISOString();
  return buildRunRecord({ scenario: loaded.scenario, hash: loaded.hash, file: loaded.file }, state, { player, startedAt, finishedAt });
}
