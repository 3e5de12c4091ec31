// Player names: typed by people, shown on screens and saved in run records. A name is never used
// as an object key or a file name (the store hashes it for its folder), so any text is safe to
// keep; it only has to be printable, one line and of a sensible length.
import { sanitizeLine } from './sanitize';

export const PLAYER_NAME_MAX = 32;

export type PlayerNameResult = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string };

/** The canonical form of a player name (NFC, controls removed, spaces collapsed), or why not. */
export function normalizePlayerName(raw: string): PlayerNameResult {
  const name = sanitizeLine(raw.normalize('NFC')).replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, message: 'a player name cannot be empty' };
  if ([...name].length > PLAYER_NAME_MAX) {
    return { ok: false, message: `a player name can have at most ${PLAYER_NAME_MAX} characters` };
  }
  return { ok: true, name };
}
