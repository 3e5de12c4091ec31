// A whole presented session through Ink: two teams in rotation, the discussion timer (fake
// timers and a manual clock), a show-of-hands tally with a tie, undo, the reveal, the end
// screen, the ranking, and the Markdown handout that `s` saves.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresentApp, type PresentResult } from '../../src/ui/present/app';
import { fixture, KEYS, renderTree, type Rendered } from './render';

const scenarios = [fixture('format-example.yaml')];
let dir = '';
let r: Rendered | undefined;
afterEach(() => { r?.unmount(); r = undefined; vi.useRealTimers(); if (dir) rmSync(dir, { recursive: true, force: true }); dir = ''; });

function session(props: { timer?: number | null; color?: boolean; size?: { columns: number; rows: number } } = {}) {
  dir = mkdtempSync(join(tmpdir(), 'callcraft-present-'));
  let clock = 0;
  const exits: PresentResult[] = [];
  r = renderTree(
    <PresentApp
      scenarios={scenarios} open="forgot-the-date" teams={['Red', 'Blue']} timerSeconds={props.timer ?? null}
      lang="en" color={props.color ?? true} dir={dir} now={() => clock} tickMs={100} onExit={(x) => exits.push(x)}
    />,
    props.size ?? { columns: 80, rows: 24 },
  );
  return { r, exits, advance: (ms: number) => { clock += ms; }, now: () => clock };
}

describe('a presented session', () => {
  it('reads keys that arrive together one by one, each on the screen the one before led to', async () => {
    const { r } = session();
    await r.waitFor((x) => x.includes('How do the teams play?'), 'the team mode');
    await r.press('1');
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    // "12" typed fast reaches Ink as one input: twelve hands, not none.
    await r.press(KEYS.enter, 'v');
    await r.waitFor((x) => x.includes('Show of hands'), 'the tally');
    await r.press('12', KEYS.down, '3', KEYS.enter);
    await r.waitFor((x) => x.includes('12 of 15 hands'), 'the majority of 15 played');
    // A letter and Enter together: the pick, then Enter on the feedback it showed.
    await r.press(KEYS.enter);
    const s = await r.waitFor((x) => x.includes('Scoreboard'), 'the scoreboard');
    expect(s).toMatch(/Team Red +5 points +1 turn /);
    await r.press(KEYS.enter);
    await r.waitFor((x) => x.includes('hectic'), 'the second line');
    await r.press(KEYS.enter);
    await r.waitFor((x) => x.includes('No problem. Could you take care'), 'the options');
    await r.press(`a${KEYS.enter}`);
    await r.waitFor((x) => x.includes('Session result') || x.includes('Scoreboard'), 'past the feedback');
  });

  it('runs two teams through the call: timer, reveal, tally with a tie, undo, end screen, ranking, handout', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { r, exits, advance } = session({ timer: 30 });
    let s = await r.waitFor((x) => x.includes('How do the teams play?'), 'the team mode');
    expect(s).toContain('Rotation');
    await r.press('1');
    s = await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    expect(s).toContain('Team Red');
    expect(s).toContain('0:30 left');
    expect(s).not.toContain('Hello Ms. Liu'); // options hidden until Enter

    // The timer counts down on the clock, pauses with Space, gains 30 s with +, and calls time.
    advance(12_000);
    await act(async () => { await vi.advanceTimersByTimeAsync(100); });
    await r.waitFor((x) => x.includes('0:18 left'), 'the timer at 0:18');
    await r.press(' ');
    advance(5_000);
    s = await r.waitFor((x) => x.includes('paused'), 'the paused timer');
    expect(s).toContain('0:18');
    await r.press(' ', '+');
    await r.waitFor((x) => x.includes('0:48 left'), '30 s more');
    advance(60_000);
    await act(async () => { await vi.advanceTimersByTimeAsync(100); });
    await r.waitFor((x) => x.includes('TIME'), 'the time cue');

    await r.press(KEYS.enter);
    s = await r.waitFor((x) => x.includes('Hello Ms. Liu'), 'the options');
    expect(s).toMatch(/ A {3}Hello Ms\. Liu/);
    expect(s).toMatch(/ B {3}Your card is overdue/);
    await r.press('a');
    s = await r.waitFor((x) => x.includes('The room chose'), 'the feedback');
    expect(s).toContain('Rapport ▲ +5');
    expect(s).toContain('w: why the others were weaker');
    await r.press('w');
    s = await r.waitFor((x) => x.includes('Why the others were weaker'), 'why the others');
    expect(s).toContain('★ the best option here');
    expect(s).toContain('Open by confirming identity and purpose.');

    await r.press(KEYS.enter);
    s = await r.waitFor((x) => x.includes('Scoreboard'), 'the scoreboard');
    expect(s).toContain('Next: Team Blue');
    expect(s).toMatch(/Team Red +5 points/);
    await r.press(KEYS.enter);
    s = await r.waitFor((x) => x.includes('hectic'), 'the second line');
    expect(s).toContain('Team Blue');

    // Blue votes: a tie between A and B, the trainer breaks it for B (the insult) …
    await r.press(KEYS.enter, 'v');
    await r.waitFor((x) => x.includes('Show of hands'), 'the tally');
    await r.press('6', 'b', '6', KEYS.enter);
    s = await r.waitFor((x) => x.includes('A tie between A · B'), 'the tie');
    await r.press('b');
    s = await r.waitFor((x) => x.includes('The room chose'), 'the insult played');
    expect(s).toContain('6 of 12 hands');
    expect(s).toContain('VIOLATION');
    // … then steps back and plays the majority A instead.
    await r.press('b');
    await r.waitFor((x) => x.includes('No problem. Could you take care'), 'the options again');
    await r.press('v', '9', KEYS.down, '2', KEYS.enter);
    s = await r.waitFor((x) => x.includes('9 of 11 hands'), 'the majority played');
    expect(s).toContain('Willingness ▲ +40');
    expect(s).toContain('Enter shows the result');

    await r.press(KEYS.enter);
    s = await r.waitFor((x) => x.includes('Session result'), 'the end screen');
    expect(s).toContain('✓ Success — Paid today');
    expect(s).toMatch(/Score \d+ · Grade [A-F]/);
    expect(s).toContain('No conduct violations.');
    expect(s).toContain('The room’s path');
    expect(s).toMatch(/Turn 1 +Red +A +Hello Ms\. Liu/);
    expect(s).toContain('✓ best');

    await r.press(KEYS.enter);
    s = await r.waitFor((x) => x.includes('Ranking'), 'the ranking');
    expect(s).toMatch(/1\. +Team Blue +40 points +0 violations +★ WINNER/);
    expect(s).toMatch(/2\. +Team Red +5 points/);

    await r.press('s');
    s = await r.waitFor((x) => x.includes('Saved:'), 'the saved paths');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^forgot-the-date-session-\d{8}-\d{6}\.json$/);
    expect(files[1]).toMatch(/^forgot-the-date-session-\d{8}-\d{6}\.md$/);
    expect(s.replace(/\s+/g, '')).toContain(join(dir, files[1]!).replace(/\s+/g, ''));

    const md = readFileSync(join(dir, files[1]!), 'utf8');
    expect(md).toContain('# Forgot the due date — trainer session');
    expect(md).toContain('- Teams: Red, Blue');
    expect(md).toContain('**Ending:** Success — Paid today');
    expect(md).toMatch(/\*\*Score \d+ · Grade [A-F]\*\*/);
    expect(md).toContain('| Turn | Team | Debtor | Room’s pick | Votes | Best option |');
    expect(md).toContain("| 1 | Red | Hello, who's calling? | A: Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement. |  | ✓ best |");
    expect(md).toMatch(/\| 2 \| Blue \| .*hectic\. \| A: No problem\..* \| 9 of 11 hands \| ✓ best \|/);
    expect(md).toContain('1. Team Blue: 40 points, 0 violations — **★ WINNER**');
    expect(md).toContain('A clear amount and deadline did it.');
    const json = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8'));
    expect(json).toMatchObject({ format: 'callcraft-present-session', scenario: 'forgot-the-date', teams: ['Red', 'Blue'], teamMode: 'rotation' });
    expect(json.rounds[0].turns.map((x: { pick: { id: string }; votes: number[] | null }) => [x.pick.id, x.votes])).toEqual([['introduce', null], ['date', [9, 2]]]);

    // A second save never overwrites the first.
    await r.press('s');
    await r.waitFor(() => readdirSync(dir).length === 4, 'a second pair of files');
    await r.press('q');
    await r.waitFor(() => exits.length === 1, 'the exit');
    expect(exits[0]!.rounds[0]!.picks.map((x) => x.reply)).toEqual(['introduce', 'date']);
    expect(exits[0]!.saved).toHaveLength(4);
  });

  it('hides the numbers with h and shows the keys with ?', async () => {
    const { r } = session();
    await r.press('1');
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the line');
    await r.press('h');
    let s = await r.waitFor((x) => x.includes('numbers hidden'), 'hidden numbers');
    expect(s).not.toMatch(/Rapport +█/);
    await r.press('?');
    s = await r.waitFor((x) => x.includes('Counting hands'), 'the keys');
    expect(s).toContain('Enter show the options');
    await r.press(KEYS.esc);
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'back to the line');
  });

  it('draws without colour under NO_COLOR and never dims text', async () => {
    const { r } = session({ color: false });
    await r.press('1', KEYS.enter);
    await r.waitFor((x) => x.includes('Hello Ms. Liu'), 'the options');
    expect(r.raw()).not.toMatch(/\u001B\[(?:3[0-7]|9[0-7]|38;)/);
    expect(r.raw()).not.toMatch(/\u001B\[2m/);
    expect(r.raw()).toMatch(/\u001B\[7m/); // the option letters stand out in reverse video
  });

  it('re-lays out on resize and uses a projector\'s width', async () => {
    const { r } = session({ size: { columns: 80, rows: 24 } });
    await r.press('1');
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the line');
    const narrow = Math.max(...r.lines().map((l) => l.length));
    await r.resize(160, 45);
    const s = await r.waitFor((x) => x.split('\n').some((l) => l.includes('╭') && l.trim().length >= 140), 'a wide box');
    expect(s.split('\n').length).toBeGreaterThanOrEqual(44);
    expect(narrow).toBeLessThanOrEqual(80);
  });
});
