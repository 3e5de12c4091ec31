// Run files: runs/<player key>/<run id>.json, one atomically written file per run, so any
// number of processes can save at once without losing anything. Each player folder also holds
// player.json (the name, for players listed before they have runs), trimmed-<id>.json files
// (see retention.ts) and summaries.json (a rebuildable cache, below). Files that fail to read are moved aside with a notice; a run written by a
// newer callcraft is left alone.
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { RECORD_VERSION, RUN_ID, StoredRunRecordSchema, type RunRecord } from '../core/record-schema';
import { summarizeRun, type RunSummary, type TrimmedRun } from '../core/progress';
import { GRADES } from '../core/score';
import { OUTCOMES } from '../core/schema';
import { moveAside, removeStaleTemps, writeFileAtomic } from './atomic';
import { errorCode, StoreError, type NoticeSink } from './notices';
import { PLAYER_FILE, PLAYER_KEY, playerKey, RUNS_DIR } from './paths';

const ID = RUN_ID.source.slice(1, -1);
export const RUN_FILE = new RegExp(`^(${ID})\\.json$`);
export const TRIMMED_FILE = new RegExp(`^trimmed-(${ID})\\.json$`);

const PlayerFileSchema = z.object({ v: z.literal(1), name: z.string().min(1).max(200) });
const TrimmedFileSchema = z.object({
  v: z.literal(1),
  runs: z.array(z.object({
    id: z.string().regex(RUN_ID),
    scenario: z.string().min(1).max(200),
    difficulty: z.int(),
    outcome: z.enum(OUTCOMES).nullable(),
    abandoned: z.boolean(),
  })),
});

let lastMs = 0;

/** A new run id: sortable by save time (strictly increasing within a process), random after. */
export function newRunId(now: number = Date.now()): string {
  lastMs = Math.max(now, lastMs + 1);
  return `${lastMs.toString(36).padStart(9, '0')}-${randomInt(36 ** 6).toString(36).padStart(6, '0')}`;
}

/** The save time encoded in a run id. */
export function runIdTime(id: string): Date {
  return new Date(Number.parseInt(id.slice(0, 9), 36));
}

export const runsRoot = (home: string): string => join(home, RUNS_DIR);
export const playerDir = (home: string, name: string): string => join(runsRoot(home), playerKey(name));

/** Folder listings: a missing folder is an empty one; another failure is a StoreError. */
function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new StoreError(`cannot read the folder ${dir}: ${code}`, 'io');
  }
}

/** The player folders present (names that playerKey can produce; anything else is ignored). */
export function playerFolders(home: string): string[] {
  return list(runsRoot(home))
    .filter((d) => d.isDirectory() && PLAYER_KEY.test(d.name))
    .map((d) => join(runsRoot(home), d.name))
    .sort();
}

const idMatches = (fileName: string) => (r: RunRecord): string | null =>
  `${r.id}.json` === fileName ? null : `holds run ${r.id}, which does not match its file name`;

type Read<T> = { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'newer'; version: number } | { kind: 'bad' };

/** Reads and checks one JSON file; damaged files are moved aside with a notice. */
function readChecked<T>(
  path: string, schema: z.ZodType<T>, what: string, notify: NoticeSink, check: (value: T) => string | null = () => null,
): Read<T> {
  const aside = (why: string): Read<T> => {
    try {
      const backup = moveAside(path);
      if (backup) notify({ code: 'moved-aside', file: path, backup, message: `${what} ${path} ${why}; it was moved to ${backup} and is left out` });
    } catch (error) {
      notify({ code: 'unmovable', file: path, message: `${what} ${path} ${why} and could not be moved aside (${errorCode(error)}); it is left out` });
    }
    return { kind: 'bad' };
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    // Trimmed or moved by another process since the folder was listed.
    if (code === 'ENOENT') return { kind: 'missing' };
    return aside(`could not be read (${code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return aside('was damaged (not valid JSON)');
  }
  const v = (data as { v?: unknown } | null)?.v;
  if (typeof v === 'number' && v > RECORD_VERSION) return { kind: 'newer', version: v };
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return aside(`was damaged (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'})`);
  }
  const problem = check(parsed.data);
  return problem === null ? { kind: 'ok', value: parsed.data } : aside(problem);
}

export interface FolderContents<T> {
  readonly dir: string;
  /** The player.json name, when present. */
  readonly name: string | null;
  readonly runs: T[];
  readonly trimmed: TrimmedRun[];
  /** Ids of run files that are still present though already trimmed (a crash mid-trim). */
  readonly leftovers: string[];
}

/** The run ids present in a folder, without reading them. */
export function runIdsIn(dir: string): string[] {
  return list(dir).flatMap((d) => RUN_FILE.exec(d.name)?.[1] ?? []).sort();
}

export function readPlayerName(dir: string, notify: NoticeSink): string | null {
  const r = readChecked(join(dir, PLAYER_FILE), PlayerFileSchema, 'the player file', notify);
  return r.kind === 'ok' ? r.value.name : null;
}

/** A folder's listing: its trimmed runs, and the run files still to read. */
function listFolder(dir: string, notify: NoticeSink): Omit<FolderContents<never>, 'runs'> & { files: string[] } {
  const names = list(dir).map((d) => d.name).sort();
  const trimmed = new Map<string, TrimmedRun>();
  for (const n of names) {
    if (!TRIMMED_FILE.test(n)) continue;
    const r = readChecked(join(dir, n), TrimmedFileSchema, 'the trimmed-runs file', notify);
    if (r.kind === 'ok') for (const t of r.value.runs) trimmed.set(t.id, t);
  }
  const files: string[] = [];
  const leftovers: string[] = [];
  for (const n of names) {
    const id = RUN_FILE.exec(n)?.[1];
    if (id === undefined) continue;
    if (trimmed.has(id)) leftovers.push(id);
    else files.push(n);
  }
  const name = names.includes(PLAYER_FILE) ? readPlayerName(dir, notify) : null;
  return { dir, name, files, trimmed: [...trimmed.values()], leftovers };
}

function tellNewer(dir: string, newer: number, notify: NoticeSink): void {
  if (newer === 0) return;
  notify({
    code: 'newer-record', file: dir,
    message: `${newer} run${newer === 1 ? '' : 's'} in ${dir} ${newer === 1 ? 'was' : 'were'} saved by a newer callcraft; kept as they are but not shown`,
  });
}

/** Every run record in one player folder, read and checked. */
export function readFolder(dir: string, notify: NoticeSink): FolderContents<RunRecord> {
  const { files, ...listing } = listFolder(dir, notify);
  const runs: RunRecord[] = [];
  let newer = 0;
  for (const n of files) {
    const r = readChecked(join(dir, n), StoredRunRecordSchema, 'the run file', notify, idMatches(n));
    if (r.kind === 'ok') runs.push(r.value);
    else if (r.kind === 'newer') newer++;
  }
  tellNewer(dir, newer, notify);
  return { ...listing, runs };
}

// summaries.json: a cache of each run file's summary, keyed by file name, size and mtime. Run
// files never change once written, so a matching entry saves reading and checking the file.
// The cache holds nothing the run files do not: when it is damaged or stale it is rebuilt.
const SUMMARY_CACHE = 'summaries.json';
const SummarySchema = z.object({
  id: z.string().regex(RUN_ID), player: z.string(), scenario: z.string(), hash: z.string(), title: z.string(),
  difficulty: z.int(), mode: z.string(), lang: z.string(), startedAt: z.string(), finishedAt: z.string(),
  ending: z.string().nullable(), endingTitle: z.string().optional(), outcome: z.enum(OUTCOMES).nullable(),
  score: z.int(), grade: z.enum(GRADES), replies: z.int(), violations: z.int(), abandoned: z.boolean(),
});
const CacheSchema = z.object({
  v: z.literal(1),
  runs: z.array(z.object({ file: z.string(), size: z.number(), mtimeMs: z.number(), summary: SummarySchema })),
});
type CacheEntry = z.infer<typeof CacheSchema>['runs'][number];

function readCache(dir: string): Map<string, CacheEntry> {
  try {
    const parsed = CacheSchema.safeParse(JSON.parse(readFileSync(join(dir, SUMMARY_CACHE), 'utf8')));
    return new Map(parsed.success ? parsed.data.runs.map((e) => [e.file, e]) : []);
  } catch {
    return new Map();
  }
}

/** The summaries of every run in one player folder, from the cache where it is current. */
export function readSummaries(dir: string, notify: NoticeSink): FolderContents<RunSummary> {
  const { files, ...listing } = listFolder(dir, notify);
  const cache = readCache(dir);
  const fresh: CacheEntry[] = [];
  let changed = cache.size !== files.length;
  let newer = 0;
  for (const n of files) {
    let st;
    try { st = statSync(join(dir, n)); } catch { changed = true; continue; }
    const hit = cache.get(n);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs && hit.summary.id === RUN_FILE.exec(n)?.[1]) {
      fresh.push(hit);
      continue;
    }
    changed = true;
    const r = readChecked(join(dir, n), StoredRunRecordSchema, 'the run file', notify, idMatches(n));
    if (r.kind === 'ok') fresh.push({ file: n, size: st.size, mtimeMs: st.mtimeMs, summary: summarizeRun(r.value) });
    else if (r.kind === 'newer') newer++;
  }
  tellNewer(dir, newer, notify);
  if (changed) {
    try {
      writeFileAtomic(join(dir, SUMMARY_CACHE), `${JSON.stringify({ v: 1, runs: fresh })}\n`, { durable: false });
    } catch { /* only a cache: the next read builds it again */ }
  }
  return { ...listing, runs: fresh.map((e) => e.summary as RunSummary) };
}

/** Reads one run file by path (for replay), with the same checks. */
export function readRunFile(path: string, notify: NoticeSink): RunRecord | null {
  const r = readChecked(path, StoredRunRecordSchema, 'the run file', notify, idMatches(basename(path)));
  if (r.kind === 'newer') {
    notify({ code: 'newer-record', file: path, message: `the run ${path} was saved by a newer callcraft (record version ${r.version}); update callcraft to open it` });
  }
  return r.kind === 'ok' ? r.value : null;
}

/** Creates the player's folder (with player.json) if needed; returns it. */
export function ensurePlayerDir(home: string, name: string): string {
  const dir = playerDir(home, name);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, PLAYER_FILE))) {
    try {
      writeFileAtomic(join(dir, PLAYER_FILE), `${JSON.stringify({ v: 1, name })}\n`, { exclusive: true });
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  removeStaleTemps(dir);
  return dir;
}

/** Writes a new run file; never overwrites one (a clashing id is retried with a fresh one). */
export function writeRun(dir: string, draft: Omit<RunRecord, 'id'>): { record: RunRecord; file: string } {
  for (let attempt = 0; ; attempt++) {
    const record: RunRecord = { ...draft, id: newRunId() };
    const file = join(dir, `${record.id}.json`);
    try {
      writeFileAtomic(file, `${JSON.stringify(record)}\n`, { exclusive: true });
      return { record, file };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

/** Records the trimmed runs first (so no count is ever lost), then deletes their files. */
export function trimRuns(dir: string, trimmed: readonly TrimmedRun[], leftovers: readonly string[]): void {
  if (trimmed.length > 0) {
    const file = join(dir, `trimmed-${newRunId()}.json`);
    writeFileAtomic(file, `${JSON.stringify({ v: 1, runs: trimmed })}\n`, { exclusive: true });
  }
  for (const id of [...trimmed.map((t) => t.id), ...leftovers]) {
    try { unlinkSync(join(dir, `${id}.json`)); } catch { /* already removed by another process */ }
  }
}
