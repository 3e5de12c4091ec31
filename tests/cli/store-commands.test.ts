// where, history, replay and the saving of headless play, through the built command line,
// each test against its own temp store.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { widthOf as displayWidth } from '../../src/cli/width';
import { Store } from '../../src/store/index';
import { cleanup, draftOf, loadFixture, tempDir } from '../support/store';
import { BIN, cli as run, cliEnv, requireBuild, ROOT } from './support/cli';

beforeAll(requireBuild);
const loaded = loadFixture('format-example.yaml');

let home: string;
beforeEach(() => { home = tempDir(); });
afterEach(() => cleanup(home));

function cli(args: string[], env: Record<string, string | undefined> = {}, input = '') {
  return run(args, { env: { CALLCRAFT_HOME: home, TZ: 'UTC', ...env }, input });
}

function seed() {
  const store = Store.open({ home });
  const zh = store.saveRun(draftOf(loaded, ['introduce', 'date'], '李雷', { lang: 'zh' }))!;
  const en = store.saveRun(draftOf(loaded, ['demand', 'shame'], 'Ann'))!;
  const left = store.saveRun(draftOf(loaded, ['introduce'], 'Ann'))!;
  return { zh, en, left };
}

describe('callcraft where', () => {
  it('prints CALLCRAFT_HOME, or the per-user config folder, without creating it', () => {
    expect(cli(['where'])).toEqual({ code: 0, stdout: `${home}\n`, stderr: '' });
    const r = cli(['where'], { CALLCRAFT_HOME: undefined, XDG_CONFIG_HOME: join(home, 'cfg') });
    expect(r.stdout).toBe(`${join(home, 'cfg', 'callcraft')}\n`);
    expect(existsSync(join(home, 'cfg'))).toBe(false);
  });
});

describe('callcraft history', () => {
  it('lists every run newest first, in columns aligned by display width', () => {
    const { zh, en, left } = seed();
    const r = cli(['history']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run\s+when\s+player\s+scenario\s+result\s+score\s+grade$/);
    expect(lines.slice(1).map((l) => l.slice(0, 16))).toEqual([left.record.id, en.record.id, zh.record.id]);
    expect(lines[3]).toContain('忘了还款日');
    expect(lines[1]).toContain('abandoned');
    // The result column starts at the same display column in every row, Chinese or not.
    const at = (l: string, word: string) => displayWidth(l.slice(0, l.search(new RegExp(`\\b${word}\\b`))));
    expect(new Set([at(lines[0]!, 'result'), at(lines[1]!, 'abandoned'), at(lines[2]!, 'failure'), at(lines[3]!, 'success')]).size).toBe(1);
  });

  it('filters by player (hiding the player column) and by scenario', () => {
    const { en, left } = seed();
    const r = cli(['history', '--player', 'Ann']);
    expect(r.stdout.split('\n')[0]).not.toContain('player');
    expect(r.stdout.trimEnd().split('\n').slice(1).map((l) => l.slice(0, 16))).toEqual([left.record.id, en.record.id]);
    expect(cli(['--player', 'Ann', 'history', '--scenario', 'other']).stdout).toBe('No runs of scenario "other" saved yet for player "Ann".\n');
    expect(cli(['history', '--player', 'Nobody']).stdout).toBe('No runs saved yet for player "Nobody".\n');
    expect(cli(['history', '--best', '--player', 'Nobody\u001B[2J']).stdout).toBe('No finished runs saved yet for player "Nobody".\n');
  });

  it('lists the best per player and scenario with --best', () => {
    const { zh, en } = seed();
    const rows = JSON.parse(cli(['history', '--best', '--format', 'json']).stdout);
    expect(rows).toEqual([
      { player: 'Ann', scenario: 'forgot-the-date', title: 'Forgot the due date', attempts: 2, score: en.record.score, grade: 'F', outcome: 'failure', run: en.record.id, finishedAt: en.record.finishedAt },
      { player: '李雷', scenario: 'forgot-the-date', title: '忘了还款日', attempts: 1, score: 87, grade: 'A', outcome: 'success', run: zh.record.id, finishedAt: zh.record.finishedAt },
    ]);
    const table = cli(['history', '--best']).stdout.split('\n');
    expect(table[0]).toMatch(/^player\s+scenario\s+best\s+grade\s+result\s+attempts\s+run\s+when$/);
    expect(table[2]).toContain('忘了还款日');
  });

  it('gives JSON with one object per run', () => {
    const { zh, left } = seed();
    const rows = JSON.parse(cli(['history', '--format', 'json']).stdout);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: left.record.id, player: 'Ann', outcome: null, abandoned: true, replies: 1 });
    expect(rows[2]).toMatchObject({ id: zh.record.id, player: '李雷', title: '忘了还款日', lang: 'zh', outcome: 'success', score: 87, grade: 'A', endingTitle: '当天还款' });
  });

  it('gives CSV that Excel reads: BOM, CRLF, RFC 4180 quoting, Chinese intact, no formulas', () => {
    seed();
    const store = Store.open({ home });
    store.saveRun(draftOf(loaded, ['introduce', 'date'], 'Wu, "Jr"\u202e'));
    store.saveRun(draftOf(loaded, ['introduce', 'date'], '=HYPERLINK("x")'));
    const raw = spawnSync(process.execPath, [BIN, 'history', '--format', 'csv'], { cwd: ROOT, env: cliEnv({ CALLCRAFT_HOME: home }) });
    const bytes = raw.stdout as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('id,player,scenario,title,mode,lang,startedAt,finishedAt,outcome,ending,endingTitle,score,grade,replies,violations,abandoned');
    expect(lines[1]).toMatch(/^[0-9a-z]{9}-[0-9a-z]{6},"'=HYPERLINK\(""x""\)",forgot-the-date,Forgot the due date,practice,en,/);
    expect(lines[2]).toContain(',"Wu, ""Jr""",');
    expect(text).toContain(',忘了还款日,');
    expect(text).toContain(',当天还款,');
    expect(text).not.toContain('\u202e');
  });

  it('refuses a bad format or an empty player name in one line, exit 2', () => {
    const bad = cli(['history', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const empty = cli(['history', '--player', '  ']);
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toBe('callcraft: a player name cannot be empty\n');
  });

  it('tells on stderr where a damaged run file went, and lists the rest', () => {
    const { zh, en } = seed();
    writeFileSync(en.file, '{"v":1,');
    const r = cli(['history', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/^callcraft: the run file .* was damaged \(not valid JSON\); it was moved to .*\.corrupt-\d{8}T\d{6}Z and is left out\n$/);
    expect(readFileSync(r.stderr.match(/moved to (\S+) and/)![1]!, 'utf8')).toBe('{"v":1,');
    expect(cli(['history']).stderr).toBe('');
    expect(zh.record.id).toBeTruthy();
  });
});

describe('a store folder that cannot be used', () => {
  it('is one clear line, never a stack trace', () => {
    const file = join(home, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = cli(['history'], { CALLCRAFT_HOME: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`callcraft: the store folder ${file} is a file, not a folder (is CALLCRAFT_HOME right?)\n`);
    const below = cli(['history'], { CALLCRAFT_HOME: join(file, 'store') });
    expect(below.code).toBe(0);
    expect(below.stdout).toBe('No runs saved yet.\n');
    expect(below.stderr).toMatch(/^callcraft: the settings file .* could not be read \(ENOTDIR\) and could not be moved aside \(ENOTDIR\); it is left as it is\n$/);
  });
});

describe('callcraft replay', () => {
  it('prints a run turn by turn, recomputed when its scenario file is unchanged', () => {
    const { en } = seed();
    const r = cli(['replay', en.record.id]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Forgot the due date',
      `${en.record.id} · Ann · forgot-the-date · practice · en · ${en.record.finishedAt.slice(0, 16).replace('T', ' ')}`,
      'Recomputed from the saved answers through the game rules.',
    ]);
    expect(r.stdout).toContain([
      '1 · hello',
      "  Debtor: Hello, who's calling?",
      '  You [demand]: Your card is overdue. Pay today.',
      '  Rapport ▼ -15 → 35',
      '  Coach: Open by confirming identity and purpose.',
      '  Not taken:',
      "    [introduce] Hello Ms. Liu, this is Chen from the card centre, calling about this month's statement.",
    ].join('\n'));
    expect(r.stdout).toContain('  ✗ Violation: insult — the reply itself\n');
    expect(r.stdout).toContain('Ending: Hung up (failure)\n  The insult ended the call.\n');
    expect(r.stdout).toMatch(/Score 0\/100 · grade F\n  outcome 0 \+ rapport \d+ \+ willingness \d+ \+ length 0 - violations 15 = -\d+\n  floor at 0: -\d+ counts as 0\n$/);
  });

  it('shows a run in the language asked for, or the saved record when the scenario is gone', () => {
    const { zh, left } = seed();
    expect(cli(['replay', zh.record.id, '--lang', 'en']).stdout).toContain("  Debtor: Hello, who's calling?\n");
    expect(cli(['replay', left.record.id]).stdout).toContain('The call was left unfinished after 1 reply.\n\nScore 19/100 · grade F (unfinished)');
    const record = JSON.parse(readFileSync(zh.file, 'utf8'));
    writeFileSync(zh.file, JSON.stringify({ ...record, file: join(home, 'gone.yaml'), scenario: 'gone-scenario' }));
    const r = cli(['replay', zh.record.id.slice(0, 12), '--lang', 'en']);
    expect(r.stdout).toContain('这次通话的场景已不存在：按保存时的记录显示。');
    expect(r.stdout).toContain('  债务人：喂，你好，哪位?\n');
    expect(r.stdout).toContain('结局：当天还款（成功）');
    expect(r.stdout).toContain('得分 87/100 · 等级 A');
  });

  it('refuses unknown, ambiguous and malformed ids in one line, exit 2', () => {
    seed();
    for (const [ref, message] of [['zzzzzzzzz', /no saved run has the id "zzzzzzzzz"/], ['0', /matches 3 runs/], ['../../etc', /is not a run id/]] as const) {
      const r = cli(['replay', ref]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('headless play saves its run', () => {
  const example = loaded.file;

  it('as a normal run, for the current player, and says so', () => {
    const r = cli(['play', example, '--inputs', '-'], {}, 'introduce\ndate\n');
    expect(r.code).toBe(0);
    const [run] = JSON.parse(cli(['history', '--format', 'json']).stdout);
    expect(run).toMatchObject({ scenario: 'forgot-the-date', outcome: 'success', abandoned: false, replies: 2, mode: 'practice', lang: 'en' });
    expect(r.stdout).toMatch(new RegExp(`\nSaved as run ${run.id} \\(player .+, attempt 1\\) · replay: callcraft replay ${run.id}\nA first score\.\n$`));
    const again = cli(['play', example, '--inputs', '-'], {}, 'demand\ndate\n');
    expect(again.stdout).toMatch(/attempt 2\) · replay: .*\nBest so far: 87 \(A\)\.\n$/);
    expect(cli(['replay', run.id]).stdout).toContain('Recomputed from the saved answers');
  });

  it('as abandoned when the inputs run out, for --player, with the result in JSON', () => {
    const r = cli(['play', example, '--inputs', '-', '--format', 'json', '--player', '李雷'], {}, 'introduce\n');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const [run] = JSON.parse(cli(['history', '--format', 'json', '--player', '李雷']).stdout);
    expect(run).toMatchObject({ player: '李雷', abandoned: true, outcome: null, replies: 1 });
    expect(json.saved).toEqual({ run: run.id, player: '李雷', newBest: false, previousBest: null });
    const best = JSON.parse(cli(['--player', '李雷', 'play', example, '-i', '-', '-f', 'json'], {}, 'introduce\ndate\n').stdout);
    expect(best.saved).toMatchObject({ player: '李雷', newBest: true, previousBest: null });
  });

  it('not at all with --no-save, nor when no reply was given', () => {
    const r = cli(['play', example, '--inputs', '-', '--no-save', '--format', 'json'], {}, 'introduce\ndate\n');
    expect(JSON.parse(r.stdout).saved).toBeNull();
    expect(cli(['play', example, '--inputs', '-'], {}, '').stdout).not.toContain('Saved as run');
    expect(cli(['history', '--format', 'json']).stdout).toBe('[]\n');
  });

  it('prints the call and then one line when the run cannot be saved (exit 1)', () => {
    const file = join(home, 'a-file');
    writeFileSync(file, 'x');
    const r = cli(['play', example, '--inputs', '-'], { CALLCRAFT_HOME: file }, 'introduce\ndate\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Ending: Paid today (success)');
    expect(r.stderr).toBe(`callcraft: the run was not saved: the store folder ${file} is a file, not a folder (is CALLCRAFT_HOME right?)\n`);
  });
});
