// The length part of the score counts only for a success or partial result: a failed call's
// debrief must not print "full length points within N replies" beside its 0.
import { afterEach, describe, expect, it } from 'vitest';
import { has, KEYS, renderApp, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });

async function debriefAfter(r: AppRun, replies: string[], words: { menu: string; ended: string; debrief: string }) {
  await r.waitFor(has(words.menu));
  await r.press(KEYS.enter);
  await r.press(KEYS.enter);
  for (const key of replies) { const before = r.screen(); await r.press(key); await r.waitFor((s) => s !== before, `after reply ${key}`); }
  await r.waitFor(has(words.ended));
  await r.press(KEYS.enter);
  return r.waitFor(has(words.debrief));
}

describe('the length part in the debrief', () => {
  it('says a failed call earns no length points, in English and Chinese', async () => {
    let r = (current = renderApp());
    let s = await debriefAfter(r, ['1', '2'], { menu: 'Campaign', ended: 'Call ended', debrief: 'Debrief ·' });
    expect(s).toMatch(/length +0 +length points only for a success or partial result/);
    expect(s).not.toContain('full length points');
    r.unmount();
    r = (current = renderApp({ lang: 'zh' }));
    s = await debriefAfter(r, ['1', '2'], { menu: '关卡', ended: '通话结束', debrief: '复盘 ·' });
    expect(s).toMatch(/通话长度 +0 +只有成功或部分达成才计这一项/);
  });

  it('still gives the par for a success', async () => {
    const r = (current = renderApp());
    const s = await debriefAfter(r, ['1', '1'], { menu: 'Campaign', ended: 'Call ended', debrief: 'Debrief ·' });
    expect(s).toMatch(/length +\+10 +full length points within \d+ replies/);
  });
});
