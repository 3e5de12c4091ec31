// What each team contributed, and the ranking. In rotation (teams take turns on one call) a team's
// points are its turns' rapport + willingness gains minus the violation penalties of its turns;
// in rounds (each team plays the whole call) a team's points are its call's score. Ties share
// a rank; the winners are everyone ranked first.
import type { RunState } from '../../core/engine';
import type { Scenario } from '../../core/model';
import { scoreRun, violationPenalty, type Grade } from '../../core/score';
import type { PresentState, Round } from './session';

export interface TeamResult {
  readonly team: number;
  readonly name: string;
  readonly turns: number;
  /** Stat → the sum of the changes its turns made. */
  readonly gains: Readonly<Record<string, number>>;
  readonly violations: number;
  readonly points: number;
  /** Rounds mode: the team's own call. */
  readonly call?: { readonly score: number; readonly grade: Grade; readonly ending: string | null; readonly played: boolean };
  /** 1 for the winners; teams with equal points share a rank. */
  readonly rank: number;
}

const runOf = (round: Round): RunState => round.states.at(-1)!;

export function teamResults(scenario: Scenario, state: Pick<PresentState, 'teams' | 'mode' | 'rounds'>): TeamResult[] {
  const results = state.teams.map((name, team) => {
    const gains: Record<string, number> = Object.fromEntries(scenario.stats.map((s) => [s.name, 0]));
    let turns = 0;
    let violations = 0;
    let penalty = 0;
    for (const round of state.rounds) {
      const run = runOf(round);
      round.picks.forEach((pick, i) => {
        if (pick.team !== team) return;
        const turn = run.turns[i]!;
        turns++;
        for (const [stat, d] of Object.entries(turn.effects)) gains[stat] = (gains[stat] ?? 0) + d;
        violations += turn.violations.length;
        penalty += turn.violations.reduce((s, v) => s + violationPenalty(v.kind), 0);
      });
    }
    const round = state.mode === 'rounds' ? state.rounds.find((r) => r.team === team) : undefined;
    const score = round ? scoreRun(scenario, runOf(round)) : null;
    const points = state.mode === 'rounds' ? score?.total ?? 0 : (gains.rapport ?? 0) + (gains.willingness ?? 0) - penalty;
    return {
      team, name, turns, gains, violations, points,
      ...(state.mode === 'rounds' && {
        call: { score: score?.total ?? 0, grade: score?.grade ?? 'F', ending: round ? runOf(round).ending : null, played: round !== undefined && round.picks.length > 0 },
      }),
    };
  });
  const order = (a: Omit<TeamResult, 'rank'>, b: Omit<TeamResult, 'rank'>) => b.points - a.points || a.violations - b.violations;
  const sorted = [...results].sort((a, b) => order(a, b) || a.team - b.team);
  return sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((o) => order(o, r) < 0).length }));
}

export const winners = (results: readonly TeamResult[]): TeamResult[] => results.filter((r) => r.rank === 1);
