// Campaign unlocks: which scenarios a player may start. The rules, as a learner reads them:
//
// - The menu lists scenarios by difficulty, then by file name (then id). A "level" is one
//   difficulty value that some loaded scenario has; levels may skip numbers (1, 2, 4).
// - The first scenario of every level is always open, so anyone can try a taste of each level.
// - The rest of the lowest level is open from the start.
// - The rest of any other level opens once the player has ended any scenario of the level
//   before it, or of a harder level, in `success` (beating a hard call proves the easier ones).
//   Any success counts, also one from a scenario no longer loaded (its recorded difficulty).
// - A scenario the player has finished before stays open, even if the menu changed since.
// - `unlockAll` (--unlock-all, trainer use) opens everything.
import type { ScenarioProgress } from './progress';

export interface CampaignEntry {
  readonly id: string;
  readonly difficulty: number;
  /** The scenario's file path; the menu orders by its last segment within a level. */
  readonly file: string;
}

export type Lock =
  | { readonly open: true; readonly why: 'unlock-all' | 'first-of-level' | 'level-open' | 'played' }
  /** Closed until the player ends a scenario of difficulty `needs` (or harder) in success. */
  | { readonly open: false; readonly needs: number };

export interface CampaignOptions {
  readonly unlockAll?: boolean;
}

const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The menu order: difficulty, then file name, then id. */
export function menuOrder<T extends CampaignEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.difficulty !== b.difficulty) return a.difficulty - b.difficulty;
    const fa = fileName(a.file);
    const fb = fileName(b.file);
    if (fa !== fb) return fa < fb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The highest difficulty at which the player has a success, or null. */
export function topSuccessLevel(entries: readonly CampaignEntry[], progress: ReadonlyMap<string, ScenarioProgress>): number | null {
  const loaded = new Map(entries.map((e) => [e.id, e.difficulty]));
  let top: number | null = null;
  for (const p of progress.values()) {
    if (p.successes === 0) continue;
    const d = loaded.get(p.scenario) ?? p.difficulty;
    if (top === null || d > top) top = d;
  }
  return top;
}

/** Open or closed, for each scenario id. */
export function campaignLocks(
  entries: readonly CampaignEntry[],
  progress: ReadonlyMap<string, ScenarioProgress>,
  options: CampaignOptions = {},
): Map<string, Lock> {
  const ordered = menuOrder(entries);
  const levels = [...new Set(ordered.map((e) => e.difficulty))].sort((a, b) => a - b);
  const top = topSuccessLevel(entries, progress);
  const locks = new Map<string, Lock>();
  const seen = new Set<number>();
  for (const e of ordered) {
    const first = !seen.has(e.difficulty);
    seen.add(e.difficulty);
    const k = levels.indexOf(e.difficulty);
    const previous = k > 0 ? levels[k - 1]! : null;
    let lock: Lock;
    if (options.unlockAll) lock = { open: true, why: 'unlock-all' };
    else if (first) lock = { open: true, why: 'first-of-level' };
    else if (previous === null || (top !== null && top >= previous)) lock = { open: true, why: 'level-open' };
    else if ((progress.get(e.id)?.finished ?? 0) > 0) lock = { open: true, why: 'played' };
    else lock = { open: false, needs: previous };
    locks.set(e.id, lock);
  }
  return locks;
}

export interface MenuRow<T extends CampaignEntry> {
  readonly entry: T;
  readonly lock: Lock;
  /** Null before the first attempt. */
  readonly progress: ScenarioProgress | null;
}

/** The menu: scenarios in order, each with its lock and the player's progress. */
export function menuRows<T extends CampaignEntry>(
  entries: readonly T[],
  progress: ReadonlyMap<string, ScenarioProgress>,
  options: CampaignOptions = {},
): MenuRow<T>[] {
  const locks = campaignLocks(entries, progress, options);
  return menuOrder(entries).map((entry) => ({ entry, lock: locks.get(entry.id)!, progress: progress.get(entry.id) ?? null }));
}
