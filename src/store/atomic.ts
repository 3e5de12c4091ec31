// Crash-safe file writes and moving damaged files aside.
//
// A write goes to a temp file in the same folder (a dot-file ending in .tmp, which readers
// ignore), is flushed to disk with fsync, then renamed over the target: a process killed at any
// moment leaves either the old file or the new one, never a half-written file. Exclusive writes
// link the temp file to the target instead, which fails if the target exists (two processes can
// never overwrite each other's run).
import { randomBytes } from 'node:crypto';
import {
  closeSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const TEMP_FILE = /^\..+\.tmp$/;

function fsyncDir(dir: string): void {
  // Makes the rename itself durable. Not possible on Windows; harmless to skip there.
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes the temp file for `path` and flushes it (unless `flush` is false); returns the temp path. */
export function writeTemp(path: string, data: string, flush = true): string {
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'wx', 0o666);
  try {
    writeSync(fd, data);
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/** Moves the flushed temp file into place (the step a crash must not split). */
export function commitTemp(tmp: string, path: string, exclusive: boolean, flush = true): void {
  try {
    if (exclusive) {
      try {
        linkSync(tmp, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // File systems without hard links: check, then rename (ids are random, so a clash is
        // already vanishingly unlikely; the check keeps it from ever overwriting).
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        if (existsSync(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
        renameSync(tmp, path);
        return;
      }
      unlinkSync(tmp);
    } else {
      renameSync(tmp, path);
    }
  } catch (error) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw error;
  }
  if (flush) fsyncDir(dirname(path));
}

export interface AtomicOptions {
  /** Fail with EEXIST instead of replacing an existing file. */
  readonly exclusive?: boolean;
  /** fsync the data and the folder (default); false for caches, which may be lost in a crash. */
  readonly durable?: boolean;
}

/** Writes `data` to `path` atomically: readers see the old file or the new one, never a mix. */
export function writeFileAtomic(path: string, data: string, options: AtomicOptions = {}): void {
  const durable = options.durable ?? true;
  commitTemp(writeTemp(path, data, durable), path, options.exclusive ?? false, durable);
}

/** A timestamp for backup names: 20250611T143005Z (UTC, sortable, safe in file names). */
export function backupStamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Renames a damaged file to `<name>.corrupt-<stamp>` beside it (never deleting it). Returns the
 * backup path, or null when another process moved it first.
 */
export function moveAside(path: string, now: Date = new Date()): string | null {
  const base = `${path}.corrupt-${backupStamp(now)}`;
  let backup = base;
  for (let n = 2; existsSync(backup); n++) backup = `${base}-${n}`;
  try {
    renameSync(path, backup);
    return backup;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Deletes temp files older than `ageMs` left in `dir` by crashed writers. */
export function removeStaleTemps(dir: string, ageMs = 60 * 60 * 1000, now = Date.now()): void {
  let names: string[];
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names) {
    if (!TEMP_FILE.test(name)) continue;
    const full = join(dir, name);
    try {
      if (now - statSync(full).mtimeMs > ageMs) unlinkSync(full);
    } catch { /* another process removed it */ }
  }
}
