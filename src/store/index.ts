// The store: players, saved runs, best scores and unlocks, kept on the player's own machine.
//
// Where: conf's per-user config folder for 'callcraft' (~/.config/callcraft on Linux,
// ~/Library/Preferences/callcraft on macOS, %APPDATA%\callcraft\Config on Windows), or the
// folder CALLCRAFT_HOME names. `callcraft where` prints it.
//
// Layout (version 1):
//   settings.json                     conf: { layout, players, lastPlayer, preferences }
//   runs/<player key>/player.json     { v, name }; the key is a slug plus a hash of the name
//   runs/<player key>/<run id>.json   one run record (src/core/record-schema.ts) per file
//   runs/<player key>/trimmed-<id>.json   what is kept of trimmed runs (retention.ts)
//   runs/<player key>/summaries.json  a cache of the runs' summaries, rebuilt when stale
//
// Why this shape: conf is a single file where the last writer wins, so it only holds settings
// that can stand that (and the player list is rebuilt from the run folders anyway). Every run is
// its own file, written atomically (temp file, fsync, rename; see atomic.ts) under an id that is
// unique across processes, so two terminals saving at once never lose a run, and a crash
// mid-write leaves the previous state. Best scores, attempts and unlocks are derived from the
// run files every time (src/core/progress.ts, campaign.ts); the only other copy is a cache of
// summaries, used only where it matches each file's size and mtime.
//
// Safety: names and scenario ids never become object keys or file names (Maps, hashed folder
// names, ids we generate). A damaged or unreadable file is renamed to <file>.corrupt-<time>
// beside it and reported as a notice (takeNotices()); the store goes on without it. Files from a
// newer callcraft are read where possible and never rewritten. Layout upgrades run as conf
// migrations (settings.ts, LAYOUT_STEPS). Each player keeps the newest 500 runs plus every
// scenario's best run and best success (retention.ts).
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizePlayerName } from '../core/player';
import { progressOf, summarizeRun, type BestRun, type RunSummary, type ScenarioProgress } from '../core/progress';
import type { RunDraft, RunRecord } from '../core/record-schema';
import { errorCode, StoreError, type StoreNotice } from './notices';
import { playerKey, storeHome } from './paths';
import { RETENTION, runsToTrim, trimmedOf, type Retention } from './retention';
import {
  ensurePlayerDir, playerDir, playerFolders, readFolder, readRunFile, readSummaries, runIdsIn, runIdTime, trimRuns, writeRun,
} from './runs';
import { Settings, type Preferences, type SettingsOptions } from './settings';

export { StoreError, type StoreNotice } from './notices';
export { storeHome, defaultStoreHome } from './paths';
export { LAYOUT, type Preferences } from './settings';
export { RETENTION, type Retention } from './retention';

export interface StoreOptions {
  /** The store folder; default storeHome(env). */
  readonly home?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly retention?: Retention;
  readonly settings?: SettingsOptions;
}

export interface PlayerInfo {
  readonly name: string;
  /** Run files kept. */
  readonly runs: number;
  /** ISO time of the latest saved run, or null. */
  readonly lastPlayed: string | null;
}

export interface SaveResult {
  readonly record: RunRecord;
  readonly file: string;
  /** The best finished run of this scenario before this one, or null (a first finish). */
  readonly previousBest: BestRun | null;
  /** This run beat the previous best (or is the first finished run). */
  readonly newBest: boolean;
  /** The player's progress on this scenario including this run. */
  readonly progress: ScenarioProgress;
}

export interface RunFilter {
  readonly player?: string;
  readonly scenario?: string;
}

export interface BestRow {
  readonly player: string;
  readonly scenario: string;
  readonly attempts: number;
  readonly best: RunSummary;
}

/** The OS user's name as a player name (the default player), or "player". */
export function osUserName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  let raw = '';
  try { raw = userInfo().username; } catch { /* no passwd entry (some containers) */ }
  const r = normalizePlayerName(raw || env.USER || env.USERNAME || '');
  return r.ok ? r.name : 'player';
}

/** A player name from the command line or a screen, or a StoreError saying why not. */
export function playerName(raw: string): string {
  const r = normalizePlayerName(raw);
  if (!r.ok) throw new StoreError(r.message, 'invalid');
  return r.name;
}

const REF = /^[0-9a-z-]{1,16}$/;
/** The settings list's limit (players with runs are found from their folders regardless). */
const MAX_PLAYERS = 1000;

export class Store {
  readonly home: string;
  private readonly notices: StoreNotice[] = [];
  private readonly settings: Settings;
  private readonly retention: Retention;
  private readonly env: Readonly<Record<string, string | undefined>>;

  private constructor(options: StoreOptions) {
    this.env = options.env ?? process.env;
    this.home = resolve(options.home ?? storeHome(this.env));
    this.retention = options.retention ?? RETENTION;
    let isDir = true;
    try { isDir = statSync(this.home).isDirectory(); } catch { /* not there yet: created on first write */ }
    if (!isDir) throw new StoreError(`the store folder ${this.home} is a file, not a folder (is CALLCRAFT_HOME right?)`, 'io', { kind: 'home-is-file', path: this.home });
    this.settings = Settings.open(this.home, this.notify, options.settings);
  }

  /** Opens (creating if needed) the store. Problems found are in takeNotices(). */
  static open(options: StoreOptions = {}): Store {
    return new Store(options);
  }

  private readonly notify = (n: StoreNotice): void => {
    if (!this.notices.some((m) => m.code === n.code && m.file === n.file)) this.notices.push(n);
  };

  /** The notices collected since the last call (each damaged file is reported once). */
  takeNotices(): StoreNotice[] {
    return this.notices.splice(0);
  }

  get settingsFile(): string {
    return this.settings.file;
  }

  // --- players -------------------------------------------------------------------------------

  /** The player last chosen, else the OS user. */
  currentPlayer(): string {
    const last = this.settings.read().lastPlayer;
    const r = last === null ? null : normalizePlayerName(last);
    return r?.ok ? r.name : osUserName(this.env);
  }

  /** Adds a player to the list (no runs needed); returns the name as stored. */
  addPlayer(raw: string): string {
    const name = playerName(raw);
    this.settings.update((s) => {
      if (s.players.includes(name)) return {};
      if (s.players.length >= MAX_PLAYERS) throw new StoreError(`the store already lists ${MAX_PLAYERS} players`, 'invalid');
      return { players: [...s.players, name] };
    });
    return name;
  }

  /** Makes `raw` the current player (adding it); returns the name as stored. */
  selectPlayer(raw: string): string {
    const name = this.addPlayer(raw);
    this.settings.update(() => ({ lastPlayer: name }));
    return name;
  }

  /** Every known player: from the settings list and the run folders, latest played first. */
  players(): PlayerInfo[] {
    const found = new Map<string, PlayerInfo>();
    for (const dir of playerFolders(this.home)) {
      const contents = readSummaries(dir, this.notify);
      const name = contents.name ?? contents.runs[0]?.player ?? null;
      if (name === null || join(this.home, 'runs', playerKey(name)) !== dir) continue;
      const ids = contents.runs.map((r) => r.id).sort();
      const latest = ids[ids.length - 1];
      found.set(name, { name, runs: ids.length, lastPlayed: latest ? runIdTime(latest).toISOString() : null });
    }
    for (const raw of this.settings.read().players) {
      const r = normalizePlayerName(raw);
      if (r.ok && !found.has(r.name)) found.set(r.name, { name: r.name, runs: 0, lastPlayed: null });
    }
    return [...found.values()].sort((a, b) =>
      (b.lastPlayed ?? '').localeCompare(a.lastPlayed ?? '') || a.name.localeCompare(b.name));
  }

  // --- preferences ---------------------------------------------------------------------------

  preferences(): Preferences {
    return this.settings.read().preferences;
  }

  setPreferences(patch: Preferences): void {
    this.settings.update((s) => ({ preferences: { ...s.preferences, ...patch } }));
  }

  // --- runs ----------------------------------------------------------------------------------

  /**
   * Saves a run (from buildRunRecord). A call abandoned before the first reply is not a run:
   * nothing is saved and the result is null. Throws StoreError when the disk refuses.
   */
  saveRun(draft: RunDraft): SaveResult | null {
    if (draft.abandoned && draft.turns.length === 0) return null;
    const name = playerName(draft.player);
    const dir = playerDir(this.home, name);
    let saved: { record: RunRecord; file: string };
    let before: ReturnType<typeof readSummaries>;
    try {
      ensurePlayerDir(this.home, name);
      before = readSummaries(dir, this.notify);
      saved = writeRun(dir, { ...draft, player: name, ...(draft.file !== undefined && { file: resolve(draft.file) }) });
    } catch (error) {
      throw new StoreError(`could not save the run in ${dir}: ${errorCode(error)}`, 'io', { kind: 'save-failed', dir, code: errorCode(error) });
    }
    const earlier = before.runs.filter((r) => r.player === name);
    const previousBest = progressOf(earlier, before.trimmed).get(draft.scenario)?.best ?? null;
    const newBest = !saved.record.abandoned && (previousBest === null || saved.record.score > previousBest.score);
    this.settings.update((s) => ({
      ...(!s.players.includes(name) && s.players.length < MAX_PLAYERS && { players: [...s.players, name] }),
      lastPlayer: name,
    }));

    let all = [...earlier, summarizeRun(saved.record)];
    let trimmed = before.trimmed;
    const trim = runsToTrim(all, this.retention);
    if (trim.length > 0 || before.leftovers.length > 0) {
      try {
        trimRuns(dir, trim.map(trimmedOf), before.leftovers);
        const gone = new Set(trim.map((t) => t.id));
        all = all.filter((r) => !gone.has(r.id));
        trimmed = [...trimmed, ...trim.map(trimmedOf)];
      } catch {
        // Trimming is housekeeping: if the disk refuses now, the next save tries again.
      }
    }
    const progress = progressOf(all, trimmed).get(draft.scenario)!;
    return { ...saved, previousBest, newBest, progress };
  }

  private folders(player: string | undefined): string[] {
    return player === undefined ? playerFolders(this.home) : [playerDir(this.home, playerName(player))];
  }

  /** Saved runs, newest first. */
  runs(filter: RunFilter = {}): RunRecord[] {
    const player = filter.player === undefined ? undefined : playerName(filter.player);
    const out: RunRecord[] = [];
    for (const dir of this.folders(player)) {
      for (const r of readFolder(dir, this.notify).runs) {
        if (player !== undefined && r.player !== player) continue;
        if (filter.scenario !== undefined && r.scenario !== filter.scenario) continue;
        out.push(r);
      }
    }
    return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** Like runs(), as summaries (much faster: they come from a cache when it is current). */
  summaries(filter: RunFilter = {}): RunSummary[] {
    const player = filter.player === undefined ? undefined : playerName(filter.player);
    const out: RunSummary[] = [];
    for (const dir of this.folders(player)) {
      for (const r of readSummaries(dir, this.notify).runs) {
        if (player !== undefined && r.player !== player) continue;
        if (filter.scenario !== undefined && r.scenario !== filter.scenario) continue;
        out.push(r);
      }
    }
    return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** One player's progress per scenario id: attempts, best, successes (for the menu and unlocks). */
  progress(player: string): Map<string, ScenarioProgress> {
    const name = playerName(player);
    const contents = readSummaries(playerDir(this.home, name), this.notify);
    return progressOf(contents.runs.filter((r) => r.player === name), contents.trimmed);
  }

  /** The best finished run per player and scenario, best score first. */
  bests(filter: RunFilter = {}): BestRow[] {
    const player = filter.player === undefined ? undefined : playerName(filter.player);
    const rows: BestRow[] = [];
    for (const dir of this.folders(player)) {
      const contents = readSummaries(dir, this.notify);
      const byPlayer = new Map<string, RunSummary[]>();
      for (const r of contents.runs) {
        if (player !== undefined && r.player !== player) continue;
        if (filter.scenario !== undefined && r.scenario !== filter.scenario) continue;
        byPlayer.set(r.player, [...(byPlayer.get(r.player) ?? []), r]);
      }
      for (const [name, runs] of byPlayer) {
        const summaries = new Map(runs.map((r) => [r.id, r]));
        for (const p of progressOf(runs, contents.trimmed).values()) {
          if (p.best === null) continue;
          rows.push({ player: name, scenario: p.scenario, attempts: p.attempts, best: summaries.get(p.best.id)! });
        }
      }
    }
    return rows.sort((a, b) => a.player.localeCompare(b.player) || a.scenario.localeCompare(b.scenario));
  }

  /** The run with this id, or the only one whose id starts with it. */
  findRun(ref: string): { record: RunRecord; file: string } {
    const wanted = ref.trim().toLowerCase();
    if (!REF.test(wanted)) throw new StoreError(`"${ref}" is not a run id (see \`callcraft history\` for ids)`, 'invalid');
    const matches: { id: string; file: string }[] = [];
    for (const dir of playerFolders(this.home)) {
      for (const id of runIdsIn(dir)) if (id.startsWith(wanted)) matches.push({ id, file: join(dir, `${id}.json`) });
    }
    const exact = matches.filter((m) => m.id === wanted);
    const pick = exact.length === 1 ? exact : matches;
    if (pick.length === 0) throw new StoreError(`no saved run has the id "${wanted}" (see \`callcraft history\`)`, 'not-found');
    if (pick.length > 1) {
      const some = pick.slice(0, 5).map((m) => m.id).join(', ');
      throw new StoreError(`"${wanted}" matches ${pick.length} runs (${some}${pick.length > 5 ? ', ...' : ''}); give more of the id`, 'ambiguous');
    }
    const { file } = pick[0]!;
    const record = readRunFile(file, this.notify);
    if (record === null) throw new StoreError(`the run ${pick[0]!.id} could not be read (see the note above)`, 'io');
    return { record, file };
  }
}
