// The callcraft command line. Commands that need no screen (validate, test, play --inputs,
// list, history, replay, where, --help, --version; present outside a terminal) never load Ink or React: screens are imported dynamically when shown.
import { CommanderError } from 'commander';
import { register as registerExplore } from './commands/explore';
import { register as registerGraph } from './commands/graph';
import { register as registerHistory } from './commands/history';
import { register as registerList } from './commands/list';
import { register as registerNew } from './commands/new';
import { register as registerPlay } from './commands/play';
import { register as registerPresent } from './commands/present';
import { register as registerReplay } from './commands/replay';
import { register as registerTest } from './commands/test';
import { register as registerValidate } from './commands/validate';
import { register as registerWhere } from './commands/where';
import { CliError, EXIT_USAGE } from './exit';
import { err, guardStreams } from './output';
import { buildProgram, type Register } from './program';

// Each command lives in ./commands/<name>.ts and exports `register(program)`. Add new ones here.
const commands: Register[] = [registerPlay, registerList, registerHistory, registerReplay, registerValidate, registerTest, registerExplore, registerGraph, registerNew, registerWhere, registerPresent];

async function main(argv: string[]): Promise<number> {
  guardStreams();
  const program = buildProgram(commands);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes get 2.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      err(`callcraft: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a usage mistake: still one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    err(`callcraft: unexpected error: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
