// The words a Chinese transcript or replay prints are the game's words: one name per idea.
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/cli/labels';
import { messagesFor } from '../../src/ui/i18n';

describe('the Chinese transcript labels', () => {
  it('name stats, score parts, modes, tactics and violations as the game screens do', () => {
    const l = labelsFor('zh');
    const t = messagesFor('zh');
    expect(l.stat).toMatchObject({ rapport: '融洽度', willingness: t.stat.willingness });
    expect(l.parts).toEqual({ outcome: t.debrief.part.outcome, rapport: t.debrief.part.rapport, willingness: t.debrief.part.willingness, length: t.debrief.part.length, violations: t.debrief.part.violations });
    expect(l.mode).toEqual({ practice: '练习', exam: '考试', free: '自由输入' });
    for (const [tactic, name] of Object.entries(t.tactic)) expect(l.tactics[tactic as keyof typeof l.tactics], tactic).toBe(name);
    for (const [kind, v] of Object.entries(t.violation)) expect(l.violations[kind as keyof typeof l.violations], kind).toBe(v.name);
    expect([l.account, l.goal, l.briefing]).toEqual([t.briefing.account, t.briefing.goal, t.briefing.briefing]);
  });
});
