// Disclosure: the debt revealed to anyone but the debtor. Said to the debtor, "I told your wife"
// reports a disclosure that happened; "I'll tell your wife" is a threat (threat.ts). With a third
// party on the line (`party: third-party`), any mention of the debt is itself a disclosure.
import type { ViolationEntry } from './types';

export const DISCLOSURES: readonly ViolationEntry[] = [
  {
    id: 'disclosure-told',
    kind: 'disclosure',
    languages: ['zh', 'en'],
    alsoMatches: ['threat'],
    patterns: [
      '(told|informed|notified|warned|alerted) {your} {third}', '(explained|mentioned|described) .. to {your} {third}', '(been|getting|got) in touch with {your} {third}', '(let|made) {your} {third} (know|aware)',
      '{your} {third} (already |now |also )?(knows|know|has been told|have been told|is aware|are aware|found out) (everything|all about|about|that you|what you owe|you owe)',
      '{your} {third} (already |now |also )?(knows|knew|know|is aware|are aware|found out|has heard|heard) (that )?you (missed|owe|have not paid|are behind|defaulted|are late|fell behind|borrowed)',
      '(already|just|have|has|had|yesterday|earlier|last (week|night|month)) (let|made) {your} {third} (know|aware)',
      '(告诉|通知|告知)(了|过){your}{third}', '(已经|刚才|刚刚|昨天|前天|上周|早就|都)(告诉|通知|告知|联系|打给|找)(过|了)?{your}{third}',
      '(跟|和|给|向){your}{third}?(的)?{third}(说|讲|提|打招呼|反映|通知)(过|了)', '{your}{third}(已经|都|早就)?知道(你|您)?(欠|逾期|借|的事|这事|这件事|没还)',
      '(联系|打给|找|通知)(过|了){your}{third}', '把(你|您)(的)?(欠钱|欠款|逾期|借钱|贷款)..(跟|和|告诉|对)(他|她|他们)(都)?(说|讲)?(了|过)',
      '(他们|她们|大家|所有人)(都|也|已经|早就)?知道(你|您)(欠|逾期|借|的事|这事|这件事|没还)',
      '{third}{third}?(那边|那里)?(我们|我)(都|已经|也)?(打过|联系过|通知过|说过|讲过|告诉过|说明过)(电话)?(了)?', '(跟|和|向|给){your}?{third}..说明(了)?(您|你)?(的)?情况', '(给|跟|和){your}{third}(打过|打了|通过|联系过|说过|讲过)',
    ],
    // The debtor telling their own people is no disclosure ("have you told your friend?").
    unless: ['(have|did|has|had|could|would|can|will|does|do) you', '(does|do|did) {your} {third}', 'you (mentioned|said|say|told me|were saying)', '(你|您)(说|提到|提过|刚才说)', 'you (have|had|already|could|can|should) (told|informed|let|tell|inform)', '(你|您)(有没有|是否|可以|能不能)'],
    examples: [
      'I already told your wife about the debt.',
      'We\'ve informed your employer.',
      'Your boss already knows about it.',
      '我已经告诉你老婆了',
      '刚才跟你同事说了你欠款的事',
      '你家里人都知道你欠钱了',
      '我们联系过你的紧急联系人',
    ],
    nearMisses: [
      'I haven\'t told anyone else about this.',
      'Nobody else knows; this stays between us.',
      '您的家人不知道这件事，我们只和您本人沟通',
      '我可以先跟您确认一下联系方式吗？',
      'Should I call you back at a better time?',
      'Have you told your friend that the payment is due on Friday?',
    ],
  },
  {
    id: 'disclosure-contacted',
    kind: 'disclosure',
    languages: ['en'],
    alsoMatches: ['threat'],
    patterns: [
      '(called|phoned|rang|contacted|emailed|texted|messaged|had a (chat|talk|word|conversation) with|spoke to|spoken to|spoke with|spoken with|talked to|talked with|had a word with|been in touch with|got hold of|reached|visited|wrote to|written to|left a (message|voicemail|voice message|note) (for|with)) {your} {third}',
      '(sent|posted|mailed|emailed|wrote|delivered) (a |the |our )?(letter|notice|email|message|reminder) .. to {your} ({third}|work address|office|workplace)',
    ],
    // Contacting someone is a disclosure when the debt came up.
    requires: ['{debt}', 'about (it|this|that|you|everything)', 'everything', 'the situation', 'what you (owe|did)'],
    examples: [
      'I spoke to your sister about the overdue payment.',
      'We contacted your employer about the loan.',
      'I called your mother and explained everything.',
    ],
    nearMisses: [
      'I spoke to your wife earlier and she said you would be home by six.',
      'Have you talked to your family about a budget?',
      'I called your mobile twice this week.',
    ],
  },
  {
    id: 'third-party-debt',
    kind: 'disclosure',
    languages: ['zh', 'en'],
    party: 'third-party',
    broad: true,
    patterns: [
      '{debt}', '(he|she|they) (has|have|had) not paid', '(a|the|his|her|their|this|that) (bill|bills)', '{their} (card|cards|credit card|credit cards|credit|credit record|credit score)',
      '(他|她)(一直)?(没|没有|还没)(还|付)', '(他|她|他们)欠(的|了|着|我们|银行)', '(帮|替|代)(他|她)(还|付)', '(他|她)(的)?(信用卡|信用|征信)', '没(有)?还',
    ],
    examples: [
      'Tell him his loan is overdue.',
      'He owes us 2,000 yuan.',
      'It is about his missed payment.',
      'I\'m calling from a debt collection agency.',
      '他的信用卡欠了我们五千块',
      '麻烦转告他尽快还款',
      '他已经逾期三个月了',
      '他这个月的账单还没处理',
    ],
    nearMisses: [
      'Could you ask him to call Chen back, please?',
      'It is a personal matter; I can only discuss it with him.',
      'When would be a good time to reach him?',
      '麻烦您转告他给我回个电话',
      '请问他什么时候方便接电话？',
    ],
  },
];
