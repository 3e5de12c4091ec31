// Watching one scenario file for watch mode. Editors save in different ways: in place (the file's
// own watcher sees it) or by writing a new file and renaming it over the old one (vim, VS Code:
// the old file's watcher goes quiet, the folder's sees the rename). Both are watched, with a slow
// stat poll behind them for file systems whose events are unreliable (network and container
// mounts). Events are debounced, and a version identical to the last one reported is skipped.
import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadScenarioFile } from '../content/load';
import type { WatchEvent, WatchFeed } from './watch-state';

export interface FileWatch extends WatchFeed {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time before a change is read (a save often comes as several events). */
  readonly debounceMs?: number;
  readonly pollMs?: number;
}

/** What the file holds now, as a key: its bytes' hash, or why it cannot be read. */
function versionKey(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

export function watchScenarioFile(file: string, options: WatchOptions = {}): FileWatch {
  const debounceMs = options.debounceMs ?? 120;
  const listeners = new Set<(e: WatchEvent) => void>();
  let last = versionKey(file);
  let timer: NodeJS.Timeout | null = null;
  let fileWatcher: FSWatcher | null = null;
  let closed = false;

  const guarded = (make: () => FSWatcher): FSWatcher | null => {
    try {
      const w = make();
      // An error (the file renamed away, the watch limit reached) only ends this watcher.
      w.on('error', () => { w.close(); if (w === fileWatcher) fileWatcher = null; });
      return w;
    } catch {
      return null;
    }
  };
  const armFile = () => {
    if (closed || fileWatcher) return;
    fileWatcher = guarded(() => watch(file, (event) => {
      // After a rename the watcher follows the old file, not the path: watch the path anew.
      if (event === 'rename') { fileWatcher?.close(); fileWatcher = null; }
      schedule();
    }));
  };
  const check = () => {
    timer = null;
    if (closed) return;
    armFile();
    const key = versionKey(file);
    if (key === last) return;
    last = key;
    const result = loadScenarioFile(file);
    const event: WatchEvent = result.ok ? { ok: true, loaded: result.loaded } : { ok: false, problems: result.problems };
    for (const l of listeners) l(event);
  };
  function schedule() {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  }

  armFile();
  const name = basename(file);
  const dirWatcher = guarded(() => watch(dirname(file), (_event, changed) => {
    if (changed === null || changed === undefined || String(changed) === name) schedule();
  }));
  watchFile(file, { interval: options.pollMs ?? 1000 }, () => schedule());

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      fileWatcher?.close();
      dirWatcher?.close();
      unwatchFile(file);
      listeners.clear();
    },
  };
}
