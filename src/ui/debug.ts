// The debug panel (authors): the core's debugView drawn as lines. At a wide terminal it sits
// beside the call; narrower, it takes the call's place (the replies still answer to their keys,
// and the highlighted one is marked), so 80×24 keeps everything readable.
import { debugView, type CondTruth, type DebugView, type RouteDebug } from '../core/debug';
import type { Scenario } from '../core/model';
import { sanitizeLine } from '../core/sanitize';
import { header, keyHelpLine } from './components/parts';
import type { Messages } from './i18n';
import type { KeyContext } from './keys';
import { boxLines, fitLine, lineWidth, seg, wrapLine, type Line, type Seg } from './layout/lines';
import { callScreen } from './screens/call';
import type { ScreenView, ViewEnv } from './screens/types';
import type { CallState } from './state/call';
import { width } from './layout/text';
import { sx1 } from './view/words';

const s1 = sanitizeLine;
const mark = (holds: boolean): Seg => seg(holds ? '✓' : '✗', holds ? 'good' : 'bad');
const cond = (c: CondTruth): Seg[] => [seg('if ', 'muted'), seg(s1(c.source)), seg('  '), mark(c.holds)];
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

function effects(fx: Readonly<Record<string, number>>): Seg[] {
  const parts = Object.entries(fx).map(([name, d]) => `${s1(name)} ${signed(d)}`);
  return parts.length === 0 ? [] : [seg(`  ${parts.join(' · ')}`, 'muted')];
}

function routeLines(routes: readonly RouteDebug[], t: Messages, cols: number, offered = true): Line[] {
  const out: Line[] = [];
  for (const r of routes) {
    const head: Seg[] = r.if ? cond(r.if) : routes.length > 1 ? [seg(t.debug.otherwise, 'muted')] : [];
    const line: Seg[] = [seg('      '), ...head, seg(head.length > 0 ? '  → ' : '→ ', 'muted'), seg(s1(r.goto), r.ending ? 'accent' : 'text')];
    // A hidden reply takes no route now; show where it would lead once its `if` holds.
    if (r.taken) line.push(offered ? seg(`  ◂ ${t.debug.taken}`, 'selected') : seg(`  ◂ ${t.debug.takenIfOffered}`, 'muted'));
    out.push(...wrapLine(line, cols, 8));
  }
  return out;
}

/** The panel's lines, `cols` wide; `cursor` is the highlighted reply among those offered. */
export function debugLines(scenario: Scenario, view: DebugView, cursor: number, t: Messages, cols: number): Line[] {
  const out: Line[] = [];
  const d = t.debug;
  const where: Seg[] = view.node !== null
    ? [seg(`${d.node} `, 'muted'), seg(s1(view.node), 'title')]
    : [seg(`${d.endedAt} `, 'muted'), seg(s1(view.ending ?? ''), 'accent')];
  // turn and violations by the names conditions read them (turn: replies given so far).
  // The header counts turns from 1; `turn` here is the replies so far, so say so.
  out.push(...wrapLine([seg(' '), ...where, seg(` · turn ${view.turn} ${t.debug.turnGloss} · violations ${view.violations}`, 'muted')], cols, 1));
  const stats: Seg[] = [seg(' ')];
  view.stats.forEach((st, i) => {
    if (i > 0) stats.push(seg(' · ', 'muted'));
    stats.push(seg(`${s1(st.name)} `), seg(String(st.value), 'title'), seg(` (${d.range(st.min, st.max)})`, 'muted'));
  });
  out.push(...wrapLine(stats, cols, 1));
  if (view.say.length > 1) {
    const shown = view.say.findIndex((v) => v.shown);
    const c = view.say[shown]?.if;
    out.push(...wrapLine([seg(` ${d.line} `, 'muted'), seg(`${shown + 1}/${view.say.length}`), ...(c ? [seg('  '), ...cond(c)] : [])], cols, 3));
  }
  if (view.node !== null) {
    out.push([seg(` ${d.replies}`, 'title')]);
    for (const r of view.replies) {
      const selected = r.number !== null && r.number - 1 === cursor;
      const num = r.number === null ? ' ·' : `${selected ? '▸' : ' '}${r.number}`;
      out.push(...wrapLine([
        seg(` ${num} `, r.number === null ? 'muted' : selected ? 'selected' : 'key'), seg(s1(r.id), r.offered ? 'text' : 'muted'),
        seg(`  ${r.offered ? d.offered : d.hidden}`, r.offered ? 'good' : 'muted'),
        ...(r.violation ? [seg(`  ⚠ ${t.violation[r.violation].name}`, 'bad')] : []),
        ...effects(r.effects),
      ], cols, 5));
      if (r.if) out.push(...wrapLine([seg('      '), ...cond(r.if)], cols, 8));
      out.push(...routeLines(r.routes, t, cols, r.offered));
      if (r.projection.via === 'trigger') out.push(...wrapLine([seg('      '), seg(`⚡ ${d.firesTrigger(r.projection.trigger! + 1, s1(r.projection.goto))}`, 'warn')], cols, 8));
    }
    if (view.fallback) {
      const f = view.fallback;
      out.push(...wrapLine([seg(` ${d.fallback}`, 'title'), ...effects(f.effects), ...(f.projection.via === 'stay' ? [seg(`  → ${d.stays}`, 'muted')] : [])], cols, 3));
      out.push(...routeLines(f.routes, t, cols));
      if (f.projection.via === 'trigger') out.push(...wrapLine([seg('      '), seg(`⚡ ${d.firesTrigger(f.projection.trigger! + 1, s1(f.projection.goto))}`, 'warn')], cols, 8));
    }
  }
  out.push([seg(` ${d.triggers}`, 'title')]);
  if (view.triggers.length === 0) out.push([seg(`   ${d.noTriggers}`, 'muted')]);
  view.triggers.forEach((tr, i) => {
    out.push(...wrapLine([seg(`  ${i + 1} `, 'key'), ...cond(tr.if), seg('  → ', 'muted'), seg(s1(tr.goto), 'accent')], cols, 5));
  });
  if (view.last) {
    const via = d.via[view.last.via] ?? view.last.via;
    out.push(...wrapLine([seg(` ${d.lastTurn(s1(view.last.node), via, s1(view.last.goto))}`, 'muted')], cols, 3));
  }
  return out.map((l) => fitLine(l, cols));
}

/** A window of the panel's lines with "more" marks; returns the lines and the scroll bounds. */
export function windowed(lines: readonly Line[], rows: number, scroll: number, t: Messages, cols: number): { lines: Line[]; maxScroll: number } {
  if (lines.length <= rows) return { lines: [...lines], maxScroll: 0 };
  const room = Math.max(1, rows - 1);
  const maxScroll = Math.max(0, lines.length - room);
  const at = Math.min(scroll, maxScroll);
  const shown = lines.slice(at, at + room);
  const below = lines.length - at - room;
  const note = below > 0 ? t.debug.more(below) : t.debug.above(at);
  return { lines: [...shown, fitLine([seg(` ${note}`, 'accent')], cols)], maxScroll };
}

/** The width at and above which the panel sits beside the call. */
export const SIDE_BY_SIDE = 110;

/** The call with the debug panel: beside it when wide, in its place when not (null: too small). */
export function debugCallScreen(scenario: Scenario, call: CallState, scroll: number, keys: KeyContext, env: ViewEnv): ScreenView | null {
  const { t, size } = env;
  const { cols, rows } = size;
  const view = debugView(scenario, call.run);
  if (cols >= SIDE_BY_SIDE) {
    const panelW = Math.min(64, Math.max(40, Math.floor(cols * 0.4)));
    const layout = callScreen(scenario, call, keys, { ...env, size: { cols: cols - panelW, rows } });
    if (!layout.fits) return null;
    const inner = panelW - 4;
    const win = windowed(debugLines(scenario, view, call.cursor, t, inner), rows - 2, scroll, t, inner);
    const side = boxLines(win.lines, panelW, { title: [seg(t.debug.title, 'title')], height: rows - 2 });
    return { ...layout.view, side, sideWidth: panelW, bounds: { maxScroll: win.maxScroll, page: rows - 2 } };
  }
  const top: Line[] = header([seg(sx1(scenario, call.run.lang, scenario.title), 'title')], [seg(`${t.debug.title} · ${t.call.turn(call.run.turn + (call.run.ending === null ? 1 : 0))}`, 'accent')], cols);
  const input = call.run.mode === 'free' && call.run.ending === null ? inputView(call, t, cols) : undefined;
  const room = rows - top.length - 1 - (input?.rows ?? 0);
  if (room < 3) return null;
  const win = windowed(debugLines(scenario, view, call.cursor, t, cols), room, scroll, t, cols);
  while (win.lines.length < room) win.lines.push(fitLine([], cols));
  return { top: [...top, ...win.lines], ...(input && { input }), bottom: [keyHelpLine(keys, t, cols)], bounds: { maxScroll: win.maxScroll, page: room } };
}

/** The text input, as the call screen lays it out (free-text mode). */
function inputView(call: CallState, t: Messages, cols: number): NonNullable<ScreenView['input']> {
  const prompt: Line = [seg(' '), seg(`${t.call.yourWords} ›`, 'you'), seg(' ')];
  const inputCols = cols - lineWidth(prompt) - 1;
  return { prompt, value: call.draft, cols: inputCols, rows: width(call.draft) + 1 <= inputCols ? 1 : 3, maxWidth: inputCols * 2 - 1 };
}
