// Slips a scenario author really makes, found by writing scenarios from the contract alone: the
// message must name the slip in the author's terms, point at it, and print safely.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/load';
import type { Problem } from '../../src/content/problem';
import { hasControlCharacters } from '../../src/core/sanitize';

const FILE = `format: 1
id: slips
title: Slips
difficulty: 1
stats: { rapport: 50, willingness: 40 }
start: hello
nodes:
  hello:
    say: Hello?
    replies:
      - id: pay
        text: Please pay.
        next: paid
endings:
  paid: { outcome: success, title: Paid, debrief: Good. }
`;

function only(text: string): Problem {
  const ps = [...parseScenario(text, 's.yaml').problems];
  expect(ps, ps.map((p) => `${p.code} ${p.line}:${p.col} ${p.message}`).join('\n')).toHaveLength(1);
  return ps[0]!;
}

describe('YAML slips', () => {
  it('names an alias whose anchor does not exist, at the alias', () => {
    const p = only(FILE.replace('title: Paid', 'title: *paid-title'));
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 15, col: 36 });
    expect(p.message).toBe('the alias *paid-title names no anchor: there is no &paid-title before it');
    expect(p.hint).toMatch(/&paid-title/);
  });

  it('names an alias used before its anchor', () => {
    const p = only(FILE.replace('say: Hello?', 'say: *hi').replace('title: Paid', 'title: &hi Paid'));
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 9, col: 10 });
    expect(p.message).toBe('the alias *hi names no anchor: there is no &hi before it');
    expect(p.hint).toBe('an anchor (&hi) must come before the aliases (*hi) that repeat it');
  });

  it('says several documents in words, without the YAML library\'s advice', () => {
    const p = only(`${FILE}---\nformat: 1\n`);
    expect(p.message).toBe('a second YAML document starts here, after a line with ---');
    expect(p.message).not.toMatch(/parseAllDocuments/);
  });

  it('explains an apostrophe that ends a single-quoted text', () => {
    const p = only(FILE.replace('text: Please pay.', "text: 'It's me.'"));
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 12, col: 18 });
    expect(p.message).toBe("this ' ends the quoted text, so the rest is left over");
    expect(p.hint).toBe("inside 'single quotes' write '' for an apostrophe ('It''s'), or use \"double quotes\"");
  });

  it('explains a double quote that ends a double-quoted text', () => {
    const p = only(FILE.replace('text: Please pay.', 'text: "Say "yes" now"'));
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 12, col: 20 });
    expect(p.message).toBe('this " ends the quoted text, so the rest is left over');
    expect(p.hint).toBe('inside "double quotes" write \\" for a quote, or use \'single quotes\'');
  });

  it('points a key indented less than its neighbours at the key, with an indentation hint', () => {
    const p = only(FILE.replace('        next: paid', '       next: paid'));
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 13, col: 8 });
    expect(p.message).toBe('this line is indented differently from the keys above it');
    expect(p.hint).toBe('line keys of the same map up at the same column, indenting with spaces');
  });
});

describe('control characters in keys', () => {
  it('shows the key with the character made visible, quotes closed', () => {
    const p = only(FILE.replace('        next: paid', '        next: paid\n        "x\\e": 1'));
    expect(p.code).toBe('control-character');
    expect(p.message).toBe('nodes.hello.replies#1: U+001B (ESC, starts terminal escape sequences) in the key "x\\u001B"');
    expect(hasControlCharacters(p.message)).toBe(false);
  });
});

describe('a value meant as one option of a choice', () => {
  it('names the key a say variant lacks, not "expected text, got a list"', () => {
    const p = only(FILE.replace('say: Hello?', 'say: [{ if: rapport > 60 }, { text: Hello? }]'));
    expect(p).toMatchObject({ code: 'missing-key', line: 9, col: 11, message: 'nodes.hello.say#1: missing `text`' });
  });

  it('explains a test step meant as { say }', () => {
    const tests = 'tests:\n  - { name: t, steps: [{ say: 42 }], expect: { ending: paid } }\n';
    expect(only(FILE + tests)).toMatchObject({ code: 'wrong-type', line: 17, col: 31, message: 'tests#1.steps#1.say: expected a string, got the number 42' });
    const typo = 'tests:\n  - { name: t, steps: [{ said: hello }], expect: { ending: paid } }\n';
    expect(only(FILE + typo)).toMatchObject({ code: 'unknown-key', line: 17, col: 26, message: 'tests#1.steps#1: unknown key "said"', hint: 'did you mean "say"?' });
  });
});

describe('runaway nesting', () => {
  it('gives the same hint for thousands of brackets as for deep indentation', () => {
    const p = only(FILE.replace('title: Slips', `title: ${'['.repeat(3000)}${']'.repeat(3000)}`));
    expect(p.code).toBe('too-deep');
    expect(p.hint).toBe('a scenario needs about 8 levels; look for runaway brackets or indentation');
  });
});

describe('columns count characters, emoji included', () => {
  it('counts an emoji as one column before a problem on the same line', () => {
    const p = only(FILE.replace('say: Hello?', 'say: "📞📞 \\e[31m"'));
    expect(p).toMatchObject({ code: 'control-character', line: 9, col: 14 });
    const q = only(FILE.replace('  paid: { outcome: success, title: Paid,', '  paid: { title: "📞📞", outcome: succes,'));
    expect(q).toMatchObject({ code: 'invalid-value', line: 15, col: 33 });
  });

  it('quotes an emoji in a condition whole, and counts it as one character', () => {
    const p = only(FILE.replace('next: paid', 'next: [{ if: "📞 rapport > 1", goto: paid }, { goto: paid }]'));
    expect(p).toMatchObject({ code: 'bad-condition', line: 13, col: 23 });
    expect(p.message).toBe('nodes.hello.replies#1.next#1.if: unexpected character "📞" (at character 1 of the condition "📞 rapport > 1")');
  });
});

describe('full-width punctuation from a Chinese input method', () => {
  const HINT = 'YAML needs half-width punctuation: switch the input method to English punctuation (半角) for : - { } [ ] and spaces';
  const first = (text: string) => parseScenario(text, 's.yaml').problems[0]!;

  it('names a full-width colon after a key, at the colon', () => {
    expect(first(FILE.replace('    say: Hello?', '    say：Hello?'))).toMatchObject({
      code: 'yaml-syntax', line: 9, col: 8, message: 'a full-width "：" where YAML needs ":"', hint: HINT,
    });
    expect(first(FILE.replace('title: Slips', 'title：Slips'))).toMatchObject({ line: 3, col: 6, message: 'a full-width "：" where YAML needs ":"' });
  });

  it('names a full-width colon inside a { … } map, where YAML reads one long key', () => {
    expect(only(FILE.replace('{ outcome: success,', '{ outcome：success,'))).toMatchObject({
      code: 'unknown-key', line: 15, col: 11, message: 'endings.paid: unknown key "outcome：success": a full-width "：" where YAML needs ":"', hint: HINT,
    });
  });

  it('names a full-width space in the indentation, a full-width dash and a full-width brace', () => {
    expect(first(FILE.replace('    say: Hello?', '　　say: Hello?'))).toMatchObject({ line: 9, col: 1, message: 'a full-width space (U+3000) in the indentation, where YAML needs spaces', hint: HINT });
    expect(first(FILE.replace('      - id: pay', '      － id: pay'))).toMatchObject({ line: 11, col: 7, message: 'a full-width "－" where YAML needs "-"' });
    expect(first(FILE.replace('stats: { rapport: 50, willingness: 40 }', 'stats: ｛ rapport: 50, willingness: 40 ｝'))).toMatchObject({ line: 5, col: 8, message: 'a full-width "｛" where YAML needs "{"' });
  });
});

describe('an id left out before the colon', () => {
  it('points at the entry with no id, and says so', () => {
    const p = only(FILE.replace('endings:\n', 'endings:\n  : { outcome: failure, title: Gone, debrief: Gone. }\n'));
    expect(p).toMatchObject({ code: 'invalid-value', line: 15, col: 3, message: 'endings: an ending has no id: write one before the ":" (YAML reads null and ~ as none)' });
    const q = only(FILE.replace('  paid: {', '  paid: {').replace('endings:\n  paid: { outcome: success, title: Paid, debrief: Good. }\n', 'endings:\n  paid: { outcome: success, title: Paid, debrief: Good. }\n  : { outcome: failure, title: Gone, debrief: Gone. }\n'));
    expect(q).toMatchObject({ line: 16, col: 3 });
    expect(only(FILE.replace('    say: Hello?', '    say: Hello?').replace('nodes:\n', 'nodes:\n  null: { say: x, replies: [{ text: y, next: paid }] }\n'))).toMatchObject({ line: 8, col: 3, message: 'nodes: a node has no id: write one before the ":" (YAML reads null and ~ as none)' });
  });
});

describe('ids YAML reads as something else', () => {
  it('suggests quotes for an id YAML read as true or false', () => {
    expect(only(FILE.replace('next: paid', 'next: true'))).toMatchObject({ code: 'wrong-type', hint: 'YAML read this as true/false: put an id in quotes ("true")' });
  });
});

describe('a file in one language', () => {
  it('takes plain strings as that language, with no untranslated-text warnings', () => {
    const result = parseScenario(FILE.replace('difficulty: 1', 'difficulty: 1\nlanguages: [en]'), 's.yaml');
    expect(result.problems).toEqual([]);
  });
});

describe('a key cut short or written out in full', () => {
  it('suggests the key it starts, or the key it spells out', () => {
    const hint = (text: string) => parseScenario(text, 's.yaml').problems.map((p) => `${p.code} ${p.hint ?? ''}`);
    expect(hint(FILE.replace('difficulty: 1', 'difficulty: 1\nbrief: x'))).toEqual(['unknown-key did you mean "briefing"?']);
    expect(hint(FILE.replace('debrief: Good.', 'deb: Good.'))).toEqual(['unknown-key did you mean "debrief"?']);
    const tests = 'tests:\n  - { name: t, language: en, steps: [pay], expect: { end: paid } }\n';
    expect(hint(FILE + tests)).toEqual(['unknown-key did you mean "lang"?', 'unknown-key did you mean "ending"?']);
  });
});

describe('a tab in the indentation', () => {
  const problems = (text: string) => [...parseScenario(text, 's.yaml').problems].map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);

  it('is the one problem reported, not the fine lines after it', () => {
    // A tab before `say:` of a node with another after it: yaml then also says that `replies:`
    // and the next node's key are "not at the same column", though both are fine.
    const text = FILE.replace('    say: Hello?', '\t  say: Hello?').replace('endings:', '  later:\n    say: Bye.\n    replies: [{ text: Bye., next: paid }]\nendings:');
    expect(problems(text)).toEqual(['9:1 yaml-syntax Tabs are not allowed as indentation']);
  });

  it('is reported at every tab', () => {
    const text = FILE.replace('    say: Hello?', '\t  say: Hello?').replace('  paid: {', '\tpaid: {');
    expect(problems(text)).toEqual(['9:1 yaml-syntax Tabs are not allowed as indentation', '15:1 yaml-syntax Tabs are not allowed as indentation']);
  });
});

describe('an id that breaks the id rule', () => {
  const problems = (text: string) => [...parseScenario(text, 's.yaml').problems].map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);

  it('does not hide the slips inside its node: both come at once', () => {
    const text = FILE.replace('  hello:', '  Hello:').replace('start: hello', 'start: Hello').replace('    say: Hello?', '    say: Hello?\n    party: neighbour');
    const ps = problems(text);
    expect(ps).toContain('8:3 invalid-value nodes: the node id "Hello" must match [a-z0-9][a-z0-9_-]*');
    expect(ps).toContain('10:12 invalid-value nodes.Hello.party: the text "neighbour" is not allowed here; expected one of debtor, third-party');
  });

  it('does not hide the slips inside its ending or stat either', () => {
    const text = FILE.replace('  paid: { outcome: success,', '  Paid: { outcome: win,').replace('next: paid', 'next: Paid')
      .replace('stats: { rapport: 50, willingness: 40 }', 'stats: { rapport: 50, willingness: 40, "my mood": 500 }');
    expect(problems(text)).toEqual(expect.arrayContaining([
      '5:40 invalid-value stats: "my mood" is not a stat name',
      '5:51 invalid-value stats."my mood": the number 500 is above the maximum 100',
      '15:3 invalid-value endings: the ending id "Paid" must match [a-z0-9][a-z0-9_-]*',
      '15:20 invalid-value endings.Paid.outcome: the text "win" is not allowed here; expected one of success, partial, failure',
    ]));
  });
});

describe('a node and an ending with the same id', () => {
  it('names that id once in the list of ids a dangling next could mean', () => {
    const text = FILE.replace('        next: paid', '        next: nowhere').replace('endings:', '  paid:\n    say: Bye.\n    replies: [{ text: Bye., next: hello }]\nendings:');
    const p = parseScenario(text, 's.yaml').problems.find((x) => x.code === 'unresolved-target');
    expect(p?.hint).toBe('the ids are hello and paid');
  });
});

describe('a text map without one of the languages', () => {
  it('says which to add, as a hint', () => {
    const text = FILE.replace('title: Slips', 'title: { zh: 失误, en: Slips }\nlanguages: [zh, en, ja]');
    const p = parseScenario(text, 's.yaml').problems.find((x) => x.code === 'missing-language');
    expect(p).toMatchObject({ line: 3, col: 8, message: "title: missing ja (this file's languages: zh, en and ja)", hint: 'add ja: … to this map: every text carries every language in `languages`' });
  });
});
