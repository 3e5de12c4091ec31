// The headless transcript and JSON: what a learner sees, line by line.
import { describe, expect, it } from 'vitest';
import { parseInputLines } from '../../src/cli/inputs';
import { makeStyle } from '../../src/cli/output';
import { playJson } from '../../src/cli/play-json';
import { playInputs } from '../../src/cli/playthrough';
import { delta, stars, transcriptLines } from '../../src/cli/transcript';
import type { Mode } from '../../src/core/engine';
import { compileScenario } from '../../src/core/model';
import { fixtureScenario } from '../support/scenarios';

const rules = fixtureScenario('engine-rules.yaml');
const example = fixtureScenario('format-example.yaml');
const plain = makeStyle(false);

function transcript(inputs: string, mode: Mode = 'practice', scenario = rules, lang = 'en'): string[] {
  return transcriptLines(playInputs(scenario, { lang, mode }, parseInputLines(inputs)), 'r.yaml', plain);
}

describe('transcript', () => {
  it('shows the debtor line, note, the reply, clamped stat changes and the coach', () => {
    const lines = transcript('warm\nsister\nmessage');
    expect(lines.slice(0, 2)).toEqual(['Engine rules  ★☆☆☆☆', 'engine-rules · practice · en · r.yaml']);
    expect(lines.slice(3, 9)).toEqual([
      '1 · open',
      '  Debtor: Yes?',
      '  (sighs)',
      "  You [warm]: Good morning, I hope I'm not catching you at a bad time.",
      '  Rapport ▲ +30 → 60 · Willingness ▲ +5 → 100',
      '  Coach: A warm opening.',
    ]);
  });

  it('marks a third party on the line and ends with the ending, debrief and score breakdown', () => {
    const lines = transcript('warm\nsister\nmessage');
    expect(lines).toEqual(expect.arrayContaining([
      "  Third party: This is his sister. He's out.",
      '  ! a third party is on the line: do not reveal the debt',
    ]));
    expect(lines.slice(-6)).toEqual(['', 'Ending: Later (partial)', '  Some progress.', '', 'Score 73/100 · grade B', '  outcome 30 + rapport 13 + willingness 20 + length 10 = 73']);
  });

  it('says how a typed answer was understood, or that it was not', () => {
    expect(transcript('warm\n> 可以分期吗')).toEqual(expect.arrayContaining([
      '  You typed: 可以分期吗',
      '    understood as [plan] Could we split it into three monthly instalments? (keyword "分期")',
    ]));
    const lines = transcript('blunt\n> qwzx');
    expect(lines).toEqual(expect.arrayContaining([
      '    not understood as any reply (the fallback applies)',
      '  Patience ▼ -2 → 0',
      '  trigger patience <= 0 → gave-up',
    ]));
  });

  it('names violations per turn in practice, and keeps the coach for the debrief in exam mode', () => {
    expect(transcript('blunt\ninsult')).toContain('  ✗ Violation: insult — the reply itself');
    const exam = transcript('blunt\ninsult', 'exam');
    expect(exam).not.toContain('  Coach: Too blunt.');
    expect(exam).not.toContain('  ✗ Violation: insult — the reply itself');
    const notes = exam.indexOf("Coach's notes");
    expect(exam.slice(notes, notes + 3)).toEqual(["Coach's notes", '  1 · open: Too blunt.', '  2 · middle: ✗ Violation: insult — the reply itself']);
    expect(exam.slice(-2)).toEqual(['  outcome 0 + rapport 0 + willingness 19 + length 0 - violations 15 = 4', '  violation cap: keeps 29% of 4 → 1']);
  });

  it('shows a sum below 0 lifted by the floor, apart from the violation cap, so nothing reads as points added', () => {
    // introduce, then the insult: 0 + 1 + 8 + 0 - 15 = -6, which counts as 0; 29% of 0 is 0.
    const lines = transcript('introduce\n2', 'practice', example);
    expect(lines.slice(-3)).toEqual(['Score 0/100 · grade F', '  outcome 0 + rapport 1 + willingness 8 + length 0 - violations 15 = -6', '  floor at 0: -6 counts as 0']);
    const zh = transcript('introduce\n2', 'practice', example, 'zh');
    expect(zh.slice(-3)).toEqual(['得分 0/100 · 等级 F', '  结果 0 + 融洽度 1 + 还款意愿 8 + 通话长度 0 - 违规 15 = -6', '  最低 0 分：-6 按 0 计']);
  });

  it('says in Chinese what the violation cap keeps', () => {
    expect(transcript('blunt\ninsult', 'exam', rules, 'zh').at(-1)).toBe('  违规封顶：只保留 4 的 29% → 1');
  });

  it('names the lexicon rule that recognised a typed fault', () => {
    const matcher = fixtureScenario('matcher-rules.yaml');
    const lines = transcript('greet\n> I understand, but think of your kids', 'free', matcher);
    expect(lines).toContain('  ✗ Violation: guilt-tripping — in what you typed: "think of your kids" (rule guilt-family)');
    const zh = transcript('greet\n> 我理解，但是你就不为孩子想想吗', 'free', matcher, 'zh');
    expect(zh).toContain('  ✗ 违规：道德绑架 — 出现在你的输入里：“你就不为孩子想想” (规则 guilt-family)');
    const json = playJson(playInputs(matcher, { lang: 'en', mode: 'free' }, parseInputLines('greet\n> think of your kids')), 'm.yaml');
    expect(json.violations).toEqual([{ turn: 2, kind: 'guilt', source: 'text', phrase: 'think of your kids', entry: 'guilt-family' }]);
  });

  it('shows where an unfinished call stands and what is offered, numbered as on screen', () => {
    const lines = transcript('blunt');
    const at = lines.indexOf('The call is not over: the inputs ran out after 1 reply, at node "middle".');
    expect(lines.slice(at, at + 7)).toEqual([
      'The call is not over: the inputs ran out after 1 reply, at node "middle".',
      '  Debtor: Get to the point.',
      '  Offered now:',
      '    1 [plan] Could we split it into three monthly instalments?',
      '    2 [insult] People like you never pay.',
      "    3 [threat] We'll see you in court tomorrow, and then jail.",
      '    4 [sister] Is your sister there?',
    ]);
    expect(lines).toContain('Score 19/100 · grade F (unfinished)');
  });

  it('speaks Chinese when the run is in Chinese, with full-width colons', () => {
    const lines = transcript('introduce\ndate', 'practice', example, 'zh');
    expect(lines[0]).toBe('忘了还款日  ★☆☆☆☆');
    expect(lines).toEqual(expect.arrayContaining([
      '账户：1860 CNY · 逾期 5 天',
      '  债务人：喂，你好，哪位?',
      '  融洽度 ▲ +5 → 55',
      '结局：当天还款（成功）',
      '得分 87/100 · 等级 A',
    ]));
  });

  it('never prints escape sequences from the scenario', () => {
    // Built without the loader (which refuses such text) to prove the transcript is safe on its own.
    const evil = compileScenario({
      format: 1, id: 'evil', title: 'T\u001B]0;owned\u0007', difficulty: 1,
      stats: { rapport: 50, willingness: 50 }, start: 'a',
      nodes: { a: { say: 'Hi\u001B[2J there', replies: [{ id: 'go', text: 'Go\u009B31m', next: 'done' }] } },
      endings: { done: { outcome: 'success', title: 'Done\u001B[0m', debrief: 'ok' } },
    });
    const text = transcript('go', 'practice', evil).join('\n');
    expect(text).not.toMatch(/[\u001B\u0007\u009B]/);
    expect(text).toContain('Debtor: Hi there');
  });

  it('draws difficulty and signed deltas', () => {
    expect(stars(3)).toBe('★★★☆☆');
    expect([delta(5, plain), delta(-3, plain), delta(0, plain)]).toEqual(['▲ +5', '▼ -3', '±0']);
  });
});

describe('play JSON', () => {
  it('has the documented keys and one step per reply', () => {
    const json = playJson(playInputs(example, { lang: 'en', mode: 'practice' }, parseInputLines('introduce\n2')), 'x.yaml');
    expect(json).toMatchObject({
      scenario: 'forgot-the-date', ending: 'hung-up', outcome: 'failure', score: 0, grade: 'F',
      stats: { rapport: 5, willingness: 40 },
      violations: [{ turn: 2, kind: 'insult', source: 'reply' }],
      node: null, offered: [],
      breakdown: { outcome: 0, rapport: 1, willingness: 8, length: 0, violations: -15, sum: -6, floor: 6, violationCap: 0 },
    });
    const steps = json.steps as Record<string, unknown>[];
    expect(steps).toHaveLength(2);
    expect(steps[1]).toMatchObject({
      turn: 2, node: 'reason', input: { line: 2, kind: 'reply', value: '2', by: 'number' }, reply: 'shame',
      effects: { rapport: -50 }, stats: { rapport: 5, willingness: 40 }, violations: [{ kind: 'insult' }],
      route: { goto: 'hung-up', via: 'route', index: 0, if: null }, ending: 'hung-up',
    });
  });

  it('gives a routed step its condition and an unfinished call its offered replies', () => {
    const done = playJson(playInputs(example, { lang: 'en', mode: 'practice' }, parseInputLines('introduce\ndate')), 'x.yaml');
    expect((done.steps as { route: unknown }[])[1]!.route).toEqual({ goto: 'paid-today', via: 'route', index: 0, if: 'willingness >= 70' });
    const open = playJson(playInputs(example, { lang: 'zh', mode: 'practice' }, parseInputLines('introduce')), 'x.yaml');
    expect(open).toMatchObject({ ending: null, outcome: null, node: 'reason', lang: 'zh' });
    expect(open.offered).toEqual([
      { number: 1, id: 'date', text: '没关系，您看今天下午能处理吗?我把金额发您。' },
      { number: 2, id: 'shame', text: '你这样就是老赖。' },
    ]);
  });
});
