// The call: the conversation so far, the stats, the debtor's line, what the last reply did, and
// the replies (or the text input). Laid out to the terminal's rows: when space is short the
// log gives way first, then long replies fold to one line, then the feedback is cut, so the
// debtor's line, the replies and the key help always stay on screen.
import { currentLine, currentNode, offeredReplies, type RunState, type TurnRecord } from '../../core/engine';
import type { Reply, Scenario } from '../../core/model';
import type { ViolationKind } from '../../core/schema';
import { boxLines, clampLines, fitLine, kept, lineWidth, seg, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, width } from '../layout/text';
import { header, keyHelpLine, speechBox, statRowCount, statRows, type StatView } from '../components/parts';
import type { Messages } from '../i18n';
import type { KeyContext } from '../keys';
import type { CallState } from '../state/call';
import { debtorName, delta, OUTCOME_MARK, statLabel, sx, sx1 } from '../view/words';
import type { InputView, ScreenView, ViewEnv } from './types';

function speaker(scenario: Scenario, lang: string, t: Messages, nodeId: string): string {
  return scenario.nodes.get(nodeId)?.party === 'third-party' ? t.call.thirdParty : debtorName(scenario, lang, t);
}

/** What the player said in a turn: the reply's text, or the typed words in quotes. */
export function saidByYou(scenario: Scenario, lang: string, turn: TurnRecord): string {
  if (turn.input.kind === 'text') return `“${turn.input.text}”`;
  return sx(scenario, lang, turn.replyText);
}

export function effectSegs(scenario: Scenario, lang: string, t: Messages, effects: Readonly<Record<string, number>>): Seg[] {
  const out: Seg[] = [];
  for (const def of scenario.stats) {
    const d = effects[def.name];
    if (d === undefined || d === 0) continue;
    // The dot stays with the change before it: a wrapped line never starts with "·", which
    // would read as the bullet of another reply.
    if (out.length > 0) out.push(kept(' ·', 'muted'), seg(' '));
    out.push(kept(`${statLabel(scenario, lang, t, def)} ${delta(d)}`, d > 0 ? 'good' : 'bad'));
  }
  return out;
}

/** `rule`: false leaves out the rule's wording (the call's feedback when rows are short). */
export function violationSegs(t: Messages, kind: ViolationKind, phrase?: string, rule = true): Seg[] {
  const v = t.violation[kind];
  const out: Seg[] = [seg(` ⚠ ${t.call.violation} `, 'violation'), seg(' '), seg(v.name, 'bad'), ...(rule ? [seg(` — ${v.rule}`, 'text')] : [])];
  if (phrase) out.push(seg(`  ${t.call.byViolation(phrase)}`, 'muted'));
  return out;
}

/** The conversation so far, wrapped to `cols`. */
export function logLines(scenario: Scenario, run: RunState, t: Messages, cols: number): Line[] {
  const lang = run.lang;
  if (run.turns.length === 0) return [[seg(t.call.noEarlier, 'muted')]];
  const names = run.turns.map((x) => speaker(scenario, lang, t, x.node));
  const labelW = Math.min(12, Math.max(width(t.call.you), ...names.map(width)));
  const out: Line[] = [];
  const feedback = run.mode !== 'exam';
  for (const [i, turn] of run.turns.entries()) {
    out.push(...wrapLine([seg(fit(names[i]!, labelW), 'debtor'), seg('  '), seg(sx(scenario, lang, turn.said))], cols, labelW + 2));
    out.push(...wrapLine([seg(fit(t.call.you, labelW), 'you'), seg('  '), seg(saidByYou(scenario, lang, turn))], cols, labelW + 2));
    if (!feedback) continue;
    const marks: Seg[] = effectSegs(scenario, lang, t, turn.effects);
    for (const v of turn.violations) {
      // The warning sign stays with the fault's name, the dot with the mark before it.
      if (marks.length > 0) marks.push(kept(' ·', 'muted'), seg(' '));
      marks.push(kept(`⚠ ${t.violation[v.kind].name}`, 'bad'));
    }
    if (marks.length > 0) out.push(...wrapLine([seg(' '.repeat(labelW + 2)), ...marks], cols, labelW + 2));
  }
  return out;
}

/** "Understood as", violations and the coach's comment on the last reply. */
export function feedbackLines(scenario: Scenario, call: CallState, t: Messages, cols: number, rules = true): Line[] {
  const out: Line[] = [];
  const { last, run } = call;
  const lang = run.lang;
  if (call.notice === 'empty-text') out.push([seg(' '), seg(t.call.emptyText, 'warn')]);
  if (!last || run.mode === 'exam') return out;
  const labelW = last.input.kind === 'text' ? Math.max(width(t.call.understoodAs), width(t.call.coach)) : width(t.call.coach);
  const hang = labelW + 3;
  if (last.input.kind === 'text') {
    if (last.reply === null) {
      out.push(...wrapLine([seg(' '), seg(fit(t.call.understoodAs, labelW), 'title'), seg('  '), seg(t.call.notUnderstood, 'warn')], cols, hang));
    } else {
      const how = matchNote(t, last);
      out.push(...wrapLine([
        seg(' '), seg(fit(t.call.understoodAs, labelW), 'title'), seg('  '),
        seg(`“${sx(scenario, lang, last.replyText)}”`), ...(how ? [seg(`  (${how})`, 'muted')] : []),
      ], cols, hang));
    }
  }
  for (const v of last.violations) out.push(...wrapLine([seg(' '), ...violationSegs(t, v.kind, v.phrase, rules)], cols, hang));
  const fb = sx(scenario, lang, last.feedback);
  if (fb) out.push(...wrapLine([seg(' '), seg(fit(t.call.coach, labelW), 'coach'), seg('  '), seg(fb)], cols, hang));
  return out;
}

function matchNote(t: Messages, turn: TurnRecord): string {
  const m = turn.match;
  if (!m) return '';
  switch (m.kind) {
    case 'keyword': return t.call.byKeyword(m.keyword);
    case 'similar': return t.call.bySimilarity(Math.round(m.score * 100));
    case 'tactic': return t.call.byTactic(t.tactic[m.tactic] ?? m.tactic, m.phrase);
    case 'violation': return t.call.byTactic(t.violation[m.violation].name, m.phrase);
    default: return '';
  }
}

/** The replies, numbered; `fold` cuts replies to one line (the highlighted one to `selMax`). */
export function replyLines(scenario: Scenario, lang: string, offered: readonly Reply[], cursor: number, cols: number, fold: boolean, selMax: number): Line[] {
  const out: Line[] = [];
  for (const [i, r] of offered.entries()) {
    const sel = i === cursor;
    const text = sx(scenario, lang, r.text);
    const lines = wrapLine([seg(sel ? ' ▸ ' : '   ', sel ? 'selected' : 'text'), seg(`${i + 1}`, sel ? 'selected' : 'key'), seg('  '), seg(text, sel ? 'selected' : 'text')], cols, 6);
    out.push(...clampLines(lines, sel ? selMax : fold ? 1 : lines.length, cols));
  }
  return out;
}

function stats(scenario: Scenario, call: CallState, t: Messages): StatView[] {
  return scenario.stats.map((def) => {
    const change = call.last?.effects[def.name];
    return { def, label: statLabel(scenario, call.run.lang, t, def), value: call.run.stats[def.name] ?? def.start, ...(change !== undefined && { change }) };
  });
}

/** The debtor's box: their line (and the stage direction), or how the call ended. */
function debtorBox(scenario: Scenario, call: CallState, t: Messages, cols: number, maxContent: number, withNote = true): Line[] {
  const { run } = call;
  const lang = run.lang;
  const inner = cols - 4;
  if (run.ending !== null) {
    const ending = scenario.endings.get(run.ending)!;
    const content = [
      ...wrapLine([seg(`${OUTCOME_MARK[ending.outcome]} ${t.outcome[ending.outcome]}`, outcomeRole(ending.outcome)), seg(' — '), seg(sx1(scenario, lang, ending.title), 'title')], inner),
      [seg(t.call.toDebrief, 'accent')],
    ];
    return boxLines(content, cols, { title: [seg(t.call.ended, 'title')], border: 'single' });
  }
  const node = currentNode(scenario, run)!;
  const line = currentLine(scenario, run)!;
  const third = node.party === 'third-party';
  const content: Line[] = [];
  const say = wrapLine([seg(sx(scenario, lang, line.text))], inner);
  const note = sx(scenario, lang, node.note);
  // The stage direction gives way before the debtor's words do.
  if (note && withNote && say.length < maxContent) {
    const noteLines = wrapLine([seg(`(${note.replace(/^[（(]|[)）]$/g, '')})`, 'muted')], inner);
    content.push(...clampLines(noteLines, Math.min(2, maxContent - say.length), inner));
  }
  content.push(...say);
  const title: Line = third
    ? [seg(`⚠ ${t.call.thirdPartyMarker}`, 'warn')]
    : [seg(debtorName(scenario, lang, t), 'debtor')];
  return speechBox(title, clampLines(content, Math.max(1, maxContent), inner), cols, third);
}

export function outcomeRole(outcome: 'success' | 'partial' | 'failure'): 'good' | 'warn' | 'bad' {
  return outcome === 'success' ? 'good' : outcome === 'partial' ? 'warn' : 'bad';
}

/** The stats on one line: "Rapport 50 ▲ +5 · Willingness 40". */
function inlineStats(list: readonly StatView[], hidden: boolean, t: Messages, cols: number): Line {
  const out: Seg[] = [seg(' ')];
  for (const [i, s] of list.entries()) {
    if (i > 0) out.push(seg(' · ', 'muted'));
    out.push(seg(s.label, 'title'), seg(` ${hidden ? '—' : s.value}`));
    if (!hidden && s.change) out.push(seg(` ${delta(s.change)}`, s.change > 0 ? 'good' : 'bad'));
  }
  if (hidden) out.push(seg(`  (${t.call.hidden})`, 'muted'));
  return fitLine(out, cols);
}

/** Lines placed side by side (each list's lines already have their exact width). */
function beside(a: readonly Line[], b: readonly Line[]): Line[] {
  return a.map((l, i) => [...l, ...(b[i] ?? [])]);
}

export interface CallLayout {
  readonly view: ScreenView;
  /** False when even the tightest layout does not fit: the screen asks for more room. */
  readonly fits: boolean;
  /** Rows missing for the tightest layout (0 when it fits). */
  readonly missing: number;
}

const NO_DEBUG_KEY: ReadonlySet<'debug'> = new Set(['debug']);

/**
 * The call screen for a call state: a pure view (watch mode and the debug panel reuse it).
 * `keys` names the key table whose help line is shown; `authoring` lists Tab for the debug
 * panel (an author's call only: a learner's Tab does nothing).
 */
export function callScreen(scenario: Scenario, call: CallState, keys: KeyContext, env: ViewEnv, authoring = true): CallLayout {
  const { t, size } = env;
  const { cols, rows } = size;
  const { run } = call;
  const lang = run.lang;
  const exam = run.mode === 'exam';
  const free = run.mode === 'free';
  const ended = run.ending !== null;

  const turnText = t.call.turn(run.turn + (ended ? 0 : 1));
  const head = header([seg(sx1(scenario, lang, scenario.title), 'title')], [seg(`${t.mode[run.mode].name} · ${turnText}`, 'muted')], cols);
  const help = keyHelpLine(keys, t, cols, undefined, authoring ? undefined : NO_DEBUG_KEY);
  const offered = ended || free ? [] : offeredReplies(scenario, run);
  const feedbackFull = feedbackLines(scenario, call, t, cols);
  // Short of rows, a fault's rule gives way first (the help and the debrief state it), so the
  // coach's comment on this reply stays whole.
  const feedbackBrief = feedbackLines(scenario, call, t, cols, false);

  // The text input: the prompt, then up to two lines' worth of words in three rows.
  let input: InputView | undefined;
  if (free && !ended) {
    const prompt: Line = [seg(' '), seg(`${t.call.yourWords} ›`, 'you'), seg(' ')];
    const inputCols = cols - lineWidth(prompt) - 1;
    const rowsNeeded = width(call.draft) + 1 <= inputCols ? 1 : 3;
    input = { prompt, value: call.draft, cols: inputCols, rows: rowsNeeded, maxWidth: inputCols * 2 - 1 };
  }

  const statList = stats(scenario, call, t);
  const attempt = (fold: boolean, selMax: number, feedbackMax: number, compact: boolean, debtorMax: number, inline = false, note = true) => {
    const replies = replyLines(scenario, lang, offered, call.cursor, cols, fold, selMax);
    const feedback = clampLines(feedbackFull.length <= feedbackMax ? feedbackFull : feedbackBrief, feedbackMax, cols);
    const box = debtorBox(scenario, call, t, cols, debtorMax, note);
    // Inline: no log, the stats on one line (the last resort before "enlarge the terminal").
    const statsH = inline ? 1 : statRowCount(statList.length, { compact, hidden: exam }) + 2;
    const used = head.length + box.length + feedback.length + replies.length + (input?.rows ?? 0) + 1;
    return { replies, feedback, box, statsH, compact, inline, top: rows - used };
  };
  // Plans from the most generous to the tightest; the first that fits is used (tried lazily).
  // The feedback (what a typed answer was understood as, its faults, the coach) is what the
  // game teaches: whole while it fits, before the conversation above gets its rows back.
  const plans: (() => ReturnType<typeof attempt>)[] = [
    () => attempt(false, 4, 8, false, 6),
    () => attempt(false, 4, 6, false, 6),
    () => attempt(true, 3, 4, false, 6),
    () => attempt(true, 3, 3, true, 6),
    () => attempt(true, 2, 2, true, 4),
    () => attempt(true, 2, 1, true, 3),
    // Inline stats: keep as much of the debtor's line, then of the highlighted reply, as fits.
    ...[6, 5, 4, 3, 2, 1].flatMap((d) => [3, 2, 1].flatMap((sel) => [true, false].map((note) => () => attempt(true, sel, 1, true, d + (note ? 1 : 0), true, note)))),
  ];
  let plan = plans[0]!();
  for (const next of plans.slice(1)) {
    if (plan.top >= plan.statsH) break;
    plan = next();
  }
  const fits = plan.top >= plan.statsH;

  // The log and the stat panel share the rows that are left.
  const statsW = Math.min(cols - 24, Math.max(plan.compact ? 32 : 26, Math.floor(cols * 0.34)));
  const logW = cols - statsW;
  const topH = Math.max(plan.statsH, plan.top);
  const statInner = statsW - 4;
  const statContent = statRows(statList, statInner, { compact: plan.compact, ...(exam && { hidden: t.call.hidden }) });
  const statBox = boxLines(statContent, statsW, { title: [seg(t.call.stats, 'title')], height: topH - 2 });

  const logInner = logW - 4;
  const log = logLines(scenario, run, t, logInner);
  const logRows = topH - 2;
  const maxScroll = Math.max(0, log.length - logRows);
  const scroll = Math.min(call.scroll, maxScroll);
  const end = log.length - scroll;
  const shown = log.slice(Math.max(0, end - logRows), end);
  const above = Math.max(0, end - logRows);
  const logTitle: Line = [
    seg(t.call.conversation, 'title'),
    ...(above > 0 ? [seg(`  ${t.call.more(above)}`, 'muted')] : []),
    ...(scroll > 0 ? [seg(`  ${t.call.newer(scroll)}`, 'accent')] : []),
  ];
  const logBox = boxLines(shown, logW, { title: logTitle, height: logRows });

  const middle = plan.inline ? [inlineStats(statList, exam, t, cols)] : beside(logBox, statBox);
  const top: Line[] = [...head, ...middle, ...plan.box, ...plan.feedback, ...plan.replies];
  const bottom: Line[] = [help];
  return {
    view: { top, ...(input && { input }), bottom, bounds: { maxScroll, page: logRows } },
    fits,
    missing: Math.max(0, plan.statsH - plan.top),
  };
}
