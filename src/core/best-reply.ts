// "The best option" at a point of a call, for trainer mode's end screen and "why the others were
// weaker": a reply that is not a violation first; then each offered reply is judged by the best
// final score still reachable after it (a depth-limited search of the replies that follow, the
// explorer's idea applied from the current state rather than the start), then by its immediate
// rapport + willingness change. A call still unfinished at the search's horizon counts with the score of
// where it stands (no outcome points), so a reply that only delays is never rated above one that
// ends well. Pure: engine moves only.
import { chooseReply, offeredReplies, replyViolation, type RunState } from './engine';
import type { Reply, Scenario } from './model';
import { scoreRun } from './score';

export interface ReplyOutlook {
  readonly reply: string;
  /** The best score reachable after this reply (0..100). */
  readonly bestScore: number;
  /** rapport + willingness change this reply makes now. */
  readonly gain: number;
  readonly violation: boolean;
}

export interface BestReplies {
  /** Every offered reply, in offered order. */
  readonly outlook: readonly ReplyOutlook[];
  /** The reply ids rated best (more than one when they tie on every measure). */
  readonly best: readonly string[];
  /** False when the search stopped at its horizon or budget somewhere. */
  readonly exhaustive: boolean;
}

export interface LookaheadOptions {
  /** Replies searched beyond the one judged. */
  readonly horizon?: number;
  /** States expanded at most, over the whole judgement. */
  readonly budget?: number;
}

const DEFAULT_HORIZON = 14;
const DEFAULT_BUDGET = 40_000;

function keyOf(state: RunState): string {
  const stats = Object.values(state.stats).join(',');
  return `${state.node}|${state.line}|${stats}|${state.turn}|${state.violations.map((v) => v.kind).join(',')}`;
}

const gainOf = (effects: Readonly<Record<string, number>>) => (effects.rapport ?? 0) + (effects.willingness ?? 0);

/** Judges the replies offered at `state` (none when the call has ended). */
export function bestReplies(scenario: Scenario, state: RunState, options: LookaheadOptions = {}): BestReplies {
  const horizon = options.horizon ?? DEFAULT_HORIZON;
  let budget = options.budget ?? DEFAULT_BUDGET;
  let exhaustive = true;
  const memo = new Map<string, number>();

  const value = (s: RunState, depth: number): number => {
    if (s.ending !== null) return scoreRun(scenario, s).total;
    const offered = offeredReplies(scenario, s);
    if (depth >= horizon || budget <= 0 || offered.length === 0) {
      if (offered.length > 0) exhaustive = false;
      return scoreRun(scenario, s).total;
    }
    const key = keyOf(s);
    const known = memo.get(key);
    if (known !== undefined) return known;
    budget--;
    let best = -Infinity;
    for (const r of offered) best = Math.max(best, value(chooseReply(scenario, s, r.id).state, depth + 1));
    memo.set(key, best);
    return best;
  };

  const outlook: ReplyOutlook[] = offeredReplies(scenario, state).map((r: Reply) => {
    const next = chooseReply(scenario, state, r.id);
    return { reply: r.id, bestScore: value(next.state, 0), gain: gainOf(next.events.effects), violation: replyViolation(r) !== undefined };
  });
  // A violation is never taught as the best option while a reply without one is offered: the
  // scores can tie (both floored at 0 after an earlier fault) and a violation's gain then won.
  const better = (a: ReplyOutlook, b: ReplyOutlook) =>
    Number(b.violation) - Number(a.violation) || a.bestScore - b.bestScore || a.gain - b.gain;
  const top = outlook.reduce<ReplyOutlook | null>((m, o) => (m === null || better(o, m) > 0 ? o : m), null);
  const best = top === null ? [] : outlook.filter((o) => better(o, top) === 0).map((o) => o.reply);
  return { outlook, best, exhaustive };
}
