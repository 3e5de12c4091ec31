// What an author's folder really holds besides scenarios: link loops, pipes, files saved in
// another encoding. Each is named in words, and nothing hangs.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);
const good = readFileSync(fixture('format-example.yaml'), 'utf8');

describe('files an author did not mean to validate', () => {
  it('names a link that leads back to itself in words (exit 2)', () => {
    const dir = tempDir({ 'good.yaml': good });
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    const r = cli(['validate', join(dir, 'a.yaml')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`callcraft: cannot read ${join(dir, 'a.yaml')}: too many symbolic links (a link that leads back to itself?)\n`);
  });

  it('skips a named pipe inside a folder instead of waiting on it forever', () => {
    const dir = tempDir({ 'good.yaml': good });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const r = cli(['validate', dir], { timeout: 10_000 });
    expect(r).toMatchObject({ code: 0, stdout: '1 file, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('reports a scenario saved as GBK at its first non-UTF-8 byte (exit 1)', () => {
    const dir = tempDir();
    const file = join(dir, 'gbk.yaml');
    const gbkTitle = Buffer.from([0xcd, 0xfc, 0xc1, 0xcb]); // 忘了
    writeFileSync(file, Buffer.concat([Buffer.from(good.slice(0, good.indexOf('title: ') + 'title: '.length)), gbkTitle, Buffer.from('\n')]));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`${file}:4:8: error wrong-encoding the file is not UTF-8 text: the byte 0xCD here is not UTF-8 (was it saved as GBK, Big5 or Latin-1?)`);
    expect(r.stdout).toContain('  hint: save the file as UTF-8 in your editor\n');
  });
});

describe('callcraft test on a file that does not load', () => {
  it('prints its problems, one blank line, and the summary', () => {
    const dir = tempDir({ 'bad.yaml': good.replace('next: reason', 'next: reasn') });
    const r = cli(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\S+bad\.yaml:\d+:\d+: error unresolved-target .*\n {2}hint: did you mean "reason"\?\n\n0 scenarios, 0 tests, 0 failed, 0 passed, 1 file did not load\n$/);
  });
});

describe('an answers file saved in another encoding', () => {
  it('names a UTF-16 file (what Windows PowerShell writes with >) instead of playing garbage (exit 1)', () => {
    const dir = tempDir();
    const answers = join(dir, 'answers.txt');
    writeFileSync(answers, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('introduce\r\n', 'utf16le')]));
    const r = cli(['play', fixture('format-example.yaml'), '--inputs', answers]);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: `callcraft: ${answers}:1:1: the file is UTF-16 text, not UTF-8; save it as UTF-8\n` });
  });

  it('names the line of a byte that is not UTF-8, on stdin too', () => {
    const r = cli(['play', fixture('format-example.yaml'), '--inputs', '-'], { input: Buffer.concat([Buffer.from('introduce\n> caf'), Buffer.from([0xe9]), Buffer.from('\n')]) as unknown as string });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('callcraft: <stdin>:2:6: the file is not UTF-8 text: the byte 0xE9 here is not UTF-8 (was it saved as GBK, Big5 or Latin-1?); save it as UTF-8\n');
  });
});
