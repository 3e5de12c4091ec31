// The store: saving a run, and reading a player's 500 runs back (history, bests, the menu's
// progress), against baselines of plain file reads and JSON.parse of the same files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseReply, offeredReplies, startRun } from '../src/core/engine';
import { parseScenario } from '../src/content/load';
import { buildRunRecord } from '../src/core/record';
import { Store } from '../src/store/index';
import { RUN_FILE } from '../src/store/runs';
import { generateScenarioYaml } from '../tests/support/generate';
import { medianMs, type Row, type Suite } from './harness';

export const storeSuite: Suite = {
  title: 'Store',
  async run(): Promise<Row[]> {
    const home = mkdtempSync(join(tmpdir(), 'callcraft-bench-'));
    try {
      const loaded = parseScenario(generateScenarioYaml({ nodes: 40, seed: 3, id: 'bench' }), 'bench.yaml');
      if (!loaded.ok) throw new Error('generated scenario did not load');
      const { scenario, hash } = loaded.loaded;
      let state = startRun(scenario, { lang: 'en', mode: 'practice' });
      for (let k = 0; state.ending === null && k < 12; k++) state = chooseReply(scenario, state, offeredReplies(scenario, state)[k % 2]!.id).state;
      const t = new Date().toISOString();
      const draft = buildRunRecord({ scenario, hash }, state, { player: 'bench', startedAt: t, finishedAt: t });
      const store = Store.open({ home });
      for (let i = 0; i < 499; i++) store.saveRun(draft);
      const save = await medianMs(() => { store.saveRun(draft); }, 1);
      const dir = join(home, 'runs', readdirSync(join(home, 'runs'))[0]!);
      const files = readdirSync(dir).filter((n) => RUN_FILE.test(n)).map((n) => join(dir, n));
      const bytes = files.reduce((s, f) => s + readFileSync(f).length, 0);

      const rawWrite = await medianMs(() => { writeFileSync(join(home, 'plain.json'), JSON.stringify(draft)); }, 7);
      const saveOne = await medianMs(() => { store.saveRun(draft); }, 7);
      const readOnly = await medianMs(() => { for (const f of files) readFileSync(f, 'utf8'); }, 5);
      const parseOnly = await medianMs(() => { for (const f of files) JSON.parse(readFileSync(f, 'utf8')); }, 5);
      const history = await medianMs(() => { store.summaries({ player: 'bench' }); }, 5);
      const progress = await medianMs(() => { store.progress('bench'); }, 5);
      return [
        { name: `list ${files.length} runs of one player (history)`, value: `${history.toFixed(1)} ms`, note: `${(bytes / 1e6).toFixed(1)} MB of run files` },
        { name: '  baseline: read + JSON.parse the same files', value: `${parseOnly.toFixed(1)} ms`, note: `listing costs ${(history / parseOnly).toFixed(2)}× parsing` },
        { name: '  baseline: read the same files', value: `${readOnly.toFixed(1)} ms` },
        { name: 'progress of one player (menu: bests, attempts)', value: `${progress.toFixed(1)} ms`, note: `${(progress / parseOnly).toFixed(2)}× parsing` },
        { name: 'save one run into a folder of 500', value: `${saveOne.toFixed(1)} ms`, note: `first save ${save.toFixed(1)} ms` },
        { name: '  baseline: writeFileSync of the same record', value: `${rawWrite.toFixed(2)} ms`, note: `a save costs ${(saveOne / rawWrite).toFixed(1)}× a plain write (it reads the folder for the previous best, fsyncs, may trim)` },
      ];
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
};
