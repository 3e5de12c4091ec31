// The JSON result of a headless call: stable keys, every text resolved to the run's language
// and sanitised (JSON escapes C0 controls but not C1 or BiDi ones, which terminals honour).
import { currentLine, currentNode, offeredReplies, type TurnRecord } from '../core/engine';
import type { MatchRule } from '../core/matcher';
import type { Scenario } from '../core/model';
import { sanitize, sanitizeLine } from '../core/sanitize';
import { scoreRun } from '../core/score';
import { textIn, type Text } from '../core/text';
import type { Playthrough, PlayedStep } from './playthrough';

function routeCondition(scenario: Scenario, r: TurnRecord): string | null {
  if (r.route.via === 'trigger') return scenario.triggers[r.route.index]?.if.source ?? null;
  const node = scenario.nodes.get(r.node);
  const routes = r.route.via === 'route' ? node?.replies.find((x) => x.id === r.reply)?.next : node?.fallback.next;
  return routes?.[r.route.index]?.if?.source ?? null;
}

function cleanRule(rule: MatchRule): MatchRule {
  if (rule.kind === 'keyword') return { ...rule, keyword: sanitizeLine(rule.keyword) };
  if (rule.kind === 'tactic' || rule.kind === 'violation') return { ...rule, phrase: sanitizeLine(rule.phrase) };
  return rule;
}

export function playJson(p: Playthrough, file: string): Record<string, unknown> {
  const { scenario, state } = p;
  const t = (text: Text | undefined): string | null => (text === undefined ? null : sanitize(textIn(text, state.lang, scenario.languages)));
  const ending = state.ending === null ? undefined : scenario.endings.get(state.ending);
  const score = scoreRun(scenario, state);
  const step = ({ input, by, record: r }: PlayedStep) => ({
    turn: r.turn,
    node: r.node,
    said: t(r.said),
    input: input.kind === 'text'
      ? { line: input.line, kind: 'text', text: sanitizeLine(input.text) }
      : { line: input.line, kind: 'reply', value: sanitizeLine(input.value), by },
    reply: r.reply === null ? null : sanitizeLine(r.reply),
    replyText: t(r.replyText),
    tactic: r.tactic ?? null,
    match: r.match ? cleanRule(r.match) : null,
    effects: r.effects,
    stats: r.stats,
    feedback: t(r.feedback),
    violations: r.violations.map((v) => ({ ...v, ...(v.phrase !== undefined && { phrase: sanitizeLine(v.phrase) }) })),
    route: { ...r.route, if: routeCondition(scenario, r) },
    ending: r.ending,
  });
  const open = state.ending === null;
  return {
    scenario: scenario.id,
    title: t(scenario.title),
    file: sanitizeLine(file),
    lang: state.lang,
    mode: state.mode,
    ending: state.ending,
    outcome: ending?.outcome ?? null,
    endingTitle: t(ending?.title),
    debrief: t(ending?.debrief),
    score: score.total,
    grade: score.grade,
    breakdown: score.breakdown,
    stats: state.stats,
    violations: state.violations.map((v) => ({ ...v, ...(v.phrase !== undefined && { phrase: sanitizeLine(v.phrase) }) })),
    turns: state.turn,
    // Where an unfinished call stands, so the next input line can be written.
    node: state.node,
    say: open ? t(currentLine(scenario, state)?.text) : null,
    note: open ? t(currentNode(scenario, state)?.note) : null,
    offered: offeredReplies(scenario, state).map((r, i) => ({ number: i + 1, id: sanitizeLine(r.id), text: t(r.text) })),
    steps: p.steps.map(step),
  };
}
