// zod's schema issues as messages an author can act on: "title: expected text (…), got the
// number 5" at the value, "unknown key "replys"" with "did you mean" at the key. Unions are
// explained by the option the value was evidently meant to be, never as "Invalid input".
import { hasControlCharacters } from '../core/sanitize';
import type { Locator, Path } from './locate';
import { at, isPlainObject, kindOf, listing, quote, type Reporter } from './report';
import { dataAt, description, isText, objectKeys, resolved, schemaAt } from './schema-walk';
import { closest } from './suggest';
import { commaHint, findCommaSplit, type TextChecker } from './text-check';
import { FULL_WIDTH_HINT, fullWidthKey } from './yaml-slips';

export interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly Issue[])[];
  readonly issues?: readonly Issue[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
}

const EXPECTED: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a map', record: 'a map', literal: 'a fixed value',
};

// Names for keys that are easy to confuse with the ones the format uses.
const SYNONYMS: Record<string, string> = {
  goto: 'next', then: 'next', to: 'next', condition: 'if', when: 'if', unless: 'if',
  choices: 'replies', options: 'replies', answers: 'replies', reply: 'replies', responses: 'replies',
  line: 'say', lines: 'say', text: 'say', says: 'say', effect: 'effects', delta: 'effects',
  node: 'nodes', ending: 'endings', stat: 'stats', trigger: 'triggers', test: 'tests',
  language: 'languages', langs: 'languages', level: 'difficulty', name: 'title', description: 'summary',
  step: 'steps', expected: 'expect', expects: 'expect', keyword: 'keywords', violations: 'violation',
  说: 'say', 回复: 'replies', 回答: 'replies', 选项: 'replies', 下一步: 'next', 条件: 'if', 效果: 'effects',
  反馈: 'feedback', 标题: 'title', 节点: 'nodes', 结局: 'endings', 结果: 'outcome', 总结: 'debrief', 文本: 'text',
};

/** What a place that names a node or ending by id expects, in words (start, goto, expect.ending). */
function idRefName(path: Path): string | undefined {
  const last = path.at(-1);
  const id = (what: string, n: number) => `${what} (a name, or a whole number such as ${n})`;
  if (path.length === 1 && last === 'start') return id('a node id', 1);
  if (last === 'goto') return path[0] === 'triggers' ? id('an ending id', 3) : id('a node or ending id', 2);
  if (last === 'ending' && path.at(-2) === 'expect') return id('an ending id', 3);
  return undefined;
}

/** A place that names a node or ending: a whole number of 0 or more is an id there. */
const refPlace = (path: Path): boolean => idRefName(path) !== undefined || path.at(-1) === 'next';

/** What a union at this path is, in words. */
function unionName(path: Path): string | undefined {
  const last = path.at(-1);
  const ref = idRefName(path);
  if (ref) return ref;
  if (last === 'next') return 'a target: a node or ending id, or a list of routes [{ if, goto }, …, { goto }]';
  if (path[0] === 'stats' && path.length === 2) return 'a stat: a start value 0..100, or { start, min, max, label }';
  if (last === 'say') return 'text, or a list of variants [{ if, text }, …, { text }]';
  if (path[0] === 'tests' && path[2] === 'steps' && path.length === 4) return 'a step: a reply id, or { say: text }';
  if (last === 'id' || last === 'reply') return 'a reply id (a name or a number)';
  if (path[0] === 'tests' && path[3] === 'stats') return 'a comparison such as ">= 70", or a number';
  return undefined;
}

/** Why YAML may have read a value as the wrong kind, when it is clear. */
function typeHint(expected: string | undefined, value: unknown, key: string | number | undefined): string | undefined {
  if (key === 'if') return 'a condition compares a stat with a number, e.g. rapport >= 60';
  if (expected === 'int' && typeof value === 'number') return 'only whole numbers are allowed here';
  if ((expected === 'int' || expected === 'number') && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return `write the number without quotes: ${value.trim()}`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `YAML read this as ${typeof value === 'number' ? 'a number' : 'true/false'}: put it in quotes ("${String(value)}") if it is meant as text`;
  }
  return undefined;
}

const ID_HINT = 'ids use lower-case letters, digits, - and _ (e.g. ask-reason)';
const NUMBER_ID_HINT = 'a number names the id written as its digits, so it must be a whole number of 0 or more; other ids use lower-case letters, digits, - and _';

function keyKind(parent: Path): string {
  const last = parent.at(-1);
  if (last === 'nodes') return 'the node id';
  if (last === 'endings') return 'the ending id';
  if (last === 'stats' || last === 'effects') return 'the stat name';
  return 'the key';
}

// What the entries of each list are called.
const ENTRY_NOUNS: Record<string, [string, string]> = {
  replies: ['reply', 'replies'], next: ['route', 'routes'], say: ['variant', 'variants'], steps: ['step', 'steps'],
  keywords: ['keyword', 'keywords'], languages: ['language', 'languages'], match: ['rule', 'rules'],
  triggers: ['trigger', 'triggers'], tests: ['test', 'tests'],
};

function count(n: number, path: Path): string {
  const [one, many] = ENTRY_NOUNS[String(path.at(-1))] ?? ['entry', 'entries'];
  return `${n} ${n === 1 ? one : many}`;
}

/** The one allowed key that `key` cuts short (`brief` → briefing) or spells out (`language` → lang). */
function prefixOf(key: string, allowed: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  const found = allowed.filter((a) => (k.length >= 2 && a.startsWith(k)) || (a.length >= 3 && k.startsWith(a)));
  return found.length === 1 ? found[0] : undefined;
}

/** An option refused for the kind of the value itself (also when the option is a union of kinds, like Text). */
function aboutKind(branch: readonly Issue[]): boolean {
  return branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_union' && (i.errors ?? []).every(aboutKind))));
}

export class ShapeReporter {
  private readonly done = new Set<string>();

  constructor(
    private readonly data: unknown,
    private readonly loc: Locator,
    private readonly r: Reporter,
    private readonly texts: TextChecker,
    private readonly source: string,
  ) {}

  /** Keys an unknown key was probably meant to be, per object: their absence is no news. */
  private readonly meant = new Set<string>();
  /** Objects written with a YAML merge key (<<), which this format does not expand. */
  private readonly merged = new Set<string>();

  reportAll(issues: readonly Issue[]): void {
    for (const issue of issues) this.collectMeant(issue, []);
    for (const issue of issues) this.report(issue, []);
  }

  private collectMeant(issue: Issue, base: Path): void {
    const path: Path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union') for (const b of issue.errors ?? []) for (const i of b) this.collectMeant(i, path);
    if (issue.code !== 'unrecognized_keys') return;
    if (issue.keys?.includes('<<')) this.merged.add(JSON.stringify(path));
    for (const k of issue.keys ?? []) {
      const near = this.suggestKey(path, k);
      if (near) this.meant.add(JSON.stringify([...path, near]));
    }
  }

  private suggestKey(path: Path, k: string): string | undefined {
    const allowed = this.allowedKeys(path);
    const synonym = SYNONYMS[k.toLowerCase()];
    return fullWidthKey(k, allowed) ?? closest(k, allowed) ?? prefixOf(k, allowed) ?? (synonym && allowed.includes(synonym) ? synonym : undefined);
  }

  private allowedKeys(path: Path): string[] {
    const s = schemaAt(this.data, path);
    return s ? objectKeys(resolved(s, dataAt(this.data, path))) : [];
  }

  private once(kind: string, path: Path): boolean {
    const key = `${kind}:${JSON.stringify(path)}`;
    if (this.done.has(key)) return false;
    this.done.add(key);
    return true;
  }

  private report(issue: Issue, base: Path): void {
    const path: Path = [...base, ...(issue.path as (string | number)[])];
    const value = dataAt(this.data, path);
    const parentPath = path.slice(0, -1);
    const parent = dataAt(this.data, parentPath);
    const key = path.at(-1);

    if (issue.code !== 'unrecognized_keys' && value === undefined && typeof key === 'string' && isPlainObject(parent) && !Object.hasOwn(parent, key)) {
      if (this.meant.has(JSON.stringify(path)) || this.merged.has(JSON.stringify(parentPath)) || !this.once('missing', path)) return;
      const desc = description(schemaAt(this.data, path));
      const what = desc && desc.length <= 70 ? ` (${desc.replace(/\.$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())})` : '';
      this.r.add('missing-key', this.loc.value(parentPath), at(parentPath, `missing \`${key}\`${what}`));
      return;
    }
    const schema = schemaAt(this.data, path);
    if (issue.code !== 'unrecognized_keys' && schema && isText(resolved(schema, value))) {
      if (!this.texts.checked.has(JSON.stringify(path))) this.texts.check(path, value);
      return;
    }
    if (issue.code !== 'invalid_union' && !this.once(issue.code, path)) return;
    if (typeof value === 'string' && hasControlCharacters(value)) return; // reported as control-character
    if (typeof value === 'number' && refPlace(path)) {
      // A number names the id written as its digits only when whole and not negative: any other
      // number is a wrong id (not a number out of range), whichever option zod blamed.
      this.r.add('wrong-type', this.loc.value(path), at(path, `expected ${unionName(path)}, got ${kindOf(value)}`), NUMBER_ID_HINT);
      return;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = this.allowedKeys(path);
        for (const k of issue.keys ?? []) {
          if (hasControlCharacters(k) || !this.loc.keyIsText([...path, k])) continue; // reported on their own
          const near = this.suggestKey(path, k);
          const split = dataAt(this.data, [...path, k]) === null ? findCommaSplit(this.loc, this.source, [...path, k]) : undefined;
          if (split) {
            this.r.add('unknown-key', this.loc.key([...path, k]), at(path, `unknown key ${quote(k)}: an ASCII comma cut ${split.lang}: ${quote(split.text)} in two`), commaHint(split));
            continue;
          }
          if (fullWidthKey(k, allowed)) {
            this.r.add('unknown-key', this.loc.key([...path, k]), at(path, `unknown key ${quote(k)}: a full-width "：" where YAML needs ":"`), FULL_WIDTH_HINT);
            continue;
          }
          const hint = k === '<<' ? 'merge keys (<<) are not supported: write the keys out (an alias *name can repeat a whole value)'
            : near ? `did you mean "${near}"?` : allowed.length > 0 ? `the keys here are ${listing(allowed)}` : undefined;
          this.r.add('unknown-key', this.loc.key([...path, k]), at(path, `unknown key ${quote(k)}`), hint);
        }
        return;
      }
      case 'invalid_union': {
        // The option the value was meant to be is the one whose issues are not about its kind.
        const meant = issue.errors?.find((b) => !aboutKind(b));
        if (meant) { for (const i of meant) this.report(i, path); return; }
        const name = unionName(path) ?? 'a different kind of value';
        const idPlace = refPlace(path) || path[2] === 'steps';
        const quoteHint = idPlace && (typeof value === 'number' || typeof value === 'boolean')
          ? `YAML read this as ${typeof value === 'number' ? 'a number' : 'true/false'}: put an id in quotes ("${String(value)}")` : undefined;
        this.r.add('wrong-type', this.loc.value(path), at(path, `expected ${name}, got ${kindOf(value)}`), quoteHint);
        return;
      }
      case 'invalid_type': {
        const want = EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value';
        this.r.add('wrong-type', this.loc.value(path), at(path, `expected ${want}, got ${kindOf(value)}`), typeHint(issue.expected, value, key));
        return;
      }
      case 'invalid_value': {
        const values = (issue.values ?? []).map(String);
        if (values.length === 1) {
          this.r.add('invalid-value', this.loc.value(path), at(path, `expected ${values[0]}, got ${kindOf(value)}`),
            key === 'format' ? `this version of callcraft reads format ${values[0]} files` : undefined);
        } else {
          const near = typeof value === 'string' ? closest(value, values) : undefined;
          this.r.add('invalid-value', this.loc.value(path), at(path, `${kindOf(value)} is not allowed here; expected one of ${values.join(', ')}`),
            near ? `did you mean "${near}"?` : undefined);
        }
        return;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = String(small ? issue.minimum : issue.maximum);
        let message: string;
        let hint: string | undefined;
        if (issue.origin === 'array') {
          const n = Array.isArray(value) ? value.length : 0;
          message = small ? `needs at least ${count(Number(limit), path)}${n === 0 ? ', and the list is empty' : ''}` : `has ${count(n, path)}; at most ${limit} allowed`;
          if (key === 'replies' && !small) hint = 'split the choice over two nodes';
        } else if (issue.origin === 'string') {
          message = small && limit === '1' ? 'must not be empty' : `is ${String(value).length} characters long; ${small ? 'at least' : 'at most'} ${limit} allowed`;
        } else {
          message = `${kindOf(value)} is ${small ? 'below the minimum' : 'above the maximum'} ${limit}`;
          if (path[0] === 'stats' && path.length === 2) hint = `for another range write { start: ${String(value)}, min: …, max: … }`;
        }
        this.r.add('invalid-value', this.loc.value(path), at(path, message), hint);
        return;
      }
      case 'invalid_format': {
        const m = issue.message;
        const message = m.startsWith('expected') ? `${m}, got ${kindOf(value)}` : `${kindOf(value)} ${m.startsWith('not ') ? `is ${m}` : m}`;
        this.r.add('invalid-value', this.loc.value(path), at(path, message), /must match/.test(m) ? ID_HINT : undefined);
        return;
      }
      case 'invalid_key': {
        if (hasControlCharacters(String(key)) || !this.loc.keyIsText(path)) return; // reported on their own
        const inner = issue.issues?.[0]?.message ?? 'is not allowed';
        if (String(key) === '') {
          const what = { 'the node id': 'a node', 'the ending id': 'an ending', 'the stat name': 'a stat' }[keyKind(parentPath)] ?? 'an entry';
          this.r.add('invalid-value', this.loc.key(path), at(parentPath, `${what} has no ${what === 'a stat' ? 'name' : 'id'}: write one before the ":" (YAML reads null and ~ as none)`));
          return;
        }
        const message = inner.startsWith('not ') ? `${quote(String(key))} is ${inner}` : `${keyKind(parentPath)} ${quote(String(key))} ${inner}`;
        const hint = /must match/.test(inner) ? ID_HINT : /stat name/.test(inner) ? 'a stat name starts with a letter, then letters, digits or _' : undefined;
        this.r.add('invalid-value', this.loc.key(path), at(parentPath, message), hint);
        return;
      }
      default:
        this.r.add('invalid-value', this.loc.value(path), at(path, issue.message));
    }
  }
}

