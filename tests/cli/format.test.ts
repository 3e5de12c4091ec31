// Unit tests of the CLI's formatters: problem lines, annotations, colour rules, display width.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/content/problem';
import { colorWanted, makeStyle } from '../../src/cli/output';
import { repoPath } from '../../src/cli/paths';
import { escapeData, escapeProperty, githubAnnotation, problemLines, sortProblems, summaryLine } from '../../src/cli/problems';
import { closest } from '../../src/cli/suggest';
import { padEnd, table, truncate, widthOf } from '../../src/cli/width';
import { oneLineError } from '../../src/cli/program';

const plain = makeStyle(false);
const p = (over: Partial<Problem> = {}): Problem => ({
  file: 'a.yaml', line: 3, col: 5, severity: 'error', code: 'unknown-key', message: 'unknown key "replys"', ...over,
});

describe('problem lines', () => {
  it('reads file:line:col: severity CODE message, then the hint', () => {
    expect(problemLines(p({ hint: 'did you mean "replies"?' }), plain)).toEqual([
      'a.yaml:3:5: error unknown-key unknown key "replys"',
      '  hint: did you mean "replies"?',
    ]);
    expect(problemLines(p({ severity: 'warning', code: 'unreachable' }), plain)[0]).toBe('a.yaml:3:5: warning unreachable unknown key "replys"');
  });

  it('strips escapes and line breaks copied from a scenario into messages', () => {
    const [line] = problemLines(p({ message: 'bad \u001B[31mred\u001B[0m\nsecond', file: 'x\u0007.yaml' }), plain);
    expect(line).toBe('x.yaml:3:5: error unknown-key bad red second');
  });

  it('colours severity only when asked', () => {
    const [line] = problemLines(p(), makeStyle(true));
    expect(line).toContain('\u001B[31merror\u001B[39m');
  });

  it('sorts by the order files were given, then line and column', () => {
    const sorted = sortProblems([p({ file: 'b.yaml', line: 1 }), p({ line: 9 }), p({ line: 2, col: 7 }), p({ line: 2, col: 1 })], ['a.yaml', 'b.yaml']);
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.col}`)).toEqual(['a.yaml:2:1', 'a.yaml:2:7', 'a.yaml:9:5', 'b.yaml:1:5']);
  });

  it('summarises with singular and plural', () => {
    expect(summaryLine({ files: 1, errors: 1, warnings: 2 }, plain)).toBe('1 file, 1 error, 2 warnings');
    expect(summaryLine({ files: 2, errors: 0, warnings: 1 }, plain)).toBe('2 files, 0 errors, 1 warning');
  });
});

describe('GitHub annotations', () => {
  it('escapes % CR LF in the message and also : , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('writes one ::error / ::warning line with the hint on a second message line', () => {
    expect(githubAnnotation(p({ hint: 'use "replies"' }), 'dir,1/a:b.yaml')).toBe(
      '::error file=dir%2C1/a%3Ab.yaml,line=3,col=5,title=callcraft unknown-key::unknown key "replys"%0Ahint: use "replies"',
    );
    expect(githubAnnotation(p({ severity: 'warning' }), 'a.yaml')).toMatch(/^::warning file=a\.yaml,/);
  });

  it('names files relative to the repository root', () => {
    expect(repoPath('/repo/scenarios/a.yaml', '/repo')).toBe('scenarios/a.yaml');
    expect(repoPath('/elsewhere/a.yaml', '/repo')).toBe('/elsewhere/a.yaml');
  });
});

describe('colour rules', () => {
  it('uses colour only on a terminal, never with --no-color or a non-empty NO_COLOR', () => {
    expect(colorWanted(true, {}, true)).toBe(true);
    expect(colorWanted(true, {}, false)).toBe(false);
    expect(colorWanted(false, {}, true)).toBe(false);
    expect(colorWanted(true, { NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted(true, { NO_COLOR: '' }, true)).toBe(true);
  });

  it('leaves text untouched without colour', () => {
    expect(plain.red('x') + plain.bold('y')).toBe('xy');
  });
});

describe('display width', () => {
  it('counts a Chinese character as two columns', () => {
    expect(widthOf('忘了还款日')).toBe(10);
    expect(padEnd('还款', 6)).toBe('还款  ');
    expect(widthOf(makeStyle(true).red('还款'))).toBe(4);
  });

  it('aligns columns of mixed scripts by display width', () => {
    const rows = table([['忘了还款日', 'a'], ['Forgot', 'b']]);
    expect(rows.map((r) => widthOf(r.slice(0, -1)))).toEqual([12, 12]);
  });

  it('truncates by columns without splitting a character', () => {
    expect(truncate('一直按时还款', 7)).toBe('一直按…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('usage errors', () => {
  it("puts commander's message and suggestion on one line", () => {
    expect(oneLineError("error: unknown option '--fromat'\n(Did you mean --format?)\n", 'callcraft validate'))
      .toBe("callcraft validate: unknown option '--fromat' (did you mean --format?); see 'callcraft validate --help'\n");
  });

  it('suggests the nearest command for a typo, nothing for a stranger', () => {
    expect(closest('valdate', ['play', 'list', 'validate', 'test'])).toBe('validate');
    expect(closest('tset', ['play', 'list', 'validate', 'test'])).toBe('test');
    expect(closest('banana', ['play', 'list', 'validate', 'test'])).toBeUndefined();
  });
});
