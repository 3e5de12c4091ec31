// Generated scenarios for benchmarks and property tests: `nodes` nodes in a layered graph with
// conditional replies, routed targets, say variants and a hang-up trigger. Deterministic per seed.
import { stringify } from 'yaml';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

export interface GenerateOptions {
  readonly nodes: number;
  readonly seed?: number;
  readonly id?: string;
  readonly repliesPerNode?: number;
}

/** A valid scenario file (as plain data) with the given number of nodes. */
export function generateScenarioData(opts: GenerateOptions): Record<string, unknown> {
  const rand = rng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = opts.nodes;
  const perNode = opts.repliesPerNode ?? 3;
  const endings = ['paid', 'plan', 'hung-up'];
  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const forward = (k: number) => (i + k < n ? `n${i + k}` : pick(endings));
    const replies = [];
    for (let r = 0; r < perNode; r++) {
      const reply: Record<string, unknown> = {
        id: `r${r}`,
        text: { zh: `第${i}步的回答${r}，您看可以吗`, en: `Answer ${r} at step ${i}, would that work for you` },
        tactic: pick(['empathy', 'deadline', 'plan', 'probe', 'pressure']),
        effects: { rapport: Math.floor(rand() * 21) - 8, willingness: Math.floor(rand() * 21) - 6 },
        feedback: { zh: '教练点评。', en: 'Coach note.' },
        next: r === 0
          ? [{ if: `willingness >= ${40 + Math.floor(rand() * 40)}`, goto: forward(2) }, { goto: forward(1) }]
          : forward(1 + Math.floor(rand() * 2)),
      };
      if (r === perNode - 1 && perNode > 1) reply.if = `rapport > ${Math.floor(rand() * 50)} or turn > 3`;
      replies.push(reply);
    }
    nodes[`n${i}`] = {
      say: [
        { if: 'rapport < 30', text: { zh: `（不耐烦）第${i}句。`, en: `(impatient) Line ${i}.` } },
        { text: { zh: `第${i}句话。`, en: `Line ${i}.` } },
      ],
      replies,
    };
  }
  return {
    format: 1,
    id: opts.id ?? `generated-${n}`,
    title: { zh: '生成的场景', en: 'Generated scenario' },
    difficulty: 3,
    languages: ['zh', 'en'],
    stats: { rapport: 50, willingness: 30, patience: { start: 5, min: 0, max: 10 } },
    start: 'n0',
    triggers: [{ if: 'rapport <= 0', goto: 'hung-up' }],
    nodes,
    endings: {
      paid: { outcome: 'success', title: { zh: '还款', en: 'Paid' }, debrief: { zh: '好。', en: 'Good.' } },
      plan: { outcome: 'partial', title: { zh: '计划', en: 'Plan' }, debrief: { zh: '还行。', en: 'Fair.' } },
      'hung-up': { outcome: 'failure', title: { zh: '挂断', en: 'Hung up' }, debrief: { zh: '不好。', en: 'Poor.' } },
    },
  };
}

export function generateScenarioYaml(opts: GenerateOptions): string {
  return stringify(generateScenarioData(opts), { lineWidth: 0 });
}
