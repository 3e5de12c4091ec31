// Display width: a Chinese character takes two columns, a combining mark none. Pure, so the
// graph writers in core and the CLI's tables cut and align text the same way.
import stringWidth from 'string-width';

export const widthOf = (s: string): number => stringWidth(s);

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
