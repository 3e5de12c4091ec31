// The compiled scenario the engine runs: defaults filled in, reply ids assigned, targets as
// route lists, conditions parsed once. Built by compileScenario() from a file that has passed
// the schema and check.ts; lookups use Maps so no id can reach Object.prototype.
import { parseCondition, type CondAst } from './condition';
import type { Outcome, Party, ScenarioFile, Tactic, TargetFile, ViolationKind } from './schema';
import type { Text } from './text';

export interface Cond {
  readonly source: string;
  readonly ast: CondAst;
}

export interface Route {
  readonly if?: Cond;
  readonly goto: string;
}

export interface Reply {
  readonly id: string;
  /** 0-based position in the node's reply list. */
  readonly index: number;
  readonly text: Text;
  readonly tactic?: Tactic;
  readonly violation?: ViolationKind;
  readonly effects: Readonly<Record<string, number>>;
  readonly feedback?: Text;
  readonly if?: Cond;
  readonly next: readonly Route[];
}

export interface SayVariant {
  readonly if?: Cond;
  readonly text: Text;
}

export interface FreeRule {
  readonly keywords: readonly string[];
  readonly reply: string;
}

export interface Fallback {
  readonly effects: Readonly<Record<string, number>>;
  readonly feedback?: Text;
  /** Absent: the call stays at the same node. */
  readonly next?: readonly Route[];
}

export interface Node {
  readonly id: string;
  readonly say: readonly SayVariant[];
  readonly note?: Text;
  readonly replies: readonly Reply[];
  readonly match: readonly FreeRule[];
  readonly fallback: Fallback;
  readonly party: Party;
}

export interface Ending {
  readonly id: string;
  readonly outcome: Outcome;
  readonly title: Text;
  readonly debrief: Text;
}

export interface StatDef {
  readonly name: string;
  readonly start: number;
  readonly min: number;
  readonly max: number;
  readonly label?: Text;
}

export interface Trigger {
  readonly if: Cond;
  readonly goto: string;
}

export type TestStep = { readonly reply: string } | { readonly say: string };

export interface ScenarioTest {
  readonly name: string;
  readonly lang?: string;
  readonly steps: readonly TestStep[];
  readonly expect: {
    readonly ending: string;
    readonly stats: Readonly<Record<string, string>>;
    readonly violations?: number;
  };
}

export interface Account {
  readonly creditor?: Text;
  readonly product?: Text;
  readonly amount?: number;
  readonly currency?: string;
  readonly days_overdue?: number;
}

export interface Scenario {
  readonly id: string;
  readonly title: Text;
  readonly difficulty: number;
  /** Declared languages, in order; empty when Texts are plain strings. */
  readonly languages: readonly string[];
  readonly summary?: Text;
  readonly briefing?: Text;
  readonly goal?: Text;
  readonly debtor?: { readonly name?: Text; readonly profile?: Text };
  readonly account?: Account;
  /** rapport and willingness first, then custom stats in file order. */
  readonly stats: readonly StatDef[];
  readonly start: string;
  readonly nodes: ReadonlyMap<string, Node>;
  readonly endings: ReadonlyMap<string, Ending>;
  readonly triggers: readonly Trigger[];
  readonly tests: readonly ScenarioTest[];
  /** Fewest replies from the start to a success ending, ignoring conditions (for scoring). */
  readonly par: number | null;
}

/** The default for an answer that maps onto no reply: a small rapport loss, same node. */
export const DEFAULT_FALLBACK_EFFECTS: Readonly<Record<string, number>> = { rapport: -3 };

export function cond(source: string): Cond {
  return { source, ast: parseCondition(source) };
}

/** An id as the file names it: a bare number (`next: 2`) is the id written as digits. */
const idOf = (ref: string | number): string => String(ref);

export function routesOf(target: TargetFile): Route[] {
  if (!Array.isArray(target)) return [{ goto: idOf(target) }];
  return target.map((r) => (r.if === undefined ? { goto: idOf(r.goto) } : { if: cond(r.if), goto: idOf(r.goto) }));
}

function statDefs(file: ScenarioFile): StatDef[] {
  const names = Object.keys(file.stats);
  const ordered = ['rapport', 'willingness'].filter((n) => names.includes(n))
    .concat(names.filter((n) => n !== 'rapport' && n !== 'willingness'));
  return ordered.map((name) => {
    const raw = file.stats[name]!;
    if (typeof raw === 'number') return { name, start: raw, min: 0, max: 100 };
    const def: StatDef = { name, start: raw.start, min: raw.min ?? 0, max: raw.max ?? 100 };
    return raw.label === undefined ? def : { ...def, label: raw.label };
  });
}

function compileNode(id: string, raw: ScenarioFile['nodes'][string]): Node {
  const say: SayVariant[] = Array.isArray(raw.say)
    ? raw.say.map((v) => (v.if === undefined ? { text: v.text } : { if: cond(v.if), text: v.text }))
    : [{ text: raw.say }];
  const replies: Reply[] = raw.replies.map((r, index) => ({
    id: r.id === undefined ? String(index + 1) : String(r.id),
    index,
    text: r.text,
    ...(r.tactic && { tactic: r.tactic }),
    ...(r.violation && { violation: r.violation }),
    effects: r.effects ?? {},
    ...(r.feedback !== undefined && { feedback: r.feedback }),
    ...(r.if !== undefined && { if: cond(r.if) }),
    next: routesOf(r.next),
  }));
  const fb = raw.free?.fallback;
  const fallback: Fallback = {
    effects: fb?.effects ?? DEFAULT_FALLBACK_EFFECTS,
    ...(fb?.feedback !== undefined && { feedback: fb.feedback }),
    ...(fb?.next !== undefined && { next: routesOf(fb.next) }),
  };
  return {
    id,
    say,
    ...(raw.note !== undefined && { note: raw.note }),
    replies,
    match: (raw.free?.match ?? []).map((m) => ({ keywords: m.keywords, reply: String(m.reply) })),
    fallback,
    party: raw.party ?? 'debtor',
  };
}

/** Every place a node can lead (replies' routes and the free-text fallback). */
export function nodeTargets(node: Node): string[] {
  const out: string[] = [];
  for (const r of node.replies) for (const route of r.next) out.push(route.goto);
  if (node.fallback.next) for (const route of node.fallback.next) out.push(route.goto);
  else out.push(node.id);
  return out;
}

function computePar(start: string, nodes: ReadonlyMap<string, Node>, endings: ReadonlyMap<string, Ending>): number | null {
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const d = depth.get(id)!;
    if (endings.get(id)?.outcome === 'success') return d;
    const node = nodes.get(id);
    if (!node) continue;
    for (const t of nodeTargets(node)) {
      if (!depth.has(t)) { depth.set(t, d + 1); queue.push(t); }
    }
  }
  return null;
}

/** Builds the runnable scenario. The file must already have passed the schema and check.ts. */
export function compileScenario(file: ScenarioFile): Scenario {
  const nodes = new Map<string, Node>();
  for (const [id, raw] of Object.entries(file.nodes)) nodes.set(id, compileNode(id, raw));
  const endings = new Map<string, Ending>();
  for (const [id, raw] of Object.entries(file.endings)) endings.set(id, { id, ...raw });
  const tests: ScenarioTest[] = (file.tests ?? []).map((t) => ({
    name: t.name,
    ...(t.lang !== undefined && { lang: t.lang }),
    steps: t.steps.map((s) => (typeof s === 'object' ? { say: s.say } : { reply: String(s) })),
    expect: {
      ending: idOf(t.expect.ending),
      stats: Object.fromEntries(Object.entries(t.expect.stats ?? {}).map(([k, v]) => [k, typeof v === 'number' ? `== ${v}` : v])),
      ...(t.expect.violations !== undefined && { violations: t.expect.violations }),
    },
  }));
  return {
    id: file.id,
    title: file.title,
    difficulty: file.difficulty,
    languages: file.languages ?? [],
    ...(file.summary !== undefined && { summary: file.summary }),
    ...(file.briefing !== undefined && { briefing: file.briefing }),
    ...(file.goal !== undefined && { goal: file.goal }),
    ...(file.debtor !== undefined && { debtor: file.debtor }),
    ...(file.account !== undefined && { account: file.account }),
    stats: statDefs(file),
    start: idOf(file.start),
    nodes,
    endings,
    triggers: (file.triggers ?? []).map((t) => ({ if: cond(t.if), goto: idOf(t.goto) })),
    tests,
    par: computePar(idOf(file.start), nodes, endings),
  };
}
