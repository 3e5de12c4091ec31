// Writing the handout: `<scenario>-session-<date>-<time>.md` and `.json` side by side in a folder
// (the current one), never over an existing file: a taken name gets -2, -3, … (both files share
// the same stem, and each is created exclusively, so a race with another save cannot overwrite).
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const p2 = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getFullYear()}${p2(d.getMonth() + 1)}${p2(d.getDate())}-${p2(d.getHours())}${p2(d.getMinutes())}${p2(d.getSeconds())}`;

/** The room's clock, as the handout shows it: local time like the file's name, "2026-12-01 14:05". */
export const handoutTime = (d: Date) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${p2(d.getHours())}:${p2(d.getMinutes())}`;

/** Writes both files; resolves to their paths. Throws with the system's reason when it cannot. */
export function saveHandout(dir: string, scenario: string, at: Date, markdown: string, json: string): string[] {
  const base = `${scenario}-session-${stamp(at)}`;
  for (let n = 1; n < 1000; n++) {
    const stem = join(dir, n === 1 ? base : `${base}-${n}`);
    const md = `${stem}.md`;
    const data = `${stem}.json`;
    try {
      writeFileSync(md, markdown, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeFileSync(data, json, { flag: 'wx' });
    } catch (error) {
      unlinkSync(md);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    return [md, data];
  }
  throw new Error(`every name like ${base} is taken in ${dir}`);
}
