// A store failure as the screen says it: in the language on screen when the store says what
// went wrong (StoreError.reason), else its own (English) message. Always one sanitised line.
import { sanitizeLine } from '../core/sanitize';
import type { StoreReason } from '../store/notices';
import type { Messages } from './i18n';

export function storeErrorText(t: Messages, error: unknown): string {
  const reason = (error as { reason?: StoreReason } | null)?.reason;
  if (reason?.kind === 'home-is-file') return sanitizeLine(t.menu.homeIsFile(reason.path));
  if (reason?.kind === 'save-failed') return sanitizeLine(t.menu.saveError(reason.dir, reason.code));
  return sanitizeLine(error instanceof Error ? error.message : String(error));
}
