// Insults: name-calling, humiliation and obscenity. Words that are only insults when aimed at
// the debtor ("liar", "骗子", "垃圾") need the address ("you liar", "你这个骗子"), so "beware of
// scammers" and "we are not scammers" stay clean.
import type { ViolationEntry } from './types';

/** "I'm not calling you a liar", "我们不会把您当成老赖": reporting verbs a negation may reach across. */
/** What an insult calls the debtor, and the words that sharpen it ("what a shameless liar"). */
const NOUNS = 'loser|coward|cheapskate|lump|slob|sponger|liar|thief|crook|cheat|cheater|fraud|idiot|clown|joke|failure|bum|trash|garbage|pig|rat|snake|leech|parasite|disgrace|fool|dummy|jerk|creep|weasel|scammer|con artist|freeloader|moron|waste of space';
const ADJECTIVES = 'absolute|sad|pitiful|disgusting|ignorant|selfish|total|complete|real|utter|lying|useless|worthless|pathetic|dirty|little|lazy|filthy|fucking|bloody|shameless|miserable|greedy|sorry|cheap|spineless|typical';

const REPORTING = [
  'say', 'saying', 'said', 'call', 'calling', 'called', 'think', 'thinking', 'see', 'seeing', 'treat', 'treating', 'consider',
  'as', 'accuse', 'accusing', 'of being', '说', '叫', '当', '当成', '当作', '看作', '看成', '觉得', '认为', '骂', '说成',
];

export const INSULTS: readonly ViolationEntry[] = [
  {
    id: 'insult-names',
    kind: 'insult',
    languages: ['zh', 'en'],
    negationVia: REPORTING,
    // "像您这样情况的人很多" is comfort, not contempt.
    unless: ['(这种|这样的?|这类)情况', '(这种|这样的?)(处境|遭遇)'],
    patterns: [
      'deadbeat*', '对牛弹琴', 'scrounger*', 'layabout*', 'good for nothing', 'no good loser', 'scumbag*', 'scum', 'lowlife*', 'low life', 'bastard*', 'moron*', 'imbecile*', 'dumbass*', 'dickhead*', 'jackass*', 'idiot*',
      'you make me sick', 'bloodsucker*', 'freeloader*', 'sponger*', 'welsher*', 'people like you', 'people of your kind', 'your kind (never|always|are)', 'you people', 'piece of (garbage|trash|work)',
      '老赖', '无赖', '人渣', '败类', '混蛋', '王八蛋', '畜生', '畜牲', '狗东西', '白痴', '脑残', '蠢货', '蠢猪', '笨蛋', '穷鬼', '穷光蛋',
      '贱人', '下贱', '死皮赖脸', '不要脸', '没脸没皮', '厚颜无耻', '无耻', '泼妇', '瘪三', '窝囊废', '渣滓', '垃圾人', '赖皮', '赖账鬼',
      '神经病', '(你|您)(是不是|真是|真)?有病(吧|啊|呀)', '有病吧', '没用的东西', '贱骨头', '白眼狼', '大聪明', '脑子(是不是|是不是有点|怕不是|真的)?(有问题|进水|坏了|有病|不好使|不够用|秀逗)', '欠(收拾|揍|骂|教训)', '(你|您)是不是傻', '(你|您)(真|太|好)蠢', '(真|太|好)(没用|窝囊)', '丢死人', '你们?(这种|这号)(人|货|东西|玩意)', '你们?(这种|这号|这样)..的(人|货|东西)', '像你们?(这种|这样的?|这号)(的)?(人|货|东西|玩意)',
    ],
    examples: [
      'You\'re a deadbeat.',
      'People like you never pay.',
      'Listen, you scumbag.',
      '你就是个老赖',
      '真不要脸',
      '你这种人我见多了',
      '像您这种人，我们见得多了',
      '你有病吧',
    ],
    nearMisses: [
      'You are not a deadbeat, you just hit a rough patch.',
      'I\'m not calling you a deadbeat; I just need a date.',
      '您不是老赖，只是一时周转不开',
      '我们绝不会把您当成老赖',
      '如果有人辱骂您，请向我们投诉',
      '请注意防范电信诈骗',
    ],
  },
  {
    id: 'insult-addressed',
    kind: 'insult',
    languages: ['zh', 'en'],
    negationVia: REPORTING,
    patterns: [
      `(you|you are) (such )?(a |an |the |one )?(${ADJECTIVES})? (${ADJECTIVES})? (${NOUNS})`,
      '(worst|lowest) (kind|sort|type) of (customer|person|people|debtor|human)', '(what|such) (a|an) (pathetic|useless|worthless|miserable|shameless|spineless|greedy|lazy|filthy|disgusting|sad|pitiful) (little |old )?(man|woman|person|guy|excuse for a (man|person|human))',
      '(你|您)(这个人|这人)?(真是|真的|简直|已经)?(没救了|无可救药|不可救药)', '(真|太|好)?(让人|叫人)(恶心|作呕|鄙视)', 'what is (wrong|the matter) with you', 'what is your problem',
      '(你|您)(这)?(人)?(怎么)?(一点)?(信用|诚信|良心|廉耻|脸)(都|也)没有', '(你|您)(脑子)?有什么毛病',
      `((what|such) (a|an)|what (kind|sort) of( a| an)?) (${ADJECTIVES})? (${NOUNS})`,
      '(stupid|pathetic|lame|ridiculous|pitiful|useless) excuse*', '(a|such a|what a|you) (stupid|dumb|useless|worthless|pathetic) (person|man|woman|guy|people|thing)',
      '(you|you are) (such )?(a |an |a total |a complete )?waste of (space|time|oxygen|air|skin)', '(stop|quit) being (so |such |such a |a )?(pathetic|useless|stupid|childish|baby|coward|loser|child)',
      '脸皮..厚', '(only|just|typical) (losers|idiots|fools|deadbeats|cheats|liars|scum|lowlifes|morons)', '(only|just) (a|an) (fool|idiot|loser|moron|deadbeat)',
      '^(absolutely |so |just |truly |utterly )?(pathetic|disgraceful|disgusting|shameful)$', '(听不懂|说|讲)人话',
      '(stop|quit) (acting|playing) (like a|the) (victim|baby|child|martyr)', 'playing the victim', '(你|您)(这|的)?(个)?脑子..(不好使|有问题|进水|坏了|有病|不够用|秀逗)',
      '(are|r) you (stupid|dumb|thick|deaf|an idiot|a moron|brain dead|braindead|retarded|simple|mental|thick or something)',
      'you are (so |really |just |such a |too )?(stupid|dumb|pathetic|worthless|useless|shameless|disgusting|lazy|hopeless|clueless|brainless|spineless|a joke)',
      'nothing but (a|an) (freeloader|liar|cheat|thief|crook|loser|parasite|leech|bum)', 'your (a|an) (loser|liar|joke|idiot|disgrace|clown|cheat|failure|waste|fool|thief|crook)', '^(loser|liar|idiot|thief|crook|cheat|clown|fool|genius|einstein|smart guy|smartass)$', 'you (genius|smartass|einstein)',
      '(lying|thieving|lazy|useless|worthless|dirty) (bastard|cheat|loser|scum|pig|rat|piece of)',
      '(你|您)(就是|真是|简直是|简直就是|是|这个|这种|这样的|个|这号)(一)?(个)?(人)?(骗子|垃圾|废物|傻子|傻瓜|小偷|贼|懒鬼|懒汉|失败者|猪|寄生虫|吸血鬼|乞丐|叫花子|loser|骗钱的)',
      '^(骗子|垃圾|废物|傻子|猪)$', '(骗子|废物|垃圾)一个',
    ],
    unless: ['fraud (victim*|department|team|alert*|protection|check*)'],
    examples: [
      'You\'re a liar.',
      'You lying cheat.',
      'You are so pathetic.',
      'What a loser.',
      '你这个骗子',
      '你简直就是个废物',
      '你真是个loser',
    ],
    nearMisses: [
      'You are not a liar, I believe you.',
      'I know you are not stupid about money.',
      'Thank you for your kind words.',
      'If you are a fraud victim, we can freeze the card today.',
      'That is a fair point.',
      '我们不是骗子，您可以打官方电话核实',
      '您是不是担心我们是骗子？',
      '这个垃圾短信不是我们发的',
    ],
  },
  {
    id: 'insult-scolding',
    kind: 'insult',
    languages: ['en'],
    // "Don't be so thick": the negation is the scolding, not a denial.
    negatable: false,
    patterns: [
      '(do not|dont|stop|quit) (be|being|acting) (so |such a |a |an )?(thick|stupid|dumb|dense|idiot|moron|pathetic|childish|baby|coward)',
      '(stop|quit) (whining|crying|moaning|sulking|snivelling|sniveling)',
    ],
    examples: ['Don\'t be so thick.', 'Quit whining like a baby.'],
    nearMisses: ['Don\'t worry, this happens a lot.', 'Stop me if I go too fast.', 'Please do not be alarmed by the letter.'],
  },
  {
    id: 'insult-humiliation',
    kind: 'insult',
    languages: ['zh', 'en'],
    patterns: [
      'are not you ashamed', '(you should|should) be ashamed', 'shame on you', '(you|you have|you have got) no shame',
      'how (can|could|dare) you (borrow|spend|show your face|even ask)', 'you (disgust|sicken) me', 'what kind of (a )?(person|man|woman|parent|mother|father) (are you|does that|would)',
      '^(grow up|man up)', '(grow up|man up) and', '(grow|get|find) (a|some) (spine|backbone|balls|pair)', 'you (need to|should|have to|must) (grow up|man up)', 'get a real job', 'go (and )?get a job', '(that is|you are) (pathetic|disgraceful)', 'nobody (likes|trusts|respects) you',
      '(no wonder|that is why) (you are) (broke|poor|in debt)', 'you can not even (pay|manage|handle)', '(do not|should not|should not have|never) borrow* (money|it)? (if|when) you (can not|could not)',
      '(你|您)还好意思', '(你|您)好意思(吗|说|借|拖)', '脸(都|也)?不要了', '(还要|要不要)脸', '(你|您)还有脸', '(真|太|多|很)(丢人|丢脸|可耻|恶心)', '丢人现眼', '(有本事|有能耐)借(钱)?(没本事|没能耐|就有本事)还',
      '借(钱)?的时候(怎么)?(不说|挺爽|挺痛快|那么爽快)', '(你|您)算(个)?什么东西', /(?:你|您)(?:也|不)配(?!合|置|送|偶|套|额)/u,
      '(你|您)(这)?(人)?(怎么)?(这么|那么)(不要脸|无耻|赖|贱|懒|没用|不讲信用|没信用)', '活该(你)?(穷)?', '(你|您)(这辈子|一辈子)(都)?(没出息|完了)',
      '穷(就)?(别|不要)借(钱)?', '还不起(就)?(别|不要)借',
    ],
    examples: [
      'Aren\'t you ashamed?',
      'Shame on you.',
      'Grow up and pay your bills.',
      'Don\'t borrow money if you can\'t pay it back.',
      '你还好意思说',
      '有本事借没本事还',
      '借钱的时候怎么不说',
      '你也配跟我谈条件？',
    ],
    nearMisses: [
      'That\'s a shame, I\'m sorry to hear it.',
      'It\'s no shame to ask for a plan.',
      'Costs change as the kids grow up, so let us pick an amount that fits.',
      'I hope you get a job soon; in the meantime a small amount is fine.',
      '不好意思打扰您了',
      '麻烦您配合一下，我们核对个信息',
      '如果您不配合的话，我们只能按合同处理',
    ],
  },
  {
    id: 'insult-obscene',
    kind: 'insult',
    languages: ['zh', 'en'],
    // "Don't fucking lie to me" is no apology: obscenity counts whatever stands before it.
    negatable: false,
    patterns: [
      'fuck*', 'motherfuck*', 'shit', 'shithead*', 'bullshit', 'bitch*', 'asshole*', 'arsehole*', 'cunt*', 'wanker*', 'prick',
      'piece of shit', 'go to hell', 'screw you', 'drop dead', 'piss off', 'shut up', 'stfu', '^shut it', 'shut (your|ur) (mouth|face|trap|gob)',
      '傻逼', '傻b', '傻x', '傻叉', '煞笔', '沙比', 'sb', 'cnm', 'tmd', 'nmsl', '操你', '草泥马', '卧槽', '去死', '滚蛋', '滚开', '给我滚', '滚出去', '他妈的',
      '你妈(逼|的逼)', '狗娘养的',
    ],
    examples: [
      'Just pay the fucking bill.',
      'Shut up and listen.',
      'Don\'t give me that bullshit.',
      '你个傻逼',
      '给我滚',
      '他妈的还不还钱',
    ],
    nearMisses: [
      'Please hold while I check the shipment details.',
      'Could you scroll up and read me the reference?',
      '您妈妈的电话我们不会打',
      '我们先把时间定下来',
    ],
  },
];
