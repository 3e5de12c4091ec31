// callcraft history: the saved runs, newest first, or the best per scenario (--best).
import { Option, type Command } from 'commander';
import { bestCsv, bestJson, bestTable, historyCsv, historyJson, historyTable, type HistoryFormat } from '../history-format';
import { out } from '../output';
import { withStore } from '../store-access';
import { sanitizeLine } from '../../core/sanitize';

interface HistoryOptions {
  scenario?: string;
  format: HistoryFormat;
  best?: boolean;
  player?: string;
}

/** Nothing to list: says for whom and for which scenario, so a misspelt name reads as one. */
export function noneSaved(what: 'runs' | 'finished runs', filter: { player?: string; scenario?: string }): string {
  const of = filter.scenario !== undefined ? ` of scenario "${sanitizeLine(filter.scenario)}"` : '';
  const by = filter.player !== undefined ? ` for player "${sanitizeLine(filter.player)}"` : '';
  return `No ${what}${of} saved yet${by}.\n`;
}

export function register(program: Command): void {
  program
    .command('history')
    .description('list saved runs, newest first (--best: the best run per player and scenario)')
    .option('-s, --scenario <id>', 'only runs of this scenario')
    .option('-b, --best', 'the best finished run of each scenario, with attempts')
    .addOption(new Option('-f, --format <format>', 'table, json, or csv (UTF-8 with BOM, for Excel)').choices(['table', 'json', 'csv']).default('table'))
    .addHelpText('after', `
--player NAME (a global option) lists one player's runs; without it, every
player's. Run ids go to callcraft replay (a unique start of an id is enough).
An abandoned run is a call left before its ending. Damaged store files are
moved aside and named on stderr; the rest is listed.

Exit status: 0 listed (none saved yet too), 1 the store cannot be read, 2 usage.

Examples:
  callcraft history
  callcraft history --player 李雷 --scenario forgotten-due-date
  callcraft history --best
  callcraft history --format csv > runs.csv    # UTF-8 with BOM, for Excel`)
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<HistoryOptions>();
      const filter = { ...(opts.player !== undefined && { player: opts.player }), ...(opts.scenario !== undefined && { scenario: opts.scenario }) };
      const width = process.stdout.isTTY ? process.stdout.columns : undefined;
      const table = { hidePlayer: opts.player !== undefined, ...(width !== undefined && { width }) };
      const text = await withStore((store) => {
        if (opts.best) {
          const bests = store.bests(filter);
          if (opts.format === 'json') return bestJson(bests);
          if (opts.format === 'csv') return bestCsv(bests);
          return bests.length === 0 ? noneSaved('finished runs', filter) : `${bestTable(bests, table).join('\n')}\n`;
        }
        const runs = store.summaries(filter);
        if (opts.format === 'json') return historyJson(runs);
        if (opts.format === 'csv') return historyCsv(runs);
        return runs.length === 0 ? noneSaved('runs', filter) : `${historyTable(runs, table).join('\n')}\n`;
      });
      out(text);
    });
}
