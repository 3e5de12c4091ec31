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

describe('exploreText wording', () => {
  const plain = makeStyle(false);
  const text = (yaml: string) => {
    const s = scenarioFromYaml(yaml);
    const report = explore(s);
    return exploreText(report, s, 'en', findings(report), plain);
  };
  const ONE = `
format: 1
id: one
title: One
difficulty: 1
stats: { rapport: 50, willingness: 40 }
start: hello
nodes:
  hello:
    say: Hello?
    replies:
      - { id: pay, text: Please pay., next: paid }
endings:
  paid: { outcome: success, title: Paid, debrief: Good. }
`;

  it('counts one state, one reply choice and one path in the singular', () => {
    const lines = text(ONE);
    expect(lines).toContain('exhaustive: 1 state, 1 reply choice');
    expect(lines).toContain('success share  100%  (1 of 1 path ends in success)');
  });

  it('agrees the verb with the successes and the noun with all paths', () => {
    const lines = text(ONE.replace('      - { id: pay, text: Please pay., next: paid }', '      - { id: pay, text: Please pay., next: paid }\n      - { id: no, text: Bye., next: lost }\n      - { id: nah, text: Later., next: lost }')
      .replace('endings:\n', 'endings:\n  lost: { outcome: failure, title: Lost, debrief: Bad. }\n'));
    expect(lines).toContain('success share  33.3%  (1 of 3 paths ends in success)');
  });

  it('claims nothing beyond the budget when the search was cut short', () => {
    const s = scenarioFromYaml(ONE.replace('      - { id: pay, text: Please pay., next: paid }', '      - { id: pay, text: Please pay., next: paid }\n      - { id: again, text: Hm., effects: { rapport: 1 }, next: hello }'));
    const report = explore(s, { maxStates: 5 });
    expect(report.exhaustive).toBe(false);
    const lines = exploreText(report, s, 'en', findings(report), plain);
    expect(lines).toContain('Coverage  (of the states searched: beyond the budget more may be used)');
    expect(lines).toContain('  none found among the states searched');
    expect(lines.at(-1)).toBe('✓ every ending and a success were reached within the budget, and no trap was found among the states searched');
  });

  it('writes ranges as "lo to hi", so a negative bound cannot be misread, and an open one as "or more"', () => {
    const lines = text(`
format: 1
id: ranges
title: Ranges
difficulty: 1
stats: { rapport: 50, willingness: 50, mood: { start: -10, min: -50, max: 50 } }
start: a
nodes:
  a:
    say: Hi.
    replies:
      - { id: up, text: Up., effects: { mood: 20, rapport: 10 }, next: b }
      - { id: down, text: Down., effects: { mood: -20 }, next: b }
  b:
    say: So?
    replies:
      - { id: pay, text: Pay., next: paid }
      - { id: wait, text: Wait., next: b }
endings:
  paid: { outcome: success, title: Paid, debrief: Good. }
`);
    expect(lines.find((l) => l.startsWith('  ✔ paid'))).toMatch(/ 70 to 82 /);
    expect(lines.find((l) => l.startsWith('  b '))).toMatch(/^ {2}b\s+2\s+1 or more\s+50 to 60\s+50\s+-30 to 10$/);
    expect(lines.join('\n')).not.toMatch(/\d–/);
  });
});
