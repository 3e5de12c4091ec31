// The bare `callcraft` in a terminal, the way most people start the game: straight to the menu,
// without commander, the commands or the scenario loader, so the first frame comes fast.
// bin/callcraft.js comes here only with no arguments and a terminal on stdin and stdout;
// everything else (flags, commands, no terminal) goes through main.ts.
import { uiLanguage } from './context';
import { CliError } from './exit';
import { colorWanted, err, guardStreams } from './output';
import { libraryDir } from './library';
import { openScreen } from './screen';

async function menu(): Promise<number> {
  guardStreams();
  try {
    return await openScreen({ screen: 'menu', scenarioDir: libraryDir(), noColor: !colorWanted(true, process.env, true), uiLang: uiLanguage(undefined) });
  } catch (error) {
    if (error instanceof CliError) {
      err(`callcraft: ${error.message}\n`);
      return error.exitCode;
    }
    err(`callcraft: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await menu();
