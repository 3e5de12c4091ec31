// The text transcript of a headless call: what a learner would have seen on screen, in order.
import { currentLine, currentNode, offeredReplies, type TurnRecord, type ViolationRecord } from '../core/engine';
import type { MatchRule } from '../core/matcher';
import type { Scenario } from '../core/model';
import { sanitize, sanitizeLine } from '../core/sanitize';
import { scoreRun, type Grade, type Score } from '../core/score';
import { textIn, type Text } from '../core/text';
import { labelsFor, type Labels } from './labels';
import type { Style } from './output';
import type { Playthrough, PlayedStep } from './playthrough';

export const stars = (difficulty: number): string => '★'.repeat(difficulty) + '☆'.repeat(Math.max(0, 5 - difficulty));

/** Signed change with an arrow: ▲ +5, ▼ -3, ±0 when clamping left nothing to change. */
export function delta(n: number, style: Style): string {
  if (n > 0) return style.green(`▲ +${n}`);
  if (n < 0) return style.red(`▼ ${n}`);
  return '±0';
}

interface Ctx {
  readonly scenario: Scenario;
  readonly lang: string;
  readonly l: Labels;
  readonly style: Style;
  /** Exam mode keeps the coach quiet until the debrief. */
  readonly exam: boolean;
}

/** A Text in the run's language, made safe; continuation lines indented under the first. */
function say(ctx: Ctx, text: Text | undefined, indent = '    '): string {
  return sanitize(textIn(text, ctx.lang, ctx.scenario.languages)).trim().replace(/\n/g, `\n${indent}`);
}

/** "Coach: " in English, "教练：" in Chinese; only the label itself is painted. */
function tag(ctx: Ctx, label: string, paint: (s: string) => string = (s) => s): string {
  const mark = ctx.l.colon.trimEnd();
  return paint(label + mark) + ctx.l.colon.slice(mark.length);
}

function statName(ctx: Ctx, name: string): string {
  const def = ctx.scenario.stats.find((s) => s.name === name);
  if (def?.label !== undefined) return sanitizeLine(textIn(def.label, ctx.lang, ctx.scenario.languages));
  return ctx.l.stat[name] ?? name;
}

function statChanges(ctx: Ctx, record: Pick<TurnRecord, 'effects' | 'stats'>): string {
  return ctx.scenario.stats
    .filter((s) => Object.hasOwn(record.effects, s.name))
    .map((s) => `${statName(ctx, s.name)} ${delta(record.effects[s.name]!, ctx.style)} → ${record.stats[s.name]}`)
    .join(' · ');
}

function why(l: Labels, rule: MatchRule): string {
  switch (rule.kind) {
    case 'keyword': return l.byKeyword(sanitizeLine(rule.keyword));
    case 'tactic': return l.byTactic(l.tactics[rule.tactic], sanitizeLine(rule.phrase));
    case 'violation': return l.byViolation(l.violations[rule.violation], sanitizeLine(rule.phrase));
    case 'similar': return l.bySimilar(rule.score);
    case 'fallback': return '';
  }
}

function turnLines(ctx: Ctx, step: PlayedStep): string[] {
  const { l, style, scenario } = ctx;
  const r = step.record;
  const node = scenario.nodes.get(r.node);
  const speaker = node?.party === 'third-party' ? l.other : l.debtor;
  const lines = ['', style.bold(`${r.turn} · ${r.node}`), `  ${tag(ctx, speaker, style.cyan)}${say(ctx, r.said)}`];
  if (node?.note !== undefined) lines.push(`  ${style.dim(say(ctx, node.note))}`);
  if (node?.party === 'third-party') lines.push(`  ${style.yellow(`! ${l.thirdParty}`)}`);
  const replyText = r.replyText === undefined ? '' : say(ctx, r.replyText);
  if (r.input.kind === 'text') {
    lines.push(`  ${tag(ctx, l.typed, style.bold)}${sanitizeLine(r.input.text)}`);
    if (r.reply === null) lines.push(`    ${l.notUnderstood}`);
    else lines.push(`    ${l.understoodAs} [${sanitizeLine(r.reply)}] ${replyText}${style.dim(l.paren(why(l, r.match ?? { kind: 'fallback' })))}`);
  } else {
    lines.push(`  ${tag(ctx, `${l.you} [${sanitizeLine(r.reply ?? '')}]`, style.bold)}${replyText}`);
  }
  const changes = statChanges(ctx, r);
  if (changes) lines.push(`  ${changes}`);
  if (!ctx.exam) {
    if (r.feedback !== undefined) lines.push(`  ${tag(ctx, l.coach, style.yellow)}${say(ctx, r.feedback)}`);
    for (const v of r.violations) lines.push(`  ${violationLine(ctx, v)}`);
  }
  if (r.route.via === 'trigger') lines.push(`  ${style.dim(l.trigger(scenario.triggers[r.route.index]!.if.source, r.route.goto))}`);
  else if (r.ending === null && r.route.goto === r.node) lines.push(`  ${style.dim(l.sameNode)}`);
  return lines;
}

function violationLine(ctx: Ctx, v: ViolationRecord): string {
  const where = v.source === 'reply' ? ctx.l.inReply : ctx.l.inText(sanitizeLine(v.phrase ?? ''));
  // The lexicon entry that recognised typed words, so the learner can look the rule up.
  const rule = v.entry ? ` ${ctx.style.dim(`(${ctx.l.rule(sanitizeLine(v.entry))})`)}` : '';
  return `${ctx.style.red(`✗ ${tag(ctx, ctx.l.violation)}${ctx.l.violations[v.kind]}`)} — ${where}${rule}`;
}

function gradeStyle(style: Style, grade: Grade): (s: string) => string {
  if (grade === 'A' || grade === 'B') return style.green;
  return grade === 'C' ? style.yellow : style.red;
}

function headerLines(ctx: Ctx, file: string, mode: string): string[] {
  const { scenario: s, l, style } = ctx;
  const lines = [
    `${style.bold(say(ctx, s.title))}  ${stars(s.difficulty)}`,
    style.dim(`${s.id} · ${l.mode[mode as keyof Labels['mode']] ?? mode} · ${ctx.lang} · ${sanitizeLine(file)}`),
  ];
  if (s.debtor?.name !== undefined || s.debtor?.profile !== undefined) {
    const name = say(ctx, s.debtor.name);
    const profile = say(ctx, s.debtor.profile);
    lines.push(`${tag(ctx, l.debtor)}${[name, profile].filter(Boolean).join(' — ')}`);
  }
  const a = s.account;
  if (a) {
    const parts = [say(ctx, a.creditor), say(ctx, a.product)];
    if (a.amount !== undefined) parts.push(`${Number.isInteger(a.amount) ? a.amount : a.amount.toFixed(2)}${a.currency ? ` ${sanitizeLine(a.currency)}` : ''}`);
    if (a.days_overdue !== undefined) parts.push(l.overdue(a.days_overdue));
    if (parts.some(Boolean)) lines.push(`${tag(ctx, l.account)}${parts.filter(Boolean).join(' · ')}`);
  }
  if (s.goal !== undefined) lines.push(`${tag(ctx, l.goal)}${say(ctx, s.goal)}`);
  if (s.briefing !== undefined) lines.push(`${tag(ctx, l.briefing)}${say(ctx, s.briefing)}`);
  return lines;
}

function endLines(ctx: Ctx, p: Playthrough): string[] {
  const { scenario, l, style } = ctx;
  const { state } = p;
  const lines: string[] = [''];
  const ending = state.ending === null ? undefined : scenario.endings.get(state.ending);
  if (ending) {
    lines.push(style.bold(`${tag(ctx, l.ending)}${say(ctx, ending.title)}${l.paren(l.outcome[ending.outcome])}`), `  ${say(ctx, ending.debrief, '  ')}`);
  } else {
    lines.push(style.bold(l.unfinished(state.node ?? '', state.turn)));
    const line = currentLine(scenario, state);
    const node = currentNode(scenario, state);
    if (line) lines.push(`  ${tag(ctx, node?.party === 'third-party' ? l.other : l.debtor, style.cyan)}${say(ctx, line.text)}`);
    if (node?.note !== undefined) lines.push(`  ${style.dim(say(ctx, node.note))}`);
    lines.push(`  ${tag(ctx, l.offeredNow).trimEnd()}`);
    offeredReplies(scenario, state).forEach((r, i) => lines.push(`    ${i + 1} [${sanitizeLine(r.id)}] ${say(ctx, r.text, '      ')}`));
  }
  if (ctx.exam) {
    const notes: string[] = [];
    for (const { record: r } of p.steps) {
      if (r.feedback !== undefined) notes.push(`  ${r.turn} · ${r.node}${l.colon}${say(ctx, r.feedback)}`);
      for (const v of r.violations) notes.push(`  ${r.turn} · ${r.node}${l.colon}${violationLine(ctx, v)}`);
    }
    if (notes.length > 0) lines.push('', style.bold(l.notes), ...notes);
  }
  lines.push('', ...scoreLines(l, style, scoreRun(scenario, state), state.ending === null));
  return lines;
}

/** The score, its grade and its breakdown (also used by `replay`). */
export function scoreLines(l: Labels, style: Style, score: Pick<Score, 'total' | 'grade' | 'breakdown'>, unfinished: boolean): string[] {
  const b = score.breakdown;
  const paint = gradeStyle(style, score.grade);
  const lines = [`${style.bold(`${l.score} ${score.total}/100`)} · ${l.grade} ${paint(score.grade)}${unfinished ? l.paren(l.soFar) : ''}`];
  // The sum as arithmetic, then what the floor at 0 and the violation cap did to it, each named:
  // a floor lifting -6 to 0 must not read as points earned.
  const terms = [`${l.parts.outcome} ${b.outcome}`, `+ ${l.parts.rapport} ${b.rapport}`, `+ ${l.parts.willingness} ${b.willingness}`, `+ ${l.parts.length} ${b.length}`];
  if (b.violations !== 0) terms.push(`- ${l.parts.violations} ${-b.violations}`);
  lines.push(`  ${terms.join(' ')} = ${b.sum}`);
  const after: string[] = [];
  if (b.floor !== 0) after.push(l.floor(b.sum));
  if (b.violationCap !== 0) after.push(l.violationCap(b.sum + b.floor, score.total));
  if (after.length > 0) lines.push(`  ${after.join(' · ')}`);
  return lines;
}

export function transcriptLines(p: Playthrough, file: string, style: Style): string[] {
  const { state, scenario } = p;
  const ctx: Ctx = { scenario, lang: state.lang, l: labelsFor(state.lang), style, exam: state.mode === 'exam' };
  return [...headerLines(ctx, file, state.mode), ...p.steps.flatMap((s) => turnLines(ctx, s)), ...endLines(ctx, p)];
}
