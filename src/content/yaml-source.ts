// Reading untrusted YAML safely: a size cap, a BOM, YAML errors with positions, and one pass over
// the syntax tree for what must never get further (tags, duplicate keys, control characters,
// absurd nesting) before the data is built with aliases capped.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { keyText, Locator, START, type Path } from './locate';
import { at, kindOf, quote, type Reporter } from './report';
import { explainSyntax } from './yaml-slips';

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ALIAS_COUNT = 100;
/** A scenario nests about 8 levels deep; far beyond that is an attack or an accident. */
export const MAX_DEPTH = 64;
const DEPTH_HINT = 'a scenario needs about 8 levels; look for runaway brackets or indentation';
const MAX_YAML_ERRORS = 20;

export interface YamlFile {
  readonly source: string;
  readonly doc: Document;
  readonly locator: Locator;
  readonly data: Record<string, unknown>;
}

const CORE = 'tag:yaml.org,2002:';
const SAFE_TAGS = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => CORE + t)]);
const shortTag = (tag: string) => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag);

// The same set as hasControlCharacters() in core/sanitize.ts, found with its position here.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'backspace', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x1b: 'ESC, starts terminal escape sequences',
  0x7f: 'DEL', 0x9b: 'CSI, a terminal escape sequence', 0x9d: 'OSC, a terminal escape sequence', 0x202e: 'right-to-left override',
};

function describeControl(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CONTROL_NAMES[code] ?? (code >= 0x202a ? 'a text-direction control' : 'a control character');
  return `${hex} (${name})`;
}

/** Parses the text; reports and returns undefined when it cannot go further. */
export function readYaml(text: string, r: Reporter): YamlFile | undefined {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    r.add('file-too-large', START, `the file is larger than ${MAX_FILE_BYTES.toLocaleString('en')} bytes; it was not read`, 'a scenario is a few dozen kilobytes: split it, or check this is the right file');
    return undefined;
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let doc: Document;
  try {
    // Duplicate keys are found below, so the message can name the first occurrence.
    // logLevel 'error': yaml must never print warnings (file text included) to the console.
    doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    r.add(error instanceof RangeError ? 'too-deep' : 'yaml-syntax', START, `the YAML could not be read: ${(error as Error).message}`);
    return undefined;
  }
  const locator = new Locator(doc, source);
  if (doc.errors.length > 0) {
    if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
      const e = doc.errors.find((x) => x.code === 'RESOURCE_EXHAUSTION')!;
      r.add('too-deep', locator.pos(e.pos[0]), 'the YAML nests too deeply to be read', DEPTH_HINT);
      return undefined;
    }
    // One error per line: the first is the cause, the rest are yaml losing its footing.
    const lines = new Set<number>();
    const openers = unclosedOpeners(doc);
    for (const e of withoutTabFallout(doc.errors)) {
      const opener = openers.get(e.pos[0]);
      const [offset, message, hint] = opener && (e.code === 'MISSING_CHAR' || /^Flow (sequence|map)/.test(e.message))
        ? [opener.offset, `this ${opener.what} is never closed`, opener.hint]
        : explainSyntax(e.code, e.message.replace(/ at line \d+, column \d+[\s\S]*$/, ''), e.pos[0], source);
      const pos = locator.pos(offset);
      if (lines.has(pos.line)) continue;
      lines.add(pos.line);
      if (lines.size > MAX_YAML_ERRORS) break;
      r.add('yaml-syntax', pos, message, hint);
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    const what = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)
      ? 'the file is empty'
      : `the file holds ${isSeq(doc.contents) ? 'a list' : kindOf(isScalar(doc.contents) ? doc.contents.value : undefined)}`;
    const pos = doc.contents?.range ? locator.pos(doc.contents.range[0]) : START;
    r.add('not-a-scenario', pos, `${what}; a scenario is a map of keys: format, id, title, difficulty, stats, start, nodes, endings`);
    return undefined;
  }
  const firstAlias = scanTree(doc, locator, r);
  if (firstAlias === false) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const where = firstAlias ?? START;
    if (error instanceof ReferenceError) {
      r.add('too-many-aliases', where, `YAML aliases expand too much (over ${MAX_ALIAS_COUNT} copies)`, 'aliases (*name) are for small repeated values; write the values out');
    } else if (error instanceof RangeError) {
      r.add('too-deep', where, 'the YAML nests too deeply to be read', DEPTH_HINT);
    } else {
      r.add('yaml-syntax', where, `the YAML could not be turned into data: ${(error as Error).message}`);
    }
    return undefined;
  }
  return { source, doc, locator, data: data as Record<string, unknown> };
}

/**
 * A tab in the indentation throws yaml off for the rest of the file: it then reports lines that
 * are fine (keys "not at the same column", implicit keys). Keep the errors before the first tab
 * and every tab; the rest is fallout that goes away with the tab.
 */
function withoutTabFallout<E extends { code: string; pos: [number, number] }>(errors: readonly E[]): readonly E[] {
  const firstTab = errors.find((e) => e.code === 'TAB_AS_INDENT');
  if (!firstTab) return errors;
  return errors.filter((e) => e.code === 'TAB_AS_INDENT' || e.pos[0] < firstTab.pos[0]);
}

/**
 * yaml reports an unclosed quote or bracket where it gives up (often the end of the file); the
 * node it left open ends exactly there. Returns such nodes by where they end.
 */
function unclosedOpeners(doc: Document): Map<number, { offset: number; what: string; hint: string }> {
  const out = new Map<number, { offset: number; what: string; hint: string }>();
  const stack: unknown[] = [doc.contents];
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const node = stack.pop();
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (isScalar(node) && range && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
      const q = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
      out.set(range[1], { offset: range[0], what: `${q}quoted${q} string`, hint: `add the closing ${q}` });
    } else if ((isMap(node) || isSeq(node)) && node.flow && range) {
      const [open, close] = isMap(node) ? ['{', '}'] : ['[', ']'];
      if (!out.has(range[1])) out.set(range[1], { offset: range[0], what: open, hint: `close it with ${close} (or indent the lines inside it further)` });
    }
    if (isMap(node)) for (const p of node.items) stack.push(p.key, p.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return out;
}

/** A node on the scan's stack; the chain of parents gives its path when a problem needs it. */
class Entry {
  constructor(
    readonly node: Node,
    readonly depth: number,
    readonly parent: Entry | undefined,
    readonly seg: string | number | undefined,
  ) {}
}

const pathOf = (e: Entry | undefined): Path => {
  const out: (string | number)[] = [];
  for (let x = e; x !== undefined && x.seg !== undefined; x = x.parent) out.unshift(x.seg);
  return out;
};

/**
 * One pass over the tree, without following aliases (so it is linear in the file size).
 * Returns the first alias's position (for the alias-cap message), or false when the tree nests
 * too deeply to go on.
 */
function scanTree(doc: Document, loc: Locator, r: Reporter): { line: number; col: number } | undefined | false {
  const stack: Entry[] = [new Entry(doc.contents as Node, 0, undefined, undefined)];
  let firstAlias = Infinity;
  const anchors = new Map<string, number>(); // name → where it is first set
  const aliases: { source: string; offset: number }[] = [];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (depth > MAX_DEPTH) {
      r.add('too-deep', node.range ? loc.pos(node.range[0]) : START, `the YAML nests deeper than ${MAX_DEPTH} levels`, DEPTH_HINT);
      return false;
    }
    if (isAlias(node)) {
      if (node.range && node.range[0] < firstAlias) firstAlias = node.range[0];
      if (node.range) aliases.push({ source: node.source, offset: node.range[0] });
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor && node.range) anchors.set(anchor, Math.min(anchors.get(anchor) ?? Infinity, node.range[0]));
    const tag = (node as { tag?: string }).tag;
    if (tag && !SAFE_TAGS.has(tag)) {
      r.add('yaml-tag', loc.pos(loc.tagOffset(node)), at(pathOf(entry), `the tag ${shortTag(tag)} is not allowed`),
        'tags are never run: remove it (only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are accepted)');
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string') checkControl(node.value, node, entry, loc, r, false);
    } else if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const seg = isScalar(key) ? keyText(key) : undefined;
        if (isScalar(key)) {
          if (typeof key.value === 'string') checkControl(key.value, key, new Entry(key, depth + 1, entry, seg), loc, r, true);
          if (keys.has(seg!)) duplicateKey(node, key, seg!, entry, loc, r);
          else keys.add(seg!);
        } else if (key) {
          const offset = key.range?.[0];
          r.add('wrong-type', offset === undefined ? START : loc.pos(offset), at(pathOf(entry), 'a key must be plain text, not a map, a list or an alias'),
            'check the brackets and colons here: a { … } or [ … ] followed by ":" makes a key of it');
          stack.push(new Entry(key, depth + 1, entry, undefined));
        }
        if (pair.value) stack.push(new Entry(pair.value as Node, depth + 1, entry, seg));
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (item) stack.push(new Entry(item as Node, depth + 1, entry, i));
      }
    }
  }
  // An alias repeats an anchor set before it; yaml would only fail later, as if aliases were capped.
  const unresolved = aliases.filter((a) => !((anchors.get(a.source) ?? Infinity) < a.offset)).sort((a, b) => a.offset - b.offset);
  for (const a of unresolved) {
    r.add('yaml-syntax', loc.pos(a.offset), `the alias *${a.source} names no anchor: there is no &${a.source} before it`,
      `an anchor (&${a.source}) must come before the aliases (*${a.source}) that repeat it`);
  }
  if (unresolved.length > 0) return false;
  return firstAlias === Infinity ? undefined : loc.pos(firstAlias);
}

function duplicateKey(map: YAMLMap, key: Scalar, seg: string, entry: Entry, loc: Locator, r: Reporter): void {
  const first = map.items.find((p) => isScalar(p.key) && keyText(p.key) === seg)?.key as Scalar | undefined;
  if (!first?.range || !key.range) return;
  r.add('duplicate-key', loc.pos(key.range[0]), at(pathOf(entry), `duplicate key ${quote(seg)} (first at line ${loc.pos(first.range[0]).line})`),
    'YAML keeps only the last one: remove or rename one of them');
}

function checkControl(value: string, node: Node, entry: Entry, loc: Locator, r: Reporter, isKey: boolean): void {
  const m = CONTROL.exec(value);
  if (!m || !isScalar(node) || !node.range) return;
  const path = pathOf(entry);
  const offset = loc.scalarOffset(node, m.index);
  r.add('control-character', loc.pos(offset), at(isKey ? path.slice(0, -1) : path, `${describeControl(m[0])} in ${isKey ? `the key ${quote(value)}` : 'a string'}`),
    'a scenario must never be able to drive the terminal: remove it (in "double quotes", look for \\e, \\x.. or \\u.... escapes)');
}

