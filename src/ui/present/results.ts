// After turns and rounds: the scoreboard (each team's contribution), the end screen (the room's
// path against the best option, the ending, score, grade and violations) and the final ranking
// with the winners marked by a word and a star as well as by emphasis.
import type { RunState } from '../../core/engine';
import type { Scenario } from '../../core/model';
import { scoreRun } from '../../core/score';
import { kept, seg, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, padStart, width } from '../layout/text';
import { outcomeRole, violationSegs } from '../screens/call';
import { delta, OUTCOME_MARK, statLabel, sx, sx1 } from '../view/words';
import { centre, tableLines, tableWidth, type Cell } from './frame';
import type { Round } from './session';
import { letterSeg, type StageEnv } from './stage';
import type { TeamResult } from './teams';

function gainCells(scenario: Scenario, env: StageEnv, lang: string, gains: Readonly<Record<string, number>>): Cell[] {
  return scenario.stats.map((def) => {
    const d = gains[def.name] ?? 0;
    return { segs: [seg(`${statLabel(scenario, lang, env.t, def)} ${delta(d)}`, d > 0 ? 'good' : d < 0 ? 'bad' : 'text')] };
  });
}

/** Points as the room reads them: a true minus sign, as the stat changes show it. */
const pointsText = (n: number) => (n < 0 ? `−${-n}` : String(n));

/**
 * One row per team, as an aligned table: name, points, turns (rotation) or the call's score
 * (rounds, where the points are that score), each stat's gain, violations. When the gains do not
 * fit the width they give way: the points already sum them.
 */
export function boardLines(scenario: Scenario, results: readonly TeamResult[], lang: string, env: StageEnv, next: string | null, hidden: boolean): Line[] {
  const { p, frame } = env;
  const out: Line[] = [centre([seg(p.boardTitle, 'title')], frame.inner), []];
  const rows = (withGains: boolean) => [...results].sort((a, b) => a.team - b.team).map((r): Cell[] => {
    const name: Cell = { segs: [seg(p.team(r.name), 'title')] };
    const violations: Cell = { segs: [seg(p.violationCount(r.violations), r.violations > 0 ? 'bad' : 'text')] };
    if (r.call) {
      const call: Cell = { segs: [seg(!r.call.played ? p.notPlayed : hidden ? '' : `${p.score} ${r.call.score} (${r.call.grade})`, 'title')] };
      return [name, call, ...(withGains && !hidden ? gainCells(scenario, env, lang, r.gains) : []), violations];
    }
    const points: Cell[] = hidden ? [] : [{ segs: [seg(`${pointsText(r.points)} ${p.points}`, 'title')], right: true }];
    return [name, ...points, { segs: [seg(p.turnCount(r.turns))] }, ...(withGains && !hidden ? gainCells(scenario, env, lang, r.gains) : []), violations];
  });
  const table = tableWidth(rows(true)) <= frame.inner ? rows(true) : rows(false);
  for (const l of tableLines(table, frame.inner)) out.push(l, ...(frame.big ? [[] as Line] : []));
  if (next !== null) out.push([], centre([seg('▶ ', 'title'), seg(p.boardNext(next), 'selected')], frame.inner));
  return out;
}

/** The ranking: the winners first, marked "★ WINNER" in reverse video (not by colour alone). */
export function rankingLines(results: readonly TeamResult[], env: StageEnv, rounds: boolean): Line[] {
  const { p, frame } = env;
  const ranked = [...results].sort((a, b) => a.rank - b.rank || a.team - b.team);
  const several = ranked.filter((r) => r.rank === 1).length > 1;
  const out: Line[] = [centre([seg(p.ranking, 'title')], frame.inner), []];
  const rows = ranked.map((r): Cell[] => {
    const win = r.rank === 1;
    const what = rounds && r.call ? (r.call.played ? `${p.score} ${r.call.score} (${r.call.grade})` : p.notPlayed) : `${pointsText(r.points)} ${p.points}`;
    return [
      { segs: [seg(`${r.rank}.`, 'title')], right: true }, { segs: [seg(p.team(r.name), win ? 'selected' : 'title')] },
      { segs: [seg(what, 'title')], right: !rounds }, { segs: [seg(p.violationCount(r.violations), r.violations > 0 ? 'bad' : 'text')] },
      ...(win ? [{ segs: [seg(` ★ ${several ? p.winners : p.winner} `, 'violation')] }] : []),
    ];
  });
  for (const l of tableLines(rows, frame.inner)) out.push(l, ...(frame.big ? [[] as Line] : []));
  return out;
}

function offeredText(scenario: Scenario, lang: string, node: string, id: string): string {
  return sx(scenario, lang, scenario.nodes.get(node)?.replies.find((r) => r.id === id)?.text);
}

/** The end of a round: the ending, score and grade, violations, and each turn's pick against the best. */
export function endLines(scenario: Scenario, round: Round, teamName: string | null, teamNames: readonly string[], env: StageEnv): Line[] {
  const { t, p, frame } = env;
  const cols = frame.inner;
  const run: RunState = round.states.at(-1)!;
  const lang = run.lang;
  const score = scoreRun(scenario, run);
  const out: Line[] = [];
  // In rounds each team's call ends on its own: the title says which round this was.
  const title = teamName !== null && round.team !== null ? p.roundResult(round.team + 1, teamNames.length) : p.endTitle;
  out.push(centre([seg(title, 'title'), ...(teamName ? [seg(' · '), seg(p.team(teamName), 'selected')] : [])], cols), []);
  const ending = run.ending === null ? undefined : scenario.endings.get(run.ending);
  if (ending) {
    out.push(...wrapLine([seg(`${p.ending}  `, 'title'), seg(`${OUTCOME_MARK[ending.outcome]} ${t.outcome[ending.outcome]}`, outcomeRole(ending.outcome)), seg(' — '), seg(sx1(scenario, lang, ending.title), 'title')], cols, 2));
  } else out.push([seg(`${p.ending}  `, 'title'), seg(`${OUTCOME_MARK.unfinished} ${p.unfinished}`, 'warn')]);
  out.push([seg(p.scoreGrade(score.total, score.grade), 'accent')]);
  if (ending) {
    const debrief = sx(scenario, lang, ending.debrief);
    if (debrief) out.push(...wrapLine([seg(debrief)], cols));
  }
  out.push([]);
  if (run.violations.length === 0) out.push([seg(p.noViolations, 'good')]);
  for (const v of run.violations) out.push(...wrapLine([seg(`${t.debrief.turnLabel(v.turn)}  `, 'title'), ...violationSegs(t, v.kind, v.phrase)], cols, 2));
  out.push([], [seg(p.path, 'title')]);
  if (round.picks.length === 0) out.push([seg(p.noTurns)]);
  const turnW = Math.max(...round.picks.map((x) => width(t.debrief.turnLabel(x.turn))), 0);
  const teamW = Math.max(0, ...round.picks.map((x) => (x.team === null ? 0 : width(teamNames[x.team] ?? ''))));
  for (const [i, pick] of round.picks.entries()) {
    const turn = run.turns[i]!;
    const letter = pick.offered.indexOf(pick.reply);
    const same = pick.judged.best.includes(pick.reply);
    const best = pick.judged.best[0];
    const lead: Seg[] = [seg(fit(t.debrief.turnLabel(pick.turn), turnW), 'title'), seg('  '), ...(teamW > 0 ? [seg(fit(pick.team === null ? '' : teamNames[pick.team]!, teamW), 'title'), seg('  ')] : [])];
    const hang = lead.reduce((s, x) => s + width(x.text), 0);
    const pickSegs: Seg[] = [letterSeg(letter), seg(' '), seg(offeredText(scenario, lang, turn.node, pick.reply))];
    const marks: Seg[] = turn.violations.map((v) => seg(`  ⚠ ${t.violation[v.kind].name}`, 'bad'));
    // Text wraps under its own first word; the best option's letter stands under the pick's.
    const textAt = hang + width(letterSeg(letter).text) + 1;
    if (same) {
      out.push(...wrapLine([...lead, ...pickSegs, ...marks, seg('  '), kept(p.same, 'good')], cols, textAt));
    } else {
      out.push(...wrapLine([...lead, ...pickSegs, ...marks], cols, textAt));
      if (best !== undefined) {
        const bi = pick.offered.indexOf(best);
        const label = `★ ${p.vsBest}`;
        const head: Seg[] = width(label) + 2 <= hang ? [seg(padStart(label, hang - 2), 'good'), seg('  ')] : [seg(' '.repeat(hang)), kept(label, 'good'), seg(' ')];
        const bestAt = head.reduce((n, x) => n + width(x.text), 0) + width(letterSeg(bi).text) + 1;
        out.push(...wrapLine([...head, letterSeg(bi), seg(' '), seg(offeredText(scenario, lang, turn.node, best))], cols, bestAt));
      }
    }
    if (frame.big) out.push([]);
  }
  return out;
}
