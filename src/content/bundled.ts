// The scenarios shipped with callcraft, in <package>/scenarios, and the package's other files.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<package>/<name>`, found by walking up from this module (src/ or dist/); null when absent. */
export function packageEntry(name: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, name);
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** The bundled scenarios folder. */
export function bundledScenarioDir(): string {
  const dir = packageEntry('scenarios');
  if (dir === null) throw new Error('the bundled scenarios folder was not found');
  return dir;
}

/** The editor JSON Schema shipped in the package (schema/scenario.schema.json). */
export function bundledSchemaFile(): string | null {
  return packageEntry(join('schema', 'scenario.schema.json'));
}
