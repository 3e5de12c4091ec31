// The commander program every command hangs off: shared settings, one-line usage errors,
// --version on every command, and the bare `callcraft` (the menu).
import { Command, Help } from 'commander';
import { contextOf, UI_LANGUAGES, uiLanguage } from './context';
import { sanitizeLine } from '../core/sanitize';
import { CliError } from './exit';
import { err, out } from './output';
import { libraryDir } from './library';
import { isInteractive, needsInputsMessage, openScreen } from './screen';
import { closest } from './suggest';
import { VERSION } from './version';

export type Register = (program: Command) => void;

/** Commander's "error: …\n(Did you mean …?)" as one line, naming the command and its help. */
export function oneLineError(text: string, commandPath: string): string {
  const message = text
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\.$/, '');
  return `${commandPath}: ${message}; see '${commandPath} --help'\n`;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Settings every command shares, applied after registration so added commands get them too. */
function configure(cmd: Command): void {
  cmd.configureOutput({
    writeOut: out,
    writeErr: err,
    outputError: (text, write) => write(oneLineError(text, commandPath(cmd))),
  });
  if (cmd.parent && !cmd.options.some((o) => o.long === '--version')) {
    cmd.version(VERSION, cmd.options.some((o) => o.short === '-v') ? '--version' : '-v, --version', 'print the version');
    // It works on every command, but the help lists it once, with the global options.
    cmd.options.find((o) => o.long === '--version')!.hideHelp();
  }
  for (const sub of cmd.commands) configure(sub);
}

/**
 * The menu's own option, `--lang zh|en` (also `-l` and `--lang=`). Not declared on the program:
 * commander would then take every subcommand's `--lang` (with its own choices) for the
 * program's. Unknown options reach the bare command's arguments instead, and are read here.
 */
function menuLanguage(args: readonly string[]): { lang: string | undefined; rest: string[] } {
  let lang: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--lang=(.*)$/.exec(arg);
    if (inline || arg === '--lang' || arg === '-l') {
      const value = inline ? inline[1]! : args[++i];
      if (value === undefined || !(UI_LANGUAGES as readonly string[]).includes(value)) {
        throw new CliError(`option '--lang <lang>' takes one of ${UI_LANGUAGES.join(', ')}; see 'callcraft --help'`);
      }
      lang = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option '${sanitizeLine(arg)}'; see 'callcraft --help'`);
    } else rest.push(arg);
  }
  return { lang, rest };
}

/** The bare `callcraft`: the menu in a terminal; elsewhere, how to play without one. */
async function openMenu(_opts: unknown, cmd: Command): Promise<void> {
  const { lang, rest } = menuLanguage(cmd.args);
  const [word] = rest;
  if (word !== undefined) {
    const guess = closest(word, cmd.commands.map((c) => c.name()));
    throw new CliError(`unknown command '${sanitizeLine(word)}'${guess ? ` (did you mean ${guess}?)` : ''}; see 'callcraft --help'`);
  }
  if (!isInteractive()) throw new CliError(needsInputsMessage({ screen: 'menu' }).replace(/^callcraft: /, ''));
  const ctx = contextOf(cmd);
  process.exitCode = await openScreen({ screen: 'menu', scenarioDir: libraryDir(), noColor: ctx.noColor, uiLang: uiLanguage(lang), ...ctx.progress });
}

export function buildProgram(commands: readonly Register[]): Command {
  const program = new Command('callcraft')
    .description('Practise collection calls (催收话术) in the terminal, in Chinese or English.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'print without colour (NO_COLOR is honoured too)')
    .option('-p, --player <name>', 'the player whose runs are saved and shown (default: the last player, else your user name)')
    .option('--unlock-all', 'open every scenario in the menu, whatever has been unlocked (for trainers)')
    .showSuggestionAfterError(true)
    .configureHelp({
      showGlobalOptions: true,
      // `help [command]`, as commander's own help command reads, though ours also takes --version.
      subcommandTerm: (cmd) => (cmd.name() === 'help' ? 'help [command]' : new Help().subcommandTerm(cmd)),
    })
    .helpCommand(false)
    .exitOverride();
  for (const register of commands) register(program);
  // Our own `help [command]`: commander's answers an unknown name with the whole help on stderr.
  program.command('help').argument('[command]', 'the command to explain, e.g. play').description('show help for a command').action((name: string | undefined) => {
    if (name === undefined) return program.outputHelp();
    const sub = program.commands.find((c) => c.name() === name);
    if (sub) return sub.outputHelp();
    const guess = closest(name, program.commands.map((c) => c.name()));
    throw new CliError(`unknown command '${name}'${guess ? ` (did you mean ${guess}?)` : ''}; see 'callcraft --help'`);
  });
  // Set after registering: subcommands copy this setting, and they must refuse extra arguments.
  // The bare command takes words only to name an unknown command helpfully.
  program.allowExcessArguments(true);
  // Not inherited by subcommands: lets the bare command read its --lang (see menuLanguage).
  program.allowUnknownOption(true);
  program.addHelpText('after', `
Without a command, callcraft opens the menu (in a terminal); --lang zh|en sets
its language.
Run 'callcraft <command> --help' for its options and examples.

Languages: --lang zh|en sets the language of scenario text and labels. Without
it, it comes from the locale (LC_ALL, LC_MESSAGES, LANG): zh* gives Chinese,
anything else English. A scenario that lacks the language is shown in its
first one.
Environment: NO_COLOR turns colour off; CALLCRAFT_SCENARIOS=<dir> replaces the
bundled scenarios (for list, the menu and bare ids); CALLCRAFT_HOME=<dir> keeps
saved progress there instead (callcraft where prints the folder).

Exit status: 0 fine, 1 the input has problems (scenario errors, failed tests,
a bad input line), 2 usage (unknown command or flag, unreadable path, no
terminal where one is needed).`);
  program.action(openMenu);
  configure(program);
  return program;
}
