// The whole game rendered into a fake 80×24 terminal and played by keys.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { width } from '../../src/ui/layout/text';
import { NO_PROGRESS, type FinishedRun, type ProgressPort, type RecordResult } from '../../src/ui/progress';
import { compileScenario } from '../../src/core/model';
import type { ScenarioFile } from '../../src/core/schema';
import { fixture, has, KEYS, renderApp, toCall, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });
const open = (...args: Parameters<typeof renderApp>) => (current = renderApp(...args));

/** Every line fits the terminal's width. */
function expectFits(r: AppRun, cols = 80) {
  for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(cols);
}

describe('the menu', () => {
  it('lists the campaign and moves with arrows, j/k and numbers', async () => {
    const r = open();
    await r.waitFor(has('Campaign'));
    const s = r.screen();
    expect(s).toContain('▸ 1  Forgot the due date');
    expect(s).toContain('★☆☆☆☆');
    expect(s).toContain('只有中文的场景');
    expect(s).toContain('Enter open');
    expectFits(r);
    await r.press(KEYS.down);
    await r.waitFor(has('▸ 2  The sister answers'));
    expect(r.screen()).toContain('A relative picks up: keep the debt to yourself.');
    await r.press('j');
    await r.waitFor(has('▸ 3  只有中文的场景'));
    await r.press('k', '1');
    await r.waitFor(has('▸ 1  Forgot the due date'));
  });

  it('switches language and mode, shows help, and quits with q', async () => {
    const r = open();
    await r.waitFor(has('English · Practice'));
    await r.press('l');
    await r.waitFor(has('关卡'));
    expect(r.screen()).toContain('中文 · 练习');
    expect(r.screen()).toContain('忘了还款日');
    await r.press('m');
    await r.waitFor(has('中文 · 考试'));
    await r.press('?');
    await r.waitFor(has('帮助'));
    expect(r.screen()).toContain('按键');
    expectFits(r);
    await r.press(KEYS.esc);
    await r.waitFor(has('关卡'));
    await r.press('q');
    await r.waitFor(() => r.exits.length > 0, 'the exit');
    expect(r.exits).toEqual([0]);
  });
});

describe('the briefing', () => {
  it('shows the debtor, the account, the briefing, the goal and the modes', async () => {
    const r = open();
    await r.waitFor(has('Campaign'));
    await r.press(KEYS.down, KEYS.enter);
    const s = await r.waitFor(has('Briefing'));
    expect(s).toContain('Mr. Wang');
    expect(s).toContain('In his thirties; recently changed jobs.');
    expect(s).toContain('CN¥5,200 · 32 days overdue · consumer loan · Anxin Consumer Finance');
    expect(s).toContain('Agree a concrete amount and date.');
    expect(s).toContain('▸ Practice');
    expect(s).toContain('Free text');
    await r.press(KEYS.down);
    await r.waitFor(has('▸ Exam'));
    expectFits(r);
  });
});

describe('a whole call in practice mode', () => {
  it('shows the line, the stats, the replies, the coach after each reply, and the debrief', async () => {
    const r = open();
    await toCall(r, 1, 'practice');
    let s = await r.waitFor(has('THIRD PARTY on the line'));
    expect(s).toContain('(A woman picks up)');
    expect(s).toContain("Hello? He's out, I'm his sister.");
    expect(s).toContain('▸ 1  Sorry to bother you.');
    expect(s).toContain('Patience');
    expect(s).toContain('Esc pause');
    expectFits(r);

    await r.press('2');
    s = await r.waitFor(has('Why are you calling my family?'));
    expect(s).toContain('VIOLATION');
    expect(s).toContain('Disclosure to a third party — revealing the debt');
    expect(s).toContain('Coach  Telling a relative about the debt is a disclosure violation.');
    expect(s).toContain('Rapport        30 ▼ −10');
    expect(s).toContain('Practice · Turn 2');
    expect(s).toMatch(/Third party\s+Hello\? He's out/);
    expect(s).toContain('⚠ Disclosure to a third party');
    expectFits(r);

    await r.press(KEYS.down, KEYS.up, KEYS.enter);
    s = await r.waitFor(has('money is tight'), 'the third turn');
    expect(s).toContain('Coach  State the purpose, then ask for the reason.');
    await r.press('2');
    s = await r.waitFor(has('Call ended'));
    expect(s).toContain('◐ Partial — Talk again later');
    expect(s).toContain('Press Enter for the debrief.');
    expectFits(r);

    await r.press(KEYS.enter);
    s = await r.waitFor(has('Debrief · The sister answers'));
    expect(s).toContain('PARTIAL  Talk again later');
    expect(s).toMatch(/Score \d+\/100   Grade F/);
    expect(s).toMatch(/violation cap: a conduct violation keeps 29% of \d+ → \d+/);
    expect(s).toMatch(/violations\s+−15/);
    expect(s).toContain('Timeline');
    expect(s).toMatch(/Rapport\s+\S+\s+40 → /);
    expectFits(r);
    await r.seek('Turn 1  ⚠ VIOLATION  Disclosure to a third party');
    s = await r.seek('Not taken here:');
    expect(s).toContain('· Sorry to bother you.');
    await r.press(KEYS.end);
    s = await r.waitFor((x) => x.includes('Turn 3') && x.includes('Then let'));
    expect(s).toContain('A concession with no date gives everything away.');
    expect(s).toContain('[concession]');
    await r.press('m');
    await r.waitFor(has('Campaign'));
  });
});

describe('exam mode', () => {
  it('hides the stats and the coach until the debrief', async () => {
    const r = open();
    await toCall(r, 1, 'exam');
    let s = await r.waitFor(has('hidden until the'));
    expect(s).toContain('Exam · Turn 1');
    await r.press('2');
    s = await r.waitFor(has('Why are you calling my family?'));
    expect(s).not.toContain('Coach');
    expect(s).not.toContain('VIOLATION');
    expect(s).not.toContain('▼');
    await r.press('1', '1');
    await r.waitFor(has('Call ended'));
    await r.press(KEYS.enter);
    s = await r.waitFor(has('Debrief'));
    expect(s).toContain('SUCCESS');
    await r.seek('Disclosure to a third party');
    await r.seek('Telling a relative about the debt is a disclosure violation.');
  });
});

describe('free-text mode', () => {
  it('types answers, shows how they were understood and any violation, and ends', async () => {
    const r = open();
    await toCall(r, 1, 'free');
    let s = await r.waitFor(has('Your words ›'));
    expect(s).not.toContain('▸ 1');
    expect(s).toContain('Enter send');
    await r.press(KEYS.enter);
    await r.waitFor(has('Type your answer first'));
    await r.press('Your brother owes us 5200 yuan');
    await r.waitFor(has('Your brother owes us 5200 yuan'));
    await r.press(KEYS.enter);
    s = await r.waitFor(has('Understood as'));
    expect(s).toContain('“He owes us over five thousand and is a month overdue.”');
    expect(s).toContain('VIOLATION');
    expect(s).toContain('Disclosure to a third party');
    expect(s).toContain('“Your brother owes us 5200 yuan”');
    expectFits(r);
    await r.press('hello, this month the payment is overdue, I would like to hear how things stand', KEYS.enter);
    s = await r.waitFor(has('money is tight'));
    await r.press('I understand. Could you pay 1,000 on Friday?', KEYS.enter);
    s = await r.waitFor(has('Call ended'));
    expect(s).toContain('keyword “friday”');
    await r.press(KEYS.enter);
    s = await r.waitFor(has('Debrief'));
    expect(s).toMatch(/Score \d+\/100/);
    await r.seek('Understood as');
  });

  it('strips escape sequences and controls from pasted text before showing it', async () => {
    const r = open();
    await toCall(r, 1, 'free');
    await r.waitFor(has('Your words ›'));
    await r.press('safe\u001B]0;pwned\u0007 text\u202E here\u0008');
    await r.waitFor(has('text here'));
    expect(r.raw()).not.toMatch(/\u001B\]|\u0007|\u202E|\u0008/);
  });
});

describe('the pause menu', () => {
  it('resumes, restarts, goes back to the menu and quits', async () => {
    const r = open();
    await toCall(r, 1, 'practice');
    await r.waitFor(has('THIRD PARTY'));
    await r.press('1');
    await r.waitFor(has('Turn 2'));
    await r.press(KEYS.esc);
    let s = await r.waitFor(has('Paused'));
    for (const item of ['Resume the call', 'Restart the call', 'Back to the menu', 'Quit']) expect(s).toContain(item);
    expect(s).toContain('Leaving now counts as an unfinished call.');
    expectFits(r);
    await r.press(KEYS.enter);
    await r.waitFor(has('Turn 2'));
    await r.press(KEYS.esc, KEYS.down, KEYS.enter);
    s = await r.waitFor(has('Turn 1'));
    expect(s).toContain('The call begins.');
    await r.press(KEYS.esc, '3');
    await r.waitFor(has('Campaign'));
    await r.press('1', KEYS.enter, KEYS.enter);
    await r.waitFor(has('Hello, who'));
    await r.press('q');
    await r.waitFor(has('▸ 4  Quit'));
    await r.press(KEYS.enter);
    await r.waitFor(() => r.exits.length > 0, 'the exit');
    expect(r.exits).toEqual([0]);
  });

  it('after the ending offers to go back to the call, not to resume it', async () => {
    const r = open();
    await toCall(r, 1, 'exam');
    await r.waitFor(has('hidden until the'));
    await r.press('2');
    await r.waitFor(has('Why are you calling my family?'));
    await r.press('1', '1');
    await r.waitFor(has('Call ended'));
    await r.press(KEYS.esc);
    const s = await r.waitFor(has('Paused'));
    expect(s).toContain('Back to the call');
    expect(s).not.toContain('Resume the call');
    expect(s).not.toContain('Leaving now counts as an unfinished call.');
    await r.press(KEYS.enter);
    await r.waitFor(has('Call ended'));
  });

  it('Ctrl+C ends at once with 130', async () => {
    const r = open();
    await toCall(r, 0, 'practice');
    await r.waitFor(has('Hello, who'));
    await r.press(KEYS.ctrlC);
    await r.waitFor(() => r.exits.length > 0, 'the exit');
    expect(r.exits).toEqual([130]);
  });
});

describe('in Chinese', () => {
  it('plays a call and reads the debrief, all in Chinese, aligned', async () => {
    const r = open({ lang: 'zh' });
    await r.waitFor(has('关卡'));
    await r.press(KEYS.down, KEYS.enter);
    let s = await r.waitFor(has('债务人'));
    expect(s).toContain('王先生');
    expect(s).toContain('逾期 32 天');
    expect(s).toContain('¥5,200');
    await r.press(KEYS.enter);
    s = await r.waitFor(has('第三方接听：不得透露欠款'));
    expect(s).toContain('喂？他不在家，我是他姐姐。');
    expect(s).toContain('1–9 回答');
    expectFits(r);
    // Box borders line up: every row of a box ends in the same column.
    const rows = r.lines().filter((l) => l.startsWith('║'));
    expect(rows.length).toBeGreaterThan(1);
    for (const l of rows) expect(width(l)).toBe(80);
    await r.press('1');
    s = await r.waitFor(has('教练'));
    expect(s).toContain('融洽度         50 ▲ +10');
    await r.press('1', '1');
    await r.waitFor(has('通话结束'));
    await r.press(KEYS.enter);
    s = await r.waitFor(has('复盘'));
    expect(s).toContain('✓ 成功');
    expect(s).toContain('得分');
    expect(s).toContain('没有违规');
    expectFits(r);
  });

  it('shows a Chinese-only scenario in Chinese under the English interface', async () => {
    const r = open();
    await r.waitFor(has('Campaign'));
    await r.press('3', KEYS.enter, KEYS.enter);
    const s = await r.waitFor(has('你好，请问有什么事？'));
    expect(s).toContain('Practice · Turn 1');
  });
});

describe('colour', () => {
  const colours = /\u001B\[(3[0-7]|9[0-7]|38;|4[0-7]|10[0-7])/;

  it('uses colour by default and none at all with NO_COLOR, keeping every marker', async () => {
    const coloured = open();
    await coloured.waitFor(has('Campaign'));
    expect(coloured.raw()).toMatch(colours);
    coloured.unmount();
    const plain = open({ color: false });
    await plain.waitFor(has('Campaign'));
    await plain.press(KEYS.enter, KEYS.enter, '2');
    const s = await plain.waitFor(has('Coach'));
    expect(s).toContain('▼ −15');
    for (const frame of plain.stdout.frames) expect(frame).not.toMatch(colours);
  });
});

describe('terminal size', () => {
  it('asks for a larger terminal below the minimum and re-lays out on resize', async () => {
    const r = open({}, { columns: 50, rows: 15 });
    await r.waitFor((x) => x.replace(/\s+/g, ' ').includes('Please enlarge the terminal to at least 60×18 (now 50×15).'));
    await r.resize(80, 24);
    await r.waitFor(has('Campaign'));
    await r.press(KEYS.enter, KEYS.enter);
    await r.waitFor(has('Hello, who'));
    await r.resize(120, 40);
    await r.waitFor((s) => s.split('\n').some((l) => width(l) > 100));
    expectFits(r, 120);
    await r.resize(80, 24);
    await r.waitFor((s) => s.split('\n').every((l) => width(l) <= 80));
  });

  it('fits nine long replies at 80×24 with every reply and the key help on screen', async () => {
    const r = open({ campaign: [fixture('ui-crowded.yaml')] });
    await r.waitFor(has('Campaign'));
    await r.press(KEYS.enter, KEYS.enter);
    const s = await r.waitFor(has('Option 9'));
    for (let i = 1; i <= 9; i++) expect(s).toContain(`Option ${i}`);
    expect(s).toContain('Esc pause');
    expect(r.lines().length).toBeLessThanOrEqual(23);
    expectFits(r);
  });
});

describe('untrusted scenario text', () => {
  it('never reaches the terminal raw', async () => {
    // The validator refuses such files; the screens sanitise anyway (defence in depth), so the
    // scenario is compiled here without the validator.
    const data = {
      format: 1, id: 'hostile', title: 'Evil\u001B]0;owned\u0007 title\u202E', difficulty: 1,
      stats: { rapport: 50, willingness: 50 }, start: 'a',
      nodes: { a: { say: 'Hi\u001B[2J\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\ there\u0007', replies: [{ text: 'Pay\u001B[31m now\u2066', next: 'done' }] } },
      endings: { done: { outcome: 'success', title: 'End\u001B[5m', debrief: 'Done' } },
    } as const;
    const loaded = { file: 'hostile.yaml', scenario: compileScenario(data as unknown as ScenarioFile), hash: 'x', problems: [] };
    const r = open({ campaign: [loaded] });
    await r.waitFor(has('Evil title'));
    await r.press(KEYS.enter, KEYS.enter);
    await r.waitFor(has('Hilink there'));
    await r.press('1');
    await r.waitFor(has('Call ended'));
    for (const frame of r.stdout.frames) expect(frame).not.toMatch(/\u001B\]|\u0007|\u202E|\u2066|\u001B\[2J|\u001B\[5m/);
  });
});

describe('saved progress', () => {
  function fakeStore(): ProgressPort & { runs: FinishedRun[] } {
    const runs: FinishedRun[] = [];
    return {
      runs,
      snapshot: () => ({
        ...NO_PROGRESS,
        scenarios: new Map([['forgot-the-date', { best: { score: 75, grade: 'B' as const }, attempts: 2 }]]),
        locks: new Map([['ui-zh-only', { open: false as const, needs: 2 }]]),
      }),
      record(run): RecordResult {
        runs.push(run);
        return { newBest: run.score.total > 75, previous: { bestScore: 75, bestGrade: 'B', attempts: 2 } };
      },
    };
  }

  it('draws the menu before the store has loaded, then fills in bests; saves wait for it', async () => {
    const store = fakeStore();
    let resolve!: (port: ProgressPort) => void;
    const r = open({ progress: new Promise<ProgressPort>((res) => { resolve = res; }) });
    let s = await r.waitFor(has('Campaign'));
    expect(s).not.toContain('B 75');
    await r.press(KEYS.enter, KEYS.enter, '1', '1');
    await r.waitFor(has('Call ended'));
    expect(store.runs).toHaveLength(0);
    await act(async () => { resolve(store); await new Promise((res) => setTimeout(res, 5)); });
    await r.waitFor(() => store.runs.length === 1, 'the save once the store is there');
    await r.press(KEYS.enter, 'm');
    s = await r.waitFor(has('Campaign'));
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+B 75/);
  });

  it('shows bests and locks, saves finished and unfinished runs, and says "new best"', async () => {
    const store = fakeStore();
    const r = open({ progress: store });
    let s = await r.waitFor(has('Campaign'));
    expect(s).toMatch(/Forgot the due date\s+★☆☆☆☆\s+B 75\s+2/);
    expect(s).toMatch(/只有中文的场景\s+★★★☆☆\s+locked/);
    await r.press('3', KEYS.enter);
    await r.waitFor(has('Locked: to open it, succeed at number 2 (level 2), or at any harder call.'));
    await r.press('1', KEYS.enter, KEYS.enter, '1', '1');
    await r.waitFor(has('Call ended'));
    await r.waitFor(() => store.runs.length === 1, 'the save');
    expect(store.runs[0]).toMatchObject({ abandoned: false, run: { ending: 'paid-today' }, loaded: { scenario: { id: 'forgot-the-date' } } });
    await r.press(KEYS.enter);
    s = await r.waitFor(has('New best!'));
    expect(s).toContain('previous best B 75');
    await r.press('r', '1', KEYS.esc, '4');
    await r.waitFor(() => r.exits.length > 0, 'the exit');
    expect(store.runs).toHaveLength(2);
    expect(store.runs[1]).toMatchObject({ abandoned: true, run: { ending: null, turn: 1 } });
  });
});
