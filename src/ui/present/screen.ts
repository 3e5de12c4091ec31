// Which trainer-mode screen shows now, as lines of exactly the terminal's size: the picker, the
// team mode, a turn, the scoreboard, a round's end, the ranking, or the keys.
import type { Messages } from '../i18n';
import { keyHelp, type KeyContext } from '../keys';
import { clampLines, kept, seg, wrapLine, type Line, type Seg } from '../layout/lines';
import { fit, width } from '../layout/text';
import { enlargeScreen } from '../screens/help';
import { MIN_COLS, MIN_ROWS } from '../screens/types';
import { stars, sx1 } from '../view/words';
import { bodyRows, centre, compose, frameOf, presentKeyLines, tableLines, type Cell, type KeyLineOptions } from './frame';
import type { PresentMessages } from './messages';
import { boardLines, endLines, rankingLines } from './results';
import {
  currentRound, currentRun, hasTeams, playLanguage, keyContext, letterCount, loadedOf, teamOnTurn, TEAM_MODES,
  type PresentContext, type PresentState,
} from './session';
import { stageBody } from './stage';
import { teamResults } from './teams';

export interface PresentShown {
  readonly lines: readonly Line[];
  readonly context: KeyContext;
  /** Options lettered on screen (for the key table). */
  readonly letters: number;
}

const HELP_CONTEXTS = [
  'present-pick', 'present-mode', 'present-line', 'present-options', 'present-tally', 'present-tie',
  'present-feedback', 'present-board', 'present-end', 'present-final',
] as const;

function helpLines(t: Messages, p: PresentMessages, cols: number): Line[] {
  const placeW = Math.max(...HELP_CONTEXTS.map((c) => width(p.keyPlaces[c])));
  const out: Line[] = [centre([seg(p.keysTitle, 'title')], cols), []];
  for (const c of HELP_CONTEXTS) {
    const keys = keyHelp(c).flatMap((e, i): Seg[] => [...(i > 0 ? [seg('   ')] : []), kept(e.keys, 'key'), kept(` ${t.key[e.label]}`, 'text')]);
    out.push(...wrapLine([seg(fit(p.keyPlaces[c], placeW), 'title'), seg('   '), ...keys], cols, placeW + 3));
  }
  out.push([], [seg(p.always, 'text')]);
  return out;
}

/** A scrolled body: the lines from `scroll`, with a marker when more follow. */
function scrolledBody(lines: readonly Line[], scroll: number, rows: number, p: PresentMessages): Line[] {
  if (lines.length <= rows) return [...lines];
  const at = Math.min(scroll, lines.length - rows + 1);
  const shown = lines.slice(at, at + rows - 1);
  const rest = lines.length - at - shown.length;
  return [...shown, rest > 0 ? [seg(p.more(rest), 'key')] : []];
}

/**
 * `size`: the rows and columns the screen may draw in; `terminal`: the terminal's own size (a row
 * more, which Ink keeps free), the one the minimum is about and the one a trainer sees named.
 */
export function presentScreen(ctx: PresentContext, state: PresentState, t: Messages, p: PresentMessages, size: { cols: number; rows: number }, terminal = size): PresentShown {
  if (terminal.cols < MIN_COLS || terminal.rows < MIN_ROWS) {
    const view = enlargeScreen(t, terminal, { cols: MIN_COLS, rows: MIN_ROWS });
    return { lines: view.top, context: 'enlarge', letters: 0 };
  }
  const frame = frameOf(size);
  const env = { t, p, frame };
  const context = keyContext(state);
  const letters = letterCount(ctx, state);
  const phase = state.phase;
  const title: Line = [seg(t.app.name, 'accent'), seg(' · '), seg(p.trainer, 'title')];
  const foot: Line[] = presentKeyLines(context, t, frame.cols, letters, keyLineOptions(ctx, state));
  const notice = noticeLines(state, p, frame.inner);
  const rows = bodyRows(frame, foot.length) - notice.length;
  const done = (left: Line, right: Line, body: readonly Line[]): PresentShown =>
    ({ lines: compose(frame, left, right, [...body, ...notice], foot), context, letters });

  if (state.help) return done(title, [], clampLines(helpLines(t, p, frame.inner), rows, frame.inner));
  if (phase.kind === 'pick') {
    const body: Line[] = [centre([seg(p.pickTitle, 'title')], frame.inner), []];
    if (ctx.scenarios.length === 0) body.push([seg(p.pickEmpty, 'warn')]);
    // The list is centred as one block under its centred title, its columns aligned.
    body.push(...tableLines(ctx.scenarios.map((l, i): Cell[] => {
      const here = i === phase.cursor;
      const lang = l.scenario.languages.includes(state.lang) || l.scenario.languages.length === 0 ? state.lang : l.scenario.languages[0]!;
      return [
        { segs: [seg(here ? '▶ ' : '  ', 'title'), seg(`${i + 1}`.padStart(2), 'key')] }, { segs: [seg(stars(l.scenario.difficulty), 'title')] },
        { segs: [seg(sx1(l.scenario, lang, l.scenario.title), here ? 'selected' : 'text')] },
      ];
    }), frame.inner, 2));
    const cursorRow = phase.cursor + 2;
    const from = Math.max(0, Math.min(cursorRow - Math.floor(rows / 2), body.length - rows));
    return done(title, [], body.slice(from, from + rows));
  }

  const loaded = loadedOf(ctx, state);
  const { scenario } = loaded;
  const lang = playLanguage(loaded, state.lang);
  const heading: Line = [...title, seg(' · '), seg(sx1(scenario, lang, scenario.title), 'title')];
  if (phase.kind === 'mode') {
    const teams = p.list(state.teams);
    const body: Line[] = [centre([seg(p.modeTitle, 'title')], frame.inner), []];
    const nameW = Math.max(...TEAM_MODES.map((m) => width(p.mode[m].name)));
    TEAM_MODES.forEach((m, i) => {
      const here = i === phase.cursor;
      const name = p.mode[m].name;
      // The blurbs start in one column, and wrap under themselves.
      body.push(...wrapLine([seg(here ? '▶ ' : '  ', 'title'), seg(`${i + 1}  `, 'key'), seg(name, here ? 'selected' : 'title'), seg(' '.repeat(nameW - width(name) + 2)), seg(p.mode[m].blurb(teams))], frame.inner, 7 + nameW), []);
    });
    return done(heading, [], body);
  }
  const round = currentRound(state);
  const team = teamOnTurn(state);
  const roundNote: Seg[] = state.mode === 'rounds' && hasTeams(state) ? [seg(p.round(state.rounds.length, state.teams.length), 'title'), seg(' · ')] : [];
  const turnNo = phase.kind === 'feedback' ? round.picks.length : round.picks.length + 1;
  const answering = phase.kind === 'feedback' ? round.picks.at(-1)?.team ?? null : team;
  const right: Line = [...roundNote, seg(p.turn(turnNo), 'title'), ...(answering !== null ? [seg('  '), seg(` ${p.team(state.teams[answering]!)} `, 'selected')] : [])];
  const results = () => teamResults(scenario, state);

  switch (phase.kind) {
    case 'board': {
      const nextTeam = phase.next === 'round' ? state.rounds.length : team;
      const next = nextTeam !== null && nextTeam < state.teams.length ? p.team(state.teams[nextTeam]!) : null;
      return done(heading, [], clampLines(boardLines(scenario, results(), lang, env, next, state.hideNumbers), rows, frame.inner));
    }
    case 'end': {
      const name = round.team === null ? null : state.teams[round.team]!;
      return done(heading, [], scrolledBody(endLines(scenario, round, name, state.teams, env), phase.scroll, rows, p));
    }
    case 'final':
      return done(heading, [], scrolledBody(rankingLines(results(), env, state.mode === 'rounds'), phase.scroll, rows, p));
    default:
      return done(heading, right, stageBody(scenario, state, env, rows));
  }
}

/** The key line offers only keys that do something on this screen now. */
function keyLineOptions(ctx: PresentContext, state: PresentState): KeyLineOptions {
  const phase = state.phase;
  if (state.help) return {};
  if (phase.kind === 'pick') return { digits: ctx.scenarios.length };
  if (phase.kind === 'mode') return { omit: ctx.scenarios.length > 1 ? [] : ['back'] };
  const omit: NonNullable<KeyLineOptions['omit']>[number][] = [];
  if (phase.kind === 'end' && !hasTeams(state)) omit.push('continue');
  // Nothing to step back to: the round has no pick yet, or the next team's round is about to start.
  if (currentRound(state).picks.length === 0 || (phase.kind === 'board' && phase.next === 'round')) omit.push('undo');
  if (phase.kind === 'tie') return { omit, only: phase.tied };
  // h toggles: once the numbers are hidden it is the key that shows them.
  const relabel: NonNullable<KeyLineOptions['relabel']> = state.hideNumbers ? { hideNumbers: 'showNumbers' } : {};
  // Once the call has ended, Enter goes on to the result, not to another turn.
  if (phase.kind === 'feedback' && currentRun(state).ending !== null) return { omit, relabel: { ...relabel, nextTurn: 'continue' } };
  return { omit, relabel };
}

function noticeLines(state: PresentState, p: PresentMessages, cols: number): Line[] {
  const n = state.notice;
  if (n === null || n.kind === 'no-hands') return [];
  if (n.kind === 'saving') return [[], [seg(p.saving, 'title')]];
  if (n.kind === 'save-failed') return [[], ...wrapLine([seg(p.saveFailed(n.message), 'bad')], cols)];
  return [[], [seg(p.saved, 'good')], ...n.files.flatMap((f) => wrapLine([seg(`  ${f}`, 'title')], cols, 2))];
}
