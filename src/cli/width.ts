// Column layout by display width: a Chinese character takes two columns, a combining mark none.
import stringWidth from 'string-width';

export { truncate, widthOf } from '../core/width';

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/** Rows of cells laid out in columns; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell)); });
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]! + gap))).join('').trimEnd(),
  );
}
