// Trainer-mode defects found by using it as a trainer would, each pinned by a test: the handout's
// clock, how tables line up on the projector, the Chinese punctuation, keys that the key line
// offers where they do nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesFor, type UiLang } from '../../src/ui/i18n';
import type { KeyAction } from '../../src/ui/keys';
import { lineText } from '../../src/ui/layout/lines';
import { PresentApp } from '../../src/ui/present/app';
import { sessionMarkdown } from '../../src/ui/present/handout';
import { presentMessages } from '../../src/ui/present/messages';
import { presentScreen } from '../../src/ui/present/screen';
import { initialState, presentReducer, type PresentContext, type PresentOptions, type PresentState } from '../../src/ui/present/session';
import { fixture, KEYS, renderTree, type Rendered } from './render';

const scenarios = [fixture('format-example.yaml')];
const ctx: PresentContext = { scenarios };
let clock = 1_000;

type Press = KeyAction['command'] | { letter: number } | { digit: number };
function session(options: Partial<PresentOptions>, ...keys: Press[]): PresentState {
  const s = initialState(ctx, { lang: 'en', teams: [], timerSeconds: null, open: 'forgot-the-date', now: clock, ...options });
  return keys.reduce((st, k) => {
    const key = (typeof k === 'string' ? { command: k } : 'letter' in k ? { command: 'letter', letter: k.letter } : { command: 'digit', digit: k.digit }) as KeyAction;
    return presentReducer(ctx, st, { type: 'key', key, at: (clock += 10) });
  }, s);
}
/** The screen as text lines, at a size. */
function screen(s: PresentState, cols = 80, rows = 24, lang: UiLang = s.lang): string[] {
  return presentScreen(ctx, s, messagesFor(lang), presentMessages(lang), { cols, rows }).lines.map(lineText);
}
const A = { letter: 0 };
const B = { letter: 1 };
let dir = '';
let r: Rendered | undefined;
const tz = process.env.TZ;
afterEach(() => {
  r?.unmount(); r = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true }); dir = '';
  if (tz === undefined) delete process.env.TZ; else process.env.TZ = tz;
});

describe('the handout', () => {
  it('tells the time by the room\'s clock (local, as in the file name), not in UTC', async () => {
    process.env.TZ = 'Asia/Shanghai'; // UTC+8 all year: a UTC time would read 8 hours off
    dir = mkdtempSync(join(tmpdir(), 'callcraft-present-qa-'));
    r = renderTree(
      <PresentApp scenarios={scenarios} open="forgot-the-date" teams={[]} timerSeconds={null} lang="en" color={false} dir={dir} onExit={() => {}} />,
      { columns: 80, rows: 24 },
    );
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    await r.press(KEYS.enter, 'a', 'q');
    await r.waitFor((x) => x.includes('Session result'), 'the end screen');
    await r.press('s');
    await r.waitFor(() => readdirSync(dir).length === 2, 'the saved files');
    const name = readdirSync(dir).find((f) => f.endsWith('.md'))!;
    const [, d, hm] = /-(\d{8})-(\d{4})\d{2}\.md$/.exec(name)!;
    const md = readFileSync(join(dir, name), 'utf8');
    expect(md).toContain(`- Date: ${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6)} ${hm!.slice(0, 2)}:${hm!.slice(2)}`);
    const json = JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, '.json')), 'utf8'));
    expect(new Date(json.savedAt).getUTCHours()).toBe((Number(hm!.slice(0, 2)) + 16) % 24); // the JSON keeps UTC
  });
});

describe('high contrast', () => {
  it('draws the projector screens without grey, dim or white (SGR 37) text', async () => {
    r = renderTree(
      <PresentApp scenarios={scenarios} open="forgot-the-date" teams={['Red', 'Blue']} mode="rotation" timerSeconds={30} lang="en" color dir={tmpdir()} onExit={() => {}} />,
      { columns: 100, rows: 30 },
    );
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    await r.press(KEYS.enter, 'a');
    await r.waitFor((x) => x.includes('The room chose'), 'the feedback');
    await r.press(KEYS.enter);
    await r.waitFor((x) => x.includes('Scoreboard'), 'the scoreboard');
    const codes = r.stdout.frames.join('').match(/\u001B\[[0-9;]*m/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    for (const c of new Set(codes)) expect(c, JSON.stringify(c)).not.toMatch(/^\u001B\[(?:.*;)?(?:2|37|90)m$/);
  });
});

describe('the smallest terminal', () => {
  it('plays at 60×18, the minimum it names, and names the terminal\'s real size when smaller', async () => {
    r = renderTree(
      <PresentApp scenarios={scenarios} open="forgot-the-date" teams={[]} timerSeconds={null} lang="en" color={false} dir={tmpdir()} onExit={() => {}} />,
      { columns: 60, rows: 18 },
    );
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line at 60×18');
    expect(r.screen()).not.toContain('enlarge');
    await r.resize(59, 18);
    await r.waitFor((x) => x.includes('(now 59×18)'), 'the size named as the terminal has it');
  });
});

describe('saving where it cannot', () => {
  it('says which folder and why in words, not a bare system code', async () => {
    const gone = join(tmpdir(), `callcraft-present-gone-${process.pid}`);
    r = renderTree(
      <PresentApp scenarios={scenarios} open="forgot-the-date" teams={[]} timerSeconds={null} lang="en" color={false} dir={gone} onExit={() => {}} />,
      { columns: 80, rows: 24 },
    );
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    await r.press(KEYS.enter, 'a', 'q');
    await r.waitFor((x) => x.includes('Session result'), 'the end screen');
    await r.press('s');
    const s = (await r.waitFor((x) => x.includes('Could not save'), 'the failure')).replace(/\s+/g, ' ');
    expect(s).toContain('Could not save the handout:');
    expect(s.replace(/ /g, '')).toContain(`${gone}:thefoldernolongerexists(ENOENT)`.replace(/ /g, ''));
  });
});

describe('tables on the projector', () => {
  const three = { teams: ['Red', 'Blue', 'Green'], mode: 'rotation' as const };

  it('lines the ranking up: ranks, names and points in columns, whatever each row\'s width', () => {
    // Red plays the insult-free demand (−15), Blue the date (+40): Green never plays.
    const s = session(three, 'confirm', B, 'confirm', 'confirm', 'confirm', A, 'confirm', 'confirm');
    for (const [cols, rows] of [[80, 24], [160, 45]] as const) {
      const lines = screen(s, cols, rows).filter((l) => /^\s*\d\.\s/.test(l));
      expect(lines.map((l) => l.trim().slice(0, 2))).toEqual(['1.', '2.', '3.']);
      expect(new Set(lines.map((l) => l.indexOf('.'))).size).toBe(1);
      expect(new Set(lines.map((l) => l.indexOf('Team'))).size).toBe(1);
      expect(new Set(lines.map((l) => l.indexOf(' points'))).size).toBe(1);
      expect(lines[2]).toMatch(/Team Red +−15 points/); // a true minus, as the stat changes show it
      expect(lines[0]).toContain('★ WINNER');
    }
  });

  it('lines the scoreboard up in columns, the gains giving way on a small screen', () => {
    const s = session(three, 'confirm', B, 'confirm');
    const wide = screen(s, 160, 45).filter((l) => /Team (Red|Blue|Green)  .*violations/.test(l));
    expect(wide).toHaveLength(3);
    for (const mark of ['Team', ' points', 'Rapport', 'Willingness', 'violations']) expect(new Set(wide.map((l) => l.indexOf(mark))).size, mark).toBe(1);
    const small = screen(s, 80, 24).filter((l) => /Team (Red|Blue|Green)  .*violations/.test(l));
    expect(small).toHaveLength(3); // one line per team, never wrapped
    for (const mark of ['Team', ' points', 'violations']) expect(new Set(small.map((l) => l.indexOf(mark))).size, mark).toBe(1);
  });

  it('shows a round\'s score once on the scoreboard of rounds (it is the team\'s points)', () => {
    const s = session({ teams: ['Red', 'Blue'], mode: 'rounds' }, 'confirm', A, 'confirm', 'confirm', A, 'confirm', 'confirm');
    const red = screen(s).find((l) => l.includes('Team Red'))!;
    expect(red).toMatch(/Team Red +score \d+ \([A-F]\)/);
    expect(red).not.toContain('points');
    expect(screen(s).find((l) => l.includes('Team Blue'))).toContain('not played');
  });

  it('titles a round\'s end in rounds as that round\'s result, the whole session\'s otherwise', () => {
    const first = session({ teams: ['Red', 'Blue'], mode: 'rounds' }, 'confirm', A, 'confirm', 'confirm', A, 'confirm');
    expect(first.phase.kind).toBe('end');
    expect(screen(first).join('\n')).toMatch(/Result of round 1 of 2 · Team Red/);
    expect(screen({ ...first, lang: 'zh' }, 80, 24, 'zh').join('\n')).toContain('第 1 局结果（共 2 局） · Red队');
    expect(screen(session({}, 'confirm', A, 'confirm', 'confirm', A, 'confirm')).join('\n')).toContain('Session result');
  });
});

describe('the picker and the team mode on a projector', () => {
  const two: PresentContext = { scenarios: [...scenarios, fixture('ui-relative.yaml')] };
  const shown = (s: PresentState, cols: number, rows: number) => presentScreen(two, s, messagesFor('en'), presentMessages('en'), { cols, rows }).lines.map(lineText);

  it('centres the scenario list as a block under its title, its columns aligned', () => {
    const pick = initialState(two, { lang: 'en', teams: [], timerSeconds: null, now: clock });
    const lines = shown(pick, 160, 45);
    const rows = lines.filter((l) => /★/.test(l));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((l) => l.indexOf('★'))).size).toBe(1);
    const left = Math.min(...rows.map((l) => l.search(/\S/)));
    const right = Math.max(...rows.map((l) => l.trimEnd().length));
    expect(Math.abs(left - (160 - right))).toBeLessThanOrEqual(2); // as much room left as right
  });

  it('starts both modes\' descriptions in one column', () => {
    const mode = initialState(ctx, { lang: 'en', teams: ['Red', 'Blue'], timerSeconds: null, open: 'forgot-the-date', now: clock });
    const lines = screen(mode, 80, 24);
    const rotation = lines.find((l) => l.includes('Rotation'))!;
    const rounds = lines.find((l) => l.includes('Rounds'))!;
    expect(rotation.indexOf('one call')).toBe(rounds.indexOf('each team'));
  });
});

describe('the handout\'s violations', () => {
  it('heads the list of a round\'s violations with a capital, as every other label', () => {
    const s = session({}, 'confirm', A, 'confirm', 'confirm', B);
    const md = sessionMarkdown(fixture('format-example.yaml').scenario, s, '2026-12-01 14:05', { t: messagesFor('en'), p: presentMessages('en') });
    expect(md).toContain('**Conduct violations:**');
    expect(md).toMatch(/- Turn 2: Insult/);
    const zh = sessionMarkdown(fixture('format-example.yaml').scenario, { ...s, lang: 'zh' }, '2026-12-01 14:05', { t: messagesFor('zh'), p: presentMessages('zh') });
    expect(zh).toContain('**违规行为：**');
  });
});

describe('Chinese punctuation', () => {
  const zh = { lang: 'zh' as const, teams: ['红队', '蓝队'], mode: 'rotation' as const };

  it('lists teams with 、 and punctuates the handout with full-width marks', () => {
    const s = session(zh, 'confirm', 'tally', { digit: 1 }, 'down', { digit: 1 }, 'confirm', { letter: 1 }, 'confirm', 'quit');
    const md = sessionMarkdown(fixture('format-example.yaml').scenario, s, '2026-12-01 14:05', { t: messagesFor('zh'), p: presentMessages('zh') });
    expect(md).toContain('- 日期：2026-12-01 14:05');
    expect(md).toContain('- 语言：中文');
    expect(md).toContain('- 队伍：红队、蓝队');
    expect(md).toContain('- 组队方式：轮流');
    expect(md).toMatch(/\*\*结局：\*\* /);
    expect(md).toMatch(/\| 1 \| 红队 \| .* \| B：你的卡逾期了，今天必须还。 \| 2 人中 1 人（平票，由培训师决定） \| A：/);
    expect(md).toMatch(/^1\. 蓝队：0 积分，0 次违规/m);
    // No half-width colon or comma left between Chinese words (the ids and times keep theirs).
    expect(md.replace(/\d:\d/g, '')).not.toMatch(/[\u4e00-\u9fff\uff09]: |[\u4e00-\u9fff], [\u4e00-\u9fff]/);
  });

  it('asks the team mode naming the teams with 、 and reads the timer as 剩余 0:30（已暂停）', () => {
    const mode = screen(initialState(ctx, { ...zh, mode: undefined, timerSeconds: null, open: 'forgot-the-date', now: clock }));
    expect(mode.join('\n')).toContain('同一通电话，各队轮流作答：红队、蓝队');
    const s = session({ ...zh, timerSeconds: 30 }, 'timer-pause');
    const text = screen(s).join('\n');
    expect(text).toContain('剩余 0:30');
    expect(text).toContain('（已暂停）');
    expect(screen(session({ teams: [], timerSeconds: 30 }, 'timer-pause')).join('\n')).toMatch(/0:30 left +\(paused\)/);
  });
});

describe('the key line', () => {
  /** The key line: the last two rows, the rule above them dropped. */
  const keyLine = (s: PresentState) => screen(s, 120, 30).slice(-2).join(' ').replace(/\s+/g, ' ');

  it('offers undo only when there is a turn to step back to', () => {
    const first = session({});
    expect(keyLine(first)).not.toContain('b undo');
    expect(keyLine(session({}, 'confirm'))).not.toContain('undo');
    expect(keyLine(session({}, 'confirm', A, 'confirm'))).toContain('b undo');
    expect(keyLine(session({}, 'confirm', A, 'confirm', 'confirm'))).toContain('⌫ undo');
    // Between rounds b does nothing (the next team's call has not started): not offered.
    const between = session({ teams: ['Red', 'Blue'], mode: 'rounds' }, 'confirm', A, 'confirm', 'confirm', A, 'confirm', 'confirm');
    expect(between.phase).toMatchObject({ kind: 'board', next: 'round' });
    expect(keyLine(between)).not.toContain('undo');
    const rotation = session({ teams: ['Red', 'Blue'], mode: 'rotation' }, 'confirm', A, 'confirm');
    expect(rotation.phase).toMatchObject({ kind: 'board', next: 'turn' });
    expect(keyLine(rotation)).toContain('b undo');
  });

  it('names h by what it does now: hide the numbers, or show them again', () => {
    expect(keyLine(session({}))).toContain('h hide numbers');
    const hidden = session({}, 'hide-numbers');
    expect(keyLine(hidden)).toContain('h show numbers');
    expect(keyLine(hidden)).not.toContain('hide numbers');
    expect(screen(session({ lang: 'zh' }, 'hide-numbers'), 120, 30).slice(-2).join(' ')).toContain('h 显示数值');
  });

  it('offers Esc back on the team mode only when there is a picker to go back to', () => {
    const one = initialState(ctx, { lang: 'en', teams: ['Red', 'Blue'], timerSeconds: null, open: 'forgot-the-date', now: clock });
    expect(one.phase.kind).toBe('mode');
    expect(keyLine(one)).not.toContain('Esc back');
    expect(presentReducer(ctx, one, { type: 'key', key: { command: 'back' }, at: clock }).phase).toEqual(one.phase); // it does nothing
    const two: PresentContext = { scenarios: [...scenarios, fixture('ui-relative.yaml')] };
    const picked = presentReducer(two, initialState(two, { lang: 'en', teams: ['Red', 'Blue'], timerSeconds: null, now: clock }), { type: 'key', key: { command: 'confirm' }, at: clock });
    expect(presentScreen(two, picked, messagesFor('en'), presentMessages('en'), { cols: 120, rows: 30 }).lines.map(lineText).slice(-2).join(' ')).toContain('Esc back');
  });

  it('names the tied letters in a tie, and Enter after the last turn goes on to the result', () => {
    const tie = session({}, 'confirm', A, 'confirm', 'confirm', 'tally', { digit: 3 }, 'down', { digit: 3 }, 'confirm');
    expect(tie.phase.kind).toBe('tie');
    expect(keyLine(tie)).toMatch(/A B the room’s choice/);
    const ended = session({}, 'confirm', A, 'confirm', 'confirm', A);
    expect(ended.phase.kind).toBe('feedback');
    expect(keyLine(ended)).toContain('Enter continue');
    expect(keyLine(ended)).not.toContain('next turn');
    expect(keyLine(session({}, 'confirm', A))).toContain('Enter next turn');
  });
});

describe('team names', () => {
  it('never doubles the word team, in either language', () => {
    const en = presentMessages('en');
    const zh = presentMessages('zh');
    expect([en.team('Red'), en.team('Red team'), en.team('红队'), en.team('蓝组')]).toEqual(['Team Red', 'Red team', '红队', '蓝组']);
    expect([zh.team('红'), zh.team('红队'), zh.team('Red')]).toEqual(['红队', '红队', 'Red队']);
  });
});

describe('the show of hands', () => {
  it('tells the trainer that Backspace corrects a count, and it does', () => {
    const typed = session({}, 'confirm', 'tally', { digit: 1 }, { digit: 2 });
    expect(typed.phase).toMatchObject({ kind: 'tally', counts: [12, null] });
    expect(screen(typed).join('\n')).toContain('Backspace corrects it');
    expect(screen({ ...typed, lang: 'zh' }, 80, 24, 'zh').join('\n')).toContain('退格键可改');
    expect(screen(typed, 60, 18).join(' ').replace(/\s+/g, ' ')).toContain('(Backspace corrects it)'); // wrapped whole, not cut
    const fixed = presentReducer(ctx, typed, { type: 'key', key: { command: 'delete' }, at: (clock += 10) });
    expect(fixed.phase).toMatchObject({ kind: 'tally', counts: [1, null] });
  });
});

describe('the room\'s path on the end screen', () => {
  it('puts the best option\'s letter under the pick\'s, each text wrapping under its own first word', () => {
    // Turn 1: the demand (B) where the introduction (A) was best; both texts are long at 60 columns.
    const s = session({}, 'confirm', B, 'confirm', 'confirm', A, 'confirm');
    expect(s.phase.kind).toBe('end');
    const lines = screen(s, 60, 30);
    const pick = lines.findIndex((l) => /Turn 1 +B /.test(l));
    const best = lines.findIndex((l) => /★ best +A /.test(l));
    expect(pick).toBeGreaterThan(0);
    expect(best).toBe(pick + 1);
    expect(lines[best]!.indexOf(' A ')).toBe(lines[pick]!.indexOf(' B '));
    const textAt = lines[best]!.indexOf('Hello Ms. Liu');
    expect(lines[best + 1]!.search(/\S/)).toBe(textAt);
  });
});

describe('the feedback after a pick', () => {
  it('wraps a long pick under its own first word', () => {
    const lines = screen(session({}, 'confirm', A));
    const at = lines.findIndex((l) => l.includes('The room chose'));
    const start = lines[at]!.indexOf('Hello Ms. Liu');
    expect(lines[at + 1]!.slice(0, start).trim()).toBe('');
    expect(lines[at + 1]!.slice(start, start + 1)).not.toBe(' ');
    expect(`${lines[at]!.trim()} ${lines[at + 1]!.trim()}`).toContain("Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement.");
  });
});
