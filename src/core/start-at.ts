// Starting a run somewhere other than the scenario's start (authors: `play --from/--set`) and
// carrying a run over to a new version of its scenario (watch mode). Pure, like the engine.
import { startRun, type RunOptions, type RunState } from './engine';
import type { Scenario } from './model';
import { pickLine, rulesFor } from './rules';

export interface StartPoint {
  /** The node to start at (absent: the scenario's start). */
  readonly node?: string;
  /** Stat values to start with; each is clamped to its declared range. */
  readonly stats?: Readonly<Record<string, number>>;
}

/** A value asked for outside its stat's range, and the value used instead. */
export interface Clamped {
  readonly stat: string;
  readonly asked: number;
  readonly value: number;
  readonly min: number;
  readonly max: number;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** The vitals the rules read for a state, to pick the say variant shown on arrival. */
function lineAt(scenario: Scenario, node: string, state: Pick<RunState, 'stats' | 'turn' | 'violations'>): number {
  const rules = rulesFor(scenario);
  const i = rules.nodeIndex.get(node);
  if (i === undefined) throw new Error(`scenario ${scenario.id} has no node "${node}"`);
  const v = rules.stats.map((s) => state.stats[s.name] ?? s.start);
  v.push(state.turn, state.violations.length, 0);
  return pickLine(rules.nodes[i]!, v, 0);
}

/**
 * A new run at `at.node` with `at.stats` (clamped, each clamp reported). The caller has checked
 * that the node and stats exist (the CLI names unknown ones with a suggestion); an unknown one
 * here is a programming error and throws.
 */
export function startAt(scenario: Scenario, options: RunOptions, at: StartPoint = {}): { state: RunState; clamped: Clamped[] } {
  const base = startRun(scenario, options);
  const clamped: Clamped[] = [];
  const stats: Record<string, number> = { ...base.stats };
  for (const [name, asked] of Object.entries(at.stats ?? {})) {
    const def = scenario.stats.find((s) => s.name === name);
    if (!def) throw new Error(`scenario ${scenario.id} has no stat "${name}"`);
    const value = clamp(Math.round(asked), def.min, def.max);
    if (value !== asked) clamped.push({ stat: name, asked, value, min: def.min, max: def.max });
    stats[name] = value;
  }
  const node = at.node ?? base.node!;
  const state = { ...base, node, stats };
  return { state: { ...state, line: lineAt(scenario, node, state) }, clamped };
}

/** The parts of a start point that still exist in (a new version of) the scenario. */
export function validStart(scenario: Scenario, at: StartPoint): StartPoint {
  const stats = Object.fromEntries(Object.entries(at.stats ?? {}).filter(([name]) => scenario.stats.some((s) => s.name === name)));
  return {
    ...(at.node !== undefined && scenario.nodes.has(at.node) && { node: at.node }),
    ...(Object.keys(stats).length > 0 && { stats }),
  };
}

export interface CarriedOver {
  readonly state: RunState;
  /** True: the run goes on at the node it stood at; false: it restarted. */
  readonly kept: boolean;
  /** The node the run stood at before (null: the call had ended). */
  readonly was: string | null;
}

/**
 * A run moved onto a new version of its scenario. When the node it stands at still exists, it
 * stays there with its stats (clamped to the new ranges; new stats at their start), turn count,
 * violations and turns so far; otherwise (the node is gone, or the call had ended) it restarts
 * at `restart` (the --from/--set start point, where it still applies).
 */
export function carryOver(scenario: Scenario, run: RunState, restart: StartPoint = {}): CarriedOver {
  const options = { lang: run.lang, mode: run.mode };
  const fresh = () => startAt(scenario, options, validStart(scenario, restart)).state;
  if (run.node === null || !scenario.nodes.has(run.node)) return { state: fresh(), kept: false, was: run.node };
  const base = startRun(scenario, options);
  const stats = Object.fromEntries(scenario.stats.map((def) => [def.name, clamp(run.stats[def.name] ?? base.stats[def.name]!, def.min, def.max)]));
  const state: RunState = { ...run, scenario: scenario.id, stats };
  return { state: { ...state, line: lineAt(scenario, run.node, state) }, kept: true, was: run.node };
}
