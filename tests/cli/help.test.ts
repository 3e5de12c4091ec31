// Every command's --help, read as a newcomer would: each option and argument described, the
// version flag once, examples that work, the exit status, the same words for the same things.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild } from './support/cli';

beforeAll(requireBuild);

const top = () => cli(['--help']).stdout;
/** The commands the top-level help lists. */
const commands = () => [...top().matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
const help = (name: string) => cli([name, '--help']);

/** The entries of a help section ("Options:", "Arguments:"), continuation lines joined. */
function section(text: string, title: string): { term: string; description: string }[] {
  const start = text.indexOf(`\n${title}:\n`);
  if (start === -1) return [];
  const body = text.slice(start + title.length + 3).split('\n\n')[0]!;
  const entries: { term: string; description: string }[] = [];
  for (const line of body.split('\n')) {
    const m = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
    if (m) entries.push({ term: m[1]!, description: m[2] ?? '' });
    else if (entries.length > 0) entries.at(-1)!.description += ` ${line.trim()}`;
  }
  return entries;
}

describe('--help', () => {
  it('lists every command, and says how to get a command\'s own help', () => {
    expect(commands()).toEqual(['play', 'list', 'history', 'replay', 'validate', 'test', 'explore', 'graph', 'new', 'where', 'present', 'help']);
    expect(top()).toContain("Run 'callcraft <command> --help' for its options and examples.");
  });

  it('describes every option and argument of every command', () => {
    for (const name of commands()) {
      const text = help(name).stdout;
      for (const title of ['Arguments', 'Options', 'Global Options']) {
        for (const { term, description } of section(text, title)) expect(description.trim(), `${name}: ${term}`).not.toBe('');
      }
    }
  });

  it('shows the version flag once per command, among the global options', () => {
    for (const name of commands()) {
      const text = help(name).stdout;
      expect(text.match(/--version/g), name).toHaveLength(1);
      expect(section(text, 'Global Options').map((e) => e.term)).toContain('-v, --version');
    }
  });

  it('gives every command but help examples and its exit status', () => {
    for (const name of commands().filter((c) => c !== 'help')) {
      const text = help(name).stdout;
      expect(text, name).toMatch(/\nExamples:\n {2}callcraft /);
      expect(text, name).toMatch(/\nExit status: 0 /);
    }
  });

  it('uses bundled ids that exist in its examples', () => {
    const ids = (JSON.parse(cli(['list', '--format', 'json']).stdout) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id);
    for (const name of commands()) {
      for (const m of help(name).stdout.matchAll(/callcraft (?:play|explore|graph|present) ([a-z0-9-]+)(?=\s)/g)) expect(ids, `${name}: ${m[0]}`).toContain(m[1]);
    }
  });

  it('words --lang the same way everywhere it appears', () => {
    for (const name of ['play', 'list', 'explore', 'graph']) {
      const lang = section(help(name).stdout, 'Options').find((e) => e.term.startsWith('-l, --lang'))!;
      expect(lang.description, name).toMatch(/^language of .+ \(default: from the locale\) \(choices: "zh", "en"\)$/);
    }
    expect(top()).toMatch(/the locale \(LC_ALL, LC_MESSAGES, LANG\): zh\* gives Chinese/);
  });

  it('fits an 80-column terminal, Chinese counted as two columns', () => {
    for (const name of ['', ...commands()]) {
      for (const line of cli(name === '' ? ['--help'] : [name, '--help']).stdout.split('\n')) expect(stringWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('explains help itself, with its argument', () => {
    const text = help('help').stdout;
    expect(text).toMatch(/^Usage: callcraft help \[options\] \[command\]\n/);
    expect(section(text, 'Arguments')).toEqual([{ term: 'command', description: 'the command to explain, e.g. play' }]);
  });
});
