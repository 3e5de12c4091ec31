// The headless input format and how each line is played.
import { describe, expect, it } from 'vitest';
import { InputError, parseInputLines, resolvePick } from '../../src/cli/inputs';
import { playInputs } from '../../src/cli/playthrough';
import { offeredReplies, startRun } from '../../src/core/engine';
import { fixtureScenario } from '../support/scenarios';

const rules = fixtureScenario('engine-rules.yaml');
const example = fixtureScenario('format-example.yaml');

function errorOf(fn: () => unknown): InputError {
  try { fn(); } catch (error) { if (error instanceof InputError) return error; throw error; }
  throw new Error('expected an InputError');
}

describe('parseInputLines', () => {
  it('reads ids, numbers and typed answers with their line numbers; skips blanks and comments', () => {
    const text = '\uFEFF# a comment\nintroduce\r\n\n   2   # the second one\n>  I understand, truly  \n  # indented comment\n>no space\n';
    expect(parseInputLines(text)).toEqual([
      { line: 2, kind: 'pick', value: 'introduce' },
      { line: 4, kind: 'pick', value: '2' },
      { line: 5, kind: 'text', text: 'I understand, truly' },
      { line: 7, kind: 'text', text: 'no space' },
    ]);
  });

  it('keeps # inside a typed answer', () => {
    expect(parseInputLines('> we are #1 # really')).toEqual([{ line: 1, kind: 'text', text: 'we are #1 # really' }]);
  });

  it('rejects an empty typed answer with its line number', () => {
    const e = errorOf(() => parseInputLines('warm\n>   \n'));
    expect(e.line).toBe(2);
    expect(e.message).toBe('the typed answer after ">" is empty');
  });

  it('gives nothing to play for an empty file', () => {
    expect(parseInputLines('')).toEqual([]);
    expect(parseInputLines('\n# only comments\n\n')).toEqual([]);
  });
});

describe('resolvePick', () => {
  const state = startRun(rules, { lang: 'en', mode: 'practice' });
  const node = rules.nodes.get('open')!;
  const offered = offeredReplies(rules, state);

  it('takes digits as the number on screen (offered replies only) and other words as ids', () => {
    expect(resolvePick('2', node, offered)).toEqual({ reply: offered[1], by: 'number' });
    expect(resolvePick('warm', node, offered)).toEqual({ reply: offered[0], by: 'id' });
  });

  it('explains a number out of range, a hidden reply and an unknown id', () => {
    expect(resolvePick('3', node, offered)).toEqual({ error: 'there is no reply number 3 at node "open": 2 replies are offered (offered: 1 warm, 2 blunt)' });
    expect(resolvePick('secret', node, offered)).toEqual({
      error: 'reply "secret" is not offered at node "open" now: its condition "rapport >= 90" does not hold (offered: 1 warm, 2 blunt)',
    });
    expect(resolvePick('hello there', node, offered)).toEqual({
      error: 'node "open" has no reply "hello there" (offered: 1 warm, 2 blunt); to type an answer, start the line with "> "',
    });
  });
});

describe('playInputs', () => {
  const practice = { lang: 'en', mode: 'practice' } as const;

  it('plays picks by id and by number, and typed answers through the matcher', () => {
    const p = playInputs(rules, practice, parseInputLines('warm\n> 可以分期吗\n'));
    expect(p.steps.map((s) => [s.input.line, s.by ?? 'typed', s.record.reply])).toEqual([[1, 'id', 'warm'], [2, 'typed', 'plan']]);
    expect(p.state.ending).toBe('paid');
    expect(p.steps[1]!.record.match).toEqual({ kind: 'keyword', rule: 0, keyword: '分期' });
  });

  it('numbers only the offered replies, as the screen does', () => {
    const p = playInputs(rules, practice, parseInputLines('1\n4\n1\n'));
    expect(p.steps.map((s) => s.record.reply)).toEqual(['warm', 'sister', 'message']);
    expect(p.state.ending).toBe('later');
  });

  it('stops with the call so far when the inputs run out', () => {
    const p = playInputs(example, practice, parseInputLines('introduce\n'));
    expect(p.state.ending).toBeNull();
    expect(p.state.node).toBe('reason');
  });

  it('refuses input after the ending, naming both lines', () => {
    const e = errorOf(() => playInputs(example, practice, parseInputLines('introduce\ndate\n\n# more\ndate\n')));
    expect(e.line).toBe(5);
    expect(e.message).toBe('the call already ended at "paid-today" (Paid today) after line 2; nothing more can be played');
  });

  it('reports the line of a pick that cannot be played', () => {
    const e = errorOf(() => playInputs(example, practice, parseInputLines('introduce\n\nnope\n')));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^node "reason" has no reply "nope" \(offered: 1 date, 2 shame\)$/);
  });

  it('accepts reply picks in free mode too', () => {
    const p = playInputs(example, { lang: 'zh', mode: 'free' }, parseInputLines('introduce\n> 您看今天下午能处理吗？我把金额发您\n'));
    expect(p.state.mode).toBe('free');
    expect(p.steps.map((s) => s.record.reply)).toEqual(['introduce', 'date']);
  });
});
