// The explorer: states per second on a generated 2,000-node scenario (against engine turns per
// second on the same scenario, measured in the same run), and the cost per state as scenarios
// grow, which should stay about flat (cost linear in distinct states).
import { chooseReply, offeredReplies, startRun } from '../src/core/engine';
import { explore, type ExploreReport } from '../src/core/explore';
import { compileScenario, type Scenario } from '../src/core/model';
import { ScenarioFileSchema } from '../src/core/schema';
import { generateScenarioData, type GenerateOptions } from '../tests/support/generate';
import { medianMs, opsPerSecond, type Row, type Suite } from './harness';

// Built from data: a 2,000-node file is over the loader's 1 MB cap, and loading is not measured here.
const generated = (opts: GenerateOptions): Scenario => compileScenario(ScenarioFileSchema.parse(generateScenarioData(opts)));
const fmt = (n: number) => Math.round(n).toLocaleString('en');

export const exploreSuite: Suite = {
  title: 'Explorer',
  async run(): Promise<Row[]> {
    const big = generated({ nodes: 2000, seed: 7, id: 'gen-2000' });
    let report: ExploreReport = explore(generated({ nodes: 60, seed: 7 }));
    const ms = await medianMs(() => { report = explore(big); }, 1);
    const statesPerSecond = (report.states * 1000) / ms;
    const choicesPerSecond = (report.transitions * 1000) / ms;

    let state = startRun(big, { lang: 'en', mode: 'practice' });
    let k = 0;
    const turns = opsPerSecond(() => {
      if (state.ending !== null) state = startRun(big, { lang: 'en', mode: 'practice' });
      const offered = offeredReplies(big, state);
      state = chooseReply(big, state, offered[k++ % offered.length]!.id).state;
    });

    const rows: Row[] = [
      { name: 'explore 2,000 nodes × 3 replies', value: `${fmt(ms)} ms`, note: `${fmt(report.states)} states${report.exhaustive ? '' : ' (the default budget)'}, ${fmt(report.transitions)} reply choices` },
      { name: '  states per second', value: fmt(statesPerSecond) },
      { name: '  reply choices per second', value: fmt(choicesPerSecond), note: `${(choicesPerSecond / turns).toFixed(1)}× the engine's turns per second` },
      { name: '  baseline: engine turns per second', value: fmt(turns), note: 'chooseReply on the same scenario (builds TurnRecords)' },
    ];

    // Exhaustive searches of growing scenarios: time per state should stay about the same.
    let first = 0;
    for (const nodes of [125, 250, 500]) {
      const scenario = generated({ nodes, seed: 11, repliesPerNode: 2, id: `gen-${nodes}` });
      let r: ExploreReport = report;
      const t = await medianMs(() => { r = explore(scenario); }, 1);
      const perState = (t * 1e6) / r.states;
      if (first === 0) first = perState;
      rows.push({
        name: `exhaustive, ${nodes} nodes × 2 replies`,
        value: `${fmt(t)} ms`,
        note: `${fmt(r.states)} states${r.exhaustive ? '' : ' (cut)'}, ${perState.toFixed(0)} ns per state = ${(perState / first).toFixed(2)}× the 125-node cost`,
      });
    }
    return rows;
  },
};
