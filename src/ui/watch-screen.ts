// Watch mode's screens: the watched file's problems while it has errors (each at its
// file:line:col, with its hint; scrollable), and the one-line banner after a reload.
import type { Problem } from '../content/problem';
import { sanitizeLine } from '../core/sanitize';
import { header, keyHelpLine } from './components/parts';
import { windowed } from './debug';
import type { Messages } from './i18n';
import { fitLine, rule, seg, wrapLine, type Line } from './layout/lines';
import type { ScreenView, ViewEnv } from './screens/types';
import type { Banner } from './watch-state';

export function problemLines(problems: readonly Problem[], t: Messages, cols: number): Line[] {
  const out: Line[] = [];
  for (const p of problems) {
    const where = `${sanitizeLine(p.file)}:${p.line}:${p.col}`;
    out.push(...wrapLine([
      seg(' '), seg(where, 'title'), seg(' '), seg(p.severity, p.severity === 'error' ? 'bad' : 'warn'), seg(` ${p.code}`, 'muted'),
      seg(` ${sanitizeLine(p.message)}`),
    ], cols, 3));
    if (p.hint) out.push(...wrapLine([seg(`   ${t.watch.hint}`, 'muted'), seg(sanitizeLine(p.hint), 'muted')], cols, 5));
  }
  return out;
}

export function watchErrorsScreen(file: string, problems: readonly Problem[], scroll: number, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const top: Line[] = header([seg(t.app.name, 'accent'), seg(' · '), seg(`${t.watch.watching} `, 'muted'), seg(sanitizeLine(file), 'title')], [], cols);
  const errors = problems.filter((p) => p.severity === 'error').length;
  top.push(fitLine([seg(' '), seg(t.watch.errors(errors), 'bad')], cols), fitLine([seg(` ${t.watch.fix}`, 'muted')], cols), []);
  const body = problemLines(problems, t, cols);
  const room = Math.max(1, rows - top.length - 2);
  const win = windowed(body.map((l) => fitLine(l, cols)), room, scroll, t, cols);
  while (win.lines.length < room) win.lines.push([]);
  return { top: [...top, ...win.lines], bottom: [rule(cols), keyHelpLine('watch-errors', t, cols)], bounds: { maxScroll: win.maxScroll, page: room } };
}

export function bannerText(t: Messages, banner: Banner): string {
  switch (banner.kind) {
    case 'kept': return t.watch.kept(sanitizeLine(banner.node));
    case 'gone': return t.watch.gone(sanitizeLine(banner.node));
    case 'ended': return t.watch.ended;
    case 'loaded': return t.watch.loaded;
    case 'clamped': return banner.items.map((c) => t.watch.clamped(sanitizeLine(c.stat), c.asked, c.value, t.debug.range(c.min, c.max))).join(' · ');
    case 'ignored': return `${[
      ...(banner.node !== undefined ? [t.watch.noNode(sanitizeLine(banner.node))] : []),
      ...banner.stats.map((name) => t.watch.noStat(sanitizeLine(name))),
    ].join(' · ')} — ${t.watch.ignored}`;
  }
}

export function bannerLine(t: Messages, banner: Banner, cols: number): Line {
  const warn = banner.kind === 'gone' || banner.kind === 'ended' || banner.kind === 'clamped' || banner.kind === 'ignored';
  return fitLine([seg(' '), seg(`${banner.kind === 'clamped' || banner.kind === 'ignored' ? '⚠' : '↻'} ${bannerText(t, banner)}`, warn ? 'warn' : 'good')], cols);
}
