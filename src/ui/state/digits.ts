// Number keys in a list longer than nine: digits typed within a moment of each other form one
// number ("1" then "2" picks 12), as in file managers; a digit that makes no valid number
// starts afresh.
export interface DigitBuffer {
  readonly text: string;
  /** When the last digit was typed (ms). */
  readonly at: number;
}

export const DIGIT_WINDOW_MS = 1000;

/** The 0-based index the digits pick among `count` rows (null: none), and the new buffer. */
export function menuDigit(buffer: DigitBuffer, digit: number, count: number, at: number): { buffer: DigitBuffer; index: number | null } {
  const fresh = at - buffer.at > DIGIT_WINDOW_MS ? '' : buffer.text;
  for (const text of [fresh + String(digit), String(digit)]) {
    const n = Number(text);
    if (n >= 1 && n <= count) return { buffer: { text, at }, index: n - 1 };
  }
  return { buffer: { text: '', at }, index: null };
}
