// The explore text layout: columns by display width, paths cut to the terminal width.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { explore, findings } from '../../src/core/explore';
import { exploreText, formatPath, formatShare } from '../../src/cli/explore-text';
import { makeStyle } from '../../src/cli/output';
import { scenarioFromYaml } from '../support/scenarios';

// Reply ids may be any text, Chinese included; they appear in the shortest-path column.
const scenario = scenarioFromYaml(`
format: 1
id: chinese-ids
title: 中文编号
difficulty: 1
stats: { rapport: 50, willingness: 50 }
start: a
nodes:
  a:
    say: 喂？
    replies:
      - { id: 您好请问是王先生吗, text: 您好, next: b }
      - { id: 直接说, text: 还钱, next: lost }
  b:
    say: 是我。
    replies:
      - { id: 我们核对一下这期的账单金额, text: 核对, next: c }
  c:
    say: 好。
    replies:
      - { id: 今天下午六点以前可以还吗, text: 约定, next: paid }
endings:
  paid: { outcome: success, title: 还款, debrief: 好。 }
  lost: { outcome: failure, title: 挂断, debrief: 差。 }
`);

describe('exploreText', () => {
  const report = explore(scenario);
  const plain = makeStyle(false);

  it('aligns the endings columns by display width', () => {
    const lines = exploreText(report, scenario, 'zh', findings(report), plain);
    const rows = lines.filter((l) => /^ {2}[✔◐✘] /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('您好请问是王先生吗 › 我们核对一下这期的账单金额 › 今天下午六点以前可以还吗');
    const at = (l: string, word: RegExp) => stringWidth(l.slice(0, l.search(word)));
    expect(at(rows[0]!, /success/)).toBe(at(rows[1]!, /failure/));
  });

  it('cuts the shortest path to the terminal width, counting Chinese as two columns', () => {
    const lines = exploreText(report, scenario, 'zh', findings(report), plain, 60);
    const row = lines.find((l) => l.startsWith('  ✔ paid'))!;
    expect(stringWidth(row)).toBeLessThanOrEqual(60);
    expect(row.endsWith('…')).toBe(true);
  });

  it('formats shares and long paths for reading', () => {
    expect([0, 0.0004, 0.5, 1 / 3, 0.99995, 1].map(formatShare)).toEqual(['0%', '<0.1%', '50%', '33.3%', '>99.9%', '100%']);
    expect(formatPath([])).toBe('(the start)');
    const long = Array.from({ length: 14 }, (_, i) => `r${i}`);
    expect(formatPath(long)).toBe('r0 › r1 › r2 › r3 › r4 › r5 › r6 › … › r13  (14 replies)');
  });
});
