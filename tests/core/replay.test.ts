import { describe, expect, it } from 'vitest';
import { RunRecordSchema, type RunRecord } from '../../src/core/record-schema';
import { replayRun } from '../../src/core/replay';
import { draftOf, loadFixture, loadYaml } from '../support/store';
import { readFileSync } from 'node:fs';

const loaded = loadFixture('format-example.yaml');
const asRecord = (draft: ReturnType<typeof draftOf>): RunRecord => RunRecordSchema.parse({ ...draft, id: '0000000aa-abcdef' });

describe('replayRun', () => {
  it('recomputes the run through the engine when the scenario is unchanged', () => {
    const record = asRecord(draftOf(loaded, ['demand', { say: 'No problem, could you take care of it this afternoon?' }]));
    const replay = replayRun(record, loaded);
    expect(replay).toMatchObject({ source: 'engine', reason: null, divergedAt: null, title: 'Forgot the due date', lang: 'en', abandoned: false });
    expect(replay.turns).toHaveLength(2);
    const [first, second] = replay.turns;
    expect(first).toMatchObject({
      said: "Hello, who's calling?",
      answer: { kind: 'reply', reply: 'demand', text: 'Your card is overdue. Pay today.' },
      effects: { rapport: -15 },
      before: { rapport: 50, willingness: 40 },
      after: { rapport: 35, willingness: 40 },
      feedback: 'Open by confirming identity and purpose.',
    });
    expect(first!.notTaken.map((r) => r.id)).toEqual(['introduce']);
    expect(second!.answer).toMatchObject({ kind: 'text', understood: 'date', understoodText: expect.stringContaining('this afternoon') });
    expect(second!.before).toEqual(first!.after);
    expect(replay.ending).toMatchObject({ id: 'paid-today', outcome: 'success', title: 'Paid today' });
    expect(replay.score).toBe(record.score);
  });

  it('shows a recomputed run in another language of the scenario', () => {
    const record = asRecord(draftOf(loaded, ['introduce', 'date'], 'bob', { lang: 'en' }));
    const replay = replayRun(record, loaded, { lang: 'zh' });
    expect(replay.lang).toBe('zh');
    expect(replay.title).toBe('忘了还款日');
    expect(replay.turns[0]!.said).toBe('喂，你好，哪位?');
    expect(replay.ending?.title).toBe('当天还款');
  });

  it('shows the saved record, saying so, when the scenario file changed', () => {
    const record = asRecord(draftOf(loaded, ['introduce', 'date']));
    const edited = loadYaml(readFileSync(loaded.file, 'utf8').replace('Paid today', 'Paid at once'), loaded.file);
    const replay = replayRun(record, edited);
    expect(replay).toMatchObject({ source: 'saved', reason: 'scenario-changed' });
    expect(replay.debtor).toBeUndefined(); // the record keeps no name: the screen says "Debtor"
    expect(replayRun(record, loaded).debtor).toBe('Ms. Liu');
    expect(replay.ending?.title).toBe('Paid today');
    expect(replay.turns.map((t) => t.answer.kind === 'reply' && t.answer.reply)).toEqual(['introduce', 'date']);
  });

  it('shows the saved record when the scenario is gone', () => {
    const record = asRecord(draftOf(loaded, ['introduce', 'date'], 'bob', { lang: 'zh' }));
    const replay = replayRun(record, null, { lang: 'en' });
    expect(replay).toMatchObject({ source: 'saved', reason: 'scenario-missing', lang: 'zh', title: '忘了还款日' });
    expect(replay.turns[1]!.notTaken.map((r) => r.text)).toEqual(['你这样就是老赖。']);
    expect(replay.ending).toMatchObject({ title: '当天还款', debrief: '清晰的金额和时间节点。' });
  });

  it('falls back to the saved record when the engine no longer agrees with it', () => {
    const record = asRecord(draftOf(loaded, ['introduce', 'date']));
    const tampered: RunRecord = { ...record, turns: record.turns.map((t, i) => (i === 1 ? { ...t, effects: { willingness: 99 } } : t)) };
    expect(replayRun(tampered, loaded)).toMatchObject({ source: 'saved', reason: 'engine-differs', divergedAt: 2 });
    const refused: RunRecord = { ...record, inputs: [{ kind: 'reply', reply: 'introduce' }, { kind: 'reply', reply: 'no-such-reply' }] };
    expect(replayRun(refused, loaded)).toMatchObject({ source: 'saved', reason: 'engine-differs', divergedAt: 2 });
    const longer: RunRecord = { ...record, inputs: [...record.inputs, { kind: 'reply', reply: 'date' }] };
    expect(replayRun(longer, loaded)).toMatchObject({ source: 'saved', reason: 'engine-differs', divergedAt: 3 });
  });

  it('replays an abandoned run up to where it stopped', () => {
    const record = asRecord(draftOf(loaded, ['introduce']));
    const replay = replayRun(record, loaded);
    expect(replay).toMatchObject({ source: 'engine', abandoned: true, ending: null });
    expect(replay.turns).toHaveLength(1);
  });

  it('never lets a tampered run file drive the terminal', () => {
    const record = asRecord(draftOf(loaded, ['introduce', 'date']));
    const evil = '\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u202eX';
    const tampered: RunRecord = {
      ...record, title: `T${evil}`, player: `P${evil}`, endingTitle: `E${evil}`,
      turns: record.turns.map((t) => ({ ...t, said: `S${evil}`, replyText: `R${evil}`, offered: t.offered.map((o) => ({ ...o, text: `O${evil}` })) })),
    };
    const replay = replayRun(tampered, null);
    const text = JSON.stringify(replay);
    expect(text).not.toMatch(/\\u001b|\\u0007|\u202e/);
    expect(replay.title).toBe('TX');
    expect(replay.turns[0]!.said).toBe('SX');
  });
});
