// The free-text matcher: the mapping order, negation, lawful statements, the third-party rule,
// both languages, mixed and full-width input, and what the engine records.
import { describe, expect, it } from 'vitest';
import { chooseReply, sayFreeText, startRun } from '../../src/core/engine';
import {
  closestReply, containsPhrase, DECISIVE_SIMILARITY, matchFreeText, normalize, similarity, SIMILARITY_THRESHOLD,
} from '../../src/core/matcher';
import { scanText } from '../../src/core/scan';
import { fixtureScenario } from '../support/scenarios';

const scenario = fixtureScenario('matcher-rules.yaml');
const match = (node: string, text: string) => {
  const n = scenario.nodes.get(node)!;
  return matchFreeText(text, { node: n, offered: n.replies, lang: 'en' });
};
const kinds = (text: string, party: 'debtor' | 'third-party' = 'debtor') => scanText(text, { party }).violations.map((v) => v.kind);

describe('the mapping order', () => {
  it('tries the node keywords first, and still counts a violation typed with them', () => {
    const r = match('talk', '分期，不然让你坐牢');
    expect(r.reply).toBe('plan');
    expect(r.rule).toEqual({ kind: 'keyword', rule: 0, keyword: '分期' });
    expect(r.violations).toEqual([{ kind: 'deception', phrase: '坐牢', entry: 'deception-jail', alsoMatches: ['threat'] }]);
  });

  it('does not count a negated keyword', () => {
    expect(match('talk', 'No payment plan, sorry.').rule.kind).not.toBe('keyword');
    expect(match('talk', '不分期').rule.kind).not.toBe('keyword');
    expect(match('talk', 'A payment plan, please.').rule).toEqual({ kind: 'keyword', rule: 0, keyword: 'payment plan' });
    expect(match('talk', '分期？不，我不想分期').rule).toEqual({ kind: 'keyword', rule: 0, keyword: '分期' });
  });

  it('maps a violation onto an offered reply that commits it, so the debtor reacts', () => {
    expect(match('talk', "You'll go to jail")).toMatchObject({
      reply: 'jail',
      rule: { kind: 'violation', violation: 'deception', phrase: 'go to jail', entry: 'deception-jail' },
    });
    expect(match('talk', '你这种人我见多了')).toMatchObject({ reply: 'insult', rule: { kind: 'violation', violation: 'insult' } });
    expect(match('talk', '明天法院就来查封')).toMatchObject({ reply: 'jail', rule: { kind: 'violation', entry: 'deception-court-action' } });
  });

  it('maps a false arrest claim onto a threatening reply when no deceptive one is offered', () => {
    expect(match('open', "You'll be arrested")).toMatchObject({ reply: 'scare', rule: { kind: 'violation', violation: 'deception' } });
  });

  it('maps a threat, deception or harassment onto a pressure reply when no reply commits it', () => {
    expect(match('soft', "We'll call you every night")).toMatchObject({
      reply: 'push',
      rule: { kind: 'violation', violation: 'harassment', phrase: 'call you every night' },
    });
  });

  it('lets very close wording decide before the tactics', () => {
    const r = match('soft', 'sure whatever you say genius');
    expect(r.reply).toBe('sneer');
    expect(r.rule).toEqual({ kind: 'similar', score: 1 });
    expect(r.violations).toEqual([]);
  });

  it('uses the tactic lexicon when keywords and wording do not decide; substance beats softeners', () => {
    const r = match('talk', 'I hear you. Could we spread it over a few months?');
    expect(r.tactics.map((t) => t.tactic)).toEqual(['listen', 'plan']);
    expect(r).toMatchObject({ reply: 'plan', rule: { kind: 'tactic', tactic: 'plan', phrase: 'spread it over', entry: 'tactic-plan' } });
    expect(match('talk', 'I understand.')).toMatchObject({ reply: 'empathise', rule: { kind: 'tactic', tactic: 'empathy' } });
    expect(match('open', 'Good morning, is this a good time?')).toMatchObject({ reply: 'greet', rule: { kind: 'tactic', tactic: 'greet' } });
    expect(match('talk', '您这个月是遇到什么困难了吗')).toMatchObject({ reply: 'ask', rule: { kind: 'tactic', tactic: 'probe' } });
  });

  it('falls back to closeness above the threshold, then to the fallback', () => {
    const r = match('relative', 'ask him to ring Chen');
    expect(r.reply).toBe('message');
    expect(r.rule.kind).toBe('similar');
    expect(match('talk', 'zzz qqq')).toMatchObject({ reply: null, rule: { kind: 'fallback' }, violations: [] });
    expect(match('talk', '   ...  ')).toMatchObject({ reply: null, rule: { kind: 'fallback' }, normalized: '' });
  });

  it('never pins a clean answer on a faulty reply by loose wording or a tactic', () => {
    const nearest = closestReply(normalize('you say so'), scenario.nodes.get('soft')!.replies)!;
    expect(nearest.reply.id).toBe('sneer');
    expect(nearest.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(nearest.score).toBeLessThan(DECISIVE_SIMILARITY);
    expect(match('soft', 'you say so').reply).not.toBe('sneer');
  });

  it('counts a violation that no offered reply commits, whatever the answer maps to', () => {
    const r = match('talk', 'I understand, but think of your kids');
    expect(r.reply).toBe('empathise');
    expect(r.violations).toEqual([{ kind: 'guilt', phrase: 'think of your kids', entry: 'guilt-family', alsoMatches: [] }]);
    const t = match('talk', '我会call你的boss');
    expect(t.reply).toBeNull();
    expect(t.violations.map((v) => v.kind)).toEqual(['threat']);
  });

  it('considers only the replies offered now', () => {
    const n = scenario.nodes.get('talk')!;
    const offered = n.replies.filter((r) => r.id !== 'jail' && r.id !== 'plan');
    expect(matchFreeText('分期还', { node: n, offered, lang: 'en' }).reply).not.toBe('plan');
    expect(matchFreeText("you'll go to jail", { node: n, offered, lang: 'en' }).reply).toBeNull();
  });
});

describe('negation', () => {
  it.each([
    'we will not sue', "I'm not threatening you", '不会起诉', '不会告诉您家人', '绝不会上门',
    "We're not going to ever be telling your family", '我们不会把这件事告诉您的家人', 'Nobody is going to arrest you.',
    '没有人会去您家', 'I will never call your boss.', '我不是在威胁您', "I'm not calling you a liar.", 'There is no extra fee.',
    // One negation covers a chain of flagged phrases.
    '我们不会找人上门收拾你', 'We will not come to your house or tell your boss', '不会起诉你或者告诉你家人',
    // A question answered at once by a bare denial.
    '我们上门？不会的，我们只通过电话沟通。', 'Tell your boss? Never.',
  ])('excuses %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ["I'm not joking, we know where you live.", 'threat'],
    ["I won't sue you, I'll just tell your boss.", 'threat'],
    ['we won\'t sue you but we will tell your wife', 'threat'],
    ["I'm not threatening you but your kids might not be safe", 'threat'],
    ['不还钱就起诉你', 'threat'],
    ['别逼我去你家', 'threat'],
    ['不要让我告诉你家人', 'threat'],
    ['我不是吓唬你你会坐牢的', 'deception'],
    ['No, I will tell your boss.', 'threat'],
    ['If not we will call your boss', 'threat'],
    ["You don't want me to call your employer, do you?", 'threat'],
    ["We won't sue. We'll tell your boss.", 'threat'],
    ["Don't fucking lie to me.", 'insult'],
    ['We will not sue you and we will tell your boss', 'threat'],
    ['不起诉你，直接告诉你家人', 'threat'],
    ["We'll tell your boss. No?", 'threat'],
  ])('does not let a negation excuse %j', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('truthful, lawful statements', () => {
  it.each([
    ['a late fee applies', 'consequence'],
    ['this may be reported to the credit bureau', 'consequence'],
    ['the bank may take lawful legal action', 'escalate'],
    ['逾期会影响征信', 'consequence'],
    ['我们可能会通过法律途径', 'escalate'],
    ['如果一直不还，银行有权依法起诉', 'escalate'],
    ['If the account stays unpaid we may refer it to our legal team.', 'escalate'],
    ['Interest keeps accruing every day it is late.', 'consequence'],
  ])('%j is a %s, not a violation', (text, tactic) => {
    const r = scanText(text);
    expect(r.violations).toEqual([]);
    expect(r.tactics.map((t) => t.tactic)).toContain(tactic);
  });

  it.each([
    ["you'll go to jail", 'deception'],
    ['警察会来抓你', 'deception'],
    ['明天法院就来查封', 'deception'],
    ['We will sue you tomorrow.', 'threat'],
    ['我们马上起诉你', 'threat'],
    ['Your credit is ruined forever.', 'deception'],
    ["We'll add a collection fee.", 'deception'],
  ])('%j is a %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('a third party on the line', () => {
  it.each([
    'He owes us money', 'Tell him his card bill is overdue.', 'It is about the loan.', 'He is 1,860 yuan behind.',
    '麻烦转告他尽快还款', '他欠我们五千块', '他已经逾期了',
  ])('takes any mention of the debt as a disclosure: %j', (text) => {
    expect(kinds(text, 'third-party')).toContain('disclosure');
    expect(kinds(text, 'debtor')).not.toContain('disclosure');
  });

  it('maps the disclosure onto the offered reply that discloses', () => {
    expect(match('relative', 'He owes us money')).toMatchObject({
      reply: 'reveal',
      rule: { kind: 'violation', violation: 'disclosure', phrase: 'owes', entry: 'third-party-debt' },
    });
  });

  it('leaves a plain message clean', () => {
    expect(match('relative', 'Could you ask him to call Chen back, please?')).toMatchObject({ reply: 'message', violations: [] });
    expect(kinds('麻烦您转告他给我回个电话', 'third-party')).toEqual([]);
  });

  it('counts asking the third party to pay as harassment: one phrase, one fault', () => {
    expect(kinds('你能替他还吗', 'third-party')).toEqual(['harassment']);
    expect(kinds('Can you pay it for him?', 'third-party')).toEqual(['harassment']);
    expect(kinds('please pay it for him', 'third-party')).toEqual(['harassment']);
  });

  it('counts the debt named and the pressure to pay as two faults when they are two phrases', () => {
    expect(kinds('他欠我们五千块，你能替他还吗', 'third-party').sort()).toEqual(['disclosure', 'harassment']);
    expect(kinds('He owes us 2,000. Can you pay it for him?', 'third-party').sort()).toEqual(['disclosure', 'harassment']);
  });
});

describe('languages and input forms', () => {
  it('reads full-width input and quotes it as typed', () => {
    const r = scanText('ＹＯＵ ＷＩＬＬ ＧＯ ＴＯ ＪＡＩＬ');
    expect(r.violations).toMatchObject([{ kind: 'deception', phrase: 'ＧＯ ＴＯ ＪＡＩＬ' }]);
    expect(match('talk', 'ＩＮＳＴＡＬＭＥＮＴＳ?').rule).toEqual({ kind: 'keyword', rule: 0, keyword: 'instalments' });
  });

  it('reads traditional characters', () => {
    expect(scanText('你會坐牢').violations).toMatchObject([{ kind: 'deception', phrase: '坐牢' }]);
    expect(kinds('我們會打電話給你的家人')).toEqual(['threat']);
  });

  it('reads mixed Chinese and English', () => {
    expect(kinds('我会call你的boss')).toEqual(['threat']);
    expect(kinds('你这个deadbeat')).toEqual(['insult']);
    expect(kinds('I will tell 你老婆')).toEqual(['threat']);
    expect(match('talk', 'Sorry, 我理解您的难处')).toMatchObject({ reply: 'empathise', rule: { kind: 'tactic', tactic: 'empathy' } });
  });

  it('sees through spaces and invisible characters inside Chinese words', () => {
    expect(kinds('老 赖')).toEqual(['insult']);
    expect(kinds('你\u200b这个骗子')).toEqual(['insult']);
  });

  it('handles English inflections and contractions', () => {
    expect(kinds("We've been calling you every day and we'll keep calling you.")).toEqual(['harassment']);
    expect(kinds('He threatened to sue you.')).toEqual(['threat']);
    expect(kinds('ur a loser')).toEqual(['insult']);
  });

  it('matches English whole words only', () => {
    expect(kinds('We will pursue your case through the usual channels.')).toEqual([]);
    expect(kinds('Please hold, I am checking the shipment.')).toEqual([]);
  });
});

describe('result', () => {
  it('carries the reply, the rule, the violations, the tactics and the normalised text', () => {
    const r = match('talk', "I understand — but you'll go to JAIL!");
    expect(r).toEqual({
      reply: 'jail',
      rule: { kind: 'violation', violation: 'deception', phrase: 'go to JAIL', entry: 'deception-jail' },
      violations: [{ kind: 'deception', phrase: 'go to JAIL', entry: 'deception-jail', alsoMatches: ['threat'] }],
      tactics: [{ tactic: 'empathy', phrase: 'I understand', entry: 'tactic-empathy' }],
      normalized: 'i understand but you will go to jail',
    });
  });

  it('keeps the helpers it is built from', () => {
    expect(containsPhrase(normalize('Could we do INSTALMENTS?'), 'instalments')).toBeGreaterThan(-1);
    expect(containsPhrase(normalize('reinstalments'), 'instalments')).toBe(-1);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('你好', '再见')).toBe(0);
  });
});

describe('in the engine', () => {
  const talk = () => chooseReply(scenario, startRun(scenario, { lang: 'en', mode: 'free' }), 'greet').state;

  it('records violations found in the typed text, quoted as typed, even on a clean reply', () => {
    const { events, state } = sayFreeText(scenario, talk(), 'I understand, but think of your kids');
    expect(events.reply).toBe('empathise');
    expect(events.match).toMatchObject({ kind: 'tactic', tactic: 'empathy' });
    expect(events.violations).toEqual([{ turn: 2, kind: 'guilt', source: 'text', phrase: 'think of your kids', entry: 'guilt-family' }]);
    expect(state.violations).toHaveLength(1);
  });

  it('counts typed words that commit the reply’s own fault once, and a different fault in the text once more', () => {
    const { events } = sayFreeText(scenario, talk(), "You'll end up in jail, 你这种人");
    expect(events.reply).toBe('jail');
    expect(events.violations).toEqual([
      { turn: 2, kind: 'deception', source: 'text', phrase: 'end up in jail', entry: 'deception-jail' },
      { turn: 2, kind: 'insult', source: 'text', phrase: '你这种人', entry: 'insult-names' },
    ]);
  });

  it('counts one typed phrase once even when the reply it is understood as names another kind', () => {
    // "scare" is tagged a threat; a blacklist or arrest claim is deception that also works as one.
    const start = startRun(scenario, { lang: 'en', mode: 'free' });
    for (const typed of ["You'll be blacklisted by every bank.", "We'll have you arrested.", '你会被列入全国黑名单']) {
      const { events, state } = sayFreeText(scenario, start, typed);
      expect(events.reply, typed).toBe('scare');
      expect(events.violations, typed).toMatchObject([{ kind: 'deception', source: 'text' }]);
      expect(state.violations, typed).toHaveLength(1);
    }
  });

  it('counts every typed phrase that makes up the reply’s one faulty move once', () => {
    const start = startRun(scenario, { lang: 'en', mode: 'free' });
    const { events } = sayFreeText(scenario, start, "We'll sue you, and you'll be blacklisted by every bank.");
    expect(events.reply).toBe('scare');
    expect(events.violations).toEqual([{ turn: 1, kind: 'threat', source: 'text', phrase: 'sue you', entry: 'threat-sue' }]);
  });

  it('still counts the reply’s fault when the typed words carry none the lexicon knows', () => {
    const start = startRun(scenario, { lang: 'en', mode: 'free' });
    const { events } = sayFreeText(scenario, start, "Pay now or we'll tell your employer.");
    expect(events.reply).toBe('scare');
    expect(events.violations).toHaveLength(1);
    expect(events.violations[0]).toMatchObject({ kind: 'threat' });
  });
});
