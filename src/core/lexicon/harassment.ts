// Harassment: calls meant to wear the debtor down (repeatedly, non-stop, at night) and pressing
// people who do not owe the debt to pay it. A scheduled call-back is fine.
import type { ViolationEntry } from './types';

export const HARASSMENT: readonly ViolationEntry[] = [
  {
    id: 'harassment-calls',
    kind: 'harassment',
    languages: ['zh', 'en'],
    patterns: [
      '(call*|ring*|text*|phone*|message*) you (every|each) (single )?(day|night|hour|morning|evening|minute|five minutes|ten minutes|half hour)',
      '(call*|ring*|text*|phone*|message*|bother*|chase*|hound*) you (nonstop|non stop|around the clock|day and night|night and day|all day|all night|24 7|24 hours a day|over and over|again and again|repeatedly|constantly|all the time|until you (pick up|answer|pay))',
      'keep (on )?(calling|ringing|texting|phoning|messaging|bothering|hounding|chasing) you', 'keep (on )?(calling|ringing|texting|phoning) (until|till|every|all)', 'keep (on )?(calling|ringing|texting|phoning)$', '(calling|ringing|call|ring) (you )?(morning|day) and (evening|night)', 'until (we|i) (reach|get hold of|get through to) you', 'keep (on )?(calling|ringing) (this|that|your|the) (number|phone|line|house|landline)', '(never|not) stop (calling|ringing|texting|phoning|messaging|bothering|chasing)',
      '(blow|blowing) up {your} phone', '(call|calls) (at|after) (midnight|night|# am|#am)', '(midnight|late night|night time) calls', '(call*|ring*|phone*) you (again )?(at|after) (eleven|twelve|midnight|11|12|ten|10) (tonight|at night|pm)', 'calls all night', 'calls (day and night|around the clock|every hour|all day long)',
      '{your} phone will (ring|keep ringing|not stop ringing)', 'every hour on the hour', '(flood*|spam*|bombard*) {your} (phone|inbox)',
      '(call*|phone*|ring*) you (at|in the middle of the) (night|midnight|2 am|3 am|4 am|2am|3am|4am)',
      '(call*|ring*|text*) (you )?(# times|dozens of times|hundreds of times|a hundred times) (a|per|every) (day|hour)',
      /天天(?:都)?(?:给(?:你|您))?打(?!卡|款|折|算|工)/u, /每天(?:都)?(?:给(?:你|您))?打(?:电话|你电话|过来|给你|给您|到)/u,
      '(一天|每天|每小时|一小时)(给你|给您)?打#(个|次|遍|通)', '打爆(你|您)?(的)?(电话|手机)', '(电话|短信|信息)轰炸', '轰炸(你|您)',
      '(半夜|深夜|凌晨|大半夜|夜里)(#点)?(也|都)?(给你|给您)?(打|打电话|call)', /(?:一直|不停地?|不断地?|反复|轮番)(?:给(?:你|您))?打(?!不通|不进|不了|扰)/u,
      '打到(你|您)(还钱|还款|还清|还|接|接为止)', '(骚扰|烦死)(你|您)', '电话(会)?(一直|不停地?|天天)响', '每隔(一|半|几|#)(个)?(小时|分钟)(就)?(给你|给您)?打', '(晚上|今晚|夜里|深夜)(十一|十二|11|12)点..打', '(晚上|今晚|夜里)(十|10)点(以后|之后|后)..打', '(还会|会一直|会继续|继续|一直)打(这个|你家|您家|家里)(的)?(号码|电话|座机)', '(每天|天天)早晚..打', '多打几(次|遍|个|通)', '打到(联系上|接通|你接|您接)为止', '直到(联系上|接通|你接|您接)(为止)', '(你|您)不(接|还)(我们)?(就)?(一直|天天|每天)打',
    ],
    examples: [
      'We\'ll call you every day until you pay.',
      'I\'ll keep calling until you pick up.',
      'We\'ll be ringing you at midnight.',
      'We will never stop calling.',
      '我们会天天给你打电话',
      '你不还我就一直打到你还为止',
      '半夜也给你打',
      '打爆你的电话',
    ],
    nearMisses: [
      'I\'ll call you back tomorrow at ten, if that suits you.',
      'Is there a better time to reach you during the day?',
      'I will not keep calling you; let us agree on a time instead.',
      '我明天上午十点再给您打个电话，可以吗？',
      '您的电话一直打不通，今天终于联系上您了',
      '您每天下班大概几点？',
    ],
  },
  {
    id: 'harassment-others-pay',
    kind: 'harassment',
    languages: ['zh', 'en'],
    patterns: [
      '({your}|{their}) {kin} (should|must|has to|have to|will have to|needs to|need to|is going to have to|are going to have to|is responsible|are responsible|is liable|are liable|ought to) (to )?(pay|cover|settle|be responsible|repay)',
      '(can|could|will|would) you (pay|cover|settle|clear) (it|this|the debt|his debt|her debt|the balance)? (for (him|her)|on (his|her) behalf)',
      'pay (his|her) (debt|debts|bill|loan|balance|arrears)', '(you are|you will be) (responsible|liable) for (his|her) (debt|debts|loan|bill)',
      '(ask|get|make) {your} {kin} to (pay|cover|lend you)', '{your} {kin} (can|could) (cover|pay|settle) (it|this|the debt|that)', 'family (is|are) responsible for (his|her|your) (debt|debts)',
      '(你|您)(就|也|来)?(得|要|必须|应该|能不能|可不可以|可以|能)?(替|帮|代)(他|她)(还|还钱|还款|还上|把钱还了|付|出)', '(让|叫|要)(你|您)?(的)?{kin}(替|帮|代)(你|您)(还|还钱|还款|出钱|付)', '让(他|她|他们)(帮|替|代)(你|您)(还|出|付)',
      '{your}?{kin}(就)?(得|要|必须|应该|有义务)(替|帮|代)(你|您)(还|还钱|还款|出钱|出|付)', '(父债子还|夫债妻还|父债子偿|子债父还)', '(家人|家属|{kin})(有)?(义务|责任)(替|帮|代)?(他|她|你|您)?(还|还款|还钱|偿还)', '代(他|她)?(还款|偿还)',
    ],
    examples: [
      'Can you pay it for him?',
      'Your parents should pay if you can\'t.',
      'His wife will have to cover it.',
      'Ask your parents to pay.',
      '你是他老婆，你就得替他还',
      '让你爸妈帮你还',
      '父债子还，天经地义',
    ],
    nearMisses: [
      'Could you ask him to call us back?',
      'Do you know when he will be home?',
      '您不用替他操心，我们会直接联系他',
      '麻烦您帮我转告他回个电话',
      'You can pay it in two parts if that helps.',
    ],
  },
];
