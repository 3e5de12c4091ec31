// Text values: a plain string, or a map language code → string carrying every declared language.
// Decision (the contract only constrains maps): a plain string in a file that declares two or
// more languages is a warning, `untranslated-text` — it is shown as is in every language, which is
// right for a name like "Ms. Liu" and wrong for a sentence.
import { isMap, isScalar, type Pair, type Scalar } from 'yaml';
import { LANGUAGE_CODE } from '../core/schema';
import type { Locator, Path } from './locate';
import { at, isPlainObject, kindOf, listing, quote, type Reporter } from './report';
import { didYouMean } from './suggest';

export interface CommaSplit {
  /** The key whose value the text started in, e.g. zh. */
  readonly lang: string;
  /** The text as written, commas included. */
  readonly text: string;
  /** What was left of it as the value. */
  readonly first: string;
  /** The keys the rest became. */
  readonly strays: readonly string[];
  readonly cjk: boolean;
}

const TEXT_EXPECTED = 'text (a string, or a map of language → string)';

export class TextChecker {
  private warnedUndeclared = false;
  /** Paths already checked, so schema issues about them are not reported twice. */
  readonly checked = new Set<string>();

  constructor(
    private readonly languages: readonly string[],
    private readonly loc: Locator,
    private readonly r: Reporter,
    private readonly source: string,
  ) {}

  check(path: Path, value: unknown): void {
    this.checked.add(JSON.stringify(path));
    const langs = this.languages;
    if (typeof value === 'string') {
      // With one declared language a plain string is simply in that language.
      if (langs.length > 1) {
        this.r.add('untranslated-text', this.loc.value(path), at(path, `a plain string in a file with languages ${listing([...langs])}: it is shown as is in every language`),
          `write { ${langs.map((l) => `${l}: …`).join(', ')} }, or leave it if it reads the same in every language`);
      }
      return;
    }
    if (!isPlainObject(value)) {
      this.r.add('wrong-type', this.loc.value(path), at(path, `expected ${TEXT_EXPECTED}, got ${kindOf(value)}`));
      return;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) {
      if (langs.length > 0) this.r.add('missing-language', this.loc.value(path), at(path, `an empty text map; it needs ${listing([...langs])}`));
      else this.r.add('wrong-type', this.loc.value(path), at(path, `an empty map; expected ${TEXT_EXPECTED}`));
      return;
    }
    let inSplit = false;
    for (const key of keys) {
      const keyPath = [...path, key];
      const v = value[key];
      const split = v === null ? findCommaSplit(this.loc, this.source, keyPath) : undefined;
      if (split) {
        if (!inSplit) this.reportSplit(path, keyPath, split);
        inSplit = true;
        continue;
      }
      inSplit = false;
      if (!LANGUAGE_CODE.test(key)) {
        this.r.add('not-a-language-code', this.loc.key(keyPath), at(path, `${quote(key)} is not a language code`),
          didYouMean(key, langs) ?? (langs.length > 0 ? `this file's languages are ${listing([...langs])}` : 'language codes look like zh, en or zh-TW'));
        continue;
      }
      if (typeof v !== 'string') {
        this.r.add('wrong-type', this.loc.value(keyPath), at(keyPath, `expected a string, got ${kindOf(v)}`),
          v === null ? 'the text is missing' : 'a text map holds one string per language');
        continue;
      }
      if (langs.length > 0 && !langs.includes(key)) {
        this.r.add('undeclared-language', this.loc.key(keyPath), at(path, `${quote(key)} is not one of this file's languages (${listing([...langs])}), so it is never shown`),
          didYouMean(key, langs) ?? `add ${key} to \`languages\`, or remove this entry`);
      }
    }
    const absent = langs.filter((l) => !Object.hasOwn(value, l));
    if (absent.length > 0) {
      this.r.add('missing-language', this.loc.value(path), at(path, `missing ${listing(absent)} (this file's languages: ${listing([...langs])})`),
        `add ${absent.map((l) => `${l}: …`).join(', ')} to this map: every text carries every language in \`languages\``);
    }
    if (langs.length === 0 && !this.warnedUndeclared) {
      this.warnedUndeclared = true;
      this.r.add('languages-not-declared', this.loc.value(path), at(path, 'a text map, but the file has no `languages` list'),
        `declare the languages at the top level, e.g. languages: [${keys.filter((k) => LANGUAGE_CODE.test(k)).join(', ') || 'zh, en'}]`);
    }
  }

  private reportSplit(path: Path, keyPath: Path, split: CommaSplit): void {
    const keys = `${split.strays.length === 1 ? 'a key' : 'keys'} ${listing(split.strays.map((k) => quote(k)))}`;
    this.r.add('comma-split-text', this.loc.key(keyPath),
      at(path, `an ASCII comma cut the ${split.lang} text ${quote(split.text)}: it was read as ${quote(split.first)} and ${keys}`),
      commaHint(split));
  }
}

/**
 * The ASCII-comma pitfall: in `{ zh: 你好,再见, en: Hi }` the comma ends the value, and
 * `再见` becomes a key without a value. Returns the text as the author meant it: from the
 * value the text started in to the last stray key of the run, as written in the source.
 */
export function findCommaSplit(loc: Locator, source: string, keyPath: Path): CommaSplit | undefined {
  const found = loc.pairAt(keyPath);
  if (!found || !isMap(found.parent) || !found.parent.flow) return undefined;
  const items = found.parent.items as Pair[];
  const stray = (p: Pair | undefined): p is Pair & { key: Scalar } =>
    p !== undefined && isScalar(p.key) && !!p.key.range && p.key.type === 'PLAIN' &&
    (p.value === null || (isScalar(p.value) && p.value.value === null && p.value.range?.[0] === p.value.range?.[1])) &&
    source.slice(0, p.key.range[0]).trimEnd().endsWith(',');
  let i = items.indexOf(found.pair);
  if (!stray(items[i])) return undefined;
  while (i > 0 && stray(items[i - 1])) i--;
  const head = items[i - 1];
  if (!head || !isScalar(head.key) || !isScalar(head.value) || head.value.type !== 'PLAIN' || typeof head.value.value !== 'string' || !head.value.range) return undefined;
  let j = i;
  while (stray(items[j + 1])) j++;
  const lastKey = items[j]!.key as Scalar;
  const text = source.slice(head.value.range[0], lastKey.range![1]);
  const strays = items.slice(i, j + 1).map((p) => String((p.key as Scalar).value));
  return { lang: String(head.key.value), text, first: head.value.value, strays, cjk: /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(text) };
}

/** The hint for a comma split: the full-width comma for Chinese, quotes for anything. */
export function commaHint(split: CommaSplit): string {
  return split.cjk
    ? `use the full-width comma "，" (${split.text.replaceAll(',', '，')}), or quote the text: ${split.lang}: "${split.text}"`
    : `quote the text: ${split.lang}: "${split.text}"`;
}
