// The debrief: how the call ended and why, the score and its parts, how rapport and willingness
// moved, the violations, and every turn with what was said, what it did, the coach's comment
// and the replies not taken. One scrollable document between a fixed header and key help.
import type { RunState } from '../../core/engine';
import type { Scenario } from '../../core/model';
import { replyViolation } from '../../core/engine';
import { scoreRun, type Score } from '../../core/score';
import { header, keyHelpLine, sparkline } from '../components/parts';
import { fitLine, lineWidth, rule, seg, spread, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, padStart, width } from '../layout/text';
import type { Messages } from '../i18n';
import type { AppState } from '../state/app';
import type { RecordResult } from '../progress';
import { notTaken, timeline } from '../view/turns';
import { debtorName, OUTCOME_MARK, statLabel, sx, sx1 } from '../view/words';
import { effectSegs, outcomeRole, saidByYou, violationSegs } from './call';
import { noticeText } from './menu';
import type { ScreenView, ViewEnv } from './types';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** The parts, their sum, then what the floor at 0 and the violation cap did to it, each named. */
function scoreLines(scenario: Scenario, score: Score, t: Messages, cols: number): Line[] {
  const b = score.breakdown;
  const parts: [string, number][] = [
    [t.debrief.part.outcome, b.outcome], [t.debrief.part.rapport, b.rapport], [t.debrief.part.willingness, b.willingness],
    [t.debrief.part.length, b.length],
  ];
  if (b.violations !== 0) parts.push([t.debrief.part.violations, b.violations]);
  const labelW = Math.max(...parts.map(([l]) => width(l)), width(t.debrief.part.total), width(t.debrief.part.sum));
  const row = (label: string, value: string, role: Seg['style'] = 'text', note = ''): Line =>
    fitLine([seg('   '), seg(fit(label, labelW), role === 'title' ? 'title' : 'text'), seg(padStart(value, 6), role), ...(note ? [seg(`   ${note}`, 'muted')] : [])], cols);
  const out: Line[] = [[seg(' '), seg(`${t.debrief.score} ${score.total}/100`, 'title'), seg('   '), seg(`${t.debrief.grade} ${score.grade}`, 'accent')]];
  for (const [label, n] of parts) {
    // A failed or unfinished call gets no length points however short it was: say so, rather
    // than "full points within N replies" beside a 0.
    const counted = score.outcome === 'success' || score.outcome === 'partial';
    const note = label !== t.debrief.part.length ? '' : !counted ? t.debrief.lengthNoResult : scenario.par !== null ? t.debrief.lengthNote(scenario.par) : '';
    out.push(row(label, signed(n), n < 0 ? 'bad' : 'text', note));
  }
  const adjusted = b.floor !== 0 || b.violationCap !== 0;
  if (adjusted) {
    out.push(row(t.debrief.part.sum, String(b.sum)));
    if (b.floor !== 0) out.push(...wrapLine([seg('   '), seg(t.debrief.floor(b.sum), 'muted')], cols, 3));
    if (b.violationCap !== 0) out.push(...wrapLine([seg('   '), seg(t.debrief.violationCap(b.sum + b.floor, score.total), 'bad')], cols, 3));
  }
  out.push(row(t.debrief.part.total, String(score.total), 'title'));
  return out;
}

/** Each stat across the call: a sparkline, then every value when they fit (else start → end). */
function timelineLines(scenario: Scenario, run: RunState, t: Messages, cols: number): Line[] {
  const series = timeline(scenario, run);
  const labels = scenario.stats.map((d) => statLabel(scenario, run.lang, t, d));
  const labelW = Math.max(...labels.map(width));
  const room = Math.max(4, cols - 3 - labelW - 2 - 14);
  return scenario.stats.map((def, i) => {
    const all = series[def.name]!;
    const values = all.slice(-room);
    const first = all[0]!;
    const last = all[all.length - 1]!;
    const head: Seg[] = [seg('   '), seg(fit(labels[i]!, labelW), 'title'), seg('  '), seg(sparkline(values, def.min, def.max), 'accent'), seg('  ')];
    const every = all.join(' → ');
    const numbers = lineWidth(head) + width(every) <= cols ? every : `${first} → ${last}`;
    return fitLine([...head, seg(numbers, last >= first ? 'good' : 'bad')], cols);
  });
}

export function debriefBody(scenario: Scenario, run: RunState, t: Messages, cols: number): Line[] {
  const lang = run.lang;
  const out: Line[] = [];
  const gap = () => out.push([]);
  const section = (title: string) => { gap(); out.push([seg(' '), seg(title, 'title')]); };
  const score = scoreRun(scenario, run);
  const inner = cols - 1;

  const ending = run.ending === null ? null : scenario.endings.get(run.ending) ?? null;
  if (ending) {
    out.push(...wrapLine([seg(' '), seg(`${OUTCOME_MARK[ending.outcome]} ${t.outcome[ending.outcome].toUpperCase()}`, outcomeRole(ending.outcome)), seg('  '), seg(sx1(scenario, lang, ending.title), 'title'), seg(`  · ${t.debrief.turnsPlayed(run.turn)}`, 'muted')], cols, 3));
    const text = sx(scenario, lang, ending.debrief);
    if (text) out.push(...wrapLine([seg('   '), seg(text)], inner, 3));
  } else {
    out.push([seg(' '), seg(`${OUTCOME_MARK.unfinished} ${t.outcome.unfinished}`, 'warn')]);
  }

  gap();
  out.push(...scoreLines(scenario, score, t, cols));
  section(t.debrief.timeline);
  out.push(...timelineLines(scenario, run, t, cols));

  section(t.debrief.violations);
  if (run.violations.length === 0) out.push([seg('   '), seg(t.debrief.noViolations, 'good')]);
  for (const v of run.violations) {
    out.push(...wrapLine([seg('   '), seg(t.debrief.turnLabel(v.turn), 'muted'), seg(' '), ...violationSegs(t, v.kind, v.phrase)], inner, 5));
  }

  section(t.debrief.turns);
  const typed = run.turns.some((x) => x.input.kind === 'text');
  const labelW = Math.min(14, Math.max(width(t.call.you), width(t.call.coach), width(debtorName(scenario, lang, t)), width(t.call.thirdParty), typed ? width(t.call.understoodAs) : 0));
  const hang = 3 + labelW + 2;
  const row = (label: string, role: Seg['style'], body: readonly Seg[]) =>
    out.push(...wrapLine([seg('   '), seg(fit(label, labelW), role), seg('  '), ...body], inner, hang));
  for (const [i, turn] of run.turns.entries()) {
    gap();
    out.push([seg(' '), seg(t.debrief.turnLabel(turn.turn), 'accent')]);
    const third = scenario.nodes.get(turn.node)?.party === 'third-party';
    row(third ? t.call.thirdParty : debtorName(scenario, lang, t), 'debtor', [seg(sx(scenario, lang, turn.said))]);
    const tactic = turn.tactic ? t.tactic[turn.tactic] ?? turn.tactic : '';
    row(t.call.you, 'you', [seg(saidByYou(scenario, lang, turn)), ...(tactic ? [seg(`  [${tactic}]`, 'muted')] : [])]);
    if (turn.input.kind === 'text') {
      const understood = turn.reply === null ? t.call.notUnderstood : `“${sx(scenario, lang, turn.replyText)}”`;
      row(t.call.understoodAs, 'muted', [seg(understood, turn.reply === null ? 'warn' : 'text')]);
    }
    const effects = effectSegs(scenario, lang, t, turn.effects);
    if (effects.length > 0) row('', 'text', effects);
    for (const v of turn.violations) row('', 'text', violationSegs(t, v.kind, v.phrase));
    const fb = sx(scenario, lang, turn.feedback);
    if (fb) row(t.call.coach, 'coach', [seg(fb)]);
    const others = notTaken(scenario, run, i);
    if (others.length > 0) {
      row('', 'text', [seg(t.debrief.notTaken, 'muted')]);
      for (const r of others) {
        const fx = effectSegs(scenario, lang, t, r.effects);
        const fault = replyViolation(r);
        out.push(...wrapLine([
          seg(' '.repeat(hang)), seg('· ', 'muted'), seg(sx(scenario, lang, r.text)),
          ...(fx.length > 0 ? [seg('  '), ...fx] : []),
          ...(fault ? [seg('  '), seg(`⚠ ${t.violation[fault].name}`, 'bad')] : []),
        ], inner, hang + 2));
        const rfb = sx(scenario, lang, r.feedback);
        if (rfb) out.push(...wrapLine([seg(' '.repeat(hang + 2)), seg(rfb, 'muted')], inner, hang + 2));
      }
    }
  }
  return out;
}

export function debriefScreen(scenario: Scenario, state: AppState & { screen: { kind: 'debrief' } }, env: ViewEnv, record: RecordResult | null): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const run = state.screen.run;
  const score = scoreRun(scenario, run);
  const right: Seg[] = [];
  const first = record !== null && record.newBest && record.previous === undefined;
  if (record?.newBest && !first) right.push(seg(`★ ${t.debrief.newBest}`, 'good'), seg('  '));
  right.push(seg(`${t.debrief.score} ${score.total} · ${t.debrief.grade} ${score.grade}`, 'accent'));
  const top: Line[] = header([seg(t.debrief.title, 'accent'), seg(' · '), seg(sx1(scenario, run.lang, scenario.title), 'title')], right, cols);

  const body = debriefBody(scenario, run, t, cols);
  const status: Seg[] = [];
  // The previous best beside this run; a first score says only that.
  const prev = record?.previous;
  if (record?.error !== undefined) status.push(seg(t.menu.saveFailed(record.error), 'warn'));
  else if (first) status.push(seg(t.debrief.firstScore, 'muted'));
  else if (prev && record?.newBest) status.push(seg(`${t.debrief.previousBest(prev.bestGrade, prev.bestScore)} → ${t.debrief.thisRun(score.grade, score.total)}`, 'muted'));
  else if (prev) status.push(seg(`${t.debrief.thisRun(score.grade, score.total)} · ${t.debrief.bestStays(prev.bestGrade, prev.bestScore)}`, 'muted'));
  const bottomFixed: Line[] = [];
  const room0 = Math.max(1, rows - top.length - 3);
  const maxScroll = Math.max(0, body.length - room0);
  const scroll = Math.min(state.screen.scroll, maxScroll);
  const shown = body.slice(scroll, scroll + room0);
  while (shown.length < room0) shown.push([]);
  const position = body.length > room0 ? t.debrief.position(scroll + 1, Math.min(body.length, scroll + room0), body.length) : '';
  const noticeSeg: Seg[] = state.notice ? [seg(noticeText(t, state.notice), 'warn')] : [];
  bottomFixed.push(rule(cols));
  bottomFixed.push(spread([seg(' '), ...(noticeSeg.length > 0 ? noticeSeg : status)], [seg(position, 'muted'), seg(' ')], cols));
  bottomFixed.push(keyHelpLine('debrief', t, cols));
  return { top: [...top, ...shown], bottom: bottomFixed, bounds: { maxScroll, page: room0 } };
}
