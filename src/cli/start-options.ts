// `play --from <node>` and `--set name=value,…`: where an author's run starts. Checked against
// the scenario here, so a typo is a one-line usage error with a suggestion (exit 2).
import type { Scenario } from '../core/model';
import { sanitizeLine } from '../core/sanitize';
import type { Clamped, StartPoint } from '../core/start-at';
import { CliError } from './exit';
import { closest } from './suggest';

const q = (s: string) => `"${sanitizeLine(s)}"`;
const didYouMean = (word: string, candidates: readonly string[]) => {
  const guess = closest(word, candidates);
  return guess === undefined ? '' : `; did you mean ${q(guess)}?`;
};
const listed = (what: string, names: readonly string[]) => {
  const shown = names.slice(0, 12).map(sanitizeLine).join(', ');
  return ` (${what}: ${shown}${names.length > 12 ? ', …' : ''})`;
};

/** `rapport=60,willingness=20` as name → value; a malformed pair or a repeated name is a usage error. */
export function parseSet(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const raw of text.split(',')) {
    const pair = raw.trim();
    if (pair === '') continue;
    const m = /^([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(-?\d+)$/.exec(pair);
    if (!m) {
      const hint = /^[^=]+=\s*-?\d+[.,]\d+$/.test(pair) ? 'stats are whole numbers' : 'write NAME=NUMBER, e.g. --set rapport=60,willingness=20';
      throw new CliError(`--set: ${q(pair)} is not a stat and a whole number; ${hint}`);
    }
    if (Object.hasOwn(out, m[1]!)) throw new CliError(`--set: ${q(m[1]!)} is given twice`);
    out[m[1]!] = Number(m[2]);
  }
  if (Object.keys(out).length === 0) throw new CliError('--set: no values given; write NAME=NUMBER, e.g. --set rapport=60,willingness=20');
  return out;
}

/** The start point the options ask for, checked against the scenario. */
export function checkStart(scenario: Scenario, options: { from?: string; set?: Readonly<Record<string, number>> }): StartPoint {
  const { from, set } = options;
  const nodes = [...scenario.nodes.keys()];
  if (from !== undefined && !scenario.nodes.has(from)) {
    if (scenario.endings.has(from)) throw new CliError(`--from: ${q(from)} is an ending, not a node; a call starts at a node${listed('nodes', nodes)}`);
    throw new CliError(`--from: scenario ${q(scenario.id)} has no node ${q(from)}${didYouMean(from, nodes) || listed('nodes', nodes)}`);
  }
  const stats = scenario.stats.map((s) => s.name);
  for (const name of Object.keys(set ?? {})) {
    if (name === 'turn' || name === 'violations') throw new CliError(`--set: ${q(name)} is counted by the game, not a stat that can be set${listed('stats', stats)}`);
    if (!stats.includes(name)) throw new CliError(`--set: scenario ${q(scenario.id)} has no stat ${q(name)}${didYouMean(name, stats) || listed('stats', stats)}`);
  }
  return { ...(from !== undefined && { node: from }), ...(set !== undefined && { stats: set }) };
}

/** The note for values moved into their stat's range. */
export function clampNote(c: Clamped): string {
  return `--set ${sanitizeLine(c.stat)}=${c.asked} is outside its range ${c.min}–${c.max}; starting at ${c.value}`;
}
