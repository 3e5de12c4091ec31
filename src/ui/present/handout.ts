// The session as a handout for the trainer to share (Markdown) and as data (JSON): each round's
// ending, score and grade, violations, the room's pick against the best option at every turn,
// the coach's notes, and with teams the ranking. Pure: the time comes from the caller.
import type { RunState } from '../../core/engine';
import type { Scenario } from '../../core/model';
import { scoreRun } from '../../core/score';
import type { Messages } from '../i18n';
import { optionLetter } from '../keys';
import { stars, sx, sx1 } from '../view/words';
import type { PresentMessages } from './messages';
import type { PresentState, Round } from './session';
import { teamResults } from './teams';

export const SESSION_FORMAT = 'callcraft-present-session';
export const SESSION_VERSION = 1;

interface Texts { readonly t: Messages; readonly p: PresentMessages }

const runOf = (round: Round): RunState => round.states.at(-1)!;

/** One line of Markdown table cell: pipes escaped, line breaks as spaces. */
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
/** Markdown's own characters in running text, so a scenario's words never become markup. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#])/g, '\\$1');

function replyText(scenario: Scenario, lang: string, node: string, id: string): string {
  return sx1(scenario, lang, scenario.nodes.get(node)?.replies.find((r) => r.id === id)?.text);
}

export function sessionJson(scenario: Scenario, state: PresentState, savedAt: string) {
  const lang = runOf(state.rounds[0]!).lang;
  const results = state.teams.length > 0 ? teamResults(scenario, state) : [];
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt,
    scenario: scenario.id,
    title: sx1(scenario, lang, scenario.title),
    lang,
    teams: [...state.teams],
    teamMode: state.teams.length > 0 ? state.mode : null,
    rounds: state.rounds.map((round) => {
      const run = runOf(round);
      const score = scoreRun(scenario, run);
      const ending = run.ending === null ? undefined : scenario.endings.get(run.ending);
      return {
        team: round.team === null ? null : state.teams[round.team]!,
        startedAt: new Date(round.startedAt).toISOString(),
        ending: run.ending,
        outcome: ending?.outcome ?? null,
        endingTitle: ending ? sx1(scenario, lang, ending.title) : null,
        score: score.total,
        grade: score.grade,
        breakdown: score.breakdown,
        stats: run.stats,
        violations: run.violations.map((v) => ({ turn: v.turn, kind: v.kind })),
        turns: round.picks.map((pick, i) => {
          const turn = run.turns[i]!;
          return {
            turn: pick.turn,
            team: pick.team === null ? null : state.teams[pick.team]!,
            node: turn.node,
            said: sx(scenario, lang, turn.said),
            offered: pick.offered.map((id, j) => ({ letter: optionLetter(j), id, text: replyText(scenario, lang, turn.node, id) })),
            pick: { letter: optionLetter(pick.offered.indexOf(pick.reply)), id: pick.reply },
            votes: pick.votes,
            tie: pick.tie,
            best: pick.judged.best.map((id) => ({ letter: optionLetter(pick.offered.indexOf(id)), id })),
            pickWasBest: pick.judged.best.includes(pick.reply),
            outlook: pick.judged.outlook,
            effects: turn.effects,
            stats: turn.stats,
            feedback: sx(scenario, lang, turn.feedback),
            violations: turn.violations.map((v) => v.kind),
          };
        }),
      };
    }),
    ranking: results.map((r) => ({ rank: r.rank, team: r.name, points: r.points, turns: r.turns, gains: r.gains, violations: r.violations, ...(r.call && { score: r.call.score, grade: r.call.grade }) })),
  };
}

/** `when`: the local time the session was saved, as the room reads a clock (save.ts handoutTime). */
export function sessionMarkdown(scenario: Scenario, state: PresentState, when: string, texts: Texts): string {
  const { t, p } = texts;
  const h = p.handout;
  const lang = runOf(state.rounds[0]!).lang;
  const out: string[] = [];
  out.push(`# ${md(h.title(sx1(scenario, lang, scenario.title)))}`, '');
  const c = h.colon;
  out.push(`- ${h.date}${c}${when}`);
  out.push(`- ${h.scenario}${c}\`${scenario.id}\` ${stars(scenario.difficulty)}`);
  out.push(`- ${h.language}${c}${h.languages[lang] ?? lang}`);
  if (state.teams.length > 0) {
    out.push(`- ${h.teams}${c}${p.list(state.teams.map(md))}`);
    out.push(`- ${h.mode}${c}${p.mode[state.mode].name}`);
  }
  out.push('');
  for (const round of state.rounds) {
    const run = runOf(round);
    const score = scoreRun(scenario, run);
    const ending = run.ending === null ? undefined : scenario.endings.get(run.ending);
    const team = round.team === null ? '' : ` — ${md(p.team(state.teams[round.team]!))}`;
    out.push(`## ${h.result}${team}`, '');
    out.push(ending ? `**${p.ending}${c.trim()}** ${t.outcome[ending.outcome]} — ${md(sx1(scenario, lang, ending.title))}` : `**${p.ending}${c.trim()}** ${p.unfinished}`, '');
    out.push(`**${p.scoreGrade(score.total, score.grade)}**`, '');
    if (run.violations.length === 0) out.push(p.noViolations, '');
    else {
      out.push(`**${p.violations}${c.trim()}**`, '');
      for (const v of run.violations) out.push(`- ${t.debrief.turnLabel(v.turn)}${c}${t.violation[v.kind].name}${h.aside(t.violation[v.kind].rule)}`);
      out.push('');
    }
    out.push(`### ${h.turnByTurn}`, '');
    if (round.picks.length === 0) out.push(p.noTurns, '');
    else {
      out.push(`| ${h.columns.join(' | ')} |`, `|${h.columns.map(() => '---').join('|')}|`);
      round.picks.forEach((pick, i) => {
        const turn = run.turns[i]!;
        const letter = (id: string) => optionLetter(pick.offered.indexOf(id));
        const total = pick.votes?.reduce((s, v) => s + v, 0) ?? 0;
        const votes = pick.votes ? p.byVote(pick.votes[pick.offered.indexOf(pick.reply)] ?? 0, total) + (pick.tie ? h.aside(p.tieBroken) : '') : '';
        const best = pick.judged.best.includes(pick.reply) ? p.same : pick.judged.best.map((id) => `${letter(id)}${c}${replyText(scenario, lang, turn.node, id)}`).join(' / ');
        out.push(`| ${[
          String(pick.turn), pick.team === null ? '' : state.teams[pick.team]!, sx1(scenario, lang, turn.said),
          `${letter(pick.reply)}${c}${replyText(scenario, lang, turn.node, pick.reply)}`, votes, best,
        ].map(cell).join(' | ')} |`);
      });
      out.push('');
      out.push(`### ${h.notes}`, '');
      round.picks.forEach((pick, i) => {
        const fb = sx(scenario, lang, run.turns[i]!.feedback);
        if (fb) out.push(`${pick.turn}. ${md(fb).replace(/\n+/g, ' ')}`);
      });
      out.push('');
    }
    const debrief = ending ? sx(scenario, lang, ending.debrief) : '';
    if (debrief) out.push(`### ${h.debrief}`, '', md(debrief), '');
  }
  if (state.teams.length > 0) {
    out.push(`## ${p.ranking}`, '');
    const results = teamResults(scenario, state).sort((a, b) => a.rank - b.rank || a.team - b.team);
    const several = results.filter((r) => r.rank === 1).length > 1;
    for (const r of results) {
      const what = r.call ? `${p.score} ${r.call.score}${h.aside(r.call.grade)}` : `${r.points} ${p.points}`;
      const win = r.rank === 1 ? ` — **★ ${several ? p.winners : p.winner}**` : '';
      out.push(`${r.rank}. ${md(p.team(r.name))}${c}${what}${h.comma}${p.violationCount(r.violations)}${win}`);
    }
    out.push('');
  }
  return out.join('\n');
}
