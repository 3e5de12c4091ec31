// Key presses, one at a time. Keys that reach Ink together ("12", "6\r") are split; the first is
// handled at once and each of the rest after the frame its predecessor caused, so every press
// is read against the screen it was meant for (the screen after the one before).
import { useEffect, useRef, useState } from 'react';
import { useInput, type Key } from 'ink';
import { keyPresses, textPresses, type KeyPress } from '../keys';

/**
 * `whole(input, key)`: true when this chunk is one event as it came (a text field takes a paste
 * or typed-ahead words whole; the field itself reads them), but for an Enter at its end.
 */
export function useKeyPresses(handle: (press: KeyPress, input: string, key: Key) => void, whole?: (input: string, key: Key) => boolean): void {
  const queue = useRef<{ press: KeyPress; input: string; key: Key }[]>([]);
  const [turn, setTurn] = useState(0);
  const handleRef = useRef(handle);
  handleRef.current = handle;
  const wholeRef = useRef(whole);
  wholeRef.current = whole;
  useInput((input, key) => {
    const presses = (wholeRef.current?.(input, key) ? textPresses(input, key) : keyPresses(input, key)).map((press) => ({ press, input, key }));
    if (queue.current.length === 0) {
      const first = presses.shift()!;
      handleRef.current(first.press, first.input, first.key);
    }
    if (presses.length === 0) return;
    queue.current.push(...presses);
    setTurn((n) => n + 1);
  });
  useEffect(() => {
    const next = queue.current.shift();
    if (!next) return;
    handleRef.current(next.press, next.input, next.key);
    if (queue.current.length > 0) setTurn((n) => n + 1);
  }, [turn]);
}
