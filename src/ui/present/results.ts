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
import { centre } from './frame';
import type { Round } from './session';
import { letterSeg, type StageEnv } from './stage';
import type { TeamResult } from './teams';

function gainSegs(scenario: Scenario, env: StageEnv, lang: string, gains: Readonly<Record<string, number>>): Seg[] {
  return scenario.stats.flatMap((def, i) => {
    const d = gains[def.name] ?? 0;
    return [...(i > 0 ? [seg(' · ')] : []), kept(`${statLabel(scenario, lang, env.t, def)} ${delta(d)}`, d > 0 ? 'good' : d < 0 ? 'bad' : 'text')];
  });
}

/** One row per team: name, turns (or the call's score), gains, violations, points. */
export function boardLines(scenario: Scenario, results: readonly TeamResult[], lang: string, env: StageEnv, next: string | null, hidden: boolean): Line[] {
  const { p, frame } = env;
  const nameW = Math.max(...results.map((r) => width(p.team(r.name))));
  const out: Line[] = [centre([seg(p.boardTitle, 'title')], frame.inner), []];
  for (const r of [...results].sort((a, b) => a.team - b.team)) {
    const head: Seg[] = [seg(fit(p.team(r.name), nameW), 'title'), seg('   ')];
    const pts: Seg[] = hidden ? [] : [seg(`${padStart(String(r.points), 4)} ${p.points}`, 'title'), seg('   ')];
    const call: Seg[] = r.call ? [seg(r.call.played ? `${p.score} ${r.call.score} (${r.call.grade})` : p.notPlayed, 'text'), seg('   ')] : [seg(p.turnCount(r.turns)), seg('   ')];
    const tail: Seg[] = [...(hidden ? [] : gainSegs(scenario, env, lang, r.gains)), seg('   '), seg(p.violationCount(r.violations), r.violations > 0 ? 'bad' : 'text')];
    out.push(...wrapLine([...head, ...pts, ...call, ...tail], frame.inner, nameW + 3));
    if (frame.big) out.push([]);
  }
  if (next !== null) out.push([], centre([seg('▶ ', 'title'), seg(p.boardNext(next), 'selected')], frame.inner));
  return out;
}

/** The ranking: the winners first, marked "★ WINNER" in reverse video (not by colour alone). */
export function rankingLines(results: readonly TeamResult[], env: StageEnv, rounds: boolean): Line[] {
  const { p, frame } = env;
  const ranked = [...results].sort((a, b) => a.rank - b.rank || a.team - b.team);
  const several = ranked.filter((r) => r.rank === 1).length > 1;
  const nameW = Math.max(...ranked.map((r) => width(p.team(r.name))));
  const out: Line[] = [centre([seg(p.ranking, 'title')], frame.inner), []];
  for (const r of ranked) {
    const win = r.rank === 1;
    const what = rounds && r.call ? (r.call.played ? `${p.score} ${r.call.score} (${r.call.grade})` : p.notPlayed) : `${r.points} ${p.points}`;
    const line: Seg[] = [
      seg(`${r.rank}.`, 'title'), seg('  '), seg(fit(p.team(r.name), nameW), win ? 'selected' : 'title'), seg('   '),
      seg(what, 'title'), seg('   '), seg(p.violationCount(r.violations), r.violations > 0 ? 'bad' : 'text'),
      ...(win ? [seg('   '), seg(` ★ ${several ? p.winners : p.winner} `, 'violation')] : []),
    ];
    out.push(centre(line, frame.inner));
    if (frame.big) out.push([]);
  }
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
  out.push(centre([seg(p.endTitle, 'title'), ...(teamName ? [seg(' · '), seg(p.team(teamName), 'selected')] : [])], cols), []);
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
    if (same) {
      out.push(...wrapLine([...lead, ...pickSegs, ...marks, seg('  '), kept(p.same, 'good')], cols, hang));
    } else {
      out.push(...wrapLine([...lead, ...pickSegs, ...marks], cols, hang));
      if (best !== undefined) {
        const bi = pick.offered.indexOf(best);
        out.push(...wrapLine([seg(' '.repeat(hang)), kept(`★ ${p.vsBest}`, 'good'), seg(' '), letterSeg(bi), seg(' '), seg(offeredText(scenario, lang, turn.node, best))], cols, hang));
      }
    }
    if (frame.big) out.push([]);
  }
  return out;
}
