import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { widthOf } from '../../src/cli/width';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

const example = readFileSync(fixture('format-example.yaml'), 'utf8');
const harder = example
  .replace('id: forgot-the-date', 'id: hard-case')
  .replace('difficulty: 1', 'difficulty: 4')
  .replace('title: { zh: 忘了还款日, en: Forgot the due date }', 'title: { zh: 难缠的客户, en: A hard case }\nsummary: { zh: 反复失约的债务人, en: A serial promise-breaker }');
const library = tempDir({ 'a-hard.yaml': harder, 'b-easy.yaml': example });

describe('callcraft list', () => {
  it('lists id, difficulty, title, summary and file, easiest first, aligned by display width', () => {
    const r = cli(['list', '--lang', 'zh'], { env: { CALLCRAFT_SCENARIOS: library } });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^forgot-the-date {2}★☆☆☆☆ {2}忘了还款日 +\S*b-easy\.yaml$/);
    expect(lines[2]).toMatch(/^hard-case +★★★★☆ {2}难缠的客户 {2}反复失约的债务人 {2}\S*a-hard\.yaml$/);
    // The file column starts at the same display column on every row.
    const fileColumn = (line: string) => widthOf(line.slice(0, line.lastIndexOf(' ') + 1));
    expect(fileColumn(lines[1]!)).toBe(fileColumn(lines[2]!));
    expect(lines[0]!.trimEnd().endsWith('file')).toBe(true);
  });

  it('prints JSON for scripts', () => {
    const r = cli(['list', '--format', 'json'], { env: { CALLCRAFT_SCENARIOS: library } });
    const json = JSON.parse(r.stdout);
    expect(json.dir).toBe(library);
    expect(json.scenarios.map((s: { id: string }) => s.id)).toEqual(['forgot-the-date', 'hard-case']);
    expect(json.scenarios[1]).toEqual({
      id: 'hard-case', difficulty: 4, title: 'A hard case', summary: 'A serial promise-breaker',
      languages: ['zh', 'en'], file: join(library, 'a-hard.yaml'), tests: 1,
    });
    expect(json.problems).toEqual([]);
  });

  it('lists what loads and says which files did not (exit 1)', () => {
    const dir = tempDir({ 'ok.yaml': example, 'broken.yaml': 'format: 1\nid: x\nid: y\n' });
    const r = cli(['list'], { env: { CALLCRAFT_SCENARIOS: dir } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('forgot-the-date');
    expect(r.stderr).toBe(`callcraft: 1 scenario file in ${dir} did not load; see callcraft validate ${dir}\n`);
  });

  it('names a CALLCRAFT_SCENARIOS that is not a folder (exit 2)', () => {
    const r = cli(['list'], { env: { CALLCRAFT_SCENARIOS: '/no/such/folder' } });
    expect(r).toMatchObject({ code: 2, stderr: 'callcraft: CALLCRAFT_SCENARIOS is not a folder: /no/such/folder\n' });
  });
});
