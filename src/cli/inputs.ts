// The headless input file: one answer per line.
//   introduce          a reply id at the node where the call stands
//   2                  the 2nd reply offered now (numbered as on screen: offered replies only)
//   > 我理解您的难处     a typed answer, mapped onto a reply by the free-text matcher
// Blank lines and lines starting with # are skipped; a pick may end in `# comment`.
import type { Reply, Node } from '../core/model';
import { sanitizeLine, showControls } from '../core/sanitize';

export type InputLine =
  | { readonly line: number; readonly kind: 'pick'; readonly value: string }
  | { readonly line: number; readonly kind: 'text'; readonly text: string };

/** A line that cannot be played; `line` is 1-based in the input file. */
export class InputError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function parseInputLines(source: string): InputLine[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: InputLine[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.startsWith('>')) {
      const text = trimmed.slice(1).trim();
      if (text === '') throw new InputError(line, 'the typed answer after ">" is empty');
      out.push({ line, kind: 'text', text });
      return;
    }
    out.push({ line, kind: 'pick', value: trimmed.replace(/\s+#.*$/, '') });
  });
  return out;
}

export type Pick = { readonly reply: Reply; readonly by: 'id' | 'number' } | { readonly error: string };

/** "1 warm, 2 blunt": the offered replies as the player sees them numbered. */
export function offeredList(offered: readonly Reply[]): string {
  return offered.map((r, i) => (r.id === String(i + 1) ? r.id : `${i + 1} ${sanitizeLine(r.id)}`)).join(', ');
}

/**
 * Which offered reply a pick line means: digits are the on-screen number, anything else an id.
 * Full-width digits and letters (as a Chinese input method types them) count as their ASCII forms.
 */
export function resolvePick(value: string, node: Node, offered: readonly Reply[]): Pick {
  const pick = resolveExact(value, node, offered);
  const narrow = value.normalize('NFKC');
  if ('error' in pick && narrow !== value) {
    const again = resolveExact(narrow, node, offered);
    if (!('error' in again)) return again;
  }
  return pick;
}

function resolveExact(value: string, node: Node, offered: readonly Reply[]): Pick {
  const shown = `(offered: ${offeredList(offered)})`;
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n >= 1 && n <= offered.length) return { reply: offered[n - 1]!, by: 'number' };
    const byId = offered.find((r) => r.id === value);
    if (byId) return { reply: byId, by: 'id' };
    const count = offered.length === 1 ? '1 reply is' : `${offered.length} replies are`;
    return { error: `there is no reply number ${n} at node "${node.id}": ${count} offered ${shown}` };
  }
  const reply = offered.find((r) => r.id === value);
  if (reply) return { reply, by: 'id' };
  const hidden = node.replies.find((r) => r.id === value);
  const id = sanitizeLine(showControls(value));
  if (hidden) {
    return { error: `reply "${id}" is not offered at node "${node.id}" now: its condition "${hidden.if?.source ?? ''}" does not hold ${shown}` };
  }
  const typed = /\s/.test(value) ? '; to type an answer, start the line with "> "' : '';
  return { error: `node "${node.id}" has no reply "${id}" ${shown}${typed}` };
}
