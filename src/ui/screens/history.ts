// The history list: the current player's saved runs, newest first, each with when it ended, the
// scenario, and how it went (abandoned runs marked). Enter opens the replay.
import { sanitizeLine } from '../../core/sanitize';
import { header, keyHelpLine } from '../components/parts';
import { fitLine, rule, seg, type Line, type Seg } from '../layout/lines';
import { fit, padStart, width } from '../layout/text';
import type { AppContext, AppState } from '../state/app';
import type { HistoryScreen } from '../state/history';
import type { HistoryRow } from '../progress';
import { OUTCOME_MARK, sx1 } from '../view/words';
import { scenarioLanguage } from '../../core/text';
import { outcomeRole } from './call';
import { noticeText, pad } from './menu';
import type { ScreenView, ViewEnv } from './types';

const two = (n: number) => String(n).padStart(2, '0');

/** A saved time as the player's clock shows it: 2025-03-01 09:04. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return sanitizeLine(iso).slice(0, 16);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function resultSegs(row: HistoryRow, t: ViewEnv['t'], w: number): Seg[] {
  if (row.abandoned) return [seg(padStart(`${OUTCOME_MARK.unfinished} ${t.history.abandoned}`, w), 'muted')];
  const mark = row.outcome === null ? OUTCOME_MARK.unfinished : OUTCOME_MARK[row.outcome];
  return [seg(padStart(`${mark} ${row.grade} ${padStart(String(row.score), 3)}`, w), row.outcome === null ? 'muted' : outcomeRole(row.outcome))];
}

/** The scenario's title in the language on screen while it is in the library; else as saved. */
function titleOf(ctx: AppContext, row: HistoryRow, lang: string): string {
  const sc = ctx.scenarios.get(row.scenario)?.scenario;
  return sc ? sx1(sc, scenarioLanguage(sc.languages, lang), sc.title) : row.title;
}

export function historyScreen(ctx: AppContext, state: AppState, s: HistoryScreen, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const list = ctx.progress.history;
  const player = ctx.progress.player ?? '';
  const top: Line[] = header([seg(t.app.name, 'accent'), seg(' · '), seg(t.history.title, 'title')],
    [seg(t.menu.player(sanitizeLine(player)), 'you'), seg(` · ${t.history.count(list.length)}`, 'muted')], cols);
  const bottom: Line[] = [rule(cols)];
  if (state.notice) bottom.push(fitLine([seg(' '), seg(noticeText(t, state.notice), 'warn')], cols));
  bottom.push(keyHelpLine('history', t, cols));

  if (list.length === 0) {
    top.push(fitLine([seg('   '), seg(t.history.empty, 'muted')], cols));
    return { top, bottom: pad(top.length, bottom, rows) };
  }
  const whenW = 16;
  const resultW = Math.max(9, width(`${OUTCOME_MARK.unfinished} ${t.history.abandoned}`));
  const titleW = Math.max(8, cols - 3 - whenW - 2 - 2 - resultW - 1);
  top.push(fitLine([seg('   '), seg(fit(t.history.when, whenW), 'muted'), seg('  '), seg(fit(t.history.scenario, titleW), 'muted'), seg('  '), seg(padStart(t.history.result, resultW), 'muted')], cols));
  const room = Math.max(1, rows - top.length - bottom.length);
  const start = Math.max(0, Math.min(s.cursor - Math.floor(room / 2), list.length - room));
  for (let i = start; i < Math.min(list.length, start + room); i++) {
    const row = list[i]!;
    const sel = i === s.cursor;
    const line: Seg[] = [
      seg(sel ? ' ▸ ' : '   ', sel ? 'selected' : 'text'),
      seg(localTime(row.finishedAt), sel ? 'selected' : 'muted'), seg('  '),
      seg(fit(titleOf(ctx, row, env.lang), titleW), sel ? 'selected' : row.abandoned ? 'muted' : 'text'), seg('  '),
      ...resultSegs(row, t, resultW),
    ];
    top.push(fitLine(line, cols));
  }
  return { top, bottom: pad(top.length, bottom, rows), bounds: { maxScroll: Math.max(0, list.length - 1), page: room } };
}

