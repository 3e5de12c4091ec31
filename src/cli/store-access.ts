// Opening the store from a command: loaded on demand (conf and its validator stay out of the
// commands that need no store), its notices printed to stderr, its errors turned into one line.
import type { Store } from '../store/index';
import { sanitizeLine } from '../core/sanitize';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE } from './exit';
import { err } from './output';

function asCliError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'StoreError') {
    const code = (error as Error & { code?: string }).code;
    return new CliError(sanitizeLine(error.message), code === 'io' ? EXIT_PROBLEMS : EXIT_USAGE);
  }
  return error;
}

/** Tells the player, on stderr, about damaged files moved aside and the like. */
export function reportNotices(store: Store): void {
  for (const n of store.takeNotices()) err(`callcraft: ${sanitizeLine(n.message)}\n`);
}

/** Runs `use` with the store open; notices are printed whether it succeeds or fails. */
export async function withStore<T>(use: (store: Store) => T | Promise<T>): Promise<T> {
  const { Store: StoreClass } = await import('../store/index');
  let store: Store;
  try {
    store = StoreClass.open();
  } catch (error) {
    throw asCliError(error);
  }
  try {
    return await use(store);
  } catch (error) {
    throw asCliError(error);
  } finally {
    reportNotices(store);
  }
}
