import { describe, expect, it } from 'vitest';
import { HANT } from '../../src/core/hant';
import { clausesOf, normalize, normalizeTracked, sourceOf } from '../../src/core/normalize';

describe('normalize', () => {
  it('folds width, case, punctuation and spaces', () => {
    expect(normalize('ＹＯＵ  ＷＩＬＬ，ＰＡＹ！')).toBe('you will pay');
    expect(normalize('  Hello,   World!! ')).toBe('hello world');
    expect(normalize('分期？３期可以吗')).toBe('分期 3期可以吗');
  });

  it('removes the spaces Chinese does not use, and invisible format characters', () => {
    expect(normalize('老 赖')).toBe('老赖');
    expect(normalize('老\u200b赖')).toBe('老赖');
    expect(normalize('我会 call 你')).toBe('我会 call 你');
  });

  it('maps traditional characters to simplified', () => {
    expect(normalize('你們這種老賴就該坐牢')).toBe('你们这种老赖就该坐牢');
    expect(normalize('會計師')).toBe('会计师');
  });

  it('spells out English contractions, with or without the apostrophe', () => {
    expect(normalize("We won't sue, you'll see, I'm sure")).toBe('we will not sue you will see i am sure');
    expect(normalize('dont worry, youre fine')).toBe('do not worry you are fine');
    expect(normalize('It’s the lawyer’s letter')).toBe('it is the lawyer letter');
    expect(normalize("can't / cannot")).toBe('can not can not');
    // Real words are not mistaken for contractions.
    expect(normalize('I feel ill, well, we were there')).toBe('i feel ill well we were there');
    expect(normalize('u r late, ur bill')).toBe('you are late your bill');
    // "your" for "you're", as typed in a hurry.
    expect(normalize('ur gonna regret it, your not listening')).toBe('you are gonna regret it you are not listening');
    expect(normalize('your bill, r us')).toBe('your bill r us');
  });

  it('keeps currency signs and numbers', () => {
    expect(normalize('$500 or ￥1,860.50, ok.')).toBe('$500 or ¥1,860.50 ok');
  });

  it('is idempotent', () => {
    for (const s of ["You'll GO to JAIL!!", '你們這種 老賴', 'ＩＮＳＴＡＬＭＥＮＴＳ, please', "kids' school"]) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });

  it('remembers where each character came from', () => {
    const raw = "Listen: you'll GO TO JAIL.";
    const t = normalizeTracked(raw);
    const at = t.text.indexOf('go to jail');
    expect(sourceOf(raw, t, at, at + 'go to jail'.length)).toBe('GO TO JAIL');
    const w = t.text.indexOf('you will');
    expect(sourceOf(raw, t, w, w + 'you will'.length)).toBe("you'll");
  });
});

describe('clausesOf', () => {
  it('cuts at punctuation in both scripts, not at a decimal point', () => {
    expect(clausesOf('We won’t sue, but… pay 1,860.50; ok? 好的，明天。再见！').map((c) => c.text))
      .toEqual(['we will not sue', 'but', 'pay 1,860.50', 'ok', '好的', '明天', '再见']);
  });

  it('knows which clauses are questions', () => {
    expect(clausesOf('Tell your boss? Never. 好吗？好').map((c) => c.question)).toEqual([true, false, true, false]);
  });

  it('drops empty clauses', () => {
    expect(clausesOf(' ,,, !!! ')).toEqual([]);
  });
});

describe('the traditional → simplified table', () => {
  it('maps each character to a different one that is not itself mapped', () => {
    for (const [from, to] of HANT) {
      expect(to).not.toBe(from);
      expect(HANT.has(to), `${from} → ${to} → ${HANT.get(to)}`).toBe(false);
    }
    expect(HANT.size).toBeGreaterThan(500);
  });

  it('leaves characters that simplified text also uses alone', () => {
    for (const ch of ['著', '乾', '覆', '只', '台', '面', '干']) expect(HANT.has(ch), ch).toBe(false);
  });
});
