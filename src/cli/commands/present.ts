// callcraft present [file|id]: trainer mode, a scenario played by a room on a projector. The
// session's calls are recorded through the store afterwards: one run for player "group" when the
// room (or teams in rotation) plays one call, one run per team, named after it, in rounds.
import { Option, type Command } from 'commander';
import type { LoadedScenario } from '../../content/load';
import { normalizePlayerName } from '../../core/player';
import { buildRunRecord } from '../../core/record';
import { sanitizeLine } from '../../core/sanitize';
import type { PresentResult } from '../../ui/present/app';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE } from '../exit';
import { out } from '../output';
import { loadLibrary, reportNotLoaded, resolveScenario } from '../scenarios';
import { isInteractive } from '../screen';
import { withStore } from '../store-access';

/** The player a session's call is saved for when the whole room plays it. */
export const GROUP_PLAYER = 'group';
const MAX_TEAMS = 9;
/** 128 + SIGINT, what a shell reports for a program left with Ctrl+C (the game exits so too). */
const EXIT_INTERRUPTED = 130;
const TIMER_RANGE = [5, 3600] as const;

interface PresentOptions {
  teams?: string;
  timer?: string;
  teamMode?: 'rotation' | 'rounds';
  lang?: string;
  record: boolean;
}

/** "Red, Blue，Green" → the team names: trimmed, distinct, each a valid player name. */
export function parseTeams(raw: string): string[] {
  const names = raw.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new CliError('--teams needs at least one name, e.g. --teams "Red,Blue"');
  if (names.length > MAX_TEAMS) throw new CliError(`--teams takes at most ${MAX_TEAMS} teams (got ${names.length})`);
  const out: string[] = [];
  for (const n of names) {
    const r = normalizePlayerName(n);
    if (!r.ok) throw new CliError(`--teams: ${r.message}`);
    if (out.some((o) => o.toLowerCase() === r.name.toLowerCase())) throw new CliError(`--teams names "${r.name}" twice`);
    out.push(r.name);
  }
  return out;
}

export function parseTimer(raw: string): number {
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(n) || n < TIMER_RANGE[0] || n > TIMER_RANGE[1]) {
    throw new CliError(`--timer takes whole seconds from ${TIMER_RANGE[0]} to ${TIMER_RANGE[1]} (got "${sanitizeLine(raw)}")`);
  }
  return n;
}

/** Every scenario of the library, easiest first: trainer mode opens them all. */
function allScenarios(): LoadedScenario[] {
  return [...loadLibrary().scenarios].sort((a, b) => a.scenario.difficulty - b.scenario.difficulty || a.file.localeCompare(b.file));
}

async function record(result: PresentResult, startedAt: number): Promise<string[]> {
  const loaded = result.scenario;
  if (loaded === null) return [];
  const rounds = result.rounds.filter((r) => r.picks.length > 0);
  if (rounds.length === 0) return [];
  return withStore((store) => {
    // Saving makes its player the current one; the learner who uses this laptop keeps theirs.
    const before = store.currentPlayer();
    const lines: string[] = [];
    for (const round of rounds) {
      const player = round.team === null ? GROUP_PLAYER : result.teams[round.team]!;
      const finishedAt = new Date().toISOString();
      const draft = buildRunRecord(loaded, round.states.at(-1)!, { player, startedAt: new Date(Math.max(startedAt, round.startedAt)).toISOString(), finishedAt });
      const saved = store.saveRun(draft);
      if (saved) lines.push(`recorded run ${saved.record.id} for player ${sanitizeLine(player)} (${saved.record.grade} ${saved.record.score}${saved.record.abandoned ? ', unfinished' : ''})`);
    }
    store.selectPlayer(before);
    return lines;
  });
}

export function register(program: Command): void {
  program
    .command('present')
    .description('trainer mode: play a scenario with a room on a projector, teams optional')
    .argument('[scenario]', 'a scenario file or bundled id (default: a picker with every scenario)')
    .option('-t, --teams <names>', 'team names, comma-separated: "Red,Blue,Green"')
    .option('--timer <seconds>', 'start a discussion countdown of this many seconds at every turn (t starts one anyway)')
    .addOption(new Option('--team-mode <mode>', 'rotation: teams take turns on one call; rounds: each team plays the whole call (default: asked at the start)').choices(['rotation', 'rounds']))
    .addOption(new Option('-l, --lang <lang>', 'language of the screens and the scenario (default: from the locale)').choices(UI_LANGUAGES))
    .option('--no-record', 'do not record the session\'s calls in the saved history')
    .addHelpText('after', `
Keys: Enter shows the options, A–I records the room's choice, v counts hands
(the majority is played, a tie asks you), w shows why the others were weaker,
b steps back a turn (Backspace while options show), t starts the timer, Space
pauses it, + adds 30 s, h hides the numbers, ? lists the keys, q ends.
At the end, s saves a Markdown handout and its JSON in the current folder.

The calls are recorded in the history: for player "group", or per team (the
team's name) in rounds mode; --no-record leaves no trace.

Exit status: 0 done, 1 the scenario has errors or the session could not be
recorded, 2 usage (unknown scenario, bad --teams or --timer, no terminal),
130 left with Ctrl+C (what was played is still recorded).

Examples:
  callcraft present                                  # pick a scenario on screen
  callcraft present forgotten-due-date --timer 90
  callcraft present already-paid --teams "Red,Blue" --team-mode rotation
  callcraft present my-case.yaml --lang zh`)
    .action(async (arg: string | undefined, opts: PresentOptions, cmd: Command) => {
      const ctx = contextOf(cmd);
      const teams = opts.teams === undefined ? [] : parseTeams(opts.teams);
      const timerSeconds = opts.timer === undefined ? null : parseTimer(opts.timer);
      let scenarios: LoadedScenario[];
      let open: string | undefined;
      if (arg !== undefined) {
        const resolved = resolveScenario(arg);
        if (!resolved.ok) {
          reportNotLoaded(resolved, ctx.errStyle, 'present it');
          process.exitCode = EXIT_PROBLEMS;
          return;
        }
        scenarios = [resolved.loaded];
        open = resolved.loaded.scenario.id;
      } else scenarios = allScenarios();
      if (!isInteractive()) throw new CliError('trainer mode needs an interactive terminal (a projector screen); run callcraft present in one', EXIT_USAGE);
      const { runPresent } = await import('../../ui/present/launch');
      const startedAt = Date.now();
      const result = await runPresent({
        scenarios, ...(open !== undefined && { open }), teams, timerSeconds, ...(opts.teamMode !== undefined && { mode: opts.teamMode }),
        lang: uiLanguage(opts.lang), color: !ctx.noColor, dir: process.cwd(),
      }, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      for (const file of result.saved) out(`saved ${sanitizeLine(file)}\n`);
      // Ctrl+C still records what was played, then exits as an interrupted program does.
      if (result.interrupted) process.exitCode = EXIT_INTERRUPTED;
      if (!opts.record) return;
      for (const line of await record(result, startedAt)) out(`${line}\n`);
    });
}
