// Help: what the game is, the modes, the keys of every screen (from the key table), scoring and
// the conduct rules.
import { MODES } from '../../core/engine';
import { VIOLATIONS } from '../../core/vocabulary';
import { header, keyHelpLine, labelled } from '../components/parts';
import { fitLine, kept, rule, seg, wrapLine, type Line } from '../layout/lines';
import { width } from '../layout/text';
import { keyHelp } from '../keys';
import type { Messages } from '../i18n';
import type { ScreenView, ViewEnv } from './types';

const CONTEXTS = ['menu', 'briefing', 'call', 'call-text', 'pause', 'debrief', 'players', 'history', 'replay'] as const;

/** `debug`: the debug panel's key is listed only where Tab opens it (an author's call). */
export function helpBody(t: Messages, cols: number, debug = false): Line[] {
  const inner = cols - 2;
  const out: Line[] = [];
  const indent = (lines: Line[]) => lines.map((l): Line => [seg(' '), ...l]);
  const section = (title: string) => { out.push([], [seg(' '), seg(title, 'title')]); };
  out.push(...indent(wrapLine([seg(t.help.intro)], inner)));
  section(t.help.modes);
  const modeW = Math.max(...MODES.map((m) => width(t.mode[m].name)));
  for (const m of MODES) out.push(...indent(labelled(`  ${t.mode[m].name}`, [seg(t.mode[m].blurb)], inner, modeW + 2, 'accent')));
  section(t.help.keys);
  const ctxW = Math.max(...CONTEXTS.map((c) => width(t.help.contexts[c])));
  for (const c of CONTEXTS) {
    const keys = keyHelp(c, true).filter((e) => debug || e.label !== 'debug').flatMap((e, i) => [...(i > 0 ? [seg('  ')] : []), kept(e.keys, 'key'), kept(` ${t.key[e.label]}`, 'muted')]);
    out.push(...indent(labelled(`  ${t.help.contexts[c]}`, keys, inner, ctxW + 2, 'text')));
  }
  out.push(...indent(wrapLine([seg(`  ${t.help.always}`, 'muted')], inner, 2)));
  section(t.help.scoring);
  out.push(...indent(wrapLine([seg(`  ${t.help.scoringText}`)], inner, 2)));
  section(t.help.conduct);
  const vW = Math.max(...VIOLATIONS.map((v) => width(t.violation[v].name)));
  for (const v of VIOLATIONS) out.push(...indent(labelled(`  ${t.violation[v].name}`, [seg(t.violation[v].rule)], inner, vW + 2, 'bad')));
  return out;
}

export function helpScreen(scroll: number, env: ViewEnv, debug = false): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const top: Line[] = header([seg(t.app.name, 'accent'), seg(' · '), seg(t.help.title, 'title')], [], cols);
  const body = helpBody(t, cols, debug);
  const room = Math.max(1, rows - top.length - 2);
  const maxScroll = Math.max(0, body.length - room);
  const at = Math.min(scroll, maxScroll);
  const shown = body.slice(at, at + room);
  while (shown.length < room) shown.push([]);
  return { top: [...top, ...shown], bottom: [rule(cols), keyHelpLine('help', t, cols)], bounds: { maxScroll, page: room } };
}

/** Shown instead of any screen when the terminal is below the minimum size. */
export function enlargeScreen(t: Messages, terminal: { cols: number; rows: number }, min: { cols: number; rows: number }): ScreenView {
  const cols = Math.max(1, terminal.cols);
  const lines = [...wrapLine([seg(t.enlarge(terminal.cols, terminal.rows, min.cols, min.rows), 'warn')], cols), ...wrapLine([seg(t.quitKeys, 'muted')], cols)];
  return { top: lines.map((l) => fitLine(l, cols)), bottom: [] };
}
