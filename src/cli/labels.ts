// The words around a headless transcript, in the two interface languages. Scenario text comes
// from the scenario itself; these are only the labels the CLI adds.
import type { Outcome, Tactic, ViolationKind } from '../core/schema';
import { VIOLATION_FACTOR } from '../core/score';

const KEPT = Math.round(VIOLATION_FACTOR * 100);

const en = {
  /** After a label: "Coach: …" / "教练：…". */
  colon: ': ',
  /** An aside after a phrase: " (…)" / "（…）". */
  paren: (s: string) => ` (${s})`,
  debtor: 'Debtor',
  /** Who speaks on a `party: third-party` node. */
  other: 'Third party',
  you: 'You',
  typed: 'You typed',
  understoodAs: 'understood as',
  notUnderstood: 'not understood as any reply (the fallback applies)',
  byKeyword: (k: string) => `keyword "${k}"`,
  byTactic: (t: string, p: string) => `sounds like ${t}: "${p}"`,
  byViolation: (v: string, p: string) => `conduct fault ${v}: "${p}"`,
  bySimilar: (score: number) => `close to its wording, ${Math.round(score * 100)}%`,
  thirdParty: 'a third party is on the line: do not reveal the debt',
  coach: 'Coach',
  violation: 'Violation',
  inReply: 'the reply itself',
  inText: (p: string) => `in what you typed: "${p}"`,
  rule: (id: string) => `rule ${id}`,
  trigger: (cond: string, goto: string) => `trigger ${cond} → ${goto}`,
  sameNode: 'the call stays here',
  ending: 'Ending',
  outcome: { success: 'success', partial: 'partial', failure: 'failure' } satisfies Record<Outcome, string>,
  unfinished: (node: string, turns: number) => `The call is not over: the inputs ran out after ${turns} ${turns === 1 ? 'reply' : 'replies'}, at node "${node}".`,
  offeredNow: 'Offered now',
  notes: "Coach's notes",
  score: 'Score',
  grade: 'grade',
  soFar: 'unfinished',
  parts: { outcome: 'outcome', rapport: 'rapport', willingness: 'willingness', length: 'length', violations: 'violations' },
  /** A sum below 0 counts as 0. */
  floor: (sum: number) => `floor at 0: ${sum} counts as 0`,
  /** A run with a violation keeps 29% of its points. */
  violationCap: (raw: number, total: number) => `violation cap: keeps ${KEPT}% of ${raw} → ${total}`,
  mode: { practice: 'practice', exam: 'exam', free: 'free text' },
  account: 'Account',
  overdue: (d: number) => `${d} ${d === 1 ? 'day' : 'days'} overdue`,
  goal: 'Goal',
  briefing: 'Briefing',
  stat: { rapport: 'Rapport', willingness: 'Willingness' } as Record<string, string>,
  violations: {
    threat: 'threat', insult: 'insult', deception: 'deception', disclosure: 'disclosure to a third party',
    harassment: 'harassment', guilt: 'guilt-tripping',
  } satisfies Record<ViolationKind, string>,
  /** The tactic names of the scenario format, as the English transcript shows them. */
  tactics: {
    greet: 'greet', verify: 'verify', probe: 'probe', listen: 'listen', empathy: 'empathy', 'win-win': 'win-win',
    concession: 'concession', deadline: 'deadline', consequence: 'consequence', plan: 'plan', close: 'close',
    escalate: 'escalate', guilt: 'guilt', pressure: 'pressure', threat: 'threat', insult: 'insult',
    deception: 'deception', disclosure: 'disclosure', harassment: 'harassment',
  } satisfies Record<Tactic, string>,
};

export type Labels = typeof en;

const zh: Labels = {
  colon: '：',
  paren: (s) => `（${s}）`,
  debtor: '债务人',
  other: '第三方',
  you: '你',
  typed: '你输入',
  understoodAs: '理解为',
  notUnderstood: '没有对应的回复（按默认处理）',
  byKeyword: (k) => `关键词“${k}”`,
  byTactic: (t, p) => `像是${t}：“${p}”`,
  byViolation: (v, p) => `违规 ${v}：“${p}”`,
  bySimilar: (score) => `与原话相近，${Math.round(score * 100)}%`,
  thirdParty: '接电话的是第三方：不要透露欠款',
  coach: '教练',
  violation: '违规',
  inReply: '这句回复本身',
  inText: (p) => `出现在你的输入里：“${p}”`,
  rule: (id) => `规则 ${id}`,
  trigger: (cond, goto) => `触发条件 ${cond} → ${goto}`,
  sameNode: '通话停留在这里',
  ending: '结局',
  outcome: { success: '成功', partial: '部分达成', failure: '失败' },
  unfinished: (node, turns) => `通话尚未结束：输入在第 ${turns} 次回复后用完，停在节点“${node}”。`,
  offeredNow: '当前可选',
  notes: '教练点评',
  score: '得分',
  grade: '等级',
  soFar: '未完成',
  parts: { outcome: '结果', rapport: '融洽度', willingness: '还款意愿', length: '通话长度', violations: '违规' },
  floor: (sum) => `最低 0 分：${sum} 按 0 计`,
  violationCap: (raw, total) => `违规封顶：只保留 ${raw} 的 ${KEPT}% → ${total}`,
  mode: { practice: '练习', exam: '考试', free: '自由输入' },
  account: '账户',
  overdue: (d) => `逾期 ${d} 天`,
  goal: '目标',
  briefing: '情况',
  stat: { rapport: '融洽度', willingness: '还款意愿' },
  violations: {
    threat: '威胁', insult: '侮辱', deception: '欺骗', disclosure: '向第三方泄露', harassment: '骚扰', guilt: '道德绑架',
  },
  tactics: {
    greet: '问候', verify: '核实身份', probe: '探询', listen: '倾听', empathy: '同理', 'win-win': '共赢',
    concession: '让步', deadline: '时间节点', consequence: '如实说明后果', plan: '还款计划', close: '确认承诺',
    escalate: '合规升级', guilt: '道德绑架', pressure: '施压', threat: '威胁', insult: '侮辱',
    deception: '欺骗', disclosure: '泄露', harassment: '骚扰',
  },
};

export function labelsFor(lang: string): Labels {
  return lang === 'zh' ? zh : en;
}
