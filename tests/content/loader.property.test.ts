// No input text, however mangled, makes the loader throw: it returns problems, well formed and
// safe to print. And what it accepts, the engine can play.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, type ProblemCode } from '../../src/content/codes';
import { parseScenario, type LoadResult } from '../../src/content/load';
import { chooseReply, offeredReplies, startRun } from '../../src/core/engine';
import { hasControlCharacters } from '../../src/core/sanitize';
import { generateScenarioYaml } from '../support/generate';
import { fixturePath } from '../support/scenarios';

const valid = [
  readFileSync(fixturePath('format-example.yaml'), 'utf8'),
  readFileSync(fixturePath('engine-rules.yaml'), 'utf8'),
  generateScenarioYaml({ nodes: 6, seed: 7, id: 'small' }),
];

/** Everything a result must satisfy, whatever the input. */
function wellFormed(text: string, result: LoadResult): void {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (const p of result.problems) {
    expect(p.file).toBe('fuzz.yaml');
    // Inside the file: a line it has, a column on that line (or just after its end).
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length, `line ${p.line}`).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1 && p.col <= [...lines[p.line - 1]!].length + 1, `col ${p.line}:${p.col}`).toBe(true);
    expect(Object.hasOwn(PROBLEM_CODES, p.code), p.code).toBe(true);
    expect(p.severity).toBe(PROBLEM_CODES[p.code as ProblemCode].severity);
    expect(p.message.length).toBeGreaterThan(0);
    expect(hasControlCharacters(p.message) || p.message.includes('\n')).toBe(false);
    if (p.hint !== undefined) expect(hasControlCharacters(p.hint) || p.hint.includes('\n')).toBe(false);
  }
  const order = result.problems.map((p) => p.line * 1e6 + p.col);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const errors = result.problems.some((p) => p.severity === 'error');
  expect(result.ok).toBe(!errors);
  if (!result.ok) {
    expect(errors).toBe(true);
    return;
  }
  // What loads, plays: the start exists, a reply is always offered, turns never throw.
  const scenario = result.loaded.scenario;
  let state = startRun(scenario, { lang: scenario.languages[0] ?? 'en', mode: 'practice' });
  for (let turn = 0; turn < 30 && state.ending === null; turn++) {
    const offered = offeredReplies(scenario, state);
    expect(offered.length).toBeGreaterThan(0);
    state = chooseReply(scenario, state, offered[turn % offered.length]!.id).state;
  }
}

function check(text: string): void {
  wellFormed(text, parseScenario(text, 'fuzz.yaml'));
}

// Edits that break YAML in the ways people and tools do.
const SIGNIFICANT = [':', ': ', ',', '{', '}', '[', ']', '-', '- ', '#', '&a ', '*a', '!', '!!js/function ', '|', '>', "'", '"', '\\', '\t', '\n', '\r\n', '  ', '\u001b[31m', '\uFEFF', '，', '你好', 'if: ', 'next: ', '<<: '];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  switch (e.kind) {
    case 'delete': return text.slice(0, at) + text.slice(at + e.length);
    case 'insert': return text.slice(0, at) + e.text + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'duplicate-line':
    case 'swap-lines': {
      const lines = text.split('\n');
      const i = e.at % lines.length;
      if (e.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!);
      else { const j = e.with % lines.length; [lines[i], lines[j]] = [lines[j]!, lines[i]!]; }
      return lines.join('\n');
    }
  }
}

describe('the loader on mangled input', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), check), { numRuns: 300 });
  });

  it('never throws on random bytes, decoded as UTF-8 or Latin-1', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, utf8) => {
      check(new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes));
    }), { numRuns: 300 });
  });

  it('never throws on edits of valid scenarios', () => {
    fc.assert(fc.property(fc.constantFrom(...valid), fc.array(edit, { minLength: 1, maxLength: 6 }), (base, edits) => {
      check(edits.reduce(apply, base));
    }), { numRuns: 400 });
  });

  it('never throws on deep nesting, and says it is too deep', () => {
    const nest = fc.oneof(
      fc.integer({ min: 1, max: 20000 }).map((n) => `title: ${'['.repeat(n)}`),
      fc.integer({ min: 1, max: 20000 }).map((n) => `title: ${'{a: '.repeat(n)}${'}'.repeat(n)}`),
      fc.integer({ min: 1, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')),
      fc.integer({ min: 1, max: 3000 }).map((n) => `nodes:\n  ${'- '.repeat(n)}x`),
    );
    fc.assert(fc.property(nest, (text) => {
      const result = parseScenario(text, 'fuzz.yaml');
      wellFormed(text, result);
      expect(result.ok).toBe(false);
    }), { numRuns: 60 });
    const deep = parseScenario(`format: 1\ntitle: ${'['.repeat(100000)}`, 'fuzz.yaml');
    expect(deep.problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('never throws on alias bombs, and refuses the big ones', () => {
    const bomb = (width: number, depth: number): string => {
      const lines = [`l0: &l0 [${Array(width).fill('lol').join(', ')}]`];
      for (let d = 1; d <= depth; d++) lines.push(`l${d}: &l${d} [${Array(width).fill(`*l${d - 1}`).join(', ')}]`);
      return `format: 1\n${lines.join('\n')}\n`;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (width, depth) => {
      const text = bomb(width, depth);
      const result = parseScenario(text, 'fuzz.yaml');
      wellFormed(text, result);
      if (width ** depth > 1000) expect(result.problems.map((p) => p.code)).toContain('too-many-aliases');
    }), { numRuns: 80 });
  });

  it('keeps valid scenarios valid under a BOM and CRLF line endings', () => {
    for (const text of valid) {
      const plain = parseScenario(text, 'fuzz.yaml');
      const crlf = parseScenario(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'fuzz.yaml');
      expect(plain.ok && crlf.ok).toBe(true);
      expect(crlf.problems).toEqual(plain.problems);
    }
  });
});
