// Design invariants of scenarios 07–09 that `validate` and the scenarios' own tests cannot see:
// what must be true of every call that succeeds, where each conduct violation leads, and that a
// debtor line which refers back to something was preceded by it on every route there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import { explore } from '../../src/core/explore';
import type { Scenario } from '../../src/core/model';
import { scenarioFromYaml } from '../support/scenarios';

function bundled(file: string): Scenario {
  const path = new URL(`../../scenarios/${file}`, import.meta.url).pathname;
  return scenarioFromYaml(readFileSync(path, 'utf8'), file);
}

/** Every finished run reachable by picking offered replies (these scenarios have no endless loops). */
function endStates(scenario: Scenario): RunState[] {
  const out: RunState[] = [];
  const walk = (state: RunState): void => {
    if (state.ending !== null) { out.push(state); return; }
    for (const reply of offeredReplies(scenario, state)) walk(chooseReply(scenario, state, reply.id).state);
  };
  walk(startRun(scenario, { lang: 'zh', mode: 'practice' }));
  return out;
}

/** True when the debtor line `line` of `node` was shown on this run. */
const heard = (state: RunState, node: string, line: number) => state.turns.some((t) => t.node === node && t.line === line);
const outcome = (scenario: Scenario, state: RunState) => scenario.endings.get(state.ending!)!.outcome;
const played = (state: RunState, reply: string) => state.turns.some((t) => t.reply === reply);
const successShare = (scenario: Scenario, runs: RunState[]) =>
  runs.filter((s) => outcome(scenario, s) === 'success').length / runs.length;

describe('quality-dispute', () => {
  const scenario = bundled('07-quality-dispute.yaml');
  const ends = endStates(scenario);
  const successes = ends.filter((s) => outcome(scenario, s) === 'success');

  it('pays only once the disputed batch is split from the undisputed money', () => {
    expect(successes.length).toBeGreaterThan(0);
    for (const s of successes) expect(played(s, 'split-invoice') || played(s, 'split-now')).toBe(true);
  });

  it('never succeeds on a discount the salesperson cannot give, unless it is taken back', () => {
    for (const s of ends.filter((x) => played(x, 'discount-now'))) {
      if (outcome(scenario, s) === 'success') expect(played(s, 'walk-back')).toBe(true);
    }
    for (const s of ends.filter((x) => played(x, 'meet-halfway'))) expect(s.ending).toBe('discount-deal');
  });

  it('never rewards a bluff: an invented fact or fee is caught out, or costs his trust outright', () => {
    const bluffs = ends.filter((s) => s.violations.some((v) => v.kind === 'deception'));
    expect(bluffs.length).toBeGreaterThan(0);
    for (const s of bluffs) {
      expect(s.turns.some((t) => t.node === 'caught-out') || s.ending === 'escalated').toBe(true);
      expect(outcome(scenario, s)).not.toBe('success');
    }
  });

  it('welcomes the engineer ("come tomorrow") only after someone was promised', () => {
    const welcomed = ends.filter((s) => heard(s, 'engineer-coming', 0));
    expect(welcomed.length).toBeGreaterThan(0);
    for (const s of welcomed) expect(played(s, 'send-engineer') || played(s, 'walk-back')).toBe(true);
  });

  it('makes clean calls far likelier to succeed than calls with a violation', () => {
    const clean = ends.filter((s) => s.violations.length === 0);
    const faulty = ends.filter((s) => s.violations.length > 0);
    expect(successShare(scenario, clean)).toBeGreaterThan(2 * successShare(scenario, faulty));
  });
});

describe('promise-breaker', () => {
  const scenario = bundled('08-promise-breaker.yaml');
  const ends = endStates(scenario);

  it('succeeds only with money paid on the call, after his real cash flow is known', () => {
    const successes = ends.filter((s) => outcome(scenario, s) === 'success');
    expect(successes.length).toBeGreaterThan(0);
    for (const s of successes) {
      expect(s.turns.some((t) => t.node === 'capacity')).toBe(true);
      expect(s.turns.some((t) => t.node === 'paying-now')).toBe(true);
    }
  });

  it('tells the real story (the tea shop) only after being asked why the promises failed', () => {
    const candid = ends.filter((s) => heard(s, 'real-reason', 0));
    expect(candid.length).toBeGreaterThan(0);
    for (const s of candid) expect(played(s, 'name-pattern') || played(s, 'curious')).toBe(true);
  });

  it('treats another bare date as promise number four', () => {
    const bare = ends.filter((s) => ['accept-friday', 'friday-anyway', 'give-date'].some((r) => played(s, r)));
    expect(bare.length).toBeGreaterThan(0);
    for (const s of bare) expect(s.ending).toBe('promise-four');
  });

  it('ends every call with a threat or harassment in a complaint', () => {
    const faulty = ends.filter((s) => s.violations.length > 0);
    expect(new Set(faulty.flatMap((s) => s.violations.map((v) => v.kind)))).toEqual(new Set(['harassment', 'threat']));
    for (const s of faulty) expect(s.ending).toBe('complaint');
  });
});

describe('complaint-threat', () => {
  const scenario = bundled('09-complaint-threat.yaml');
  const ends = endStates(scenario);

  it('succeeds only once her anger has come right down', () => {
    const successes = ends.filter((s) => outcome(scenario, s) === 'success');
    expect(successes.length).toBeGreaterThan(0);
    for (const s of successes) expect(s.stats.anger).toBeLessThanOrEqual(50);
  });

  it('turns any violation straight into grounds for her complaint', () => {
    const faulty = ends.filter((s) => s.violations.length > 0);
    expect(faulty.length).toBeGreaterThan(0);
    for (const s of faulty) {
      expect(s.ending).toBe('complaint-grounds');
      expect(s.turns.at(-1)!.route.via).toBe('trigger');
    }
  });

  it('says she will pay tonight only after the minimum was asked for', () => {
    const agreed = ends.filter((s) => s.turns.some((t) => t.node === 'date'));
    expect(agreed.length).toBeGreaterThan(0);
    for (const s of agreed) expect(['minimum-first', 'back-to-minimum'].some((r) => played(s, r))).toBe(true);
  });

  it('never calms her by telling her to calm down', () => {
    const told = ends.filter((s) => played(s, 'calm-down'));
    expect(told.length).toBeGreaterThan(0);
    for (const s of told) expect(s.ending).toBe('hung-up-to-complain');
  });
});

describe('scoring', () => {
  // The route each scenario's debriefs teach must be the best-scoring one, and worth an A:
  // a detour through a mistake that happens to pile up stats must never outscore it.
  // The last step lists the closes that are equally good (asking for the date or proposing one).
  it.each([
    ['07-quality-dispute.yaml', ['ask-first', 'acknowledge', 'send-engineer', 'split-invoice'], ['pin-the-date', 'propose-friday']],
    ['08-promise-breaker.yaml', ['verify', 'name-pattern', 'ask-cashflow', 'start-now'], ['confirm-next']],
    ['09-complaint-threat.yaml', ['sorry-timing', 'let-her-finish', 'own-it', 'fee-review', 'minimum-first'], ['confirm-all']],
  ])('%s: the model route is the best path', (file, route, closes) => {
    const best = explore(bundled(file)).best!;
    expect(best.path.slice(0, -1)).toEqual(route);
    expect(closes).toContain(best.path.at(-1));
    expect(best.grade).toBe('A');
  });
});

describe('difficulty', () => {
  // The campaign's bands for the share of reply paths that end in success (level 3, level 4).
  it.each([
    ['07-quality-dispute.yaml', 0.12, 0.22],
    ['08-promise-breaker.yaml', 0.06, 0.12],
    ['09-complaint-threat.yaml', 0.06, 0.12],
  ])('%s sits in its band', (file, low, high) => {
    const scenario = bundled(file);
    const share = successShare(scenario, endStates(scenario));
    expect(share).toBeGreaterThanOrEqual(low);
    expect(share).toBeLessThanOrEqual(high);
  });
});
