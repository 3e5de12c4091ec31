// One turn on the projector: the stats as wide bars, the debtor's line in a box in the centre,
// then what this moment needs (the discussion timer, the lettered options, the tally's bar chart,
// or the pick's feedback and stat change). When rows are short the gaps go first, then the big
// timer digits, the stage direction, long options fold to one line, and last the feedback is cut.
import { currentLine, currentNode, offeredReplies, type RunState } from '../../core/engine';
import type { Reply, Scenario } from '../../core/model';
import { bar, speechBox } from '../components/parts';
import type { Messages } from '../i18n';
import { optionLetter } from '../keys';
import { clampLines, kept, lineWidth, seg, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, padStart, width } from '../layout/text';
import { effectSegs, violationSegs } from '../screens/call';
import { debtorName, delta, statLabel, sx } from '../view/words';
import { bigText, centre, clock, type Frame } from './frame';
import type { PresentMessages } from './messages';
import { ANIMATION_MS, currentRound, currentRun, type PickRecord, type PresentState } from './session';

export interface StageEnv {
  readonly t: Messages;
  readonly p: PresentMessages;
  readonly frame: Frame;
}

interface Fit {
  readonly gap: number;
  readonly bigTimer: boolean;
  readonly note: boolean;
  readonly fold: boolean;
  /** With "why" open: the pick and the other options only (the line and the comment were read). */
  readonly lean: boolean;
}

/** The option's letter as a block that reads from afar: " B " in reverse video. */
export const letterSeg = (i: number): Seg => kept(` ${optionLetter(i)} `, 'selected');

function statBlock(scenario: Scenario, state: PresentState, env: StageEnv): Line[] {
  const { t, p, frame } = env;
  const run = currentRun(state);
  const round = currentRound(state);
  const feedback = state.phase.kind === 'feedback' ? state.phase : null;
  const before = feedback ? round.states.at(-2)! : run;
  // The change animates: the value and bar move from before to after, then stay.
  const progress = feedback ? Math.min(1, Math.max(0, (state.now - feedback.at) / ANIMATION_MS)) : 1;
  const labels = scenario.stats.map((def) => statLabel(scenario, run.lang, t, def));
  const labelW = Math.max(...labels.map(width));
  const last = feedback ? run.turns.at(-1) : undefined;
  const out: Line[] = [];
  for (const [i, def] of scenario.stats.entries()) {
    const label = seg(fit(labels[i]!, labelW), 'title');
    if (state.hideNumbers) { out.push([label, seg('   '), seg(p.hidden, 'text')]); continue; }
    const from = before.stats[def.name] ?? def.start;
    const to = run.stats[def.name] ?? def.start;
    const value = Math.round(from + (to - from) * progress);
    const change = last?.effects[def.name] ?? 0;
    const tail = change === 0 ? '' : delta(change);
    const cells = Math.max(10, Math.min(frame.big ? 90 : 40, frame.inner - labelW - 18));
    // On a projector each bar has a row of air around it, so the room can tell them apart.
    if (frame.big && i > 0) out.push([]);
    out.push([
      label, seg('  '), seg(bar(value, def.min, def.max, cells), 'accent'), seg('  '),
      seg(padStart(String(value), 3), 'title'), seg('  '), seg(tail, change > 0 ? 'good' : 'bad'),
    ]);
  }
  return out;
}

function speech(scenario: Scenario, run: RunState, env: StageEnv, withNote: boolean): Line[] {
  const { t, frame } = env;
  const node = currentNode(scenario, run);
  const line = currentLine(scenario, run);
  if (!node || !line) return [];
  const third = node.party === 'third-party';
  const inner = frame.inner - 2 - 2 * frame.padX;
  const content: Line[] = [];
  if (frame.big) content.push([]);
  content.push(...wrapLine([seg(sx(scenario, run.lang, line.text), 'title')], inner));
  const note = sx(scenario, run.lang, node.note);
  if (withNote && note) content.push([], ...wrapLine([seg(note, 'text')], inner));
  if (frame.big) content.push([]);
  const title: Line = third ? [seg(`⚠ ${t.call.thirdPartyMarker}`, 'warn')] : [seg(debtorName(scenario, run.lang, t), 'debtor')];
  return speechBox(title, content, frame.inner, third, frame.padX);
}

function timerBlock(state: PresentState, env: StageEnv, big: boolean): Line[] {
  const { p, frame } = env;
  const timer = state.timer;
  if (timer === null) return state.phase.kind === 'line' ? [[seg(p.discuss, 'title')], [seg(p.reveal, 'key')]] : [];
  const done = timer.left <= 0;
  const status: Seg[] = done ? [seg(` ${p.time} `, 'violation')] : [seg(p.timeLeft(clock(timer.left)), 'title'), ...(timer.running ? [] : [seg(`  ${p.paused}`, 'warn')])];
  if (!big) return [[seg('⏱ ', 'title'), ...status]];
  const digits = bigText(done ? '0:00' : clock(timer.left), frame.cols >= 150 ? 2 : 1);
  return [...digits.map((r): Line => centre([seg(r, done ? 'bad' : 'title')], frame.inner)), [], centre(status, frame.inner)];
}

function optionBlock(scenario: Scenario, lang: string, offered: readonly Reply[], env: StageEnv, fold: boolean): Line[] {
  const cols = env.frame.inner;
  return offered.flatMap((r, i) => {
    const lines = wrapLine([letterSeg(i), seg('  '), seg(sx(scenario, lang, r.text), 'text')], cols, 5);
    return fold ? clampLines(lines, 1, cols) : lines;
  });
}

function tallyBlock(scenario: Scenario, state: PresentState, offered: readonly Reply[], env: StageEnv): Line[] {
  const { p, frame } = env;
  const phase = state.phase;
  if (phase.kind !== 'tally' && phase.kind !== 'tie') return [];
  const counts = phase.counts.map((c) => c ?? 0);
  const most = Math.max(1, ...counts);
  const cells = Math.max(8, Math.min(frame.big ? 60 : 24, Math.floor(frame.inner / 3)));
  const out: Line[] = [...wrapLine([seg(phase.kind === 'tie' ? p.tie(phase.tied.map(optionLetter).join(' · ')) : p.tallyTitle, 'title')], frame.inner), []];
  offered.forEach((r, i) => {
    const here = phase.kind === 'tally' && i === phase.cursor;
    const tied = phase.kind === 'tie' && phase.tied.includes(i);
    const typed = phase.kind === 'tally' ? phase.counts[i] : counts[i];
    const count = typed === null || typed === undefined ? '·' : String(typed);
    const head: Seg[] = [seg(here || tied ? '▶ ' : '  ', 'title'), letterSeg(i), seg(' '), seg(bar(counts[i]!, 0, most, cells), 'accent'), seg(` ${padStart(count, 3)} `, here ? 'selected' : 'title'), seg(' ')];
    const room = frame.inner - head.reduce((s, x) => s + width(x.text), 0);
    out.push([...head, seg(fit(sx(scenario, currentRun(state).lang, r.text), Math.max(0, room)), 'text')]);
  });
  if (state.notice?.kind === 'no-hands') out.push([], [seg(p.noHands, 'warn')]);
  return out;
}

function replyText(scenario: Scenario, lang: string, id: string, node: string): string {
  return sx(scenario, lang, scenario.nodes.get(node)?.replies.find((r) => r.id === id)?.text);
}

/** The pick, its stat change, violations and the coach's comment; `why` adds the other options. */
function feedbackBlock(scenario: Scenario, state: PresentState, env: StageEnv, why: boolean, lean: boolean): Line[] {
  const { t, p, frame } = env;
  const cols = frame.inner;
  const run = currentRun(state);
  const round = currentRound(state);
  const pick = round.picks.at(-1)!;
  const turn = run.turns.at(-1)!;
  const lang = run.lang;
  const letter = pick.offered.indexOf(pick.reply);
  const out: Line[] = [];
  const chose: Seg[] = [seg(p.roomChose, 'title'), seg('  '), letterSeg(letter), seg('  ')];
  // A long reply wraps under its own first word, not under the label.
  out.push(...wrapLine([...chose, seg(replyText(scenario, lang, pick.reply, turn.node))], cols, lineWidth(chose)));
  if (why && lean) return [...out, [], [seg(p.whyTitle, 'title')], ...whyLines(scenario, lang, pick, turn.node, env, state.hideNumbers)];
  if (pick.votes) {
    const total = pick.votes.reduce((s, v) => s + v, 0);
    out.push([seg(p.byVote(pick.votes[letter] ?? 0, total), 'text'), ...(pick.tie ? [seg(` · ${p.tieBroken}`, 'warn')] : [])]);
  }
  const change = effectSegs(scenario, lang, t, turn.effects);
  if (state.hideNumbers) out.push([seg(`${p.change}  `, 'title'), seg(p.hidden)]);
  else out.push([seg(`${p.change}  `, 'title'), ...(change.length > 0 ? change : [seg(p.noChange)])]);
  for (const v of turn.violations) out.push(...wrapLine(violationSegs(t, v.kind, v.phrase), cols, 2));
  const fb = sx(scenario, lang, turn.feedback);
  out.push(...wrapLine([seg(`${p.coach}  `, 'coach'), seg(fb || p.noFeedback)], cols, width(p.coach) + 2));
  if (run.ending !== null) out.push([], [seg(p.endingNext, 'key')]);
  if (!why) return [...out, [], [seg(p.whyHint, 'key')]];
  out.push([], [seg(p.whyTitle, 'title')]);
  out.push(...whyLines(scenario, lang, pick, turn.node, env, state.hideNumbers));
  return out;
}

/**
 * Every option of a turn: the best marked, each with its own change, fault and coach's comment.
 * `hidden`: the numbers stay hidden (the room may still be guessing).
 */
export function whyLines(scenario: Scenario, lang: string, pick: PickRecord, nodeId: string, env: StageEnv, hidden: boolean): Line[] {
  const { t, p, frame } = env;
  const node = scenario.nodes.get(nodeId);
  const out: Line[] = [];
  pick.offered.forEach((id, i) => {
    if (id === pick.reply && pick.judged.best.includes(id)) {
      out.push(...wrapLine([letterSeg(i), seg('  '), seg(p.bestHere, 'good')], frame.inner, 5));
      return;
    }
    if (id === pick.reply) return;
    const reply = node?.replies.find((r) => r.id === id);
    const outlook = pick.judged.outlook.find((o) => o.reply === id);
    const marks: Seg[] = [];
    if (pick.judged.best.includes(id)) marks.push(seg(`★ ${p.best}`, 'good'), seg('  '));
    if (!hidden) marks.push(...effectSegs(scenario, lang, t, reply?.effects ?? {}));
    if (reply?.violation) marks.push(seg('  '), seg(`⚠ ${t.violation[reply.violation].name}`, 'bad'));
    if (outlook && !hidden) marks.push(seg(`  · ${p.reachable(outlook.bestScore)}`, 'text'));
    out.push(...wrapLine([letterSeg(i), seg('  '), seg(sx(scenario, lang, reply?.text), 'title')], frame.inner, 5));
    if (marks.length > 0) out.push(...wrapLine([seg('     '), ...marks], frame.inner, 5));
    const fb = sx(scenario, lang, reply?.feedback);
    if (fb) out.push(...wrapLine([seg('     '), seg(fb)], frame.inner, 5));
  });
  return out;
}

function blocks(scenario: Scenario, state: PresentState, env: StageEnv, f: Fit): Line[][] {
  const run = currentRun(state);
  const phase = state.phase;
  const offered = offeredReplies(scenario, run);
  const atLine = phase.kind !== 'feedback';
  const leanWhy = f.lean && phase.kind === 'feedback' && phase.why;
  const out: Line[][] = leanWhy ? [] : [statBlock(scenario, state, env)];
  // After a pick the box still shows the line the room answered: the call has moved on, the room has not yet.
  const shownRun = atLine ? run : currentRound(state).states.at(-2)!;
  if (!leanWhy) out.push(speech(scenario, shownRun, env, f.note));
  if (phase.kind === 'line') out.push(timerBlock(state, env, f.bigTimer));
  if (phase.kind === 'options') {
    const timer = timerBlock(state, env, false);
    if (timer.length > 0) out.push(timer);
    out.push(optionBlock(scenario, run.lang, offered, env, f.fold));
  }
  if (phase.kind === 'tally' || phase.kind === 'tie') out.push(tallyBlock(scenario, state, offered, env));
  if (phase.kind === 'feedback') out.push(feedbackBlock(scenario, state, env, phase.why, f.lean));
  return out.filter((b) => b.length > 0);
}

const join = (parts: readonly Line[][], gap: number): Line[] =>
  parts.flatMap((b, i) => (i === 0 ? b : [...Array.from({ length: gap }, (): Line => []), ...b]));

/** The body of a turn's screen, at most `rows` lines. */
export function stageBody(scenario: Scenario, state: PresentState, env: StageEnv, rows: number): Line[] {
  const { frame } = env;
  const tries: Fit[] = [
    { gap: frame.gap, bigTimer: true, note: true, fold: false, lean: false },
    { gap: 1, bigTimer: true, note: true, fold: false, lean: false },
    { gap: 1, bigTimer: false, note: true, fold: false, lean: false },
    { gap: 1, bigTimer: false, note: false, fold: false, lean: false },
    { gap: 0, bigTimer: false, note: false, fold: false, lean: false },
    { gap: 1, bigTimer: false, note: false, fold: false, lean: true },
    { gap: 0, bigTimer: false, note: false, fold: true, lean: true },
  ];
  for (const f of tries) {
    const parts = blocks(scenario, state, env, f);
    const body = join(parts, f.gap);
    if (body.length > rows) continue;
    // A projector has rows to spare: spread the blocks (up to 5 blank lines between them).
    const spare = rows - body.length;
    const gap = frame.big ? Math.min(5, f.gap + Math.floor(spare / (parts.length + 1))) : f.gap;
    return join(parts, gap);
  }
  return clampLines(join(blocks(scenario, state, env, tries.at(-1)!), 0), rows, frame.inner);
}
