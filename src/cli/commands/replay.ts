// callcraft replay <run-id>: a saved run turn by turn, as text (the stepping screen is the UI's).
import { Option, type Command } from 'commander';
import { replayRun } from '../../core/replay';
import { contextOf, UI_LANGUAGES } from '../context';
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
    .addHelpText('after', `
The run is recomputed from its saved answers when its scenario file is
unchanged; when the scenario changed or is gone, the replay says so and shows
the run as it was saved.

Exit status: 0 shown, 1 the run file cannot be read, 2 usage (no run with that
id, or more than one starting with it).

Examples:
  callcraft history --player 李雷
  callcraft replay 0mx4ctsoi
  callcraft replay 0mx4ctsoi-oyb778 --lang en`)
    .action(async (ref: string, opts: { lang?: string }, cmd: Command) => {
      const { style } = contextOf(cmd);
      const record = await withStore((store) => store.findRun(ref).record);
      const replay = replayRun(record, scenarioForRun(record), opts.lang === undefined ? {} : { lang: opts.lang });
      printLines(replayLines(replay, style));
    });
}
