// Things the player must be told about the store (a damaged file moved aside, a store written by
// a newer callcraft). The store never prints: it collects notices and the screen or the CLI
// shows them (the CLI on stderr).
export type NoticeCode =
  /** A damaged or unreadable file was renamed to `backup`; the game went on without it. */
  | 'moved-aside'
  /** A damaged file could not even be renamed; it is ignored where it is. */
  | 'unmovable'
  /** A run file from a newer callcraft: kept untouched, not shown. */
  | 'newer-record'
  /** The settings were written by a newer callcraft: read, never overwritten. */
  | 'newer-layout'
  /** The settings file cannot be written: changes last until the program ends. */
  | 'settings-unsaved';

export interface StoreNotice {
  readonly code: NoticeCode;
  /** One line in English, with the paths involved. */
  readonly message: string;
  readonly file: string;
  readonly backup?: string;
}

export type NoticeSink = (notice: StoreNotice) => void;

/** A store operation that failed for a reason the player can act on (one line, no stack). */
export class StoreError extends Error {
  constructor(message: string, readonly code: 'invalid' | 'not-found' | 'ambiguous' | 'io' = 'io', readonly reason?: StoreReason) {
    super(message);
    this.name = 'StoreError';
  }
}

/** What went wrong, for a screen to say in its own language (the message is English). */
export type StoreReason =
  | { readonly kind: 'home-is-file'; readonly path: string }
  | { readonly kind: 'save-failed'; readonly dir: string; readonly code: string };

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
