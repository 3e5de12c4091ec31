// The scenarios shipped with callcraft, in <package>/scenarios.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled scenarios folder: found by walking up from this module (src/ or dist/). */
export function bundledScenarioDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'scenarios');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the bundled scenarios folder was not found');
}
