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
    .addOption(new Option('-l, --lang <lang>', 'show the texts in this language (when the scenario is unchanged)').choices(UI_LANGUAGES))
    .action(async (ref: string, opts: { lang?: string }, cmd: Command) => {
      const { style } = contextOf(cmd);
      const record = await withStore((store) => store.findRun(ref).record);
      const replay = replayRun(record, scenarioForRun(record), opts.lang === undefined ? {} : { lang: opts.lang });
      printLines(replayLines(replay, style));
    });
}
