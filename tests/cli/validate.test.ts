import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

const good = readFileSync(fixture('format-example.yaml'), 'utf8');
// Two errors with positions the YAML parser itself fixes: a duplicate key (in an otherwise valid
// scenario, so it is the only problem), a broken flow list.
const rest = good.split('\n').slice(4).join('\n'); // the example after its format, id and title
const broken = tempDir({
  'dup.yaml': `format: 1\nid: dup\ntitle: { zh: 重复, en: Dup }\ntitle: { zh: 又来, en: Again }\n${rest}`,
  'syntax.yaml': 'format: 1\nid: [\n',
  'good.yaml': good,
});

describe('callcraft validate', () => {
  it('passes a clean file with exit 0 and a one-line summary', () => {
    const r = cli(['validate', fixture('format-example.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 file, 0 errors, 0 warnings\n');
    expect(r.stderr).toBe('');
  });

  it('reports file:line:col: error CODE message for each problem and exits 1', () => {
    const r = cli(['validate', broken]);
    expect(r.code).toBe(1);
    const all = r.stdout.trimEnd().split('\n');
    expect(all[1]).toMatch(/^ {2}hint: \S/); // the duplicate key's hint, under its line
    const lines = all.filter((l) => !l.startsWith('  hint: '));
    expect(lines[0]!.startsWith(`${join(broken, 'dup.yaml')}:4:1: error duplicate-key `)).toBe(true);
    expect(lines[0]!.length).toBeGreaterThan(`${join(broken, 'dup.yaml')}:4:1: error duplicate-key `.length);
    expect(lines[1]).toMatch(new RegExp(`^${join(broken, 'syntax.yaml').replace(/[.\\]/g, '\\$&')}:\\d+:\\d+: error yaml-syntax \\S`));
    expect(lines.at(-1)).toBe('3 files, 2 errors, 0 warnings');
  });

  it('prints a stable JSON object', () => {
    const r = cli(['validate', broken, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['files', 'problems', 'counts']);
    expect(report.counts).toEqual({ files: 3, errors: 2, warnings: 0 });
    expect(report.files).toEqual([
      { file: join(broken, 'dup.yaml'), scenario: null, errors: 1, warnings: 0 },
      { file: join(broken, 'good.yaml'), scenario: 'forgot-the-date', errors: 0, warnings: 0 },
      { file: join(broken, 'syntax.yaml'), scenario: null, errors: 1, warnings: 0 },
    ]);
    expect(report.problems[0]).toMatchObject({ file: join(broken, 'dup.yaml'), line: 4, col: 1, severity: 'error', code: 'duplicate-key' });
    expect(report.problems[0].message).toEqual(expect.any(String));
  });

  it('prints GitHub Actions annotations with paths relative to the workspace', () => {
    const r = cli(['validate', 'dup.yaml', '--format', 'github'], { cwd: broken, env: { GITHUB_WORKSPACE: broken } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=dup\.yaml,line=4,col=1,title=callcraft duplicate-key::[^\n]+$/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 file, 1 error, 0 warnings');
  });

  it('names a missing path and exits 2', () => {
    const r = cli(['validate', fixture('format-example.yaml'), 'no-such-dir/x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('callcraft: cannot read no-such-dir/x.yaml: no such file or directory\n');
  });

  it('refuses a folder without scenario files (exit 2), so nothing is not a pass', () => {
    const empty = tempDir({ 'notes.txt': 'hello' });
    const r = cli(['validate', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`callcraft: no scenario files (.yaml, .yml) in ${empty}\n`);
  });

  it('names the entry inside a folder that cannot be read (exit 2)', () => {
    const dir = tempDir({ 'good.yaml': good });
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'link.yaml'));
    const r = cli(['validate', dir]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `callcraft: cannot read ${join(dir, 'link.yaml')}: no such file or directory\n` });
  });

  it('checks a file named twice only once', () => {
    const r = cli(['validate', fixture('format-example.yaml'), fixture('format-example.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 file, 0 errors, 0 warnings\n');
  });

  it('needs at least one path and rejects unknown formats (exit 2)', () => {
    expect(cli(['validate']).stderr).toBe("callcraft validate: missing required argument 'paths'; see 'callcraft validate --help'\n");
    const r = cli(['validate', broken, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callcraft validate: option .*'xml' is invalid\. Allowed choices are text, json, github; see/);
  });

  it('never lets a file name drive the terminal', () => {
    const dir = tempDir({ 'evil\u001B]0;pwned\u0007.yaml': 'format: 1\nid: a\nid: b\n' });
    const r = cli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u001B\u0007]/);
    expect(r.stdout).toContain('evil.yaml:3:1: error duplicate-key');
  });
});
