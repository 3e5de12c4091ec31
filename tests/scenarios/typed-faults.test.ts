// One phrase, one fault, across every bundled scenario: a faulty reply typed word for word is
// understood as that reply and counts the faults choosing it would, so a `violations >= 2`
// trigger never fires on one sentence. The only exceptions are replies that commit two faults in
// two separate phrases, listed here with the kinds they count.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offeredReplies, replyViolation, sayFreeText, startRun } from '../../src/core/engine';
import { LEXICON } from '../../src/core/lexicon';
import type { Scenario } from '../../src/core/model';
import { scenarioFromYaml } from '../support/scenarios';

const dir = new URL('../../scenarios/', import.meta.url).pathname;
const scenarios: Scenario[] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => scenarioFromYaml(readFileSync(dir + f, 'utf8'), f));

/** scenario/reply → the kinds it counts when typed: two faults in two phrases. */
const TWO_FAULTS: Readonly<Record<string, readonly string[]>> = {
  // "您也得为孩子想想" is guilt-tripping; "逾期会影响孩子上学" a false consequence.
  'lean-month/school': ['deception', 'guilt'],
  // Told the minimum due (891) and asked to pay it: the debt disclosed, and pressure to pay.
  'mother-answers/take-her-money': ['disclosure', 'harassment'],
};

const cases = scenarios.flatMap((scenario) => scenario.languages.flatMap((lang) => {
  const start = startRun(scenario, { lang, mode: 'free' });
  return [...scenario.nodes.values()].flatMap((node) => {
    const state = { ...start, node: node.id, line: 0 };
    return offeredReplies(scenario, state).filter((r) => replyViolation(r) !== undefined)
      .map((reply) => ({ name: `${scenario.id}/${reply.id} (${lang})`, key: `${scenario.id}/${reply.id}`, scenario, state, reply, lang }));
  });
}));

describe('a faulty reply typed word for word', () => {
  it('is tried in every scenario that has one', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = (c.reply.text as Readonly<Record<string, string>>)[c.lang]!;
    const { events } = sayFreeText(c.scenario, c.state, text);
    const found = events.violations.map((v) => `${v.kind} (${v.source}${v.entry ? ` ${v.entry}` : ''}: ${v.phrase ?? ''})`).join('; ');
    expect(events.reply, `understood as ${events.reply}`).toBe(c.reply.id);
    const two = TWO_FAULTS[c.key];
    if (two) {
      expect(events.violations.map((v) => v.kind).sort(), found).toEqual(two);
      return;
    }
    // One fault: the reply's own, or typed words of a kind that also works as it.
    expect(events.violations, found).toHaveLength(1);
    const [v] = events.violations;
    const own = replyViolation(c.reply)!;
    const entry = LEXICON.find((e) => e.id === v!.entry);
    const standsFor = v!.kind === own || (entry?.kind !== 'tactic' && (entry?.alsoMatches ?? []).includes(own));
    expect(standsFor, found).toBe(true);
  });
});
