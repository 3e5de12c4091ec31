// The transcript as a Chinese-speaking learner reads it: no English words from the code in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offeredList, parseInputLines, resolvePick } from '../../src/cli/inputs';
import { makeStyle } from '../../src/cli/output';
import { playInputs } from '../../src/cli/playthrough';
import { transcriptLines } from '../../src/cli/transcript';
import { offeredReplies, startRun } from '../../src/core/engine';
import { parseScenario } from '../../src/content/load';
import { fixturePath, fixtureScenario } from '../support/scenarios';

const example = fixtureScenario('format-example.yaml');

describe('the Chinese transcript', () => {
  it('names the move a typed answer sounds like in Chinese', () => {
    const lines = transcriptLines(playInputs(example, { lang: 'zh', mode: 'practice' }, parseInputLines('> 您好')), 'e.yaml', makeStyle(false));
    expect(lines).toContain('    理解为 [introduce] 您好刘女士，我是信用卡中心的小陈，想和您确认一下本月账单。（像是问候：“您好”）');
  });

  it('keeps the English names in the English transcript', () => {
    const lines = transcriptLines(playInputs(example, { lang: 'en', mode: 'practice' }, parseInputLines('> hello there')), 'e.yaml', makeStyle(false));
    expect(lines.some((l) => l.endsWith('(sounds like greet: "hello")'))).toBe(true);
  });
});

describe('answer lines as people type them', () => {
  const start = startRun(example, { lang: 'en', mode: 'practice' });
  const node = example.nodes.get(example.start)!;
  const offered = offeredReplies(example, start);

  it('reads full-width digits and letters (a Chinese input method) as the number or id they are', () => {
    expect(resolvePick('２', node, offered)).toMatchObject({ reply: { id: 'demand' }, by: 'number' });
    expect(resolvePick('ｉｎｔｒｏｄｕｃｅ', node, offered)).toMatchObject({ reply: { id: 'introduce' }, by: 'id' });
  });

  it('shows control characters in an unknown answer line instead of hiding them', () => {
    const pick = resolvePick('\u001b[31mintroduce', node, offered);
    expect(pick).toEqual({ error: 'node "hello" has no reply "\\u001B[31mintroduce" (offered: 1 introduce, 2 demand)' });
  });
});

describe("the Chinese exam debrief", () => {
  it('puts a full-width colon after each turn of the coach\'s notes', () => {
    const lines = transcriptLines(playInputs(example, { lang: 'zh', mode: 'exam' }, parseInputLines('demand\nshame')), 'e.yaml', makeStyle(false));
    expect(lines).toEqual(expect.arrayContaining(['教练点评', '  1 · hello：开场先核实身份、说明来意。', '  2 · reason：✗ 违规：侮辱 — 这句回复本身']));
  });
});

describe('the account line', () => {
  it('shows an amount with cents as money (12000.50, not 12000.5)', () => {
    const text = readFileSync(fixturePath('format-example.yaml'), 'utf8').replace('amount: 1860', 'amount: 12000.50');
    const result = parseScenario(text, 'cents.yaml');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const lines = transcriptLines(playInputs(result.loaded.scenario, { lang: 'en', mode: 'practice' }, []), 'cents.yaml', makeStyle(false));
    expect(lines).toContain('Account: 12000.50 CNY · 5 days overdue');
  });
});

describe('the replies on offer in an error', () => {
  it('shows a reply whose id is its default number once ("1, 2"), not as "1 1, 2 2"', () => {
    const replies = [{ id: '1' }, { id: 'ask' }, { id: '2' }] as unknown as Parameters<typeof offeredList>[0];
    expect(offeredList(replies)).toBe('1, 2 ask, 3 2');
  });
});
