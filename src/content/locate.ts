// From a path in the loaded data (["nodes", "hello", "replies", 0, "next"]) back to the YAML node
// it came from, and from there to a 1-based line:col in the source file. Also maps a character
// inside a string value to its column in the file, through quotes, escapes and block scalars.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';

export type Path = readonly (string | number)[];

export interface Pos {
  readonly line: number;
  readonly col: number;
}

export const START: Pos = { line: 1, col: 1 };

interface Found {
  /** The node at the path, when it exists. */
  readonly node?: Node;
  /** The pair holding it, when its parent is a map. */
  readonly pair?: Pair;
  /** The deepest node that exists on the way. */
  readonly ancestor: Node | undefined;
}

/** A key as the loaded data spells it: yaml turns an empty key (null, ~, nothing) into "". */
export const keyText = (key: unknown): string => (isScalar(key) ? (key.value === null ? '' : String(key.value)) : String(key));

export class Locator {
  /** Where each line starts. Counted here: yaml's LineCounter loses lines after some syntax errors. */
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly doc: Document,
    private readonly source: string,
  ) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  pos(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // A column counts characters, not UTF-16 units: an emoji is one, like 你.
    const before = this.source.slice(this.lineStarts[lo], offset);
    return { line: lo + 1, col: (/[\uD800-\uDBFF]/.test(before) ? [...before].length : before.length) + 1 };
  }

  private deref(node: unknown): Node | undefined {
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? undefined;
    return (node ?? undefined) as Node | undefined;
  }

  find(path: Path): Found {
    let node = this.deref(this.doc.contents);
    let pair: Pair | undefined;
    let ancestor = node;
    for (const seg of path) {
      pair = undefined;
      if (isMap(node)) {
        // The last pair wins, as in the loaded data (duplicate keys are reported separately).
        for (let i = node.items.length - 1; i >= 0; i--) {
          const p = node.items[i]!;
          if (keyText(p.key) === String(seg)) { pair = p; break; }
        }
        if (!pair) return { ancestor };
        node = this.deref(pair.value);
      } else if (isSeq(node) && typeof seg === 'number') {
        node = this.deref(node.items[seg]);
      } else {
        return { ancestor };
      }
      if (!node) return { ancestor, ...(pair && { pair }) };
      ancestor = node;
    }
    return { ancestor, ...(node && { node }), ...(pair && { pair }) };
  }

  private offsetOf(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range?.[0];
  }

  private isEmpty(node: Node): boolean {
    return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
  }

  /** The value at the path (a missing or empty value: its key, else the nearest ancestor). */
  value(path: Path): Pos {
    const f = this.find(path);
    if (f.node && !this.isEmpty(f.node) && this.offsetOf(f.node) !== undefined) return this.pos(this.offsetOf(f.node)!);
    if (f.pair && this.offsetOf(f.pair.key) !== undefined) return this.pos(this.offsetOf(f.pair.key)!);
    const at = this.offsetOf(f.ancestor);
    return at === undefined ? START : this.pos(at);
  }

  /** The key of the last path segment (a list entry has no key: its value). */
  key(path: Path): Pos {
    const f = this.find(path);
    const at = f.pair && this.offsetOf(f.pair.key);
    if (at === undefined) return this.value(path);
    // An empty key (`: value`) has an empty range where the line before ends: point at its colon.
    const empty = isScalar(f.pair!.key) && f.pair!.key.range?.[1] === at;
    return this.pos(empty ? at + /^\s*/.exec(this.source.slice(at))![0].length : at);
  }

  /** False when the last segment came from a map or list used as a key (reported on its own). */
  keyIsText(path: Path): boolean {
    const parent = this.find(path.slice(0, -1)).node;
    if (!isMap(parent) || path.length === 0) return true;
    const seg = String(path.at(-1));
    if (parent.items.some((p) => isScalar(p.key) && keyText(p.key) === seg)) return true;
    return !parent.items.some((p) => p.key !== null && !isScalar(p.key));
  }

  /** The pair at the path, for checks that look at the source around it. */
  pairAt(path: Path): { pair: Pair; parent: Node } | undefined {
    if (path.length === 0) return undefined;
    const parent = this.find(path.slice(0, -1)).node;
    const f = this.find(path);
    return f.pair && parent ? { pair: f.pair, parent } : undefined;
  }

  /** The column of character `index` of the string value at the path. */
  char(path: Path, index: number): Pos {
    const { node } = this.find(path);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return this.value(path);
    return this.pos(scalarCharOffset(this.source, node, index));
  }

  /** The source offset of character `index` of a string scalar. */
  scalarOffset(node: Scalar, index: number): number {
    return node.range ? scalarCharOffset(this.source, node, index) : 0;
  }

  /** The offset of a tag written before the node (`!foo value`), else the node's own offset. */
  tagOffset(node: Node): number {
    const start = this.offsetOf(node) ?? 0;
    let bang = this.source.lastIndexOf('!', start);
    while (bang > 0 && !/[\s,[{]/.test(this.source[bang - 1]!)) bang--;
    if (bang !== -1 && /^![^\s]*\s+(?:&\S+\s*)?$/.test(this.source.slice(bang, start))) return bang;
    return start;
  }
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The characters a scalar's source produces, each with the offset it comes from. */
function producedChars(source: string, node: Scalar): { ch: string; at: number }[] {
  const [start, end] = node.range!;
  const out: { ch: string; at: number }[] = [];
  let i = start;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = source.indexOf('\n', start);
    i = nl === -1 ? end : nl + 1; // skip the `|-` / `>+2` header line
  } else if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
    i = start + 1;
  }
  const dq = node.type === 'QUOTE_DOUBLE';
  while (i < end) {
    const c = source[i]!;
    if (dq && c === '\\') {
      const e = source[i + 1] ?? '';
      const hex = HEX_LENGTH[e];
      if (hex) {
        const code = Number.parseInt(source.slice(i + 2, i + 2 + hex), 16);
        if (Number.isFinite(code) && code <= 0x10ffff) for (const ch of String.fromCodePoint(code)) out.push({ ch, at: i });
        i += 2 + hex;
      } else if (e === '\n' || e === '\r') {
        i += 2; // an escaped line break produces nothing
      } else {
        if (DQ_ESCAPES[e] !== undefined) out.push({ ch: DQ_ESCAPES[e]!, at: i });
        i += 2;
      }
      continue;
    }
    out.push({ ch: c, at: i });
    i++;
  }
  return out;
}

/**
 * The source offset of character `index` of a string scalar's value. The value's characters
 * appear in the source in order (line folding and indentation only add source characters), so a
 * greedy alignment finds them; when it cannot, the scalar's own start is the honest answer.
 */
export function scalarCharOffset(source: string, node: Scalar, index: number): number {
  const value = String(node.value);
  const start = node.range![0];
  const chars = producedChars(source, node);
  let p = 0;
  let last = start;
  for (let i = 0; i <= index && i < value.length; i++) {
    while (p < chars.length && chars[p]!.ch !== value[i]) p++;
    if (p === chars.length) return start;
    last = chars[p]!.at;
    if (i === index) return last;
    p++;
  }
  // Past the last character (e.g. "expected a number at the end"): just after it.
  return value.length === 0 ? start : last + 1;
}
