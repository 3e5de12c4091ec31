// Writing the handout: `<scenario>-session-<date>-<time>.md` and `.json` side by side in a folder
// (the current one), never over an existing file: a taken name gets -2, -3, … (both files share
// the same stem, and each is created exclusively, so a race with another save cannot overwrite).
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
};

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
