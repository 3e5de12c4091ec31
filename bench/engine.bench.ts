// Validating generated scenarios, and engine turns per second.
import { parseDocument } from 'yaml';
import { chooseReply, offeredReplies, startRun } from '../src/core/engine';
import { parseScenario } from '../src/content/load';
import { generateScenarioYaml } from '../tests/support/generate';
import { opsPerSecond, pairedCpuMs, type Row, type Suite } from './harness';

export const engineSuite: Suite = {
  title: 'Loader and engine',
  async run(): Promise<Row[]> {
    const texts = Array.from({ length: 100 }, (_, i) => generateScenarioYaml({ nodes: 200, seed: i + 1, id: `gen-${i}` }));
    const bytes = texts.reduce((s, t) => s + t.length, 0);
    // Validation and its baseline alternate, timed in CPU time, so a busy machine skews neither.
    const { a: validate, b: yamlOnly, ratio } = pairedCpuMs(() => {
      for (const [i, t] of texts.entries()) {
        const r = parseScenario(t, `gen-${i}.yaml`);
        if (!r.ok) throw new Error(`generated scenario ${i} did not load: ${r.problems[0]?.message}`);
      }
    }, () => { for (const t of texts) parseDocument(t); }, 3);

    const loaded = parseScenario(texts[0]!, 'gen-0.yaml');
    if (!loaded.ok) throw new Error('generated scenario did not load');
    const scenario = loaded.loaded.scenario;
    let state = startRun(scenario, { lang: 'en', mode: 'practice' });
    let k = 0;
    const turn = () => {
      if (state.ending !== null) state = startRun(scenario, { lang: 'en', mode: 'practice' });
      const offered = offeredReplies(scenario, state);
      state = chooseReply(scenario, state, offered[k++ % offered.length]!.id).state;
    };
    const turns = opsPerSecond(turn);
    const fresh = startRun(scenario, { lang: 'en', mode: 'practice' });
    const clone = opsPerSecond(() => { structuredClone(fresh); });
    return [
      { name: 'validate 100 scenarios × 200 nodes (CPU)', value: `${validate.toFixed(0)} ms`, note: `${(bytes / 1e6).toFixed(1)} MB of YAML` },
      { name: '  baseline: yaml parseDocument only (CPU)', value: `${yamlOnly.toFixed(0)} ms`, note: `validation costs ${ratio.toFixed(2)}× parsing (median of paired runs)` },
      { name: 'engine turns per second', value: `${Math.round(turns).toLocaleString('en')}` },
      { name: '  baseline: structuredClone(new run state) per second', value: `${Math.round(clone).toLocaleString('en')}`, note: `a turn costs ${(clone / turns).toFixed(2)}× one clone of the state` },
    ];
  },
};
