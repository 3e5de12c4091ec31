// The callcraft command line. Commands that need no screen (validate, test, play --inputs,
// --help, --version) never load Ink or React: screens are imported dynamically when shown.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_USAGE } from './exit';
import { register as registerHistory } from './commands/history';
import { register as registerReplay } from './commands/replay';
import { register as registerWhere } from './commands/where';
import { VERSION } from './version';

// Each command lives in ./commands/<name>.ts and exports `register(program)`. Add new ones here.
const commands: ((program: Command) => void)[] = [registerHistory, registerReplay, registerWhere];

function buildProgram(): Command {
  const program = new Command('callcraft')
    .description('Practise collection calls (催收话术) in the terminal, in Chinese or English.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('-p, --player <name>', 'the player whose runs are saved and shown (default: the last player, else your user name)')
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
