// A child process for the store's multi-process tests (run with `node --import tsx`):
//   save <home> <player> <count>   save <count> runs, then exit
//   loop-save <home> <player>      save large runs until killed, printing each saved id
//   loop-settings <home>           change the settings until killed, printing a counter
import { chooseReply, offeredReplies, startRun } from '../../src/core/engine';
import { buildRunRecord } from '../../src/core/record';
import { Store } from '../../src/store/index';
import { generateScenarioYaml } from '../support/generate';
import { loadFixture, loadYaml } from '../support/store';

const [mode, home, player] = process.argv.slice(2) as [string, string, string];
const store = Store.open({ home });

function smallDraft(i: number) {
  const loaded = loadFixture('format-example.yaml');
  let state = startRun(loaded.scenario, { lang: 'en', mode: 'practice' });
  for (const id of i % 2 === 0 ? ['introduce', 'date'] : ['demand', 'shame']) state = chooseReply(loaded.scenario, state, id).state;
  const t = new Date().toISOString();
  return buildRunRecord({ scenario: loaded.scenario, hash: loaded.hash }, state, { player, startedAt: t, finishedAt: t });
}

function largeDraft() {
  const loaded = loadYaml(generateScenarioYaml({ nodes: 200, seed: 7, id: 'large' }));
  let state = startRun(loaded.scenario, { lang: 'en', mode: 'practice' });
  for (let k = 0; state.ending === null && k < 120; k++) {
    const offered = offeredReplies(loaded.scenario, state);
    state = chooseReply(loaded.scenario, state, offered[k % offered.length]!.id).state;
  }
  const t = new Date().toISOString();
  return buildRunRecord({ scenario: loaded.scenario, hash: loaded.hash }, state, { player, startedAt: t, finishedAt: t });
}

if (mode === 'save') {
  const count = Number(process.argv[5]);
  for (let i = 0; i < count; i++) store.saveRun(smallDraft(i));
} else if (mode === 'loop-save') {
  const draft = largeDraft();
  for (;;) process.stdout.write(`${store.saveRun(draft)!.record.id}\n`);
} else if (mode === 'loop-settings') {
  for (let i = 0; ; i++) {
    store.setPreferences({ lang: i % 2 === 0 ? 'zh' : 'en' });
    store.selectPlayer(`player ${i % 7}`);
    process.stdout.write(`${i}\n`);
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
