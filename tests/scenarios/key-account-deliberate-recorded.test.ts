// Design invariants of scenarios 10–12 that `validate` and the scenarios' own tests cannot see:
// a typed reply is understood as the reply it copies (and faults the same way), a violation never
// wins a call, and on the recorded line any fault the lexicon hears ends the call.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseReply, offeredReplies, replyViolation, sayFreeText, startRun, type RunState } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model';
import { textIn } from '../../src/core/text';
import { scenarioFromYaml } from '../support/scenarios';

function bundled(file: string): Scenario {
  const path = new URL(`../../scenarios/${file}`, import.meta.url).pathname;
  return scenarioFromYaml(readFileSync(path, 'utf8'), file);
}

const FILES = ['10-key-account-year-end.yaml', '11-deliberate-default.yaml', '12-recorded-call.yaml'];

/** The first state (breadth-first over offered replies) at which each node is reached. */
function firstVisits(scenario: Scenario): Map<string, RunState> {
  const seen = new Map<string, RunState>();
  const queue: RunState[] = [startRun(scenario, { lang: 'zh', mode: 'free' })];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (state.node === null || seen.has(state.node)) continue;
    seen.set(state.node, state);
    for (const reply of offeredReplies(scenario, state)) queue.push(chooseReply(scenario, state, reply.id).state);
  }
  return seen;
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

describe.each(FILES)('%s', (file) => {
  const scenario = bundled(file);
  const visits = firstVisits(scenario);

  it('reaches every node by picking replies', () => {
    expect([...visits.keys()].sort()).toEqual([...scenario.nodes.keys()].sort());
  });

  it.each(['zh', 'en'])('understands every reply typed word for word in %s, faults and all', (lang) => {
    for (const [id, at] of visits) {
      const state = { ...at, lang };
      for (const reply of offeredReplies(scenario, state)) {
        const { events } = sayFreeText(scenario, state, textIn(reply.text, lang));
        const where = `${id}:${reply.id} (${lang})`;
        expect(events.reply, `${where} was understood as another reply`).toBe(reply.id);
        const kinds = events.violations.map((v) => v.kind);
        const fault = replyViolation(reply);
        if (fault) expect(kinds, `${where} typed should count its ${fault}`).toContain(fault);
        else expect(kinds, `${where} is clean but typed it counts a violation`).toEqual([]);
      }
    }
  });

  it('never lets a call that broke the conduct rules end in success', () => {
    const ends = endStates(scenario);
    expect(ends.some((s) => scenario.endings.get(s.ending!)!.outcome === 'success')).toBe(true);
    for (const end of ends) {
      if (scenario.endings.get(end.ending!)!.outcome !== 'success') continue;
      expect(end.violations, `a run ending at ${end.ending}`).toEqual([]);
    }
  });
});

describe('recorded-call: one fault on tape ends the call', () => {
  const scenario = bundled('12-recorded-call.yaml');
  const visits = firstVisits(scenario);
  // Faults a stressed collector might type, each recognised by the conduct lexicon.
  const typed: Record<string, string[]> = {
    zh: ['你再不还，我就告诉你爸妈', '再拖下去你要坐牢的', '你这种人我见多了', '不还就冻结你所有的银行卡'],
    en: ["If you don't pay, I'll tell your parents.", "You'll go to jail for this.", "People like you never pay.", "We'll call you every day until you pay."],
  };

  it('ends at on-the-record whenever a reply commits a violation', () => {
    for (const [id, state] of visits) {
      for (const reply of offeredReplies(scenario, state)) {
        if (!replyViolation(reply)) continue;
        expect(chooseReply(scenario, state, reply.id).state.ending, `${id}:${reply.id}`).toBe('on-the-record');
      }
    }
  });

  it.each(['zh', 'en'])('ends at on-the-record when a fault is typed at any node (%s)', (lang) => {
    for (const [id, at] of visits) {
      for (const text of typed[lang]!) {
        const { state, events } = sayFreeText(scenario, { ...at, lang }, text);
        expect(events.violations.length, `"${text}" at ${id}`).toBeGreaterThan(0);
        expect(state.ending, `"${text}" at ${id}`).toBe('on-the-record');
      }
    }
  });
});
