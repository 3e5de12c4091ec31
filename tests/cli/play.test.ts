import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

const example = fixture('format-example.yaml');
const library = tempDir({ 'forgot.yaml': readFileSync(example, 'utf8'), 'rules.yaml': readFileSync(fixture('engine-rules.yaml'), 'utf8') });

describe('callcraft play --inputs', () => {
  it('prints the transcript of a finished call and exits 0', () => {
    const dir = tempDir({ 'in.txt': '# polite\nintroduce\n> could you take care of it this afternoon? text me the amount\n' });
    const r = cli(['play', example, '--inputs', join(dir, 'in.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain("  You [introduce]: Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement.\n  Rapport ▲ +5 → 55\n");
    expect(r.stdout).toMatch(/You typed: could you take care of it this afternoon\? text me the amount\n {4}understood as \[date\] /);
    expect(r.stdout).toContain('Ending: Paid today (success)\n  A clear amount and deadline did it.\n');
    expect(r.stdout).toMatch(/Score \d+\/100 · grade [A-F]\n/);
  });

  it('reads the inputs from stdin with -, and prints the documented JSON', () => {
    const r = cli(['play', example, '--inputs', '-', '--format', 'json'], { input: 'introduce\n2\n' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['scenario', 'ending', 'outcome', 'score', 'grade', 'stats', 'violations', 'steps']));
    expect(json).toMatchObject({ scenario: 'forgot-the-date', ending: 'hung-up', outcome: 'failure', grade: 'F', lang: 'en', mode: 'practice' });
    expect(json.violations).toEqual([{ turn: 2, kind: 'insult', source: 'reply' }]);
    expect(json.steps.map((s: { reply: string }) => s.reply)).toEqual(['introduce', 'shame']);
    expect(Object.keys(json.steps[0])).toEqual(expect.arrayContaining(['node', 'input', 'reply', 'match', 'effects', 'stats', 'feedback', 'violations', 'route']));
  });

  it('gives the call so far with ending null when the inputs run out (exit 0)', () => {
    const r = cli(['play', example, '-i', '-', '-f', 'json'], { input: 'introduce\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ending: null, outcome: null, node: 'reason', turns: 1 });
    const text = cli(['play', example, '-i', '-'], { input: '' });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('The call is not over: the inputs ran out after 0 replies, at node "hello".');
  });

  it('reports a bad input line with its number and exits 1', () => {
    const r = cli(['play', example, '--inputs', '-'], { input: 'introduce\n\n# next\nflatter\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('callcraft: <stdin>:4: node "reason" has no reply "flatter" (offered: 1 date, 2 shame)\n');
    const number = cli(['play', example, '--inputs', '-'], { input: '7\n' });
    expect(number.stderr).toBe('callcraft: <stdin>:1: there is no reply number 7 at node "hello": 2 replies are offered (offered: 1 introduce, 2 demand)\n');
    expect(cli(['play', example, '-i', '-'], { input: '>\n' }).stderr).toBe('callcraft: <stdin>:1: the typed answer after ">" is empty\n');
  });

  it('refuses input after the ending (exit 1)', () => {
    const dir = tempDir({ 'in.txt': 'introduce\ndate\ndate\n' });
    const r = cli(['play', example, '--inputs', join(dir, 'in.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`callcraft: ${join(dir, 'in.txt')}:3: the call already ended at "paid-today" (Paid today) after line 2; nothing more can be played\n`);
  });

  it('follows --lang, else the locale, for the scenario text', () => {
    const zh = cli(['play', example, '-i', '-', '--lang', 'zh'], { input: 'introduce\n' });
    expect(zh.stdout).toContain('  你 [introduce]：您好刘女士，我是信用卡中心的小陈，想和您确认一下本月账单。\n');
    const locale = cli(['play', example, '-i', '-', '-f', 'json'], { input: '', env: { LANG: 'zh_CN.UTF-8' } });
    expect(JSON.parse(locale.stdout).lang).toBe('zh');
    const lcAll = cli(['play', example, '-i', '-', '-f', 'json'], { input: '', env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' } });
    expect(JSON.parse(lcAll.stdout).lang).toBe('en');
  });

  it('plays a scenario without that language in its first language', () => {
    const zhOnly = [
      'format: 1', 'id: zh-only', 'title: { zh: 只有中文 }', 'difficulty: 1', 'languages: [zh]',
      'stats: { rapport: 50, willingness: 50 }', 'start: a',
      'nodes:', '  a:', '    say: { zh: 喂？ }', '    replies: [{ id: bye, text: { zh: 再见。 }, next: done }]',
      'endings:', '  done: { outcome: partial, title: { zh: 结束 }, debrief: { zh: 好。 } }', '',
    ].join('\n');
    const dir = tempDir({ 'zh-only.yaml': zhOnly });
    const r = cli(['play', join(dir, 'zh-only.yaml'), '-i', '-', '-f', 'json', '--lang', 'en'], { input: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ lang: 'zh', say: '喂？' });
    const plain = cli(['play', fixture('engine-rules.yaml'), '-i', '-', '-f', 'json', '--lang', 'zh'], { input: '' });
    expect(JSON.parse(plain.stdout)).toMatchObject({ lang: 'zh', say: 'Yes?' });
  });

  it('accepts the modes, with choice as another word for practice', () => {
    for (const [mode, expected] of [['practice', 'practice'], ['exam', 'exam'], ['free', 'free'], ['choice', 'practice']]) {
      const r = cli(['play', example, '-i', '-', '-f', 'json', '--mode', mode!], { input: 'introduce\n' });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).mode).toBe(expected);
    }
    const bad = cli(['play', example, '-i', '-', '--mode', 'story'], { input: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^callcraft play: option .*'story' is invalid\. Allowed choices are practice, exam, free, choice; see/);
  });

  it('keeps the coach quiet in exam mode until the debrief', () => {
    const r = cli(['play', example, '-i', '-', '--mode', 'exam'], { input: 'demand\n' });
    expect(r.stdout).not.toContain('  Coach: Open by confirming identity and purpose.');
    expect(r.stdout).toContain("Coach's notes\n  1 · hello: Open by confirming identity and purpose.\n");
  });

  it('resolves a bare id in the scenario library (CALLCRAFT_SCENARIOS)', () => {
    const r = cli(['play', 'forgot-the-date', '-i', '-', '-f', 'json'], { input: 'introduce\n', env: { CALLCRAFT_SCENARIOS: library } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scenario: 'forgot-the-date', file: join(library, 'forgot.yaml') });
  });

  it('lists the ids when the argument is neither a file nor an id (exit 2)', () => {
    const r = cli(['play', 'forgot-the-dat', '-i', '-'], { env: { CALLCRAFT_SCENARIOS: library } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('callcraft: "forgot-the-dat" is neither a scenario file nor a scenario id; the scenario ids are: forgot-the-date, engine-rules\n');
    const path = cli(['play', 'cases/missing.yaml', '-i', '-'], { env: { CALLCRAFT_SCENARIOS: library } });
    expect(path.stderr).toBe('callcraft: no such file: cases/missing.yaml; the scenario ids are: forgot-the-date, engine-rules\n');
  });

  it('shows the problems of a scenario that does not load (exit 1)', () => {
    // The example with its id given twice: one error, at the second id.
    const dir = tempDir({ 'bad.yaml': `format: 1\nid: a\nid: b\n${readFileSync(example, 'utf8').split('\n').slice(3).join('\n')}` });
    const r = cli(['play', join(dir, 'bad.yaml'), '-i', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${join(dir, 'bad.yaml')}:3:1: error duplicate-key .+\\n(  hint: .+\\n)?callcraft: ${join(dir, 'bad.yaml')} has errors; fix them to play it`));
  });

  it('names an unreadable inputs file (exit 2)', () => {
    const r = cli(['play', example, '--inputs', 'no-such-inputs.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('callcraft: cannot read the inputs file no-such-inputs.txt: no such file\n');
  });

  it('explains --inputs when there is no terminal (exit 2)', () => {
    const r = cli(['play', example]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^callcraft: playing on screen needs an interactive terminal; .*--inputs <file\|->/);
    expect(cli(['play', example, '--format', 'json']).stderr).toBe('callcraft: --format json needs --inputs: the JSON result is for headless play\n');
  });
});
