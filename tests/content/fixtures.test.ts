// One broken scenario per check under tests/fixtures/broken/, each saying in `# expect:` lines
// exactly which problems it must produce (code, line, column), in order, and nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODE_LIST, PROBLEM_CODES, type ProblemCode } from '../../src/content/codes';
import { loadScenarioFile, loadScenarios, MAX_FILE_BYTES, parseScenario } from '../../src/content/load';
import { hasControlCharacters } from '../../src/core/sanitize';

const DIR = new URL('../fixtures/broken/', import.meta.url).pathname;

interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly expected: string[];
}

function expectations(text: string): string[] {
  return [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)$/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);
}

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    return { name, text, expected: expectations(text) };
  });

const summary = (problems: readonly { code: string; line: number; col: number }[]) => problems.map((p) => `${p.code} ${p.line}:${p.col}`);

/** Codes shown by a test below rather than by a file in the fixture folder. */
const coveredElsewhere = new Set<string>();
const temp = mkdtempSync(join(tmpdir(), 'callcraft-fixtures-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('broken fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s reports exactly what it expects', (_, f) => {
    expect(f.expected.length, 'the fixture has # expect: lines').toBeGreaterThan(0);
    const result = parseScenario(f.text, f.name);
    expect(summary(result.problems)).toEqual(f.expected);
    for (const p of result.problems) {
      expect(p.file).toBe(f.name);
      expect(p.severity).toBe(PROBLEM_CODES[p.code as ProblemCode].severity);
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.message).not.toMatch(/Invalid input|\n/);
      expect(hasControlCharacters(p.message + (p.hint ?? ''))).toBe(false);
    }
    expect(result.ok).toBe(result.problems.every((p) => p.severity === 'warning'));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reports the same positions with a BOM and CRLF line endings', (_, f) => {
    const crlf = parseScenario(`\uFEFF${f.text.replace(/\n/g, '\r\n')}`, f.name);
    expect(summary(crlf.problems)).toEqual(f.expected);
  });

  it('reports a repeated scenario id at the id of the second file, naming the first', () => {
    const dir = join(DIR, 'duplicate-scenario-id');
    const second = join(dir, 'b-second.yaml');
    const { scenarios, problems } = loadScenarios([dir]);
    expect(summary(problems)).toEqual(expectations(readFileSync(second, 'utf8')));
    expect(problems[0]!.file).toBe(second);
    expect(problems[0]!.message).toContain(join(dir, 'a-first.yaml'));
    expect(scenarios.map((s) => s.file)).toEqual([join(dir, 'a-first.yaml')]);
    coveredElsewhere.add('duplicate-scenario-id');
  });

  it('refuses a file over the size cap without parsing it', () => {
    const big = `format: 1\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    expect(summary(parseScenario(big, 'big.yaml').problems)).toEqual(['file-too-large 1:1']);
    const file = join(temp, 'big.yaml');
    writeFileSync(file, big);
    const loaded = loadScenarioFile(file);
    expect(summary(loaded.problems)).toEqual(['file-too-large 1:1']);
    expect(loaded.problems[0]!.message).toMatch(/larger than 1,000,000 bytes/);
    coveredElsewhere.add('file-too-large');
  });

  it('reports a missing file or a folder as unreadable', () => {
    const missing = loadScenarioFile(join(temp, 'nope.yaml'));
    expect(summary(missing.problems)).toEqual(['unreadable 1:1']);
    expect(missing.problems[0]!.message).toBe('cannot read the file: no such file or directory');
    expect(loadScenarioFile(temp).problems[0]!.message).toBe('cannot read the file: it is a folder');
    coveredElsewhere.add('unreadable');
  });

  it('reports a file saved in another encoding at its first byte that is not UTF-8', () => {
    const good = readFileSync(join(DIR, '..', 'format-example.yaml'), 'utf8');
    // GBK, as a Chinese editor on Windows may save it: 忘了 is CD FC C1 CB.
    const gbk = join(temp, 'gbk.yaml');
    writeFileSync(gbk, Buffer.concat([Buffer.from('format: 1\nid: gbk\ntitle: '), Buffer.from([0xcd, 0xfc, 0xc1, 0xcb]), Buffer.from('\n')]));
    const r = loadScenarioFile(gbk);
    expect(summary(r.problems)).toEqual(['wrong-encoding 3:8']);
    expect(r.problems[0]!.message).toBe('the file is not UTF-8 text: the byte 0xCD here is not UTF-8 (was it saved as GBK, Big5 or Latin-1?)');
    expect(r.problems[0]!.hint).toBe('save the file as UTF-8 in your editor');
    const utf16 = join(temp, 'utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]));
    expect(loadScenarioFile(utf16).problems.map((p) => `${p.code} ${p.line}:${p.col} ${p.message}`)).toEqual(['wrong-encoding 1:1 the file is UTF-16 text, not UTF-8']);
    // The same text as UTF-8, and a UTF-8 file that holds U+FFFD itself, load.
    const utf8 = join(temp, 'utf8.yaml');
    writeFileSync(utf8, good.replace('Forgot the due date', 'Forgot the due date \uFFFD'));
    expect(loadScenarioFile(utf8).problems).toEqual([]);
    coveredElsewhere.add('wrong-encoding');
  });

  it('has a fixture (or a test above) for every code in the catalogue', () => {
    const inFixtures = new Set(fixtures.flatMap((f) => f.expected.map((e) => e.split(' ')[0]!)));
    for (const e of expectations(readFileSync(join(DIR, 'duplicate-scenario-id', 'b-second.yaml'), 'utf8'))) inFixtures.add(e.split(' ')[0]!);
    // internal-error reports a bug in callcraft: no scenario file can produce it.
    const missing = PROBLEM_CODE_LIST.filter((c) => c !== 'internal-error' && !inFixtures.has(c) && !coveredElsewhere.has(c));
    expect(missing).toEqual([]);
    for (const c of inFixtures) expect(PROBLEM_CODE_LIST, `fixture code ${c}`).toContain(c);
  });
});

describe('the problem catalogue', () => {
  it('has stable kebab-case codes with a one-line summary each', () => {
    for (const [code, info] of Object.entries(PROBLEM_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(info.summary.length).toBeGreaterThan(10);
      expect(info.summary).not.toContain('\n');
    }
  });
});

describe('docs/problems.md', () => {
  it('lists the catalogue exactly, code by code', () => {
    const doc = readFileSync(new URL('../../docs/problems.md', import.meta.url), 'utf8');
    const rows = doc.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toEqual(Object.entries(PROBLEM_CODES).map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.summary.replace(/\|/g, '\\|')} |`));
  });
});
