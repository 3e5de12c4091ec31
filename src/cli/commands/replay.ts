// callcraft replay <run-id>: a saved run turn by turn. In a terminal, the replay screen (← → to
// step); as text when stdout is not a terminal or with --text.
import { Option, type Command } from 'commander';
import { replayRun } from '../../core/replay';
import { contextOf, UI_LANGUAGES, uiLanguage } from '../context';
import { isInteractive, openScreen } from '../screen';
import { printLines } from '../output';
import { replayLines } from '../replay-text';
import { scenarioForRun } from '../replay-source';
import { withStore } from '../store-access';

export function register(program: Command): void {
  program
    .command('replay')
    .description('show a saved run turn by turn: what was said, answered, the effects and the replies not taken')
    .argument('<run-id>', 'a run id from callcraft history (a unique start of it is enough)')
    .addOption(new Option('-l, --lang <lang>', "language of the texts (default: the run's own; another only while its scenario is unchanged)").choices(UI_LANGUAGES))
    .option('--text', 'print the replay as text even in a terminal (the default when output is not a terminal)')
    .addHelpText('after', `
In a terminal the replay opens on screen: ← → step through the turns, Home End
jump to the first and last, r plays the scenario again, Esc goes to the menu.

The run is recomputed from its saved answers when its scenario file is
unchanged; when the scenario changed or is gone, the replay says so and shows
the run as it was saved.

Exit status: 0 shown, 1 the run file cannot be read, 2 usage (no run with that
id, or more than one starting with it).

Examples:
  callcraft history --player 李雷
  callcraft replay 0mx4ctsoi
  callcraft replay 0mx4ctsoi-oyb778 --lang en
  callcraft replay 0mx4ctsoi --text > run.txt`)
    .action(async (ref: string, opts: { lang?: string; text?: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const { style } = ctx;
      const record = await withStore((store) => store.findRun(ref).record);
      if (opts.text !== true && isInteractive()) {
        // The screen shows the run's own player (a replay never switches the current one).
        const { player: _player, ...progress } = ctx.progress;
        process.exitCode = await openScreen({ screen: 'replay', run: record.id, noColor: ctx.noColor, uiLang: uiLanguage(opts.lang), ...progress });
        return;
      }
      const replay = replayRun(record, scenarioForRun(record), opts.lang === undefined ? {} : { lang: opts.lang });
      printLines(replayLines(replay, style));
    });
}
