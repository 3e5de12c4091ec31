import { describe, expect, it } from 'vitest';
import { BINDINGS, fromInk, keyHelp, keyPresses, resolveKey, type KeyContext } from '../../src/ui/keys';
import type { Key } from 'ink';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

describe('the key table', () => {
  it('maps keys to commands per screen', () => {
    expect(resolveKey('menu', { name: 'down' })).toEqual({ command: 'down' });
    expect(resolveKey('menu', { char: 'j' })).toEqual({ command: 'down' });
    expect(resolveKey('menu', { char: 'K' })).toEqual({ command: 'up' });
    expect(resolveKey('menu', { char: '7' })).toEqual({ command: 'digit', digit: 7 });
    expect(resolveKey('menu', { name: 'return' })).toEqual({ command: 'confirm' });
    expect(resolveKey('menu', { char: 'l' })).toEqual({ command: 'toggle-lang' });
    expect(resolveKey('call', { char: '3' })).toEqual({ command: 'digit', digit: 3 });
    expect(resolveKey('call', { name: 'escape' })).toEqual({ command: 'pause' });
    expect(resolveKey('debrief', { char: 'r' })).toEqual({ command: 'retry' });
    expect(resolveKey('pause', { name: 'escape' })).toEqual({ command: 'back' });
  });

  it('Ctrl+C interrupts on every screen, typing included', () => {
    for (const context of Object.keys(BINDINGS) as KeyContext[]) {
      expect(resolveKey(context, { char: 'c', ctrl: true })).toEqual({ command: 'interrupt' });
    }
  });

  it('leaves letters and digits to the text input while typing', () => {
    for (const char of ['q', 'j', 'k', 'm', '1', '?', ' ']) expect(resolveKey('call-text', { char })).toBeNull();
    expect(resolveKey('call-text', { name: 'return' })).toEqual({ command: 'confirm' });
    expect(resolveKey('call-text', { name: 'escape' })).toEqual({ command: 'pause' });
  });

  it('ignores keys a screen does not use', () => {
    expect(resolveKey('menu', { char: 'x' })).toBeNull();
    expect(resolveKey('enlarge', { name: 'return' })).toBeNull();
    expect(resolveKey('enlarge', { char: 'q' })).toEqual({ command: 'exit' });
    expect(resolveKey('menu', { char: 'l', ctrl: true })).toBeNull();
  });

  it('describes every screen in the key-help line from the same table', () => {
    expect(keyHelp('menu').map((e) => e.keys)).toEqual(['↑↓', 'Enter', 'p', 'h', 'l', 'm', '?', 'q']);
    expect(keyHelp('menu', true).map((e) => e.keys)).toEqual(['↑↓', '1–9', 'Enter', 'p', 'h', 'l', 'm', '?', 'q']);
    expect(keyHelp('call').map((e) => e.label)).toContain('pause');
    for (const context of Object.keys(BINDINGS) as KeyContext[]) expect(keyHelp(context).length).toBeGreaterThan(0);
  });

  it('reads Ink key events', () => {
    expect(fromInk('', { ...noKey, upArrow: true })).toEqual({ name: 'up' });
    expect(fromInk('', { ...noKey, escape: true, meta: true })).toEqual({ name: 'escape' });
    expect(fromInk('c', { ...noKey, ctrl: true })).toEqual({ char: 'c', ctrl: true });
    expect(fromInk('好', noKey)).toEqual({ char: '好' });
  });
});

describe('keys that arrive together', () => {
  const plain = noKey;
  it('splits a chunk of characters into one press each, Enter and Backspace included', () => {
    expect(keyPresses('12', plain)).toEqual([{ char: '1' }, { char: '2' }]);
    expect(keyPresses('6\r', plain)).toEqual([{ char: '6' }, { name: 'return' }]);
    expect(keyPresses('中文', plain)).toEqual([{ char: '中' }, { char: '文' }]);
    expect(keyPresses('a\u007f', plain)).toEqual([{ char: 'a' }, { name: 'backspace' }]);
  });
  it('leaves single keys, named keys, Ctrl and escape sequences whole', () => {
    expect(keyPresses('q', plain)).toEqual([{ char: 'q' }]);
    expect(keyPresses('', { ...plain, upArrow: true })).toEqual([{ name: 'up' }]);
    expect(keyPresses('c', { ...plain, ctrl: true })).toEqual([{ char: 'c', ctrl: true }]);
    expect(keyPresses('\u001B[Z', plain)).toEqual([{ char: '\u001B[Z' }]);
  });
});
