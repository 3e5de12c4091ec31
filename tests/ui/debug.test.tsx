// The debug panel in the rendered app: --debug or Tab, the raw stats, every condition on the
// node with its truth, the routes (which one would be taken), the triggers; its own view at
// 80×24, beside the call when the terminal is wide; in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { width } from '../../src/ui/layout/text';
import { fixture, has, KEYS, renderApp, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });
const open = (...args: Parameters<typeof renderApp>) => (current = renderApp(...args));
const scenario = () => fixture('debug-panel.yaml');

function expectFits(r: AppRun, cols: number) {
  for (const line of r.lines()) expect(width(line), line).toBeLessThanOrEqual(cols);
}

describe('the debug panel', () => {
  it('opens with --debug and shows stats, conditions, routes and triggers at 80×24', async () => {
    const r = open({ campaign: [], open: scenario(), debug: true });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    const s = await r.waitFor(has('Triggers'));
    expect(s).toContain('node open · turn 0 (replies so far) · violations 0');
    // The header counts turns from 1; the panel's turn is the condition's (replies so far).
    expect(s).toContain('Debug · Turn 1');
    expect(s).toContain('rapport 50 (0–100) · willingness 40 (0–100) · patience 3 (0–5)');
    expect(s).toContain('Line shown 2/2');
    // The offered replies numbered as on screen, the hidden one with its false condition.
    expect(s).toMatch(/▸1 greet {2}offered {2}rapport \+10/);
    expect(s).toMatch(/ · offer {2}hidden {2}willingness \+30/);
    expect(s).toContain('if rapport >= 55  ✗');
    // A hidden reply cannot be taken: its route is where it would lead if it were offered.
    expect(s).toContain('if willingness >= 70  ✓  → promised  ◂ if offered');
    expect(s).not.toContain('→ promised  ◂ taken');
    expect(s).toMatch(/ 2 insult {2}offered {2}⚠ Insult {2}rapport -45 · patience -1/);
    // greet's routes, read after its effects: the otherwise route is the one taken.
    expect(s).toContain('if rapport >= 70  ✗  → talk');
    expect(s).toContain('otherwise  → open  ◂ taken');
    expect(s).toContain('⚡ trigger 1 fires → hung-up');
    expect(s).toContain('1 if rapport <= 10  ✗  → hung-up');
    expect(s).toContain('Tab debug');
    expectFits(r, 80);
    expect(r.lines().length).toBeLessThanOrEqual(24);
  });

  it('is not a learner\'s: Tab does nothing and the key line leaves it out', async () => {
    const r = open({ campaign: [], open: scenario() });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    let s = await r.waitFor(has('Conversation'));
    expect(s).not.toContain('Tab debug');
    await r.press('\t', '1');
    s = await r.waitFor(has('Turn 2'));
    expect(s).toContain('Conversation');
    expect(s).not.toContain('Triggers');
  });

  it('toggles with Tab; the replies still answer to their numbers and the panel follows', async () => {
    const r = open({ campaign: [], open: scenario(), debug: true });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    await r.waitFor(has('Triggers'));
    await r.press('\t');
    await r.waitFor(has('Conversation'));
    expect(r.screen()).not.toContain('Triggers');
    expect(r.screen()).toContain('Tab debug');
    await r.press('\t');
    await r.waitFor(has('Triggers'));
    expect(r.screen()).not.toContain('Conversation');
    await r.press('1');
    const s = await r.waitFor(has('turn 1'));
    expect(s).toContain('rapport 60 (0–100)');
    expect(s).toContain('Line shown 1/2  if rapport >= 60  ✓');
    expect(s).toMatch(/ 2 offer {2}offered/);
    expect(s).toContain('if rapport >= 55  ✓');
    expect(s).toContain('last turn: open → open by route');
    await r.press('\t');
    await r.waitFor(has('Conversation'));
    expect(r.screen()).toContain("Oh, it's you again. Go on.");
  });

  it('marks the highlighted reply and says it with Enter', async () => {
    const r = open({ campaign: [], open: scenario(), debug: true });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    await r.waitFor(has('▸1 greet'));
    await r.press(KEYS.down);
    await r.waitFor(has('▸2 insult'));
    await r.press(KEYS.enter);
    // The insult drops rapport to 5: the trigger ends the call.
    const s = await r.waitFor(has('ended at hung-up'));
    expect(s).toContain('violations 1');
    expect(s).toContain('1 if rapport <= 10  ✓  → hung-up');
    expect(s).toContain('last turn: open → hung-up by trigger');
  });

  it('sits beside the call on a wide terminal', async () => {
    const r = open({ campaign: [], open: scenario(), debug: true }, { columns: 150, rows: 32 });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    const s = await r.waitFor(has('Triggers'));
    expect(s).toContain('Conversation');
    expect(s).toContain('Who is this?');
    expect(r.lines()[0]).toMatch(/Debug panel fixture .* Practice · Turn 1 ┌─ Debug ─/);
    const row = r.lines().find((l) => l.includes('┌─ Conversation'))!;
    expect(row).toContain('rapport 50 (0–100)');
    expectFits(r, 150);
  });

  it('scrolls with PgUp/PgDn when the panel is longer than the screen', async () => {
    const r = open({ campaign: [], open: fixture('ui-crowded.yaml'), debug: true });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    const first = await r.waitFor(has('more (PgDn)'));
    expect(first).not.toContain('Triggers');
    await r.seek('Triggers');
    expectFits(r, 80);
  });

  it('speaks Chinese', async () => {
    const r = open({ campaign: [], open: scenario(), debug: true, lang: 'zh' });
    await r.waitFor(has('开始通话'));
    await r.press(KEYS.enter);
    const s = await r.waitFor(has('触发器'));
    expect(s).toContain('调试');
    expect(s).toContain('节点 open');
    expect(s).toContain('隐藏');
    expect(s).toContain('将走此路');
    expect(s).toContain('Tab 调试');
    expectFits(r, 80);
  });

  it('works in free-text mode, keeping the input', async () => {
    const r = open({ campaign: [], open: scenario(), mode: 'free', debug: true });
    await r.waitFor(has('start the call'));
    await r.press(KEYS.enter);
    await r.waitFor(has('Triggers'));
    await r.press('\t');
    await r.waitFor(has('Conversation'));
    await r.press('\t');
    const s = await r.waitFor(has('Triggers'));
    expect(s).toContain('Your words');
    expect(s).toContain('Typed answer not understood  rapport -3  → stays at this node');
  });

  it('starts calls where --from/--set say, noting a clamped value until the first key', async () => {
    const r = open({
      campaign: [], open: scenario(), start: { node: 'talk', stats: { rapport: 100 } },
      banner: { kind: 'clamped', items: [{ stat: 'rapport', asked: 150, value: 100, min: 0, max: 100 }] },
    });
    let s = await r.waitFor(has('start the call'));
    expect(s).toContain('⚠ --set rapport=150 is outside 0–100: starting at 100');
    await r.press(KEYS.enter);
    s = await r.waitFor(has('Fine. What now?'));
    expect(s).toMatch(/Rapport\s+100/);
    expect(s).not.toContain('--set rapport');
    // Retrying from the pause menu starts at the same place again.
    await r.press('1');
    await r.waitFor(has('Call ended'));
    await r.press(KEYS.esc);
    await r.waitFor(has('Restart the call'));
    await r.press('2');
    await r.waitFor(has('Fine. What now?'));
  });

  it('is listed on the help screen of an author\'s game', async () => {
    const r = open({ debug: true });
    await r.waitFor(has('Campaign'));
    await r.press('?');
    const s = await r.seek('Tab debug', KEYS.down, 40);
    expect(s).toContain('Tab debug');
  });

  it('is not listed on a learner\'s help screen, where Tab does nothing', async () => {
    const r = open({}, { columns: 100, rows: 70 }); // the whole help on one screen
    await r.waitFor(has('Campaign'));
    await r.press('?');
    const s = await r.waitFor((x) => x.includes('During the call') && x.includes('In a replay'));
    expect(s).toContain('Esc pause');
    expect(s).not.toContain('Tab');
  });
});
