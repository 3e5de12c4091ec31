// Design invariants of scenarios 04–06 that `validate` and the scenarios' own tests cannot see:
// what the debtor is told on a third-party line, and what must be true whenever a call succeeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseReply, offeredReplies, startRun, type RunState } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';
import { textVariants } from '../../src/core/text';
import { scenarioFromYaml } from '../support/scenarios';

function bundled(file: string): Scenario {
  const path = new URL(`../../scenarios/${file}`, import.meta.url).pathname;
  return scenarioFromYaml(readFileSync(path, 'utf8'), file);
}

/** Every finished run reachable by picking offered replies (the scenarios have no endless loops). */
function endStates(scenario: Scenario): RunState[] {
  const out: RunState[] = [];
  const walk = (state: RunState): void => {
    if (state.ending !== null) { out.push(state); return; }
    for (const reply of offeredReplies(scenario, state)) walk(chooseReply(scenario, state, reply.id).state);
  };
  walk(startRun(scenario, { lang: 'zh', mode: 'practice' }));
  return out;
}

const isSuccess = (scenario: Scenario, state: RunState): boolean => scenario.endings.get(state.ending!)!.outcome === 'success';

// Words that tell a listener there is a debt: the card, the bill, arrears, amounts, credit.
const DEBT_WORDS = /欠|逾期|账单|信用|卡|还款|最低|\d|owe|debt|overdue|bill|card|payment|credit|arrears|outstanding|balance|minimum|yuan/i;

describe('mother-answers: the third-party line', () => {
  const scenario = bundled('06-mother-answers.yaml');
  const thirdParty = [...scenario.nodes.values()].filter((n) => n.party === 'third-party');

  it('starts with his mother on the line', () => {
    expect(thirdParty.map((n) => n.id)).toContain(scenario.start);
    expect(thirdParty.length).toBeGreaterThanOrEqual(4);
  });

  it('lets no clean reply to the mother hint at the debt, and marks every reply that does', () => {
    for (const node of thirdParty) {
      for (const reply of node.replies) {
        const mentions = textVariants(reply.text).some((t) => DEBT_WORDS.test(t));
        const where = `${node.id}:${reply.id}`;
        if (reply.violation === undefined) expect(mentions, `${where} names the debt but is not a violation`).toBe(false);
        if (reply.violation === 'disclosure') expect(mentions, `${where} is a disclosure that names nothing`).toBe(true);
      }
    }
  });

  it('has the son react to a disclosure, and only then', () => {
    const son = scenario.nodes.get('son-takes-phone')!;
    let seen = 0;
    for (const end of endStates(scenario)) {
      const turn = end.turns.find((t) => t.node === son.id);
      if (!turn) continue;
      seen++;
      const disclosed = end.violations.some((v) => v.turn < turn.turn);
      const angry = textVariants(turn.said).some((t) => /我妈说什么|say to my mum/.test(t));
      expect(angry, `turn ${turn.turn} of a run ending at ${end.ending}`).toBe(disclosed);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('success needs the skill the scenario teaches', () => {
  it('loan-for-a-friend: he commits only once he has stopped deflecting', () => {
    const scenario = bundled('05-loan-for-a-friend.yaml');
    const successes = endStates(scenario).filter((s) => isSuccess(scenario, s));
    expect(successes.length).toBeGreaterThan(0);
    for (const s of successes) expect(s.stats.deflection).toBeLessThanOrEqual(50);
  });

  it('loan-for-a-friend: handing the debt to the friend never succeeds', () => {
    const scenario = bundled('05-loan-for-a-friend.yaml');
    for (const s of endStates(scenario).filter((x) => x.turns.some((t) => t.reply === 'wait-for-friend'))) {
      expect(s.ending).toBe('passed-to-friend');
    }
  });

  it('mother-answers: every success went through the son, and clean runs beat runs with a violation', () => {
    const scenario = bundled('06-mother-answers.yaml');
    const ends = endStates(scenario);
    const share = (runs: RunState[]) => runs.filter((s) => isSuccess(scenario, s)).length / runs.length;
    for (const s of ends.filter((x) => isSuccess(scenario, x))) expect(s.turns.some((t) => t.node === 'son-takes-phone')).toBe(true);
    expect(share(ends.filter((s) => s.violations.length === 0))).toBeGreaterThan(2 * share(ends.filter((s) => s.violations.length > 0)));
  });

  it('lean-month: no success without a payment she can time to her payday', () => {
    const scenario = bundled('04-lean-month.yaml');
    const successes = endStates(scenario).filter((s) => isSuccess(scenario, s));
    expect(successes.length).toBeGreaterThan(0);
    for (const s of successes) expect(s.turns.some((t) => t.node === 'payday')).toBe(true);
  });
});
