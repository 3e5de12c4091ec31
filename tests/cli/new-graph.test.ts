// `callcraft new` and `callcraft graph` through the built bin.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import { explore, findings } from '../../src/core/explore';
import { runScenarioTests } from '../../src/core/scenario-tests';
import { cli, fixture, requireBuild, ROOT, tempDir } from './support/cli';

beforeAll(requireBuild);

describe('callcraft new', () => {
  it.each(['zh', 'en', 'both'])('writes a starter that loads cleanly, passes its tests and explores clean (--lang %s)', (lang) => {
    const dir = tempDir();
    const r = cli(['new', join(dir, 'late-fee'), '--lang', lang]);
    expect(r.code).toBe(0);
    const file = join(dir, 'late-fee.yaml');
    expect(r.stdout).toContain(`wrote ${file}  (scenario id late-fee`);
    const loaded = loadScenarioFile(file);
    expect(loaded.problems).toEqual([]);
    if (!loaded.ok) throw new Error('did not load');
    expect(loaded.loaded.scenario.id).toBe('late-fee');
    for (const t of runScenarioTests(loaded.loaded.scenario)) expect(t.failures, t.name).toEqual([]);
    expect(findings(explore(loaded.loaded.scenario))).toEqual([]);
    // and the commands an author runs next agree
    expect(cli(['explore', file]).code).toBe(0);
  });

  it('points the schema line at the installed schema, relative to the new file', () => {
    const dir = tempDir();
    const file = join(dir, 'deep', 'er', 'case.yaml');
    expect(cli(['new', file]).code).toBe(0);
    const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(file, 'utf8'))![1]!;
    expect(ref.startsWith('.')).toBe(true);
    expect(resolve(dirname(file), ref)).toBe(join(ROOT, 'schema', 'scenario.schema.json'));
    const custom = join(dir, 'custom.yaml');
    expect(cli(['new', custom, '--schema', 'https://example.org/scenario.schema.json']).code).toBe(0);
    expect(readFileSync(custom, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/scenario.schema.json');
  });

  it('refuses to overwrite a file unless --force', () => {
    const dir = tempDir();
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'my work\n');
    const r = cli(['new', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`callcraft: ${file} already exists; use --force to overwrite it\n`);
    expect(readFileSync(file, 'utf8')).toBe('my work\n');
    expect(cli(['new', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('id: mine');
  });

  it('needs an id it can use, and a YAML file name', () => {
    const dir = tempDir();
    const zh = cli(['new', join(dir, '逾期提醒.yaml')]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('pass --id');
    expect(cli(['new', join(dir, '逾期提醒.yaml'), '--id', 'overdue-reminder']).code).toBe(0);
    expect(readFileSync(join(dir, '逾期提醒.yaml'), 'utf8')).toContain('id: overdue-reminder');
    expect(cli(['new', join(dir, 'x.yaml'), '--id', 'Bad Id']).code).toBe(2);
    expect(cli(['new', join(dir, 'notes.txt')]).code).toBe(2);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(false);
    expect(cli(['new', join(dir, 'x.yaml'), '--lang', 'fr']).code).toBe(2);
  });

  it('answers a folder with a file path to use instead, and writes nothing', () => {
    const dir = tempDir();
    const folder = (arg: string, cwd = dir) => cli(['new', arg], { cwd });
    expect(folder('.')).toMatchObject({ code: 2, stdout: '', stderr: 'callcraft: "." names a folder: callcraft new writes a file, so give a path ending in .yaml or .yml, e.g. late-fee.yaml\n' });
    expect(folder('some/dir/')).toMatchObject({ code: 2, stderr: 'callcraft: "some/dir/" names a folder: callcraft new writes a file, so give a path ending in .yaml or .yml, e.g. some/dir/late-fee.yaml\n' });
    expect(folder('..').stderr).toBe('callcraft: ".." names a folder: callcraft new writes a file, so give a path ending in .yaml or .yml, e.g. ../late-fee.yaml\n');
    expect(folder(dir, ROOT).stderr).toBe(`callcraft: "${dir}" names a folder: callcraft new writes a file, so give a path ending in .yaml or .yml, e.g. ${join(dir, 'late-fee.yaml')}\n`);
    expect(folder('')).toMatchObject({ code: 2, stderr: 'callcraft: callcraft new needs the path of the file to write, ending in .yaml or .yml, e.g. late-fee.yaml\n' });
    expect(folder('cases/.yaml')).toMatchObject({ code: 2, stderr: 'callcraft: ".yaml" is only an extension: give the file a name, e.g. cases/late-fee.yaml\n' });
    expect(folder('notes.txt').stderr).toBe('callcraft: a scenario file ends in .yaml or .yml, not ".txt": e.g. notes.yaml\n');
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'cases'), 'a file\n');
    expect(folder('cases/x.yaml')).toMatchObject({ code: 2, stderr: 'callcraft: cannot write cases/x.yaml: cases is a file, not a folder\n' });
  });

  it('refuses a file name with a control character, showing it, rather than print a name that is not the file written', () => {
    const dir = tempDir();
    const esc = cli(['new', 'ab\u001B[31mc.yaml'], { cwd: dir });
    expect(esc).toMatchObject({ code: 2, stdout: '' });
    expect(esc.stderr).toBe('callcraft: the path "ab\\u001B[31mc.yaml" holds a control character (\\u001B); a file name cannot hold one: e.g. abc.yaml\n');
    const tab = cli(['new', 'x\ty.yaml'], { cwd: dir });
    expect(tab.stderr).toBe('callcraft: the path "x\\ty.yaml" holds a control character (\\t); a file name cannot hold one: e.g. x-y.yaml\n');
    expect(cli(['new', 'ok.yaml', '--schema', 'x\u0007.json'], { cwd: dir }).stderr).toBe('callcraft: --schema "x\\u0007.json" holds a control character (\\u0007); give it without one\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('quotes a path with spaces in the commands it suggests next, so they can be pasted', () => {
    const dir = tempDir();
    const r = cli(['new', 'late fee.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("wrote late fee.yaml  (scenario id late-fee, zh + en)\nnext: edit it, then  callcraft validate 'late fee.yaml'  ·  callcraft test 'late fee.yaml'  ·  callcraft explore 'late fee.yaml'\n");
    expect(readdirSync(dir)).toEqual(['late fee.yaml']);
  });
});

describe('callcraft graph', () => {
  it('prints Mermaid by default and DOT on request', () => {
    const m = cli(['graph', fixture('format-example.yaml'), '--lang', 'en']);
    expect(m.code).toBe(0);
    expect(m.stdout).toContain('flowchart TD');
    expect(m.stdout).toContain('n2 ==>|"shame ⚠ insult"| e5');
    const d = cli(['graph', fixture('format-example.yaml'), '--format', 'dot', '--lang', 'zh']);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('"paid-today" [label="✔ 成功\\npaid-today\\n当天还款"');
  });

  it('writes to --out and says so on stderr', () => {
    const dir = tempDir();
    const out = join(dir, 'g.mmd');
    const r = cli(['graph', fixture('format-example.yaml'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out} (2 nodes, 3 endings)\n`);
    expect(readFileSync(out, 'utf8')).toContain('flowchart TD');
  });

  it('counts one node and one ending in the singular', () => {
    const dir = tempDir({ 'one.yaml': 'format: 1\nid: one\ntitle: One\ndifficulty: 1\nstats: { rapport: 50, willingness: 40 }\nstart: a\nnodes:\n  a: { say: Hi, replies: [{ text: Pay., next: paid }] }\nendings:\n  paid: { outcome: success, title: Paid, debrief: Good. }\n' });
    const out = join(dir, 'g.mmd');
    expect(cli(['graph', join(dir, 'one.yaml'), '--out', out])).toMatchObject({ code: 0, stderr: `wrote ${out} (1 node, 1 ending)\n` });
  });

  it('fails clearly on a broken file (1), a missing one or a bad format (2)', () => {
    const dir = tempDir({ 'broken.yaml': 'format: 1\n' });
    expect(cli(['graph', join(dir, 'broken.yaml')]).code).toBe(1);
    expect(cli(['graph', join(dir, 'missing.yaml')]).code).toBe(2);
    expect(cli(['graph', fixture('format-example.yaml'), '--format', 'svg']).code).toBe(2);
    const unwritable = cli(['graph', fixture('format-example.yaml'), '--out', join(dir, 'no', 'such', 'dir', 'g.mmd')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe(`callcraft: cannot write ${join(dir, 'no', 'such', 'dir', 'g.mmd')}: the folder ${join(dir, 'no', 'such', 'dir')} does not exist\n`);
    const folder = cli(['graph', fixture('format-example.yaml'), '--out', dir]);
    expect(folder).toMatchObject({ code: 2, stdout: '', stderr: `callcraft: cannot write ${dir}: it is a folder; give a file name, e.g. ${join(dir, 'graph.mmd')}\n` });
  });
});
