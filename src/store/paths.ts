// Where the store lives, and the names of the files inside it.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_NAME = 'callcraft';

/**
 * conf's per-user config folder for project 'callcraft' (the rules of env-paths, which conf
 * uses), without env-paths' "-nodejs" suffix: callcraft is the application itself.
 */
export function defaultStoreHome(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', PROJECT_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PROJECT_NAME, 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PROJECT_NAME);
}

/** The store folder: CALLCRAFT_HOME when set (relative to the working folder), else the default. */
export function storeHome(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const override = env.CALLCRAFT_HOME?.trim();
  return override ? resolve(override) : defaultStoreHome(env);
}

export const SETTINGS_NAME = 'settings';
export const SETTINGS_FILE = `${SETTINGS_NAME}.json`;
export const RUNS_DIR = 'runs';
export const PLAYER_FILE = 'player.json';

/**
 * The folder name for a player: a readable slug of the name's ASCII letters and digits, then 12
 * hex digits of its sha256. Any name (dots, slashes, "..", "__proto__", "CON", Chinese, upper
 * and lower case on a case-insensitive disk) gives a short, safe and distinct folder name.
 */
export function playerKey(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 16).replace(/-+$/, '');
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12);
  return slug === '' ? `p-${hash}` : `${slug}-${hash}`;
}

/** Folder names playerKey() can produce (anything else in runs/ is not ours). */
export const PLAYER_KEY = /^[a-z0-9-]{1,30}-[0-9a-f]{12}$|^p-[0-9a-f]{12}$/;
