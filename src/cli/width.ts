// Column layout by display width: a Chinese character takes two columns, a combining mark none.
import stringWidth from 'string-width';

export const widthOf = (s: string): number => stringWidth(s);

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/** Cuts `s` to at most `width` columns, ending in … when something was cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 0) return '';
  let used = 0;
  let result = '';
  for (const { segment } of new Intl.Segmenter().segment(s)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    result += segment;
    used += w;
  }
  return result + '…';
}

/** Rows of cells laid out in columns; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell)); });
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]! + gap))).join('').trimEnd(),
  );
}
