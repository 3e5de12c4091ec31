// Free-text matcher calls per second, against normalize() alone measured in the same run.
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/content/load';
import { matchFreeText, normalize } from '../src/core/matcher';
import { scanText } from '../src/core/scan';
import { CLEAN_LINES, FAULTY_LINES } from '../tests/support/matcher-corpus';
import { opsPerSecond, type Row, type Suite } from './harness';

export const matcherSuite: Suite = {
  title: 'Free-text matcher',
  async run(): Promise<Row[]> {
    const loaded = parseScenario(readFileSync(new URL('../tests/fixtures/matcher-rules.yaml', import.meta.url), 'utf8'), 'matcher-rules.yaml');
    if (!loaded.ok) throw new Error('the matcher fixture did not load');
    const nodes = [...loaded.loaded.scenario.nodes.values()];
    const answers = [...CLEAN_LINES, ...FAULTY_LINES.map(([t]) => t)];
    let k = 0;

    const start = performance.now();
    matchFreeText(answers[0]!, { node: nodes[0]!, offered: nodes[0]!.replies, lang: 'en' });
    const cold = performance.now() - start;

    const calls = opsPerSecond(() => {
      const node = nodes[k % nodes.length]!;
      matchFreeText(answers[k++ % answers.length]!, { node, offered: node.replies, lang: 'en' });
    });
    const scans = opsPerSecond(() => { scanText(answers[k++ % answers.length]!); });
    const norms = opsPerSecond(() => { normalize(answers[k++ % answers.length]!); });
    // A pathological answer: 10,000 words of flagged phrases and negations, no punctuation.
    const long = Array.from({ length: 10_000 }, (_, i) => ['not', 'you', 'will', 'call', 'your', 'boss', '不会', '上门'][i % 8]).join(' ');
    const longStart = performance.now();
    scanText(long);
    const longMs = performance.now() - longStart;
    const longNorm = performance.now();
    normalize(long);
    const longNormMs = performance.now() - longNorm;
    return [
      { name: 'matchFreeText calls per second', value: Math.round(calls).toLocaleString('en'), note: `${answers.length} corpus lines over ${nodes.length} nodes` },
      { name: '  of which lexicon scans per second', value: Math.round(scans).toLocaleString('en'), note: `a scan costs ${(norms / scans).toFixed(1)}× one normalize()` },
      { name: '  baseline: normalize() per second', value: Math.round(norms).toLocaleString('en'), note: `a match costs ${(norms / calls).toFixed(1)}× one normalize()` },
      { name: 'first call (builds the lexicon)', value: `${cold.toFixed(0)} ms`, note: 'paid once per process' },
      { name: `scan of a ${(long.length / 1000).toFixed(0)}k-character answer`, value: `${longMs.toFixed(0)} ms`, note: `${(longMs / longNormMs).toFixed(1)}× normalising it` },
    ];
  },
};
