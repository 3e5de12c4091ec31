// The replay of a saved run, one turn a page: what the debtor said, what was answered (typed
// words with what the matcher understood), the effects, the coach's comment, violations and
// the replies not taken; the last page is how the call ended. Everything shown comes from
// src/core/replay.ts (already sanitised); a banner says when it is the saved record because
// the scenario changed or is gone.
import type { MatchRule } from '../../core/matcher';
import type { Replay, ReplayTurn } from '../../core/replay';
import { header, keyHelpLine } from '../components/parts';
import { fitLine, kept, rule, seg, spread, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, width } from '../layout/text';
import type { Messages } from '../i18n';
import type { AppState } from '../state/app';
import { replaySteps, type ReplayScreen } from '../state/history';
import { delta, OUTCOME_MARK } from '../view/words';
import { outcomeRole } from './call';
import { localTime } from './history';
import { noticeText } from './menu';
import type { ScreenView, ViewEnv } from './types';

const violationName = (t: Messages, kind: string) => (t.violation as Record<string, { name: string; rule: string } | undefined>)[kind];

function ruleNote(t: Messages, m: MatchRule): string {
  switch (m.kind) {
    case 'keyword': return t.call.byKeyword(m.keyword);
    case 'similar': return t.call.bySimilarity(Math.round(m.score * 100));
    case 'tactic': return t.call.byTactic(t.tactic[m.tactic] ?? m.tactic, m.phrase);
    case 'violation': return t.call.byTactic(violationName(t, m.violation)?.name ?? m.violation, m.phrase);
    default: return '';
  }
}

function statName(replay: Replay, t: Messages, name: string): string {
  const def = replay.statDefs.find((d) => d.name === name);
  return def?.label || t.stat[name] || name;
}

export function bannerText(replay: Replay, t: Messages): string | null {
  switch (replay.reason) {
    case 'scenario-changed': return t.replay.changed;
    case 'scenario-missing': return t.replay.missing;
    case 'engine-differs': return t.replay.differs(replay.divergedAt ?? 1);
    default: return null;
  }
}

/** One turn, as labelled rows wrapped to `cols`. */
export function turnBody(replay: Replay, turn: ReplayTurn, t: Messages, cols: number): Line[] {
  const out: Line[] = [];
  const speaker = turn.thirdParty ? t.call.thirdParty : replay.debtor || t.call.debtor;
  const typed = turn.answer.kind === 'text';
  const labelW = Math.min(14, Math.max(width(speaker), width(t.call.you), width(t.call.coach), typed ? width(t.call.understoodAs) : 0));
  const hang = 1 + labelW + 2;
  const row = (label: string, role: Seg['style'], body: readonly Seg[]) =>
    out.push(...wrapLine([seg(' '), seg(fit(label, labelW), role), seg('  '), ...body], cols, hang));
  if (turn.thirdParty) out.push(fitLine([seg(' '), seg(`⚠ ${t.call.thirdPartyMarker}`, 'warn')], cols));
  if (turn.note) out.push(...wrapLine([seg(' '), seg(`(${turn.note.replace(/^[（(]|[)）]$/g, '')})`, 'muted')], cols, 1));
  row(speaker, 'debtor', [seg(turn.said)]);
  const tactic = turn.tactic ? [kept(`  [${t.tactic[turn.tactic] ?? turn.tactic}]`, 'muted')] : [];
  if (turn.answer.kind === 'reply') {
    row(t.call.you, 'you', [seg(turn.answer.text), ...tactic]);
  } else {
    row(t.call.you, 'you', [seg(`“${turn.answer.text}”`)]);
    const how = ruleNote(t, turn.answer.rule);
    const understood = turn.answer.understood === null
      ? [seg(t.call.notUnderstood, 'warn')]
      : [seg(`“${turn.answer.understoodText ?? turn.answer.understood}”`), ...tactic, ...(how ? [seg(`  (${how})`, 'muted')] : [])];
    row(t.call.understoodAs, 'muted', understood);
  }
  // Every stat: before → after, and the change.
  const names = replay.statDefs.map((d) => d.name);
  const statW = Math.max(...names.map((n) => width(statName(replay, t, n))), 4);
  out.push([]);
  for (const name of names) {
    const d = turn.effects[name] ?? 0;
    const before = turn.before[name];
    const after = turn.after[name];
    out.push(fitLine([
      seg(' '.repeat(hang)), seg(fit(statName(replay, t, name), statW), 'title'), seg('  '),
      seg(`${before ?? '—'} → ${after ?? '—'}`), seg('  '), seg(d === 0 ? t.replay.noEffect : delta(d), d > 0 ? 'good' : d < 0 ? 'bad' : 'muted'),
    ], cols));
  }
  for (const v of turn.violations) {
    const info = violationName(t, v.kind);
    out.push(...wrapLine([seg(' '.repeat(hang)), seg(` ⚠ ${t.call.violation} `, 'violation'), seg(' '), seg(info?.name ?? v.kind, 'bad'),
      ...(info ? [seg(` — ${info.rule}`)] : []), ...(v.phrase ? [seg(`  ${t.call.byViolation(v.phrase)}`, 'muted')] : [])], cols, hang));
  }
  if (turn.feedback) { out.push([]); row(t.call.coach, 'coach', [seg(turn.feedback)]); }
  if (turn.notTaken.length > 0) {
    out.push([], [seg(' '), seg(t.debrief.notTaken, 'muted')]);
    for (const r of turn.notTaken) {
      const tag = r.tactic ? [kept(`  [${t.tactic[r.tactic] ?? r.tactic}]`, 'muted')] : [];
      out.push(...wrapLine([seg('   '), seg('· ', 'muted'), seg(r.text), ...tag], cols, 5));
    }
  }
  return out;
}

/** The last page: the ending, its debrief, the score. */
export function endingBody(replay: Replay, t: Messages, cols: number): Line[] {
  const out: Line[] = [];
  const e = replay.ending;
  if (e && e.outcome) {
    out.push(...wrapLine([seg(' '), seg(`${OUTCOME_MARK[e.outcome]} ${t.outcome[e.outcome]}`, outcomeRole(e.outcome)), seg(' — '), seg(e.title, 'title')], cols, 3));
    if (e.debrief) out.push(...wrapLine([seg('   '), seg(e.debrief)], cols, 3));
  } else {
    out.push([seg(' '), seg(`${OUTCOME_MARK.unfinished} ${t.outcome.unfinished}`, 'warn')]);
    if (replay.abandoned) out.push(...wrapLine([seg('   '), seg(t.replay.abandoned, 'muted')], cols, 3));
  }
  out.push([]);
  out.push([seg(' '), kept(`${t.debrief.score} ${replay.score}/100`, 'title'), seg('   '), kept(`${t.debrief.grade} ${replay.grade}`, 'accent'),
    seg(`   · ${t.debrief.turnsPlayed(replay.turns.length)}`, 'muted')]);
  out.push([]);
  if (replay.violations === 0) out.push([seg('   '), seg(t.debrief.noViolations, 'good')]);
  for (const turn of replay.turns) {
    for (const v of turn.violations) {
      out.push(...wrapLine([seg('   '), seg(t.debrief.turnLabel(turn.turn), 'muted'), seg(' '), seg(`⚠ ${violationName(t, v.kind)?.name ?? v.kind}`, 'bad'),
        ...(v.phrase ? [seg(`  ${t.call.byViolation(v.phrase)}`, 'muted')] : [])], cols, 5));
    }
  }
  return out;
}

export function replayScreen(state: AppState, s: ReplayScreen, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const { replay } = s;
  const steps = replaySteps(replay);
  const step = Math.min(s.step, steps - 1);
  const turn = replay.turns[step];
  const where = turn ? t.replay.turnOf(step + 1, replay.turns.length) : t.replay.endingPage;
  const top: Line[] = header([seg(t.replay.title, 'accent'), seg(' · '), seg(replay.title, 'title')], // The arrows say which way there is more: none before the first turn, none after the ending.
    [seg(`${step > 0 ? '◀' : ' '} ${where} ${step < steps - 1 ? '▶' : ' '}`, 'accent')], cols);
  const result = replay.abandoned ? `${OUTCOME_MARK.unfinished} ${t.history.abandoned}`
    : replay.ending?.outcome ? `${OUTCOME_MARK[replay.ending.outcome]} ${t.outcome[replay.ending.outcome]} · ${replay.grade} ${replay.score}` : `${replay.grade} ${replay.score}`;
  const mode = (t.mode as Record<string, { name: string } | undefined>)[replay.mode]?.name ?? replay.mode;
  top.push(fitLine([seg(' '), seg(t.replay.meta(replay.player, localTime(replay.finishedAt), mode), 'muted'), seg(' · ', 'muted'), seg(result, 'muted')], cols));
  const banner = bannerText(replay, t);
  if (banner) top.push(...wrapLine([seg(' '), seg(`! ${banner}`, 'warn')], cols, 3).slice(0, 2).map((l) => fitLine(l, cols)));
  top.push(rule(cols));

  const body = turn ? turnBody(replay, turn, t, cols) : endingBody(replay, t, cols);
  const bottom: Line[] = [rule(cols)];
  const room = Math.max(1, rows - top.length - 2 - 1);
  const maxScroll = Math.max(0, body.length - room);
  const scroll = Math.min(s.scroll, maxScroll);
  const shown = body.slice(scroll, scroll + room);
  while (shown.length < room) shown.push([]);
  const position = body.length > room ? t.debrief.position(scroll + 1, Math.min(body.length, scroll + room), body.length) : '';
  const left: Seg[] = state.notice ? [seg(noticeText(t, state.notice), 'warn')] : [];
  bottom.push(spread([seg(' '), ...left], [seg(position, 'muted'), seg(' ')], cols));
  bottom.push(keyHelpLine('replay', t, cols));
  return { top: [...top, ...shown], bottom, bounds: { maxScroll, page: room } };
}
