// The briefing: who the debtor is, the account, the goal, and the mode to play in.
import { MODES } from '../../core/engine';
import type { Scenario } from '../../core/model';
import { scenarioLanguage } from '../../core/text';
import { header, keyHelpLine, labelled } from '../components/parts';
import { fitLine, rule, seg, type Line } from '../layout/lines';
import { fit, width } from '../layout/text';
import type { Messages } from '../i18n';
import type { AppState } from '../state/app';
import { formatAmount, stars, sx, sx1 } from '../view/words';
import { pad } from './menu';
import type { ScreenView, ViewEnv } from './types';

export function accountText(scenario: Scenario, lang: string, t: Messages): string {
  const a = scenario.account;
  if (!a) return '';
  const parts: string[] = [];
  if (a.amount !== undefined) parts.push(formatAmount(a.amount, a.currency, lang));
  if (a.days_overdue !== undefined) parts.push(t.briefing.daysOverdue(a.days_overdue));
  const product = sx1(scenario, lang, a.product);
  if (product) parts.push(product);
  const creditor = sx1(scenario, lang, a.creditor);
  if (creditor) parts.push(creditor);
  return parts.join(' · ');
}

/** The scrollable part: debtor, account, briefing and goal, each with its label. */
export function briefingBody(scenario: Scenario, lang: string, t: Messages, cols: number): Line[] {
  const labels = [t.briefing.debtor, t.briefing.account, t.briefing.briefing, t.briefing.goal];
  const labelW = Math.min(12, Math.max(...labels.map(width)));
  const inner = cols - 1;
  const out: Line[] = [];
  const add = (label: string, text: string, role: 'text' | 'title' = 'text') => {
    if (!text) return;
    if (out.length > 0) out.push([]);
    out.push(...labelled(label, [seg(text, role)], inner, labelW).map((l) => [seg(' '), ...l]));
  };
  // A scenario without a debtor name says only what it has (never "Debtor  Debtor").
  const name = sx1(scenario, lang, scenario.debtor?.name);
  const profile = sx(scenario, lang, scenario.debtor?.profile);
  add(t.briefing.debtor, [name, profile].filter(Boolean).join('\n'));
  add(t.briefing.account, accountText(scenario, lang, t));
  add(t.briefing.briefing, sx(scenario, lang, scenario.briefing));
  add(t.briefing.goal, sx(scenario, lang, scenario.goal));
  return out;
}

export function briefingScreen(scenario: Scenario, state: AppState & { screen: { kind: 'briefing' } }, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const lang = scenarioLanguage(scenario.languages, env.lang);
  const top: Line[] = header([seg(sx1(scenario, lang, scenario.title), 'title')], [seg(stars(scenario.difficulty), 'warn')], cols);

  const nameW = Math.max(...MODES.map((m) => width(t.mode[m].name)));
  const modeLines: Line[] = [rule(cols)];
  for (const [i, m] of MODES.entries()) {
    const sel = m === state.mode;
    modeLines.push(fitLine([
      seg(i === 0 ? ` ${fit(t.briefing.mode, 6)}` : ` ${' '.repeat(6)}`, 'title'),
      seg(sel ? ' ▸ ' : '   ', sel ? 'selected' : 'text'),
      seg(fit(t.mode[m].name, nameW), sel ? 'selected' : 'text'),
      seg(`  ${t.mode[m].blurb}`, sel ? 'text' : 'muted'),
    ], cols));
  }
  const bottom: Line[] = [...modeLines, keyHelpLine('briefing', t, cols)];

  const body = briefingBody(scenario, lang, t, cols);
  const room = Math.max(1, rows - top.length - bottom.length);
  const maxScroll = Math.max(0, body.length - room);
  const scroll = Math.min(state.screen.scroll, maxScroll);
  const shown = body.slice(scroll, scroll + room);
  if (maxScroll > 0 && scroll < maxScroll && shown.length > 0) {
    shown[shown.length - 1] = fitLine([seg(' '), seg(`↓ PgDn`, 'muted')], cols);
  }
  top.push(...shown);
  return { top, bottom: pad(top.length, bottom, rows), bounds: { maxScroll, page: room } };
}
