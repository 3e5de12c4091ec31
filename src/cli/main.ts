// The callcraft command line. Commands that need no screen (validate, test, play --inputs,
// --help, --version) never load Ink or React: screens are imported dynamically when shown.
import { Command, CommanderError } from 'commander';
import { register as registerExplore } from './commands/explore';
import { register as registerGraph } from './commands/graph';
import { register as registerNew } from './commands/new';
import { CliError, EXIT_USAGE } from './exit';
import { VERSION } from './version';

// Each command lives in ./commands/<name>.ts and exports `register(program)`. Add new ones here.
const commands: ((program: Command) => void)[] = [registerExplore, registerGraph, registerNew];

function buildProgram(): Command {
  const program = new Command('callcraft')
    .description('Practise collection calls (催收话术) in the terminal, in Chinese or English.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    writeOut: (s) => process.stdout.write(s),
  });
  for (const register of commands) register(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes get 2.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      process.stderr.write(`callcraft: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`callcraft: unexpected error: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
