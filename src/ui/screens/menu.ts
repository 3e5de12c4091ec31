// The menu: the campaign in difficulty order, the selected scenario's summary, the settings.
import { scenarioLanguage } from '../../core/text';
import { header, keyHelpLine } from '../components/parts';
import { fitLine, lineWidth, rule, seg, spread, wrapLine, clampLines, type Line, type Seg } from '../layout/lines';
import { fit, padStart, truncate, width } from '../layout/text';
import type { AppContext, AppState, Notice } from '../state/app';
import type { Messages } from '../i18n';
import { stars, sx, sx1 } from '../view/words';
import { sanitizeLine } from '../../core/sanitize';
import { isLocked } from '../progress';
import type { ScreenView, ViewEnv } from './types';

export function noticeText(t: Messages, notice: Notice): string {
  switch (notice.kind) {
    case 'locked': return t.menu.lockedNotice(notice.needs, notice.open ?? []);
    case 'last-scenario': return t.debrief.lastScenario;
    case 'unsaved': return t.menu.unsaved(notice.message);
    case 'no-store': return t.menu.noStore;
    case 'player': return t.menu.playerNow(notice.name);
    case 'replay-failed': return t.replay.failed(notice.message);
    case 'not-playable': return t.replay.notPlayable;
    case 'save-failed': return t.menu.saveFailed(notice.message);
    case 'store-note': {
      const n = notice.note;
      const file = sanitizeLine(n.file);
      if (n.code === 'moved-aside' && n.backup !== undefined) return t.menu.movedAside(sanitizeLine(n.backup));
      if (n.code === 'unmovable') return t.menu.unmovable(file);
      if (n.code === 'newer-layout') return t.menu.newerLayout;
      return t.menu.storeNote(sanitizeLine(n.message));
    }
  }
}

export function menuScreen(ctx: AppContext, state: AppState, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const settings = t.menu.settings(t.langName, t.mode[state.mode].name);
  const player = ctx.progress.player;
  const who: Seg[] = player !== null ? [seg(t.menu.player(player), 'you'), seg(' · ', 'muted')]
    : state.unsaved !== null ? [seg(t.menu.notSaved, 'warn'), seg(' · ', 'muted')] : [];
  // The player's name must stay in view: the tagline gives way first, then the name is cut.
  let headLeft: Line = [seg(t.app.name, 'accent'), seg('  '), seg(t.app.tagline, 'muted')];
  let headRight: Line = [...who, seg(settings, 'muted')];
  if (lineWidth(headLeft) + lineWidth(headRight) + 3 > cols) headLeft = [seg(t.app.name, 'accent')];
  const spare = cols - 3 - lineWidth(headLeft) - lineWidth(headRight);
  if (spare < 0 && player !== null) {
    const name = t.menu.player(player);
    headRight = [seg(truncate(name, Math.max(8, width(name) + spare)), 'you'), seg(' · ', 'muted'), seg(settings, 'muted')];
  }
  const top: Line[] = header(headLeft, headRight, cols);

  const ids = ctx.campaign;
  const showProgress = player !== null || ctx.progress.scenarios.size > 0 || ctx.progress.locks.size > 0;
  const numW = String(Math.max(1, ids.length)).length;
  const bestW = showProgress ? Math.max(width(t.menu.best), width(t.menu.locked), 5) : 0;
  const triesW = showProgress ? Math.max(width(t.menu.tries), 3) : 0;
  const right = (showProgress ? 2 + bestW + 2 + triesW : 0) + 2 + 5;
  // On a wide terminal each row also carries its summary, after a title column of fixed width.
  const wide = cols >= 110;
  const rowW = cols - 2 - 2 - numW - 2 - right - 1;
  const titleW = wide ? Math.min(30, Math.floor(rowW * 0.4)) : Math.max(8, rowW);
  const summaryW = wide ? rowW - titleW - 2 : 0;

  const selected = ids[state.menu.cursor];
  const selLoaded = selected === undefined ? undefined : ctx.scenarios.get(selected);
  const detail: Line[] = [];
  if (selLoaded) {
    const sc = selLoaded.scenario;
    const lang = scenarioLanguage(sc.languages, env.lang);
    detail.push(rule(cols));
    detail.push(fitLine([seg(' '), seg(sx1(sc, lang, sc.title), 'title'), seg('  '), seg(stars(sc.difficulty), 'warn'), seg(`  ${t.briefing.difficulty(sc.difficulty)}`, 'muted')], cols));
    const lock = ctx.progress.locks.get(sc.id);
    if (lock && !lock.open) detail.push(fitLine([seg(' '), seg(t.menu.opensWhen(lock.needs), 'warn')], cols));
    const summary = sx(sc, lang, sc.summary ?? sc.goal);
    if (summary) detail.push(...clampLines(wrapLine([seg(' '), seg(summary)], cols, 1), lock && !lock.open ? 2 : 3, cols));
  }
  const bottom: Line[] = [...detail];
  // A notice may name files (a damaged save moved aside, its path as deep as the home folder):
  // up to four lines, the message first so that a cut only shortens the path.
  if (state.notice) bottom.push(...clampLines(wrapLine([seg(' '), seg(noticeText(t, state.notice), 'warn')], cols, 1), 4, cols));
  bottom.push(keyHelpLine('menu', t, cols, ids.length > 9 ? `1–${ids.length}` : undefined));

  const colHead: Seg[] = showProgress
    ? [seg(padStart(t.menu.best, bestW), 'muted'), seg('  '), seg(padStart(t.menu.tries, triesW), 'muted')]
    : [];
  top.push(spread([seg(' '), seg(t.menu.campaign, 'title')], [...colHead, seg('  ')], cols));

  const room = Math.max(1, rows - top.length - bottom.length);
  if (ids.length === 0) {
    top.push(fitLine([seg('   '), seg(t.menu.empty, 'muted')], cols));
    return { top, bottom: pad(top.length, bottom, rows) };
  }
  const start = Math.max(0, Math.min(state.menu.cursor - Math.floor(room / 2), ids.length - room));
  for (let i = start; i < Math.min(ids.length, start + room); i++) {
    const l = ctx.scenarios.get(ids[i]!)!;
    const sc = l.scenario;
    const lang = scenarioLanguage(sc.languages, env.lang);
    const locked = isLocked(ctx.progress, sc.id);
    const best = ctx.progress.scenarios.get(sc.id);
    const isSel = i === state.menu.cursor;
    const titleRole = isSel ? 'selected' : locked ? 'locked' : 'text';
    const row: Seg[] = [
      seg(isSel ? ' ▸ ' : '   ', isSel ? 'selected' : 'text'),
      seg(padStart(String(i + 1), numW), isSel ? 'selected' : 'muted'),
      seg('  '),
      seg(fit(sx1(sc, lang, sc.title), titleW), titleRole),
      ...(wide ? [seg('  '), seg(fit(sx1(sc, lang, sc.summary), summaryW), locked ? 'locked' : 'muted')] : []),
      seg('  '),
      seg(stars(sc.difficulty), locked ? 'locked' : 'warn'),
    ];
    if (showProgress) {
      const bestText = locked ? t.menu.locked : best?.best ? `${best.best.grade} ${best.best.score}` : '—';
      row.push(seg(`  ${padStart(bestText, bestW)}`, locked ? 'locked' : best?.best ? 'text' : 'muted'));
      row.push(seg(`  ${padStart(best ? String(best.attempts) : '0', triesW)}`, 'muted'));
    }
    top.push(fitLine(row, cols));
  }
  return { top, bottom: pad(top.length, bottom, rows) };
}

/** Pushes the bottom block to the last rows of the screen. */
export function pad(used: number, bottom: readonly Line[], rows: number): Line[] {
  const gap = Math.max(0, rows - used - bottom.length);
  return [...Array.from({ length: gap }, (): Line => []), ...bottom];
}
