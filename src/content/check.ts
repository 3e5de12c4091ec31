// The checks the schema cannot make because they need the whole file in view: ids and where
// they lead, conditions and the stats they read, reply ids, variant order, reachability.
// They run on the loaded data even when the schema found problems, defensively (a value of the
// wrong shape is skipped here: the schema has reported it), so one pass shows every problem.
import { ConditionError, conditionNames, parseCondition } from '../core/condition';
import { ELEMENT_ID, refId, STAT_NAME } from '../core/schema';
import { hasControlCharacters } from '../core/sanitize';
import type { Locator, Path } from './locate';
import { checkReachability } from './reach';
import { at, isPlainObject, listing, pathLabel, quote, type Reporter } from './report';
import { closest, didYouMean } from './suggest';

type Obj = Record<string, unknown>;

/** What the later checks (the tests' paths) need from this pass. */
export interface Summary {
  readonly allReplyIds: ReadonlySet<string>;
}

const RESERVED = new Set(['turn', 'violations', 'and', 'or', 'not']);
const GAME_COUNTS = ['turn', 'violations'];

/** Suggestions name only ids that are valid themselves. */
const validId = (id: string): boolean => ELEMENT_ID.test(id);

/** "did you mean", also when the id meant is there but itself invalid (e.g. written in capitals). */
function suggestId(id: string, ids: readonly string[]): string | undefined {
  const valid = didYouMean(id, ids.filter(validId));
  if (valid) return valid;
  const invalid = closest(id, ids);
  return invalid === undefined ? undefined : `did you mean "${invalid}"? That id is not valid itself: ids use lower-case letters, digits, - and _`;
}
const own = (o: Obj, k: string): boolean => Object.hasOwn(o, k);
const replyIdOf = (reply: unknown, index: number): string => {
  const id = isPlainObject(reply) ? reply.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : String(index + 1);
};

function some(ids: readonly string[]): string {
  return ids.length <= 8 ? listing(ids) : `${ids.slice(0, 8).join(', ')}, … (${ids.length} in all)`;
}

export class ScenarioChecker {
  private readonly nodes: Obj;
  private readonly endings: Obj;
  private readonly stats: ReadonlySet<string> | undefined;
  private readonly languages: readonly string[];
  private readonly edges = new Map<string, string[]>();
  private readonly allReplyIds = new Set<string>();

  constructor(
    private readonly data: Obj,
    private readonly loc: Locator,
    private readonly r: Reporter,
    languages: readonly string[],
  ) {
    this.nodes = isPlainObject(data.nodes) ? data.nodes : {};
    this.endings = isPlainObject(data.endings) ? data.endings : {};
    this.stats = isPlainObject(data.stats) ? new Set(Object.keys(data.stats)) : undefined;
    this.languages = languages;
  }

  run(): Summary {
    this.checkLanguages();
    this.checkStats();
    this.checkIds();
    const startOk = this.checkStart();
    for (const [id, node] of Object.entries(this.nodes)) if (isPlainObject(node)) this.checkNode(id, node);
    const triggerGotos = this.checkTriggers();
    this.checkTests();
    // With errors in the file the graph is not what the author meant: warn about it once it loads.
    if (startOk && !this.r.hasErrors) {
      checkReachability({ start: refId(this.data.start)!, nodes: Object.keys(this.nodes), endings: Object.keys(this.endings), edges: this.edges, triggerGotos }, this.loc, this.r);
    }
    return { allReplyIds: this.allReplyIds };
  }

  private checkLanguages(): void {
    if (!Array.isArray(this.data.languages)) return;
    const seen = new Set<unknown>();
    this.data.languages.forEach((l, i) => {
      if (seen.has(l)) this.r.add('invalid-value', this.loc.value(['languages', i]), at(['languages', i], `${quote(String(l))} is listed twice`));
      seen.add(l);
    });
  }

  private checkStats(): void {
    const stats = this.data.stats;
    if (!isPlainObject(stats)) return;
    const missing = ['rapport', 'willingness'].filter((s) => !own(stats, s));
    if (missing.length > 0) {
      this.r.add('missing-stat', this.loc.key(['stats']), `stats: ${listing(missing.map((s) => `\`${s}\``))} ${missing.length === 1 ? 'is' : 'are'} missing; every scenario tracks rapport and willingness`,
        `add ${missing.map((s) => `${s}: 50`).join(', ')} (start values 0..100)`);
    }
    for (const [name, def] of Object.entries(stats)) {
      if (RESERVED.has(name)) {
        this.r.add('reserved-stat-name', this.loc.key(['stats', name]), `stats: ${quote(name)} cannot be a stat name: conditions already use it`,
          GAME_COUNTS.includes(name) ? `${name} is counted by the game and can be read in any condition` : 'choose another name');
      }
      if (!isPlainObject(def)) continue;
      const min = def.min === undefined ? 0 : def.min;
      const max = def.max === undefined ? 100 : def.max;
      if (typeof min !== 'number' || typeof max !== 'number') continue;
      if (min > max) {
        const where = def.min !== undefined ? 'min' : 'max';
        this.r.add('stat-range', this.loc.value(['stats', name, where]), at(['stats', name], `min ${min} is above max ${max}`),
          def.min === undefined ? 'min defaults to 0' : def.max === undefined ? 'max defaults to 100' : undefined);
      } else if (typeof def.start === 'number' && (def.start < min || def.start > max)) {
        this.r.add('stat-range', this.loc.value(['stats', name, 'start']), at(['stats', name, 'start'], `${def.start} is outside min..max (${min}..${max})`));
      }
    }
  }

  private checkIds(): void {
    if (isPlainObject(this.data.endings) && Object.keys(this.endings).length === 0) {
      this.r.add('no-endings', this.loc.value(['endings']), 'endings: there is no ending; a call needs at least one way to end');
    }
    for (const id of Object.keys(this.endings)) {
      if (!own(this.nodes, id)) continue;
      const nodePos = this.loc.key(['nodes', id]);
      const endingPos = this.loc.key(['endings', id]);
      const endingLater = endingPos.line > nodePos.line || (endingPos.line === nodePos.line && endingPos.col > nodePos.col);
      const [pos, other] = endingLater ? [endingPos, `the node at line ${nodePos.line}`] : [nodePos, `the ending at line ${endingPos.line}`];
      this.r.add('id-collision', pos, at([endingLater ? 'endings' : 'nodes', id], `the id is also used by ${other}; nodes and endings share one set of ids`), 'rename one of them');
    }
  }

  private checkStart(): boolean {
    const start = refId(this.data.start);
    if (start === undefined || start === '' || hasControlCharacters(start) || !isPlainObject(this.data.nodes)) return false;
    if (own(this.nodes, start)) return true;
    const allNodeIds = Object.keys(this.nodes);
    const nodeIds = allNodeIds.filter(validId);
    if (own(this.endings, start)) {
      this.r.add('unresolved-start', this.loc.value(['start']), `start: ${quote(start)} is an ending; the call must start at a node`,
        nodeIds.length > 0 ? `the nodes are ${some(nodeIds)}` : undefined);
    } else {
      this.r.add('unresolved-start', this.loc.value(['start']), `start: no node is called ${quote(start)}`,
        suggestId(start, allNodeIds) ?? (nodeIds.length > 0 ? `the nodes are ${some(nodeIds)}` : 'add the node under `nodes`'));
    }
    return false;
  }

  private checkCondition(path: Path, src: unknown): void {
    if (typeof src !== 'string' || src.trim() === '') return; // the schema reports those
    let names: { name: string; offset: number }[];
    try {
      names = conditionNames(parseCondition(src));
    } catch (error) {
      const e = error instanceof ConditionError ? error : new ConditionError(String(error), 0);
      this.r.add('bad-condition', this.loc.char(path, e.offset), at(path, `${e.message} (at character ${[...src.slice(0, e.offset)].length + 1} of the condition ${quote(src, 80)})`),
        e.hint ?? 'a condition is NAME OP NUMBER joined by and / or / not, e.g. rapport >= 60 and turn > 3');
      return;
    }
    if (!this.stats) return;
    const known = [...this.stats, ...GAME_COUNTS];
    for (const { name, offset } of names) {
      if (this.stats.has(name) || GAME_COUNTS.includes(name)) continue;
      this.r.add('undeclared-stat', this.loc.char(path, offset), at(path, `${quote(name)} is not a declared stat (in the condition ${quote(src, 80)})`),
        didYouMean(name, known) ?? 'declare it under `stats`, or use turn or violations');
    }
  }

  private checkEffects(path: Path, effects: unknown): void {
    if (!isPlainObject(effects) || !this.stats) return;
    for (const name of Object.keys(effects)) {
      if (this.stats.has(name) || !STAT_NAME.test(name)) continue; // the schema reports bad names
      this.r.add('undeclared-stat', this.loc.key([...path, name]), at(path, `${quote(name)} is not a declared stat`),
        GAME_COUNTS.includes(name) ? `${name} is counted by the game; effects change declared stats only` : didYouMean(name, [...this.stats]) ?? 'declare it under `stats`');
    }
  }

  /** Checks a `next` (a node or ending id, or routes) and returns every id it can lead to. */
  private checkTarget(path: Path, target: unknown): string[] {
    const id = refId(target);
    if (id !== undefined) { this.resolveTarget(path, id); return [id]; }
    if (!Array.isArray(target)) return [];
    const gotos: string[] = [];
    let reportedOrder = false;
    target.forEach((route, i) => {
      if (!isPlainObject(route)) return;
      const last = i === target.length - 1;
      if (!last && !own(route, 'if') && !reportedOrder) {
        reportedOrder = true;
        this.r.add('route-order', this.loc.value([...path, i]), at(path, `route #${i + 1} has no \`if\`, so the routes after it are never taken`),
          'only the last route goes without `if`: give this one a condition, or move it to the end');
      }
      if (last && own(route, 'if')) {
        this.r.add('route-order', this.loc.key([...path, i, 'if']), at([...path, i], 'the last route must have no `if`: it is the one taken when no other holds'),
          target.length === 1 ? 'write the id alone (next: some-id), or add a last route without `if`' : 'add a last route { goto: … } without `if`, or remove this `if`');
      }
      this.checkCondition([...path, i, 'if'], route.if);
      const goto = refId(route.goto);
      if (goto !== undefined) { this.resolveTarget([...path, i, 'goto'], goto); gotos.push(goto); }
    });
    return gotos;
  }

  private resolveTarget(path: Path, id: string): void {
    if (own(this.nodes, id) || own(this.endings, id) || hasControlCharacters(id)) return;
    const ids = [...new Set([...Object.keys(this.nodes), ...Object.keys(this.endings)])]; // a node and an ending may share an id (reported on its own)
    const valid = ids.filter(validId);
    this.r.add('unresolved-target', this.loc.value(path), at(path, `no node or ending is called ${quote(id)}`),
      suggestId(id, ids) ?? (valid.length > 0 ? `the ids are ${some(valid)}` : undefined));
  }

  private checkNode(id: string, node: Obj): void {
    const path = ['nodes', id];
    const edges: string[] = [];
    if (Array.isArray(node.say)) this.checkVariants([...path, 'say'], node.say);

    const replies = Array.isArray(node.replies) ? node.replies : [];
    const ids = new Map<string, number>();
    replies.forEach((reply, i) => {
      const rid = replyIdOf(reply, i);
      this.allReplyIds.add(rid);
      const first = ids.get(rid);
      if (first === undefined) ids.set(rid, i);
      else this.duplicateReply(path, rid, first, i, replies);
      if (!isPlainObject(reply)) return;
      const rpath = [...path, 'replies', i];
      this.checkCondition([...rpath, 'if'], reply.if);
      this.checkEffects([...rpath, 'effects'], reply.effects);
      if (own(reply, 'next')) edges.push(...this.checkTarget([...rpath, 'next'], reply.next));
    });
    if (replies.length > 0 && replies.every((r) => isPlainObject(r) && own(r, 'if'))) {
      this.r.add('all-replies-conditional', this.loc.key([...path, 'replies']), at([...path, 'replies'], 'every reply has an `if`, so the player can be left with nothing to say'),
        'leave at least one reply without `if`');
    }

    const free = node.free;
    let fallbackNext = false;
    if (isPlainObject(free)) {
      if (Array.isArray(free.match)) {
        free.match.forEach((m, i) => {
          if (!isPlainObject(m) || (typeof m.reply !== 'string' && typeof m.reply !== 'number')) return;
          const rid = String(m.reply);
          if (ids.has(rid) || hasControlCharacters(rid)) return;
          const known = [...ids.keys()];
          this.r.add('unresolved-free-reply', this.loc.value([...path, 'free', 'match', i, 'reply']), at([...path, 'free', 'match', i, 'reply'], `node ${quote(id)} has no reply ${quote(rid)}`),
            didYouMean(rid, known) ?? `its replies are ${some(known)}`);
        });
      }
      if (isPlainObject(free.fallback)) {
        this.checkEffects([...path, 'free', 'fallback', 'effects'], free.fallback.effects);
        if (own(free.fallback, 'next')) {
          fallbackNext = true;
          edges.push(...this.checkTarget([...path, 'free', 'fallback', 'next'], free.fallback.next));
        }
      }
    }
    if (!fallbackNext) edges.push(id); // an answer that maps onto nothing stays at the node
    this.edges.set(id, edges);
  }

  private duplicateReply(path: Path, rid: string, first: number, i: number, replies: readonly unknown[]): void {
    const explicit = (k: number) => isPlainObject(replies[k]) && own(replies[k] as Obj, 'id');
    const firstLine = this.loc.value([...path, 'replies', first]).line;
    const label = pathLabel([...path, 'replies', i]);
    if (explicit(i)) {
      const whose = explicit(first) ? `reply #${first + 1}` : `reply #${first + 1}, which has no id and so is "${first + 1}"`;
      this.r.add('duplicate-reply-id', this.loc.value([...path, 'replies', i, 'id']), `${label}.id: ${quote(rid)} is already the id of ${whose} (line ${firstLine})`,
        explicit(first) ? 'reply ids must be unique within a node' : `choose another id, or give reply #${first + 1} an explicit id`);
    } else {
      this.r.add('duplicate-reply-id', this.loc.value([...path, 'replies', i]), `${label}: this reply has no id, so its id is "${i + 1}", which reply #${first + 1} already uses (line ${firstLine})`,
        'give this reply an explicit id');
    }
  }

  private checkVariants(path: Path, variants: readonly unknown[]): void {
    let reported = false;
    variants.forEach((v, i) => {
      if (!isPlainObject(v)) return;
      const last = i === variants.length - 1;
      if (!last && !own(v, 'if') && !reported) {
        reported = true;
        this.r.add('say-order', this.loc.value([...path, i]), at(path, `variant #${i + 1} has no \`if\`, so the variants after it are never said`),
          'only the last variant goes without `if`: give this one a condition, or move it to the end');
      }
      if (last && own(v, 'if')) {
        this.r.add('say-order', this.loc.key([...path, i, 'if']), at([...path, i], 'the last variant must have no `if`: it is the line said when no other holds'),
          'add a last variant { text: … } without `if`, or remove this `if`');
      }
      this.checkCondition([...path, i, 'if'], v.if);
    });
  }

  private checkTriggers(): string[] {
    const triggers = this.data.triggers;
    if (!Array.isArray(triggers)) return [];
    const endingIds = Object.keys(this.endings).filter(validId);
    const gotos: string[] = [];
    triggers.forEach((t, i) => {
      if (!isPlainObject(t)) return;
      const path = ['triggers', i];
      this.checkCondition([...path, 'if'], t.if);
      const goto = refId(t.goto);
      if (goto === undefined || hasControlCharacters(goto)) return;
      gotos.push(goto);
      if (own(this.endings, goto)) return;
      if (own(this.nodes, goto)) {
        this.r.add('trigger-not-ending', this.loc.value([...path, 'goto']), at([...path, 'goto'], `${quote(goto)} is a node; a trigger ends the call, so it names an ending`),
          endingIds.length > 0 ? `the endings are ${some(endingIds)}` : undefined);
      } else {
        this.r.add('unresolved-target', this.loc.value([...path, 'goto']), at([...path, 'goto'], `no ending is called ${quote(goto)}`),
          didYouMean(goto, endingIds) ?? (endingIds.length > 0 ? `the endings are ${some(endingIds)}` : undefined));
      }
    });
    return gotos;
  }

  private checkTests(): void {
    const tests = this.data.tests;
    if (!Array.isArray(tests)) return;
    const endingIds = Object.keys(this.endings).filter(validId);
    tests.forEach((t, i) => {
      if (!isPlainObject(t)) return;
      const path = ['tests', i];
      if (typeof t.lang === 'string' && this.languages.length > 0 && !this.languages.includes(t.lang)) {
        this.r.add('undeclared-language', this.loc.value([...path, 'lang']), at([...path, 'lang'], `${quote(t.lang)} is not one of this file's languages (${listing([...this.languages])})`),
          didYouMean(t.lang, this.languages) ?? 'the test would run in the first declared language instead');
      }
      const expect = t.expect;
      if (!isPlainObject(expect)) return;
      const ending = refId(expect.ending);
      if (ending !== undefined && ending !== '' && !hasControlCharacters(ending) && !own(this.endings, ending)) {
        const isNode = own(this.nodes, ending);
        this.r.add('unresolved-test-ending', this.loc.value([...path, 'expect', 'ending']),
          at([...path, 'expect', 'ending'], isNode ? `${quote(ending)} is a node; a test expects the call to end at an ending` : `no ending is called ${quote(ending)}`),
          didYouMean(ending, endingIds) ?? (endingIds.length > 0 ? `the endings are ${some(endingIds)}` : undefined));
      }
      if (isPlainObject(expect.stats) && this.stats) {
        for (const name of Object.keys(expect.stats)) {
          if (this.stats.has(name) || !STAT_NAME.test(name)) continue;
          this.r.add('undeclared-stat', this.loc.key([...path, 'expect', 'stats', name]), at([...path, 'expect', 'stats'], `${quote(name)} is not a declared stat`),
            GAME_COUNTS.includes(name) ? 'use expect.violations for the violation count' : didYouMean(name, [...this.stats]) ?? 'declare it under `stats`');
        }
      }
    });
  }
}
