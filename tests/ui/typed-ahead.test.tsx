// A line typed into a text field and its Enter can reach the game as one chunk (a fast typist
// over a slow link, a pasted line with its newline): the Enter must still send it.
import { afterEach, describe, expect, it } from 'vitest';
import { textPresses } from '../../src/ui/keys';
import { has, KEYS, renderApp, toCall, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });
const none = { ctrl: false, meta: false } as Parameters<typeof textPresses>[1];

describe('a text chunk ending in Enter', () => {
  it('is the text, then Enter', () => {
    expect(textPresses('hello\r', none)).toEqual([{ char: 'hello' }, { name: 'return' }]);
    expect(textPresses('two\nlines\n', none)).toEqual([{ char: 'two\nlines' }, { name: 'return' }]);
    expect(textPresses('hello', none)).toEqual([{ char: 'hello' }]);
  });

  it('sends the answer in free-text mode', async () => {
    const r = (current = renderApp());
    await toCall(r, 1, 'free');
    await r.waitFor(has('Your words ›'));
    await r.press('Your brother owes us 5200 yuan\r');
    const s = await r.waitFor(has('Understood as'));
    expect(s).toContain('“Your brother owes us 5200 yuan”');
    expect(s).toMatch(/Your words › *\n/);
  });
});
