// callcraft where: the folder that holds saved progress (nothing is created by asking).
import type { Command } from 'commander';
import { storeHome } from '../../store/paths';
import { out } from '../output';

export function register(program: Command): void {
  program
    .command('where')
    .description('print the folder where players, runs and best scores are saved (CALLCRAFT_HOME overrides it)')
    .addHelpText('after', `
Asking creates nothing. The folder holds settings.json (players, preferences)
and runs/ (one file per run).

Exit status: 0 printed, 2 usage.

Examples:
  callcraft where
  CALLCRAFT_HOME=/tmp/trial callcraft where`)
    .action(() => {
      out(`${storeHome()}\n`);
    });
}
