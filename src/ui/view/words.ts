// Scenario text as screens show it: in the run's language, sanitised (a scenario file must never
// drive the terminal), and the small formatting shared by every screen.
import type { Scenario, StatDef } from '../../core/model';
import { sanitize, sanitizeLine } from '../../core/sanitize';
import { textIn, type Text } from '../../core/text';
import type { Messages } from '../i18n';

/** Scenario text in `lang` (the scenario's own fallbacks apply), safe to print. */
export function sx(scenario: Scenario, lang: string, text: Text | undefined): string {
  return sanitize(textIn(text, lang, scenario.languages)).trim();
}

/** Like sx, on one line (menus, titles, names). */
export function sx1(scenario: Scenario, lang: string, text: Text | undefined): string {
  return sanitizeLine(textIn(text, lang, scenario.languages)).trim();
}

export function statLabel(scenario: Scenario, lang: string, t: Messages, def: StatDef): string {
  if (def.label !== undefined) return sx1(scenario, lang, def.label) || def.name;
  return t.stat[def.name] ?? def.name;
}

export function debtorName(scenario: Scenario, lang: string, t: Messages): string {
  return sx1(scenario, lang, scenario.debtor?.name) || t.call.debtor;
}

export function stars(difficulty: number): string {
  const n = Math.max(0, Math.min(5, Math.round(difficulty)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}

/** An amount with its currency, in the interface language's number format. */
export function formatAmount(amount: number, currency: string | undefined, lang: string): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const code = currency === undefined ? undefined : sanitizeLine(currency).trim();
  if (code && /^[A-Za-z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code.toUpperCase(), maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);
    } catch {
      // Not a currency Intl knows: fall through to the plain form.
    }
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  return code ? `${code} ${number}` : number;
}

/** A signed change, with an arrow so it reads without colour: "▲ +10", "▼ −15". */
export function delta(n: number): string {
  if (n > 0) return `▲ +${n}`;
  if (n < 0) return `▼ −${Math.abs(n)}`;
  return '= 0';
}

export const OUTCOME_MARK = { success: '✓', partial: '◐', failure: '✗', unfinished: '…' } as const;
