// `callcraft new` and `callcraft graph` through the built bin.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('fails clearly on a broken file (1), a missing one or a bad format (2)', () => {
    const dir = tempDir({ 'broken.yaml': 'format: 1\n' });
    expect(cli(['graph', join(dir, 'broken.yaml')]).code).toBe(1);
    expect(cli(['graph', join(dir, 'missing.yaml')]).code).toBe(2);
    expect(cli(['graph', fixture('format-example.yaml'), '--format', 'svg']).code).toBe(2);
    const unwritable = cli(['graph', fixture('format-example.yaml'), '--out', join(dir, 'no', 'such', 'dir', 'g.mmd')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^callcraft: cannot write .*: ENOENT\n$/);
  });
});
