// What scenario authors read: the exact wording of the commonest problems, and the loader's
// behaviour on valid files (the contract's example, warnings-only files, BOM, aliases).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../src/content/load';
import type { Problem } from '../../src/content/problem';
import { walkTexts } from '../../src/content/schema-walk';
import { runScenarioTests } from '../../src/core/scenario-tests';
import { fixturePath } from '../support/scenarios';

const HEAD = `format: 1
id: msg
title: Messages
difficulty: 1
stats: { rapport: 50, willingness: 40 }
start: hello
`;
const NODES = `nodes:
  hello:
    say: Hello?
    replies:
      - { id: pay, text: Please pay., next: paid }
endings:
  paid: { outcome: success, title: Paid, debrief: Good. }
`;

function problems(text: string): Problem[] {
  return [...parseScenario(text, 'm.yaml').problems];
}

function only(text: string): Problem {
  const ps = problems(text);
  expect(ps, ps.map((p) => `${p.code} ${p.message}`).join('\n')).toHaveLength(1);
  return ps[0]!;
}

describe('the contract example (tests/fixtures/format-example.yaml)', () => {
  const text = readFileSync(fixturePath('format-example.yaml'), 'utf8');

  it('loads with no problem at all and its tests pass', () => {
    const result = parseScenario(text, 'format-example.yaml');
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('did not load');
    expect(result.declaredId).toEqual({ id: 'forgot-the-date', line: 3, col: 5 });
    const results = runScenarioTests(result.loaded.scenario);
    expect(results.map((r) => [r.name, r.passed])).toEqual([['polite route', true]]);
  });

  it('has its Text values found wherever the schema puts them', () => {
    const found: string[] = [];
    walkTexts(parse(text), (path) => found.push(path.join('.')));
    expect(found).toEqual(expect.arrayContaining([
      'title', 'debtor.name', 'debtor.profile', 'nodes.hello.say', 'nodes.hello.replies.0.text',
      'nodes.hello.replies.1.feedback', 'nodes.reason.say.0.text', 'nodes.reason.say.1.text',
      'endings.paid-today.title', 'endings.hung-up.debrief',
    ]));
    expect(found).toHaveLength(17);
  });

  it('hashes the same with or without a BOM', () => {
    const a = parseScenario(text, 'a.yaml');
    const b = parseScenario(`\uFEFF${text}`, 'b.yaml');
    if (!a.ok || !b.ok) throw new Error('did not load');
    expect(b.loaded.hash).toBe(a.loaded.hash);
  });
});


describe('messages', () => {
  it('explains a Text of the wrong kind in words, not "Invalid input"', () => {
    const p = only(HEAD.replace('title: Messages', 'title: 5') + NODES);
    expect(p.message).toBe('title: expected text (a string, or a map of language → string), got the number 5');
    const list = only(HEAD.replace('title: Messages', 'title: { en: [a, b] }').replace('difficulty: 1', 'difficulty: 1\nlanguages: [en]') + NODES.replace(/: (Hello\?|Please pay\.|Paid|Good\.)/g, ': { en: "$1" }'));
    expect(list.message).toBe('title.en: expected a string, got a list');
    expect(list.hint).toBe('a text map holds one string per language');
  });

  it('names the full-width comma for a Chinese text cut by an ASCII comma', () => {
    const text = `${HEAD}languages: [zh, en]\n${NODES}`
      .replace('title: Messages', 'title: { zh: 你好,再见, en: Hi }')
      .replace(/: (Hello\?|Please pay\.|Paid|Good\.)/g, ': { zh: 字, en: "$1" }');
    const p = only(text);
    expect(p.code).toBe('comma-split-text');
    expect([p.line, p.col]).toEqual([3, 17]);
    expect(p.message).toBe('title: an ASCII comma cut the zh text "你好,再见": it was read as "你好" and a key "再见"');
    expect(p.hint).toBe('use the full-width comma "，" (你好，再见), or quote the text: zh: "你好,再见"');
  });

  it('suggests the key that was meant, at the key', () => {
    const p = only(HEAD + NODES.replace('    replies:', '    replys:'));
    expect(p).toMatchObject({ code: 'unknown-key', line: 10, col: 5, message: 'nodes.hello: unknown key "replys"', hint: 'did you mean "replies"?' });
  });

  it('shows a bad condition with the column of the fault inside the file', () => {
    const text = HEAD + NODES.replace('{ id: pay,', '{ id: pay, if: "rapport > 5 && turn > 1",') + '';
    const ps = problems(text);
    const p = ps.find((x) => x.code === 'bad-condition')!;
    expect(p.message).toBe('nodes.hello.replies#1.if: unexpected "&&" (at character 13 of the condition "rapport > 5 && turn > 1")');
    expect(p.hint).toBe('write `and` instead of `&&`');
    // `      - { id: pay, if: "` is 24 characters; the fault is character 13 of the condition.
    expect([p.line, p.col]).toEqual([11, 24 + 13]);
  });

  it('says where a missing key belongs and what it is for', () => {
    const p = only(HEAD + NODES.replace(', next: paid }', ' }'));
    expect(p).toMatchObject({ code: 'missing-key', line: 11, col: 9, message: 'nodes.hello.replies#1: missing `next` (where the call goes after this reply)' });
  });

  it('suggests a near id for a target that does not exist', () => {
    const p = only(HEAD + NODES.replace('next: paid', 'next: payd'));
    expect(p).toMatchObject({ code: 'unresolved-target', message: 'nodes.hello.replies#1.next: no node or ending is called "payd"', hint: 'did you mean "paid"?' });
  });

  it('lists the allowed values of an enum, with the near one as a hint', () => {
    const p = only(HEAD + NODES.replace('{ id: pay,', '{ id: pay, tactic: empathise,'));
    expect(p.message).toMatch(/^nodes\.hello\.replies#1\.tactic: the text "empathise" is not allowed here; expected one of greet, verify, /);
    expect(p.hint).toBe('did you mean "empathy"?');
  });

  it('takes a whole number as the id written as digits, and says what an id is for any other number', () => {
    const p = only(HEAD + NODES.replace('next: paid', 'next: 7'));
    expect(p).toMatchObject({ code: 'unresolved-target', message: 'nodes.hello.replies#1.next: no node or ending is called "7"' });
    const q = only(HEAD + NODES.replace('next: paid', 'next: 7.5'));
    expect(q.code).toBe('wrong-type');
    expect(q.hint).toBe('a number names the id written as its digits, so it must be a whole number of 0 or more; other ids use lower-case letters, digits, - and _');
  });

  it('keeps text copied from the file safe to print', () => {
    const p = only(HEAD + NODES.replace('next: paid', 'next: "pa\\e]0;owned\\aid"'));
    expect(p.code).toBe('control-character');
    expect(hasEscape(p.message)).toBe(false);
    const q = problems(HEAD + NODES.replace('next: paid', 'next: "x\\e[31m"'));
    for (const x of q) expect(hasEscape(x.message + (x.hint ?? ''))).toBe(false);
  });
});

const hasEscape = (s: string) => /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(s);

describe('loading', () => {
  it('loads a file with warnings only, and keeps the warnings with the scenario', () => {
    const result = parseScenario(HEAD + NODES + '  never: { outcome: failure, title: Never, debrief: Unreached. }\n', 'w.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.loaded.problems.map((p) => p.code)).toEqual(['unreachable']);
    expect(result.loaded.scenario.endings.has('never')).toBe(true);
  });

  it('sorts problems by line and column', () => {
    const text = HEAD.replace('start: hello', 'start: nowhere').replace('title: Messages', 'title: 5') + NODES.replace('next: paid', 'next: payd');
    const ps = problems(text);
    expect(ps.map((p) => p.code)).toEqual(['wrong-type', 'unresolved-start', 'unresolved-target']);
    const keys = ps.map((p) => p.line * 1000 + p.col);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  it('accepts small aliases and the core tags, refuses the others', () => {
    const text = `${HEAD}${NODES.replace('say: Hello?', 'say: &hi Hello?').replace('title: Paid', 'title: *hi')}`;
    expect(problems(text)).toEqual([]);
    expect(problems(HEAD + NODES.replace('say: Hello?', 'say: !!str Hello?'))).toEqual([]);
    for (const tag of ['!!binary aGk=', '!!set { a }', '!!timestamp 2024-01-01', '!!python/object:os.system x', '!<tag:evil.example,2024:x> x']) {
      const ps = problems(HEAD + NODES.replace('say: Hello?', `say: ${tag}`));
      expect(ps.map((p) => p.code), tag).toContain('yaml-tag');
      expect(ps.find((p) => p.code === 'yaml-tag')!.col, tag).toBe(10);
    }
  });

  it('keeps ids like "constructor" as ordinary ids', () => {
    const text = HEAD.replace('start: hello', 'start: constructor') + NODES.replace('  hello:', '  constructor:');
    const result = parseScenario(text, 'c.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ok && result.loaded.scenario.nodes.has('constructor')).toBe(true);
    expect(problems(HEAD + NODES.replace('  hello:\n', '  hello:\n    __proto__: 1\n')).map((p) => p.code)).toEqual(['unknown-key']);
  });

  it('says a file holds several documents', () => {
    const p = only(`${HEAD}${NODES}---\nformat: 1\n`);
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 14, col: 1, hint: 'a scenario file holds one document: remove the extra `---`' });
  });

  it('reports a test step against the node the test has reached, or against every node when it cannot run', () => {
    const tests = 'tests:\n  - { name: t, steps: [pay, again], expect: { ending: paid } }\n';
    // The call has ended after "pay": the second step is for `callcraft test` to explain, not an unknown id.
    expect(problems(HEAD + NODES + tests)).toEqual([]);
    const wrong = 'tests:\n  - { name: t, steps: [pya], expect: { ending: paid } }\n';
    expect(only(HEAD + NODES + wrong)).toMatchObject({ code: 'unresolved-test-step', message: 'tests#1.steps#1: the call is at node "hello" here, which has no reply "pya"', hint: 'did you mean "pay"?' });
    // With another error the scenario cannot run; a step naming a reply that no node has is still found.
    const ps = problems(HEAD.replace('title: Messages', 'title: 5') + NODES + wrong);
    expect(ps.map((p) => p.code)).toEqual(['wrong-type', 'unresolved-test-step']);
    expect(ps[1]!.message).toBe('tests#1.steps#1: no node has a reply "pya"');
  });
});

describe('keys that are not text', () => {
  it('reports a map used as a key, and the loader prints nothing itself', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const ps = problems(HEAD + NODES.replace('  paid: {', '  ? { a: 1 }\n  : x\n  paid: {'));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'wrong-type', line: 13, col: 5, message: 'endings: a key must be plain text, not a map, a list or an alias' });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('aliases', () => {
  it('reports a problem in an aliased value once, where it is written', () => {
    const text = `${HEAD}languages: [zh, en]\n${NODES}`
      .replace(/: (Messages|Paid|Good\.)/g, ': { zh: 字, en: "$1" }')
      .replace('say: Hello?', 'say: &t { zh: 喂 }')
      .replace('text: Please pay.', 'text: *t');
    const ps = problems(text);
    expect(ps.map((p) => `${p.code} ${p.line}:${p.col}`)).toEqual(['missing-language 10:13']);
  });
});

describe('languages and ids across files', () => {
  it('reports a language listed twice', () => {
    const p = only(`${HEAD}languages: [en, en]\n${NODES}`.replace(/: (Messages|Hello\?|Please pay\.|Paid|Good\.)/g, ': { en: "$1" }'));
    expect(p).toMatchObject({ code: 'invalid-value', line: 7, col: 17, message: 'languages#2: "en" is listed twice' });
  });

  it('counts the id of a file with errors when looking for repeated ids', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadScenarios } = await import('../../src/content/load');
    const dir = mkdtempSync(join(tmpdir(), 'callcraft-ids-'));
    try {
      writeFileSync(join(dir, 'a.yaml'), HEAD.replace('title: Messages', 'title: 5') + NODES);
      writeFileSync(join(dir, 'b.yaml'), HEAD + NODES);
      const { scenarios, problems } = loadScenarios([dir]);
      expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.code} ${p.line}:${p.col}`)).toEqual([
        'a.yaml wrong-type 3:8',
        'b.yaml duplicate-scenario-id 2:5',
      ]);
      expect(scenarios).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
