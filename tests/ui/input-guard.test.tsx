// Escape sequences Ink has no key name for (colour codes in pasted text, focus reports) must
// neither crash the game nor be typed into a text field.
import { afterEach, describe, expect, it } from 'vitest';
import { isStrayInput, isUnknownKeySequence } from '../../src/ui/hooks/use-input-guard';
import { has, KEYS, renderApp, toCall, type AppRun } from './render';

let current: AppRun | null = null;
afterEach(() => { current?.unmount(); current = null; });

describe('unknown escape sequences', () => {
  it('are told apart from the keys Ink names', () => {
    for (const s of ['\x1b[31m', '\x1b[0m', '\x1b[1;5X', '\x1b[200~', '\x1b[I', '\x1b[99;5~']) expect(isUnknownKeySequence(s), JSON.stringify(s)).toBe(true);
    for (const s of [KEYS.up, KEYS.down, KEYS.left, KEYS.right, KEYS.pageUp, KEYS.pageDown, KEYS.home, KEYS.end, '\x1b[3~', '\x1b[Z', '\x1bOA', '\x1b[1;5A', '\x1b', 'a', '\x1b[97u'])
      expect(isUnknownKeySequence(s), JSON.stringify(s)).toBe(false);
  });

  it('in a paste into the answer field are dropped and the words kept', async () => {
    const r = (current = renderApp());
    await toCall(r, 1, 'free');
    await r.waitFor(has('Your words ›'));
    await r.press('first \x1b[31mred\x1b[0m words\x1b[200~ end');
    const s = await r.waitFor(has('first red words end'));
    expect(s).not.toContain('[200~');
    expect(s).not.toContain('[31m');
  });

  it('on the menu do nothing, and the keys after them still work', async () => {
    const r = (current = renderApp());
    await r.waitFor(has('Campaign'));
    await r.press('\x1b[1;5X', '\x1b[I', KEYS.down);
    await r.waitFor(has('▸ 2  The sister answers'));
  });
});

describe('Ctrl with a letter', () => {
  it('is stray unless it means something (Ctrl+C, Tab, Enter, Backspace, Esc)', () => {
    for (const s of ['\x15', '\x17', '\x01', '\x04', '\x1a']) expect(isStrayInput(s), JSON.stringify(s)).toBe(true);
    for (const s of ['\x03', '\t', '\r', '\x7f', '\b', '\x1b', 'u', '中']) expect(isStrayInput(s), JSON.stringify(s)).toBe(false);
  });

  it('types nothing into the answer field', async () => {
    const r = (current = renderApp());
    await toCall(r, 1, 'free');
    await r.waitFor(has('Your words ›'));
    await r.press('ab', '\x15', '\x17', '\x01', 'c');
    const s = await r.waitFor(has('Your words › abc'));
    expect(s).not.toMatch(/Your words › abc?[uwa]/);
  });
});
