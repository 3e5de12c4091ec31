import { describe, expect, it } from 'vitest';
import { startRun } from '../../src/core/engine';
import { buildRunRecord } from '../../src/core/record';
import { RunRecordSchema, StoredRunRecordSchema, upgradeRecord } from '../../src/core/record-schema';
import { draftOf, loadFixture, playSteps } from '../support/store';

const loaded = loadFixture('format-example.yaml');
const context = { player: 'alice', startedAt: '2025-03-01T09:00:00.000Z', finishedAt: '2025-03-01T09:03:00.000Z' };

describe('buildRunRecord', () => {
  it('records a finished run: inputs, turns with effects, ending, score and grade', () => {
    const state = playSteps(loaded, ['introduce', 'date']);
    const draft = buildRunRecord({ scenario: loaded.scenario, hash: loaded.hash, file: loaded.file }, state, context);
    expect(draft).toMatchObject({
      v: 2, player: 'alice', scenario: 'forgot-the-date', hash: loaded.hash, title: 'Forgot the due date',
      difficulty: 1, mode: 'practice', lang: 'en', ending: 'paid-today', endingTitle: 'Paid today',
      debrief: 'A clear amount and deadline did it.', outcome: 'success', abandoned: false,
      start: { rapport: 50, willingness: 40 }, stats: { rapport: 55, willingness: 80 },
      inputs: [{ kind: 'reply', reply: 'introduce' }, { kind: 'reply', reply: 'date' }],
      violations: [],
    });
    expect(draft.turns.map((t) => [t.node, t.reply, t.effects, t.stats])).toEqual([
      ['hello', 'introduce', { rapport: 5 }, { rapport: 55, willingness: 40 }],
      ['reason', 'date', { willingness: 40 }, { rapport: 55, willingness: 80 }],
    ]);
    expect(draft.score).toBe(87);
    expect(draft.grade).toBe('A');
    expect(RunRecordSchema.parse({ ...draft, id: '0000000aa-abcdef' })).toEqual({ ...draft, id: '0000000aa-abcdef' });
  });

  it('keeps the texts as shown, in the run language, with the replies offered at each turn', () => {
    const draft = draftOf(loaded, ['demand', 'date'], 'bob', { lang: 'zh' });
    expect(draft.title).toBe('忘了还款日');
    const [first, second] = draft.turns;
    expect(first).toMatchObject({ said: '喂，你好，哪位?', replyText: '你的卡逾期了，今天必须还。', feedback: '开场先核实身份、说明来意。' });
    expect(first!.offered.map((o) => o.id)).toEqual(['introduce', 'demand']);
    // rapport fell below 40, so the debtor's colder line was the one shown.
    expect(second!.said).toBe('哦……怎么了?');
  });

  it('saves typed answers with what the matcher understood', () => {
    const draft = draftOf(loaded, ['introduce', { say: 'No problem, could you take care of it this afternoon?' }, ]);
    expect(draft.inputs[1]).toMatchObject({ kind: 'text', text: 'No problem, could you take care of it this afternoon?', understood: 'date' });
    expect((draft.inputs[1] as { rule: { kind: string } }).rule.kind).toBe('similar');
    const missed = draftOf(loaded, [{ say: 'zzz qqq' }]);
    expect(missed.inputs[0]).toEqual({ kind: 'text', text: 'zzz qqq', understood: null, rule: { kind: 'fallback' } });
    expect(missed.turns[0]!.effects).toEqual({ rapport: -3 });
  });

  it('marks a run left before an ending as abandoned, scored as unfinished', () => {
    const draft = draftOf(loaded, ['introduce']);
    expect(draft).toMatchObject({ abandoned: true, ending: null, outcome: null });
    expect(draft.breakdown.outcome).toBe(0);
    expect(draft.endingTitle).toBeUndefined();
  });

  it('records violations and the cap they bring', () => {
    const draft = draftOf(loaded, ['introduce', 'shame']);
    expect(draft.violations).toEqual([{ turn: 2, kind: 'insult', source: 'reply' }]);
    expect(draft.grade).toBe('F');
    const b = draft.breakdown;
    expect(b.sum + b.floor + b.violationCap).toBe(draft.score);
  });

  it('upgrades a version-1 record (one `cap`) to the current breakdown, and leaves others alone', () => {
    const current = { ...draftOf(loaded, ['introduce', 'shame']), id: '0000000aa-abcdef' };
    const { sum: _s, floor: _f, violationCap: _v, ...parts } = current.breakdown;
    const v1 = { ...current, v: 1, breakdown: { ...parts, cap: current.score - current.breakdown.sum } };
    expect(StoredRunRecordSchema.parse(v1)).toEqual(current);
    expect(upgradeRecord(current)).toBe(current);
    expect(upgradeRecord({ v: 1, breakdown: 'x' })).toEqual({ v: 1, breakdown: 'x' });
    expect(StoredRunRecordSchema.safeParse({ v: 1, breakdown: { outcome: 'x' } }).success).toBe(false);
  });

  it('refuses a state from another scenario', () => {
    const other = loadFixture('engine-rules.yaml');
    const state = startRun(other.scenario, { lang: 'en', mode: 'practice' });
    expect(() => buildRunRecord({ scenario: loaded.scenario, hash: loaded.hash }, state, context)).toThrow(/engine-rules/);
  });
});
