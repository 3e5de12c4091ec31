// callcraft where: the folder that holds saved progress (nothing is created by asking).
import type { Command } from 'commander';
import { storeHome } from '../../store/paths';
import { out } from '../output';

export function register(program: Command): void {
  program
    .command('where')
    .description('print the folder where players, runs and best scores are saved (CALLCRAFT_HOME overrides it)')
    .action(() => {
      out(`${storeHome()}\n`);
    });
}
