// At 80×24 the feedback on a typed answer (what it was understood as, its fault, the coach)
// is shown whole: the coach's comment was cut off with "…" once a fault took two lines.
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import { textIn } from '../../src/core/text';
import { chooseReply, offeredReplies, startRun } from '../../src/core/engine';
import { has, KEYS, renderApp, toCall, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });
const flat = (s: string) => s.replace(/\s+/g, '');

describe('the feedback on a typed answer at 80×24', () => {
  it('shows the coach whole beside an understood reply and a fault', async () => {
    const result = loadScenarioFile(new URL('../../scenarios/01-forgotten-due-date.yaml', import.meta.url).pathname);
    if (!result.ok) throw new Error('the bundled scenario did not load');
    const { scenario } = result.loaded;
    const reply = scenario.nodes.get(scenario.start)!.replies.find((r) => r.id === 'straight-to-debt')!;
    const coach = textIn(reply.feedback!, 'en', scenario.languages);
    const r = (current = renderApp({ campaign: [result.loaded] }));
    await toCall(r, 0, 'free');
    await r.waitFor(has('Your words ›'));
    await r.press("Ms Zhou, if you don't pay today we will send someone to your school and tell your colleagues");
    await r.waitFor(has('tell your colleagues'));
    await r.press(KEYS.enter);
    const s = await r.waitFor(has('VIOLATION'));
    expect(s).toContain('Understood as');
    expect(flat(s)).toContain(flat(coach));
  });
});

describe('the feedback on a picked reply with a fault at 80×24', () => {
  it('leaves out the rule of the fault rather than cut the coach off', async () => {
    const result = loadScenarioFile(new URL('../../scenarios/01-forgotten-due-date.yaml', import.meta.url).pathname);
    if (!result.ok) throw new Error('the bundled scenario did not load');
    const { scenario } = result.loaded;
    // Replies 1, 2, 1 and then the 3rd: an invented blacklist (deception).
    let state = startRun(scenario, { lang: 'en', mode: 'practice' });
    for (const n of [1, 2, 1]) state = chooseReply(scenario, state, offeredReplies(scenario, state)[n - 1]!.id).state;
    const faulty = offeredReplies(scenario, state)[2]!;
    expect(faulty.violation).toBe('deception');
    const coach = textIn(faulty.feedback!, 'en', scenario.languages);
    const r = (current = renderApp({ campaign: [result.loaded] }));
    await r.waitFor(has('Campaign'));
    await r.press(KEYS.enter);
    await r.waitFor(has('▸ Practice'));
    await r.press(KEYS.enter);
    for (const [i, key] of ['1', '2', '1', '3'].entries()) { await r.waitFor(has(`Turn ${i + 1}`)); await r.press(key); }
    const s = await r.waitFor(has('VIOLATION'));
    expect(flat(s)).toContain(flat(coach));
    expect(s).toContain('Deception');
  });
});
