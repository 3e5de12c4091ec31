// Guilt-tripping (the weaker fault): the collector's own troubles ("my boss will fire me") or
// moral pressure through the debtor's family ("think of your kids"). Empathy for the debtor's
// troubles is the opposite and is a tactic.
import type { ViolationEntry } from './types';

export const GUILT: readonly ViolationEntry[] = [
  {
    id: 'guilt-collector',
    kind: 'guilt',
    languages: ['zh', 'en'],
    patterns: [
      '(my|the) (boss|manager|supervisor|team leader|company) (will|is going to|is gonna|would|might|could) (fire|kill|sack|yell at|shout at|punish|dock) me',
      'i (will|could|might|am going to|would)? (lose|be losing) my (job|bonus|commission)', 'i (will|could|might|would|am going to)? (get|be) (fired|sacked|in trouble|written up|punished)',
      '(they|my company|my boss) (will|would|could|might)? (fire|sack|dock) me', '(dock|cut|docking|cutting) my (pay|wages|salary|bonus)',
      '(help me|i need to|i have to) (hit|make|meet|reach) my (target|quota|numbers|goal)', 'do it for me', 'pay (it )?for me', 'do me a (favor|favour) and pay',
      'i am begging you', '(have|take) pity on me', '(my job|my bonus|my commission) (depends|rides) on (this|you)', 'i have (kids|a family|children|mouths) to feed',
      '(put*|putting) me in a (tough|difficult|bad|terrible) (spot|position)', '(please|just) help me out', 'i will miss my (target|targets|quota|numbers)',
      'my (target|targets|quota|numbers|quarter|month|bonus|commission) .. (finished|done for|ruined|gone|over|shot)', 'i (will be|am|would be|get|could be) in (big |real |serious |so much )?trouble',
      '(get|getting|got) me (in|into) trouble', 'i have (a family|kids|children) too', 'i need (this|the money|it) (today )?(for|to hit|to make) my (target|quota|numbers)',
      '我(会|就|要|得)?(被)?(扣工资|扣钱|扣奖金|扣绩效|开除|辞退|炒鱿鱼|罚款|挨骂|挨批|骂死|失业)', '(扣|罚)我(的)?(工资|奖金|钱|绩效)',
      '(领导|老板|主管|经理|公司)(会|就|要)?(骂死|开除|炒了|罚|扣)我', '我(这个月|本月)?(的)?(业绩|绩效|任务|考核|指标)(就)?(完不成|不达标|没法完成|就完了|要挂了|差一点)',
      '(帮|帮帮)我(完成|冲|凑)(一下)?(业绩|任务|指标|考核)', '(你|您)就当(是)?(帮帮|帮|可怜可怜|可怜|同情)(我|我们)', '可怜可怜我', '我求(你|您)(了)?', '我(的)?(这个月)?(的)?(工资|奖金|提成|绩效)(就)?(没了|没有了|泡汤|保不住|要扣光)', '求(你|您)(了)?(帮帮我|行行好|还了吧|还吧)', '求求(你|您)',
      '我(也)?(要|得)养家(糊口)?', '我(的)?饭碗(就)?(保不住|没了|砸了)', '我(就)?(要|会)丢(掉)?(工作|饭碗)', '我(也)?(很|挺|真的)?(难做|为难)', '我(就)?(完了|惨了|死定了|没法交差|交不了差|要倒霉)', '(任务|业绩|指标|考核)..(完不成|完不了|不达标|交不了差)', '(完不成|完不了|完成不了)(任务|业绩|指标|考核)',
      '我(也)?有(家|一家老小|老婆孩子)要养',
    ],
    examples: [
      'If you don\'t pay, my boss will fire me.',
      'Please, I\'ll lose my job if you don\'t pay.',
      'Do it for me, I need to hit my target this month.',
      '我这个月业绩完不成就要被扣工资了',
      '你就当帮帮我',
      '求求你了，还了吧',
      '你不还我也很难做',
    ],
    nearMisses: [
      'I can help you set up a plan.',
      'I understand you might lose your job; let us plan around that.',
      '我理解您也要养家，压力确实大',
      '我知道您也很为难',
      '我可以帮您申请分期',
    ],
  },
  {
    id: 'guilt-family',
    kind: 'guilt',
    languages: ['zh', 'en'],
    patterns: [
      'think (of|about) {your} (kid*|child|children|family*|wife|husband|mother|mum|mom|parent*|son|daughter)',
      'what (would|will|do) {your} (kid*|children|mother|mum|mom|parent*|family|father|dad|wife|husband) think',
      '(set*|setting) a (bad|terrible|poor|awful) example', 'how (can|could|do) you (sleep at night|live with yourself|look {your} (kids|children|family) in the eye)',
      'how (will|would|do|does) {your} (kid*|children|family|parent*|wife|husband|mother|mum|mom) feel', '(have|got) no conscience', 'do not you (even )?(care|feel bad|feel guilty)', 'do you (not )?(even )?feel (guilty|any guilt|bad about (it|this))', '{your} (kids|children|family) deserve better',
      '(你|您)(就|也)?不(为|替)(你|您)?(的)?(孩子|家人|父母|老婆|老公|家里)(想想|考虑考虑|考虑一下)', '(为|替)(你|您)?(的)?(孩子|家人|父母)(想想|想一想|考虑考虑)',
      '对得起(你|您)?(的)?{kin}', '(孩子|家人|父母)(会)?(怎么看|怎么想|以你为耻|瞧不起)(你|您)?', '(给|做)(孩子|子女)(做|树)?(了)?(什么|坏|个坏|这样的)?榜样',
      '(有没有|还有没有)良心', '良心(过得去|不痛|被狗吃|不安)', '(你|您)晚上(能)?睡得着', '(你|您)(不|就不)(觉得|感到)(愧疚|内疚|惭愧|羞愧)',
    ],
    examples: [
      'Think of your kids.',
      'What would your children think of you?',
      'How can you sleep at night?',
      'Don\'t you feel guilty?',
      '你就不为孩子想想吗',
      '你这样对得起你父母吗',
      '你晚上睡得着吗？',
    ],
    nearMisses: [
      'I know you are doing your best for your family.',
      'Would it help to talk it over with your family first?',
      'Is there a time that works around your kids\' school run?',
      '为了孩子的将来，我们一起想个办法',
      '您先照顾好家里，我们再约时间',
    ],
  },
];
