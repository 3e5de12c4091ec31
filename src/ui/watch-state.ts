// Watch mode in the app's reducer: a new version of the watched file replaces the scenario, and
// the call goes on where it stood (the core's carryOver decides what is kept); a version with
// errors puts its problems on screen until a good one arrives. Pure, like the rest of state/.
import type { LoadedScenario } from '../content/load';
import type { Problem } from '../content/problem';
import { carryOver, startAt, validStart, type Clamped, type StartPoint } from '../core/start-at';
import { scenarioLanguage } from '../core/text';
import { newCall } from './state/call';
import type { AppState } from './state/app';

export interface WatchState {
  /** The newest good version of the watched file (null until one has loaded). */
  readonly loaded: LoadedScenario | null;
  /** The newest version's errors while it has them, else null. */
  readonly problems: readonly Problem[] | null;
  /** How far the problem list is scrolled. */
  readonly scroll: number;
}

/** A one-line note above the screen until the next key. */
export type Banner =
  | { readonly kind: 'kept'; readonly node: string }
  | { readonly kind: 'gone'; readonly node: string }
  | { readonly kind: 'ended' }
  | { readonly kind: 'loaded' }
  | { readonly kind: 'clamped'; readonly items: readonly Clamped[] }
  /** --from / --set names the first good version lacks (a file broken at start was not checked). */
  | { readonly kind: 'ignored'; readonly node?: string; readonly stats: readonly string[] };

/** What a watcher reports: a version that loads, or the problems of one that does not. */
export type WatchEvent =
  | { readonly ok: true; readonly loaded: LoadedScenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface WatchFeed {
  subscribe(listener: (event: WatchEvent) => void): () => void;
}

export function withProblems(state: AppState, problems: readonly Problem[]): AppState {
  const watch: WatchState = { loaded: state.watch?.loaded ?? null, problems, scroll: 0 };
  return { ...state, watch, banner: null };
}

/**
 * A file broken when watch mode began could not check --from and --set; the first version that
 * loads does, and a name it lacks is said (the call then starts without it), never dropped silently.
 */
function uncheckedStart(scenario: LoadedScenario['scenario'], start: StartPoint): Banner | null {
  const node = start.node !== undefined && !scenario.nodes.has(start.node) ? start.node : undefined;
  const stats = Object.keys(start.stats ?? {}).filter((name) => !scenario.stats.some((st) => st.name === name));
  if (node !== undefined || stats.length > 0) return { kind: 'ignored', ...(node !== undefined && { node }), stats };
  // A value outside its stat's range is clamped, with the note a file that loaded at once gets.
  const { clamped } = startAt(scenario, { lang: scenarioLanguage(scenario.languages, 'en'), mode: 'practice' }, start);
  return clamped.length > 0 ? { kind: 'clamped', items: clamped } : null;
}

/** The app after a good reload; `start` is the --from/--set start point. */
export function reloaded(state: AppState, loaded: LoadedScenario, start: StartPoint, at: number): AppState {
  const before = state.watch?.loaded?.scenario.id ?? null;
  const id = loaded.scenario.id;
  const scenario = loaded.scenario;
  const next: AppState = { ...state, watch: { loaded, problems: null, scroll: 0 }, banner: { kind: 'loaded' } };
  const s = state.screen;
  const fresh = (banner: Banner): AppState => {
    const mode = s.kind === 'call' ? s.call.run.mode : state.mode;
    const call = newCall(scenario, { lang: scenarioLanguage(scenario.languages, state.lang), mode }, at, validStart(scenario, start));
    return { ...next, seq: next.seq + 1, screen: { kind: 'call', scenario: id, seq: next.seq + 1, call }, banner };
  };
  if (before === null) return { ...next, screen: { kind: 'briefing', scenario: id, scroll: 0 }, banner: uncheckedStart(scenario, start) ?? next.banner };
  if (s.kind === 'briefing' && s.scenario === before) return { ...next, screen: { ...s, scenario: id } };
  if (s.kind === 'debrief' && s.scenario === before) return fresh({ kind: 'ended' });
  if (s.kind !== 'call' || s.scenario !== before) return next;
  const carried = carryOver(scenario, s.call.run, start);
  if (!carried.kept) return fresh(carried.was === null ? { kind: 'ended' } : { kind: 'gone', node: carried.was });
  // The same node: the draft and the log stay as they were; the replies may have changed.
  return { ...next, screen: { ...s, scenario: id, call: { ...s.call, run: carried.state, cursor: 0 } }, banner: { kind: 'kept', node: carried.was! } };
}
