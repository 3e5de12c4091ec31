// The commented starter scenario `callcraft new` writes: small, complete, clean under validate
// and explore (every node, reply, variant, route, trigger and ending is used), with tests that
// pass, so an author starts from something that works and changes one thing at a time.

export const STARTER_LANGS = ['zh', 'en', 'both'] as const;
export type StarterLang = (typeof STARTER_LANGS)[number];

export interface StarterOptions {
  readonly id: string;
  readonly lang: StarterLang;
  /** What the `# yaml-language-server: $schema=…` line points at. */
  readonly schema: string;
  /** The file's name, for the commands in the opening comment. */
  readonly fileName?: string;
}

/** A scenario id from a file name: `Late Fee (v2).yaml` → `late-fee-v2`; '' when nothing is left. */
export function idFromFileName(name: string): string {
  return name
    .replace(/\.ya?ml$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

type Pair = readonly [zh: string, en: string];

// A plain scalar when YAML reads it back unchanged, else double-quoted (JSON strings are YAML).
const scalar = (s: string) => (/^[^\s"'`!&*|>%@?#,[\]{}:-][^#:,[\]{}]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s));

function writer(lang: StarterLang) {
  const pick = (p: Pair) => (lang === 'en' ? p[1] : p[0]);
  /**
   * `key: text` after `prefix`, as a plain string or (both languages) a block map whose lines
   * are indented two more than `indent` (the key's column; it differs from `prefix` after `- `).
   */
  const text = (prefix: string, key: string, p: Pair, indent = prefix): string[] =>
    lang === 'both'
      ? [`${prefix}${key}:`, `${indent}  zh: ${scalar(p[0])}`, `${indent}  en: ${scalar(p[1])}`]
      : [`${prefix}${key}: ${scalar(pick(p))}`];
  /** A comment line in the author's language(s). */
  const note = (indent: string, p: Pair): string[] =>
    lang === 'both' ? [`${indent}# ${p[1]}`, `${indent}# ${p[0]}`] : [`${indent}# ${pick(p)}`];
  return { text, note, pick };
}

export function starterScenario(options: StarterOptions): string {
  const { text, note } = writer(options.lang);
  const file = (options.fileName ?? 'FILE').replace(/[\r\n]/g, '');
  const L: string[] = [];
  const add = (...lines: (string | string[])[]) => { for (const l of lines) L.push(...(typeof l === 'string' ? [l] : l)); };

  add(
    `# yaml-language-server: $schema=${options.schema}`,
    note('', ['callcraft 场景：一次催收通话。格式说明见 docs/authoring.md。', 'A callcraft scenario: one collection call. The format is explained in docs/authoring.md.']),
    note('', [`检查：callcraft validate ${file}；callcraft test ${file}；callcraft explore ${file}`, `Check it: callcraft validate ${file}; callcraft test ${file}; callcraft explore ${file}`]),
    'format: 1',
    `id: ${options.id}`,
    text('', 'title', ['忘了还款日', 'Forgot the due date']),
    'difficulty: 1',
  );
  if (options.lang === 'both') add(note('', ['每段文字都要有这两种语言。', 'Every text carries both languages.']), 'languages: [zh, en]');
  add(
    text('', 'summary', ['一位老客户第一次逾期，友好地提醒并约定还款时间。', 'A long-standing customer misses a first payment: remind, and agree a date.']),
    text('', 'briefing', ['王先生一直按时还款，本期账单已逾期六天。', 'Mr. Wang has always paid on time; this statement is six days overdue.']),
    text('', 'goal', ['让他说出具体的还款金额和时间。', 'Get a concrete amount and time for the payment.']),
    'debtor:',
    text('  ', 'name', ['王先生', 'Mr. Wang']),
    text('  ', 'profile', ['工作忙，记性差，态度友好。', 'Busy, forgetful, friendly.']),
    'account: { amount: 1860, currency: CNY, days_overdue: 6 }',
    '',
    note('', ['数值：0..100，效果会被限制在范围内。rapport（融洽度）和 willingness（还款意愿）必填。', 'Stats run 0..100 and effects are clamped to the range. rapport and willingness are required.']),
    'stats:',
    '  rapport: 50',
    '  willingness: 30',
    'start: greeting',
    '',
    note('', ['每次回复之后按顺序检查；第一个成立的结束通话。', 'Checked in order after every reply; the first that holds ends the call.']),
    'triggers:',
    '  - { if: rapport <= 10, goto: hung-up }',
    '',
    'nodes:',
    '  greeting:',
    text('    ', 'say', ['喂？哪位？', 'Hello? Who is this?']),
    '    replies:',
    '      - id: introduce',
    text('        ', 'text', ['王先生您好，我是信用卡中心的小李，想跟您核对一下这期账单。', "Good afternoon Mr. Wang, this is Li from the card centre, calling about this month's statement."]),
    '        tactic: greet',
    '        effects: { rapport: 10 }',
    '        next: reason',
    '      - id: demand',
    text('        ', 'text', ['你的账单逾期了，今天必须还上。', 'Your bill is overdue and you have to pay today.']),
    '        tactic: pressure',
    '        effects: { rapport: -15 }',
    text('        ', 'feedback', ['先说明身份和来意，再谈还款。', 'Say who you are and why you call before you ask for money.']),
    '        next: reason',
    '',
    '  reason:',
    note('    ', ['台词变体按顺序尝试：第一个条件成立的被使用，最后一个不带条件。', 'Say variants are tried in order: the first whose condition holds is used; the last has none.']),
    '    say:',
    '      - if: rapport < 50',
    text('        ', 'text', ['（语气冷淡）有什么事？', '(curtly) What is it?']),
    text('      - ', 'text', ['哦，账单啊？我完全忘了，不好意思。', 'Oh, the card bill? I completely forgot, sorry.'], '        '),
    note('    ', ['自由输入模式：打字的回答先按这些关键词对应到回复。', 'Free-text mode: typed answers are matched to a reply by these keywords first.']),
    '    free:',
    '      match:',
    '        - keywords: [理解, 没关系, understand, "no problem"]',
    '          reply: reassure',
    '    replies:',
    '      - id: reassure',
    text('        ', 'text', ['没关系，谁都有忙忘的时候。我把金额和还款方式跟您确认一下？', 'No problem, it happens to everyone. Shall I go over the amount and how to pay?']),
    '        tactic: empathy',
    '        effects: { rapport: 10, willingness: 20 }',
    '        next: ask',
    '      - id: skip',
    text('        ', 'text', ['这期是 1860 元。', 'The amount is 1,860 yuan.']),
    '        tactic: probe',
    text('        ', 'feedback', ['金额说清楚了，但先接住对方的歉意会更顺。', 'Clear about the amount; acknowledging the apology first would have helped.']),
    '        next: ask',
    '      - id: insult',
    text('        ', 'text', ['每个老赖都说自己忘了。', 'Every deadbeat says they forgot.']),
    '        violation: insult',
    '        effects: { rapport: -40 }',
    text('        ', 'feedback', ['辱骂是违规行为，而且会让通话立刻结束。', 'Insults break the conduct rules, and they end the call.']),
    '        next: hung-up',
    '',
    '  ask:',
    text('    ', 'say', ['一共多少？最晚什么时候还？', 'So how much is it, and by when?']),
    '    replies:',
    '      - id: today',
    text('        ', 'text', ['一共 1860 元，您看今天下午六点前能还上吗？', 'It is 1,860 yuan in total. Could you pay it by six this evening?']),
    '        tactic: deadline',
    '        effects: { willingness: 25 }',
    note('        ', ['路线在效果生效之后按顺序检查；最后一条不带条件。', 'Routes are checked in order after the effects apply; the last has no condition.']),
    '        next:',
    '          - { if: willingness >= 60, goto: paid-today }',
    '          - { goto: call-back }',
    '      - id: plan',
    note('        ', ['只有条件成立时才出现这个回复。每个节点至少要有一个不带条件的回复。', 'Offered only while the condition holds. Every node needs at least one reply without one.']),
    '        if: rapport >= 60',
    text('        ', 'text', ['如果今天不方便，可以分两期：本周五先还 930 元，下月五号还清。', 'If today is hard, we can split it: 930 yuan this Friday and the rest on the 5th.']),
    '        tactic: plan',
    '        effects: { willingness: 15 }',
    '        next: instalments',
    '',
    'endings:',
    '  paid-today:',
    '    outcome: success',
    text('    ', 'title', ['当天还款', 'Paid today']),
    text('    ', 'debrief', ['先体谅，再给出清楚的金额和时间，对方当天就还了。', 'Understanding first, then a clear amount and time: he paid the same day.']),
    '  instalments:',
    '    outcome: success',
    text('    ', 'title', ['分期约定', 'Instalments agreed']),
    text('    ', 'debrief', ['两笔都有金额和日期，是一个可以核实的承诺。', 'Both payments have an amount and a date: a commitment you can check.']),
    '  call-back:',
    '    outcome: partial',
    text('    ', 'title', ['改天再说', 'Call back later']),
    text('    ', 'debrief', ['他答应会处理，但还没有具体的时间。', 'He means to pay, but there is no time agreed yet.']),
    '  hung-up:',
    '    outcome: failure',
    text('    ', 'title', ['对方挂断', 'Hung up']),
    text('    ', 'debrief', ['冒犯的话让沟通中断了。', 'The insult ended the conversation.']),
    '',
    note('', ['作者自己的测试：callcraft test 会逐条运行。', 'Your own checks: callcraft test runs each one.']),
    'tests:',
    '  - name: the friendly route pays today',
    '    steps: [introduce, reassure, today]',
    '    expect: { ending: paid-today, violations: 0, stats: { willingness: ">= 60" } }',
    '  - name: a typed answer is understood too',
    `    steps: [introduce, { say: ${JSON.stringify(options.lang === 'en' ? 'I understand, these things happen.' : '我理解，谁都会忙忘。')} }, today]`,
    '    expect: { ending: paid-today }',
    '  - name: an insult ends the call',
    '    steps: [demand, insult]',
    '    expect: { ending: hung-up, violations: 1 }',
  );
  return `${L.join('\n')}\n`;
}
