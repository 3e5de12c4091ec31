// Continuity of scenarios 01–03, which `validate` and `test` cannot see: where a debtor's line or
// an ending refers back to something said earlier, that must have been said on every route there.
// Each check walks every reply path with the engine (typed answers aside).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarioDir } from '../../src/content/bundled';
import { loadScenarioFile } from '../../src/content/load';
import { formatProblem } from '../../src/content/problem';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';

interface Path {
  /** Reply ids in order. */
  readonly replies: readonly string[];
  /** Each node passed, with the index of the debtor line shown there. */
  readonly stops: readonly { readonly node: string; readonly line: number }[];
  readonly ending: string;
}

function load(file: string): Scenario {
  const result = loadScenarioFile(join(bundledScenarioDir(), file));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.loaded.scenario;
}

function allPaths(scenario: Scenario): Path[] {
  const out: Path[] = [];
  const walk = (state: RunState, replies: string[], stops: Path['stops']): void => {
    if (state.ending !== null) {
      out.push({ replies, stops, ending: state.ending });
      return;
    }
    const here = [...stops, { node: state.node!, line: state.line }];
    for (const reply of offeredReplies(scenario, state)) {
      walk(chooseReply(scenario, state, reply.id).state, [...replies, reply.id], here);
    }
  };
  walk(startRun(scenario, { lang: 'en', mode: 'practice' }), [], []);
  return out;
}

const visits = (path: Path, node: string): boolean => path.stops.some((s) => s.node === node);

describe('forgotten-due-date', () => {
  const paths = allPaths(load('01-forgotten-due-date.yaml'));

  it('she reports what the app says only after being invited to check it', () => {
    const there = paths.filter((p) => visits(p, 'checked-app'));
    expect(there.length).toBeGreaterThan(0);
    for (const p of there) expect(p.replies).toContain('offer-official');
  });

  it('she repeats the two payments only after they were proposed', () => {
    const there = paths.filter((p) => visits(p, 'confirm'));
    expect(there.length).toBeGreaterThan(0);
    for (const p of there) expect(p.replies.some((r) => r === 'both-options' || r === 'pin-time')).toBe(true);
  });
});

describe('already-paid', () => {
  const paths = allPaths(load('02-already-paid.yaml'));

  it('he asks for the fee waiver in writing only after it was offered', () => {
    const there = paths.filter((p) => visits(p, 'proof'));
    expect(there.length).toBeGreaterThan(0);
    for (const p of there) expect(p.replies).toContain('waive-fee');
  });

  it('every success traced the money to the closed account first', () => {
    const wins = paths.filter((p) => p.ending === 'sorted' || p.ending === 'promised');
    expect(wins.length).toBeGreaterThan(0);
    for (const p of wins) expect(visits(p, 'account-check')).toBe(true);
  });
});

describe('on-the-road', () => {
  const scenario = load('03-on-the-road.yaml');
  const paths = allPaths(scenario);

  it('the 2,800 counts as paid only on routes where he was asked to pay it', () => {
    const there = paths.filter((p) => p.ending === 'split-payment' || p.ending === 'part-paid');
    expect(there.length).toBeGreaterThan(0);
    for (const p of there) expect(p.replies).toContain('split');
  });

  it('after the late-call slip, "by nine tonight" is an ending only if he offered nine himself', () => {
    const offeredNine = scenario.nodes.get('pick-time')!.say.findIndex((v) => v.if !== undefined);
    const there = paths.filter((p) => p.ending === 'tonight-promise' && visits(p, 'objects-night'));
    expect(there.length).toBeGreaterThan(0);
    for (const p of there) expect(p.stops.find((s) => s.node === 'pick-time')!.line).toBe(offeredNine);
  });
});
