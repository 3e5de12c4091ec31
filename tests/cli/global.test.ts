// What every command shares: help, version, usage errors, colour, closed pipes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version';
import { ANSI, cli, cliIntoClosedPipe, fixture, requireBuild, tempDir } from './support/cli';
import { inTerminal } from './support/pty';

beforeAll(requireBuild);

const COMMANDS = ['play', 'list', 'history', 'replay', 'validate', 'test', 'where'];
const broken = tempDir({ 'dup.yaml': 'format: 1\nid: a\nid: b\n' });

describe('help and version', () => {
  it('answers --help and --version on the program and on every command', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    for (const name of COMMANDS) expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(top.stdout).toContain('Exit status: 0 fine, 1 the input has problems');
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    for (const name of COMMANDS) {
      const help = cli([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: callcraft ${name} `));
      expect(help.stdout).toContain('--no-color');
      expect(cli([name, '--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    }
  });
});

describe('usage errors', () => {
  it('names an unknown command with a suggestion, on one line, exit 2', () => {
    const r = cli(['valdate', 'x.yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: "callcraft: unknown command 'valdate' (did you mean validate?); see 'callcraft --help'\n" });
    expect(cli(['fly']).stderr).toBe("callcraft: unknown command 'fly'; see 'callcraft --help'\n");
  });

  it('names an unknown flag with a suggestion, on one line, exit 2', () => {
    const r = cli(['validate', broken, '--fromat', 'json']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: "callcraft validate: unknown option '--fromat' (did you mean --format?); see 'callcraft validate --help'\n" });
    expect(cli(['--colour']).stderr).toMatch(/^callcraft: unknown option '--colour'.*\n$/);
  });

  it('refuses extra arguments to a command', () => {
    const r = cli(['list', 'extra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callcraft list: too many arguments.*\n$/);
  });

  it('explains --inputs when the bare command has no terminal (exit 2)', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callcraft: the menu needs an interactive terminal; .*callcraft play <file\|id> --inputs <file\|->.*\n$/);
  });
});

describe('colour', () => {
  it('never writes ANSI codes when stdout is not a terminal', () => {
    const r = cli(['validate', broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('colours a terminal unless --no-color or NO_COLOR says otherwise', async () => {
    const coloured = await inTerminal(['validate', broken]);
    expect(coloured.code).toBe(1);
    expect(coloured.output).toMatch(ANSI);
    for (const [args, env] of [[['--no-color', 'validate', broken], {}], [['validate', broken, '--no-color'], {}], [['validate', broken], { NO_COLOR: '1' }]] as const) {
      const r = await inTerminal(args, env);
      expect(r.code).toBe(1);
      expect(r.output).toContain('dup.yaml:3:1: error duplicate-key');
      expect(r.output).not.toMatch(ANSI);
    }
  });

  it('shortens list summaries to the terminal width, counting wide characters as two', async () => {
    const long = readFileSync(fixture('format-example.yaml'), 'utf8')
      .replace('difficulty: 1', `difficulty: 1\nsummary: { zh: ${'很长的摘要'.repeat(20)}, en: ${'a long summary '.repeat(20)} }`);
    const dir = tempDir({ 'long.yaml': long });
    const r = await inTerminal(['list', '--lang', 'zh', '--no-color'], { CALLCRAFT_SCENARIOS: dir }, 120);
    const row = r.output.split('\r\n').find((l) => l.startsWith('forgot-the-date'))!;
    expect(row).toContain('…');
    const { widthOf } = await import('../../src/cli/width');
    expect(widthOf(row)).toBeLessThanOrEqual(119);
    expect(row.endsWith(join(dir, 'long.yaml'))).toBe(true);
  });
});

describe('closed pipes', () => {
  it('ends quietly when the reader goes away (| head), without EPIPE noise', async () => {
    const dir = tempDir({ 'loop.yaml': [
      'format: 1', 'id: loop', 'title: Loop', 'difficulty: 1', 'stats: { rapport: 50, willingness: 50 }', 'start: a',
      'nodes:', '  a:', '    say: Again?', '    replies: [{ id: again, text: Once more., next: a }]',
      'endings:', '  done: { outcome: partial, title: Done, debrief: Fine. }', '',
    ].join('\n'), 'in.txt': 'again\n'.repeat(5000) });
    const r = await cliIntoClosedPipe(['play', join(dir, 'loop.yaml'), '--inputs', join(dir, 'in.txt')]);
    expect(r.stdout).toMatch(/^Loop/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
