// The node graph as Mermaid or Graphviz DOT text, for documentation and review. Nodes carry their
// id and a short debtor line; endings are coloured by outcome and also marked and shaped, so the
// graph reads without colour; every route of every reply is a labelled edge (reply id, tactic,
// the reply's own condition, the route's condition); violations are marked; triggers and the
// free-text fallback get edges of their own. All scenario text is sanitised, then escaped for
// the format.
import { formatCondition } from './condition';
import type { Cond, Scenario } from './model';
import { replyViolation } from './rules';
import { sanitizeLine } from './sanitize';
import type { Outcome } from './schema';
import { textIn } from './text';
import { truncate } from './width';

export const GRAPH_FORMATS = ['mermaid', 'dot'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphOptions {
  readonly format: GraphFormat;
  readonly lang: string;
  /** Display columns kept of each debtor line. */
  readonly sayWidth?: number;
}

const WORDS = {
  en: { outcome: { success: 'success', partial: 'partial', failure: 'failure' }, offered: 'offered if', otherwise: 'otherwise', trigger: 'after any reply', fallback: 'typed answer not understood', start: 'start', thirdParty: 'third party' },
  zh: { outcome: { success: '成功', partial: '部分达成', failure: '失败' }, offered: '出现条件', otherwise: '否则', trigger: '任一回复后', fallback: '输入无法理解', start: '开始', thirdParty: '第三方' },
} satisfies Record<string, { outcome: Record<Outcome, string>; [k: string]: unknown }>;

const MARK: Record<Outcome, string> = { success: '✔', partial: '◐', failure: '✘' };
const COLOURS: Record<Outcome, { fill: string; stroke: string }> = {
  success: { fill: '#d8f5d0', stroke: '#2e7d32' },
  partial: { fill: '#fff1c2', stroke: '#b28704' },
  failure: { fill: '#fad4d4', stroke: '#c62828' },
};

interface GraphNode {
  readonly key: string;
  readonly lines: string[];
  readonly kind: 'start' | 'node' | 'trigger' | Outcome;
}

interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly lines: string[];
  readonly kind: 'reply' | 'violation' | 'trigger' | 'fallback' | 'start';
}

/** Cuts a line to at most `width` display columns (a Chinese character takes two), ending in …. */
export const clip = truncate;

const cond = (c: Cond | undefined) => (c ? formatCondition(c.ast) : null);

function buildGraph(scenario: Scenario, lang: string, sayWidth: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const words = lang === 'zh' ? WORDS.zh : WORDS.en;
  const text = (t: Parameters<typeof textIn>[0]) => sanitizeLine(textIn(t, lang, scenario.languages)).trim();
  const nodes: GraphNode[] = [{ key: '__start', lines: [words.start], kind: 'start' }];
  const edges: GraphEdge[] = [{ from: '__start', to: scenario.start, lines: [], kind: 'start' }];
  for (const node of scenario.nodes.values()) {
    const say = node.say[node.say.length - 1]!;
    const id = node.party === 'third-party' ? `${node.id} (${words.thirdParty})` : node.id;
    nodes.push({ key: node.id, lines: [id, clip(text(say.text), sayWidth)], kind: 'node' });
    for (const reply of node.replies) {
      const violation = replyViolation(reply);
      const tactic = reply.tactic && reply.tactic !== violation && reply.tactic !== reply.id ? ` · ${reply.tactic}` : '';
      const head = `${reply.id}${tactic}${violation ? ` ⚠ ${violation}` : ''}`;
      const offered = cond(reply.if);
      for (const route of reply.next) {
        const lines = [head];
        if (offered) lines.push(`${words.offered} ${offered}`);
        if (reply.next.length > 1) lines.push(cond(route.if) ? `→ ${cond(route.if)}` : `→ ${words.otherwise}`);
        edges.push({ from: node.id, to: route.goto, lines, kind: violation ? 'violation' : 'reply' });
      }
    }
    for (const route of node.fallback.next ?? []) {
      const lines = [words.fallback];
      if (node.fallback.next!.length > 1) lines.push(cond(route.if) ? `→ ${cond(route.if)}` : `→ ${words.otherwise}`);
      edges.push({ from: node.id, to: route.goto, lines, kind: 'fallback' });
    }
  }
  for (const ending of scenario.endings.values()) {
    const lines = [`${MARK[ending.outcome]} ${words.outcome[ending.outcome]}`, ending.id, clip(text(ending.title), sayWidth)];
    nodes.push({ key: ending.id, lines, kind: ending.outcome });
  }
  scenario.triggers.forEach((t, i) => {
    const key = `__trigger${i + 1}`;
    nodes.push({ key, lines: [`⚡ ${words.trigger}`, formatCondition(t.if.ast)], kind: 'trigger' });
    edges.push({ from: key, to: t.goto, lines: [], kind: 'trigger' });
  });
  return { nodes, edges };
}

// Mermaid: labels in double quotes; entity codes for what would end or reinterpret them.
const MERMAID_ENTITIES: Record<string, string> = { '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;', '|': '#124;' };
export const escapeMermaid = (s: string): string => s.replace(/[#"<>&`|]/g, (c) => MERMAID_ENTITIES[c]!);

function mermaid(scenario: Scenario, g: ReturnType<typeof buildGraph>): string {
  const ids = new Map(g.nodes.map((n, i) => [n.key, n.kind === 'start' ? 's0' : `${n.kind === 'node' ? 'n' : n.kind === 'trigger' ? 't' : 'e'}${i}`]));
  const label = (lines: string[]) => `"${lines.map(escapeMermaid).join('<br/>')}"`;
  const out = [`%% ${escapeMermaid(sanitizeLine(scenario.id))}: made by callcraft graph`, 'flowchart TD'];
  for (const n of g.nodes) {
    const id = ids.get(n.key)!;
    if (n.kind === 'start') out.push(`  ${id}((${label(n.lines)}))`);
    else if (n.kind === 'node') out.push(`  ${id}[${label(n.lines)}]`);
    else if (n.kind === 'trigger') out.push(`  ${id}{{${label(n.lines)}}}`);
    else out.push(`  ${id}([${label(n.lines)}]):::${n.kind}`);
  }
  const violations: number[] = [];
  g.edges.forEach((e, i) => {
    const arrow = e.kind === 'violation' ? '==>' : e.kind === 'trigger' || e.kind === 'fallback' ? '-.->' : '-->';
    const text = e.lines.length > 0 ? `|${label(e.lines)}|` : '';
    out.push(`  ${ids.get(e.from)} ${arrow}${text} ${ids.get(e.to)}`);
    if (e.kind === 'violation') violations.push(i);
  });
  for (const outcome of ['success', 'partial', 'failure'] as const) {
    out.push(`  classDef ${outcome} fill:${COLOURS[outcome].fill},stroke:${COLOURS[outcome].stroke},stroke-width:2px,color:#000`);
  }
  if (violations.length > 0) out.push(`  linkStyle ${violations.join(',')} stroke:#c62828,color:#c62828`);
  return `${out.join('\n')}\n`;
}

// DOT: quoted ids and labels; backslash and quote escaped, lines joined with \n.
export const escapeDot = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

function dot(scenario: Scenario, g: ReturnType<typeof buildGraph>): string {
  const q = (s: string) => `"${escapeDot(s)}"`;
  const label = (lines: string[]) => `"${lines.map(escapeDot).join('\\n')}"`;
  const out = [
    `// ${sanitizeLine(scenario.id)}: made by callcraft graph`,
    `digraph ${q(scenario.id)} {`,
    '  rankdir=TB;',
    '  node [shape=box, style=rounded, fontname="Helvetica,Arial,sans-serif"];',
    '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=10];',
  ];
  for (const n of g.nodes) {
    if (n.kind === 'start') out.push(`  ${q(n.key)} [label=${label(n.lines)}, shape=circle];`);
    else if (n.kind === 'node') out.push(`  ${q(n.key)} [label=${label(n.lines)}];`);
    else if (n.kind === 'trigger') out.push(`  ${q(n.key)} [label=${label(n.lines)}, shape=hexagon, style=dashed];`);
    else {
      const c = COLOURS[n.kind];
      const shape = n.kind === 'success' ? 'doubleoctagon' : n.kind === 'partial' ? 'octagon' : 'box';
      out.push(`  ${q(n.key)} [label=${label(n.lines)}, shape=${shape}, style="filled,bold", fillcolor="${c.fill}", color="${c.stroke}"];`);
    }
  }
  for (const e of g.edges) {
    const attrs: string[] = [];
    if (e.lines.length > 0) attrs.push(`label=${label(e.lines)}`);
    if (e.kind === 'violation') attrs.push('color="#c62828"', 'fontcolor="#c62828"', 'style=bold');
    if (e.kind === 'trigger' || e.kind === 'fallback') attrs.push('style=dashed');
    out.push(`  ${q(e.from)} -> ${q(e.to)}${attrs.length > 0 ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

export function graphText(scenario: Scenario, options: GraphOptions): string {
  const g = buildGraph(scenario, options.lang, options.sayWidth ?? 36);
  return options.format === 'dot' ? dot(scenario, g) : mermaid(scenario, g);
}
