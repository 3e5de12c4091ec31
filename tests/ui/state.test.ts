// The app and call reducers, driven by commands alone (no rendering).
import { describe, expect, it } from 'vitest';
import { NO_PROGRESS, type ProgressSnapshot } from '../../src/ui/progress';
import {
  appReducer, buildContext, EXIT_INTERRUPTED, initialState, keyContext, type AppContext, type AppState,
} from '../../src/ui/state/app';
import { callReducer, cleanDraft, newCall } from '../../src/ui/state/call';
import { menuDigit } from '../../src/ui/state/digits';
import type { Command, KeyAction } from '../../src/ui/keys';
import { CAMPAIGN, fixture } from './fixtures';

const ctxWith = (progress: ProgressSnapshot = NO_PROGRESS): AppContext => buildContext(CAMPAIGN(), undefined, progress);
const ctx = ctxWith();
const start = (mode: 'practice' | 'exam' | 'free' = 'practice'): AppState => initialState(ctx, { lang: 'en', mode });

type Step = Command | number;
function drive(c: AppContext, state: AppState, ...steps: Step[]): AppState {
  return steps.reduce((s, step, i) => {
    const key: KeyAction = typeof step === 'number' ? { command: 'digit', digit: step } : { command: step };
    return appReducer(c, s, { type: 'key', key, at: 1000 + i * 10, view: { maxScroll: 30, page: 10 } });
  }, state);
}
const screen = (s: AppState) => s.screen.kind;
const call = (s: AppState) => (s.screen.kind === 'call' ? s.screen.call : null);

describe('the menu', () => {
  it('moves with wrap-around, jumps with Home/End and opens a briefing', () => {
    expect(drive(ctx, start(), 'up').menu.cursor).toBe(2);
    expect(drive(ctx, start(), 'down', 'down', 'down').menu.cursor).toBe(0);
    expect(drive(ctx, start(), 'end').menu.cursor).toBe(2);
    const s = drive(ctx, start(), 'down', 'confirm');
    expect(s.screen).toEqual({ kind: 'briefing', scenario: 'ui-relative', scroll: 0 });
  });

  it('picks by number', () => {
    expect(drive(ctx, start(), 3).menu.cursor).toBe(2);
    expect(drive(ctx, start(), 9).menu.cursor).toBe(0);
  });

  it('switches language and mode, opens help and goes back', () => {
    const s = drive(ctx, start(), 'toggle-lang', 'cycle-mode');
    expect(s.lang).toBe('zh');
    expect(s.mode).toBe('exam');
    const help = drive(ctx, s, 'help');
    expect(screen(help)).toBe('help');
    expect(screen(drive(ctx, help, 'down', 'back'))).toBe('menu');
  });

  it('refuses a locked scenario with a notice that the next key clears', () => {
    const locked = ctxWith({ ...NO_PROGRESS, locks: new Map([['ui-relative', { open: false, needs: 1 }]]) });
    const s = drive(locked, start(), 'down', 'confirm');
    expect(screen(s)).toBe('menu');
    expect(s.notice).toEqual({ kind: 'locked', needs: 1, open: [1] });
    expect(drive(locked, s, 'down').notice).toBeNull();
  });

  it('quits with 0, and Ctrl+C with 130', () => {
    expect(drive(ctx, start(), 'quit').exit).toBe(0);
    expect(drive(ctx, start(), 'interrupt').exit).toBe(EXIT_INTERRUPTED);
  });
});

describe('number keys in a long list', () => {
  it('combine digits typed within a second', () => {
    const first = menuDigit({ text: '', at: 0 }, 1, 12, 5000);
    expect(first.index).toBe(0);
    expect(menuDigit(first.buffer, 2, 12, 5400).index).toBe(11);
    expect(menuDigit(first.buffer, 2, 12, 7000).index).toBe(1);
    expect(menuDigit(first.buffer, 5, 12, 5400).index).toBe(4);
    expect(menuDigit({ text: '', at: 0 }, 0, 12, 5000).index).toBeNull();
  });
});

describe('the briefing', () => {
  it('changes the mode, starts the call, and goes back', () => {
    const brief = drive(ctx, start(), 'down', 'confirm');
    expect(drive(ctx, brief, 'down').mode).toBe('exam');
    expect(drive(ctx, brief, 'up').mode).toBe('free');
    expect(screen(drive(ctx, brief, 'back'))).toBe('menu');
    const s = drive(ctx, brief, 'confirm');
    expect(call(s)?.run).toMatchObject({ scenario: 'ui-relative', mode: 'practice', lang: 'en', node: 'sister', turn: 0 });
    expect(keyContext(s)).toBe('call');
  });

  it('plays the scenario in its own language when it lacks the interface language', () => {
    const s = drive(ctx, start(), 3, 'confirm', 'confirm');
    expect(call(s)?.run.lang).toBe('zh');
  });
});

describe('a call', () => {
  const inCall = (mode: 'practice' | 'exam' | 'free' = 'practice') => drive(ctx, start(mode), 'down', 'confirm', 'confirm');

  it('plays replies by number or by cursor, to an ending saved once', () => {
    let s = drive(ctx, inCall(), 1);
    expect(call(s)?.last?.reply).toBe('leave-message');
    expect(call(s)?.run.node).toBe('callback');
    s = drive(ctx, s, 'down', 'up', 'confirm');
    expect(call(s)?.last?.reply).toBe('explain');
    expect(s.effects).toHaveLength(0);
    s = drive(ctx, s, 1);
    expect(call(s)?.run.ending).toBe('promise');
    expect(keyContext(s)).toBe('call-ended');
    expect(s.effects).toEqual([expect.objectContaining({ kind: 'record', abandoned: false, scenario: 'ui-relative' })]);
    const debrief = drive(ctx, s, 'confirm');
    expect(debrief.screen).toMatchObject({ kind: 'debrief', scenario: 'ui-relative' });
  });

  it('ignores digits with no reply and keys after the ending', () => {
    const s = inCall();
    expect(drive(ctx, s, 7)).toEqual(s);
    const ended = drive(ctx, s, 1, 1, 1);
    expect(drive(ctx, ended, 2)).toEqual(ended);
  });

  it('pauses: resume, restart and back to the menu save the unfinished call', () => {
    const played = drive(ctx, inCall(), 1);
    const paused = drive(ctx, played, 'pause');
    expect(keyContext(paused)).toBe('pause');
    expect(keyContext(drive(ctx, paused, 'back'))).toBe('call');
    expect(keyContext(drive(ctx, paused, 'confirm'))).toBe('call');
    const restarted = drive(ctx, paused, 'down', 'confirm');
    expect(call(restarted)?.run.turn).toBe(0);
    expect(restarted.effects).toEqual([expect.objectContaining({ abandoned: true })]);
    const menu = drive(ctx, paused, 3);
    expect(screen(menu)).toBe('menu');
    expect(menu.effects).toHaveLength(1);
    const quit = drive(ctx, paused, 4);
    expect(quit.exit).toBe(0);
    expect(quit.effects).toHaveLength(1);
  });

  it('q asks first: it opens the pause menu on Quit', () => {
    const s = drive(ctx, inCall(), 'quit');
    expect(call(s)?.pause).toBe(3);
    expect(drive(ctx, s, 'confirm').exit).toBe(0);
  });

  it('leaving before any reply saves nothing', () => {
    expect(drive(ctx, inCall(), 'pause', 3).effects).toHaveLength(0);
  });

  it('q on a terminal too small to show the pause menu leaves at once, saving the call', () => {
    const s = drive(ctx, inCall(), 1, 'exit');
    expect(s.exit).toBe(0);
    expect(s.effects).toEqual([expect.objectContaining({ abandoned: true })]);
  });

  it('Ctrl+C during a call saves it as unfinished and exits 130', () => {
    const s = drive(ctx, inCall(), 1, 'interrupt');
    expect(s.exit).toBe(EXIT_INTERRUPTED);
    expect(s.effects).toEqual([expect.objectContaining({ abandoned: true })]);
  });

  it('in free-text mode sends the draft, and asks for words when it is empty', () => {
    let s = inCall('free');
    expect(keyContext(s)).toBe('call-text');
    s = drive(ctx, s, 'confirm');
    expect(call(s)?.notice).toBe('empty-text');
    s = appReducer(ctx, s, { type: 'draft', text: 'Please ask him to call me back', maxWidth: 100 });
    expect(call(s)?.notice).toBeNull();
    s = drive(ctx, s, 'confirm');
    expect(call(s)?.last).toMatchObject({ reply: 'leave-message', input: { kind: 'text', text: 'Please ask him to call me back' } });
    expect(call(s)?.draft).toBe('');
  });

  it('scrolls the log within the bounds the screen measured', () => {
    const s = drive(ctx, inCall(), 1, 'page-up', 'page-up', 'page-up', 'page-up');
    expect(call(s)?.scroll).toBe(30);
    expect(call(drive(ctx, s, 'page-down'))?.scroll).toBe(21);
  });
});

describe('the debrief', () => {
  const debrief = () => drive(ctx, start(), 'confirm', 'confirm', 1, 1, 'confirm');

  it('retries the same scenario straight into a new call', () => {
    const s = drive(ctx, debrief(), 'retry');
    expect(call(s)?.run).toMatchObject({ scenario: 'forgot-the-date', turn: 0 });
    expect(s.screen.kind === 'call' && s.screen.seq).toBe(2);
  });

  it('goes to the next scenario, or says this was the last', () => {
    expect(drive(ctx, debrief(), 'next').screen).toEqual({ kind: 'briefing', scenario: 'ui-relative', scroll: 0 });
    const last = drive(ctx, start(), 3, 'confirm', 'confirm', 1, 'confirm', 'next');
    expect(last.notice).toEqual({ kind: 'last-scenario' });
  });

  it('passes over a locked scenario to the next open one; when only locked ones follow, says what opens them', () => {
    const withLocks = (locked: string[]) => ctxWith({ ...NO_PROGRESS, locks: new Map(locked.map((id) => [id, { open: false, needs: 1 }])) });
    const skip = withLocks(['ui-relative']);
    const s = drive(skip, initialState(skip, { lang: 'en', mode: 'practice' }), 'confirm', 'confirm', 1, 1, 'confirm', 'next');
    expect(s.screen).toEqual({ kind: 'briefing', scenario: 'ui-zh-only', scroll: 0 });
    expect(s.menu.cursor).toBe(2);
    const none = withLocks(['ui-relative', 'ui-zh-only']);
    const t = drive(none, initialState(none, { lang: 'en', mode: 'practice' }), 'confirm', 'confirm', 1, 1, 'confirm', 'next');
    expect(t.screen.kind).toBe('debrief');
    expect(t.notice).toEqual({ kind: 'locked', needs: 1, open: [1] });
  });

  it('scrolls, and returns to the menu', () => {
    const s = drive(ctx, debrief(), 'page-down', 'down');
    expect(s.screen.kind === 'debrief' && s.screen.scroll).toBe(10);
    expect(screen(drive(ctx, s, 'menu'))).toBe('menu');
    expect(drive(ctx, s, 'end').screen).toMatchObject({ scroll: 30 });
  });

  it('finds the result of its save', () => {
    const s = appReducer(ctx, debrief(), { type: 'recorded', seq: 1, result: { newBest: true } });
    expect(s.recorded).toEqual({ seq: 1, result: { newBest: true } });
  });
});

describe('play <file>', () => {
  it('opens the briefing of a scenario outside the campaign', () => {
    const open = fixture('ui-crowded.yaml');
    const c = buildContext(CAMPAIGN(), open, NO_PROGRESS);
    const s = initialState(c, { lang: 'zh', mode: 'exam', open: 'ui-crowded' });
    expect(s.screen).toEqual({ kind: 'briefing', scenario: 'ui-crowded', scroll: 0 });
    expect(call(drive(c, s, 'confirm'))?.run).toMatchObject({ mode: 'exam', lang: 'zh' });
    // Its debrief's "next" leads to the menu (the campaign), not to "the last scenario" notice.
    const next = drive(c, drive(c, s, 'confirm', 1, 1, 'confirm'), 'next');
    expect(next.screen).toEqual({ kind: 'menu' });
    expect(next.notice).toBeNull();
  });
});

describe('the call reducer', () => {
  const { scenario } = fixture('ui-relative.yaml');
  const fresh = (mode: 'practice' | 'free' = 'practice') => newCall(scenario, { lang: 'en', mode }, 0);

  it('moves the cursor around the offered replies', () => {
    expect(callReducer(scenario, fresh(), { type: 'move', delta: -1 }).cursor).toBe(2);
    expect(callReducer(scenario, fresh(), { type: 'move', delta: 4 }).cursor).toBe(1);
    expect(callReducer(scenario, fresh('free'), { type: 'move', delta: 1 }).cursor).toBe(0);
  });

  it('keeps the draft safe: escapes and controls gone, cut to the box', () => {
    const s = callReducer(scenario, fresh('free'), { type: 'draft', text: 'hi\u001B]0;pwned\u0007 there\u202E!\n', maxWidth: 100 });
    expect(s.draft).toBe('hi there! ');
    expect(cleanDraft('你好你好你好', 7)).toBe('你好你');
  });

  it('after a turn clears the draft, the cursor and the scroll', () => {
    let s = callReducer(scenario, fresh(), { type: 'move', delta: 2 });
    s = callReducer(scenario, s, { type: 'scroll', delta: 3, max: 5 });
    s = callReducer(scenario, s, { type: 'confirm' });
    expect(s).toMatchObject({ cursor: 0, scroll: 0 });
    expect(s.last?.reply).toBe('ask-pay');
  });
});

describe('players, history and replay', () => {
  const withStore = ctxWith({
    ...NO_PROGRESS, player: 'Ann', players: ['Ann', 'Bo'],
    history: [
      { id: 'r2', scenario: 'forgot-the-date', title: 'Forgot the due date', finishedAt: '2025-01-02T00:00:00Z', outcome: null, score: 10, grade: 'F', abandoned: true },
      { id: 'r1', scenario: 'gone', title: 'Gone', finishedAt: '2025-01-01T00:00:00Z', outcome: 'success', score: 90, grade: 'A', abandoned: false },
    ],
  });
  const replay = (turns: number, scenario: string | null) => ({
    type: 'replay-opened' as const, from: 'history' as const,
    opened: { scenario, replay: { id: 'r2', turns: Array.from({ length: turns }, (_, i) => ({ turn: i + 1 })) } as never },
  });

  it('without a store, p and h explain instead of opening', () => {
    expect(drive(ctx, start(), 'players').notice).toEqual({ kind: 'no-store' });
    const failed = appReducer(ctx, start(), { type: 'store-failed', message: 'the folder is a file' });
    expect(drive(ctx, failed, 'history').notice).toEqual({ kind: 'unsaved', message: 'the folder is a file' });
  });

  it('picks a listed player, or a new name checked by the store rule, as an effect', () => {
    const picker = drive(withStore, start(), 'players');
    expect(picker.screen).toMatchObject({ kind: 'players', cursor: 0, naming: false });
    expect(drive(withStore, picker, 'down', 'confirm').effects).toEqual([{ kind: 'select-player', name: 'Bo' }]);
    expect(drive(withStore, picker, 2).effects).toEqual([{ kind: 'select-player', name: 'Bo' }]);
    let naming = drive(withStore, picker, 'new-player');
    expect(keyContext(naming)).toBe('players-text');
    expect(drive(withStore, naming, 'confirm').screen).toMatchObject({ error: 'empty' });
    naming = appReducer(withStore, naming, { type: 'draft', text: 'x'.repeat(33), maxWidth: 60 });
    expect(drive(withStore, naming, 'confirm').screen).toMatchObject({ error: 'too-long' });
    naming = appReducer(withStore, naming, { type: 'draft', text: '  Li \u001B[31mLei ', maxWidth: 60 });
    const chosen = drive(withStore, naming, 'confirm');
    expect(chosen.effects).toEqual([{ kind: 'select-player', name: 'Li Lei' }]);
    expect(screen(chosen)).toBe('menu');
    expect(screen(drive(withStore, naming, 'back'))).toBe('players');
  });

  it('opens a run from the history, steps through it, and goes back to it', () => {
    const list = drive(withStore, start(), 'history');
    expect(drive(withStore, list, 'down', 'down', 'confirm').effects).toEqual([{ kind: 'open-replay', run: 'r1', from: 'history' }]);
    let s = appReducer(withStore, list, replay(2, 'forgot-the-date'));
    expect(s.screen).toMatchObject({ kind: 'replay', step: 0 });
    s = drive(withStore, s, 'right', 'right', 'right');
    expect(s.screen).toMatchObject({ step: 2 }); // two turns, then the ending page; no further
    expect(drive(withStore, s, 'first').screen).toMatchObject({ step: 0 });
    expect(drive(withStore, s, 'left').screen).toMatchObject({ step: 1 });
    expect(drive(withStore, s, 'back').screen).toEqual({ kind: 'history', cursor: 0 });
  });

  it('plays again when the scenario is loadable and open, and says why not otherwise', () => {
    const s = appReducer(withStore, drive(withStore, start(), 'history'), replay(1, 'forgot-the-date'));
    expect(call(drive(withStore, s, 'play-again'))?.run.scenario).toBe('forgot-the-date');
    expect(drive(withStore, appReducer(withStore, start(), replay(1, null)), 'play-again').notice).toEqual({ kind: 'not-playable' });
    const locked = ctxWith({ ...NO_PROGRESS, player: 'Ann', locks: new Map([['forgot-the-date', { open: false, needs: 2 }]]) });
    expect(drive(locked, appReducer(locked, start(), replay(1, 'forgot-the-date')), 'play-again').notice).toEqual({ kind: 'locked', needs: 2, open: [2] });
  });

  it('Ctrl+C mid-call records the run as abandoned before exiting', () => {
    const s = drive(ctx, start(), 'down', 'confirm', 'confirm', 1, 'interrupt');
    expect(s.exit).toBe(EXIT_INTERRUPTED);
    expect(s.effects).toMatchObject([{ kind: 'record', abandoned: true, scenario: 'ui-relative' }]);
  });
});
