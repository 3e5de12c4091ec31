// Word lists shared by many patterns, written {name} in a pattern. Chinese and English words sit
// in the same list, so "tell 你老婆" and "告诉你的boss" match as well as either language alone.
import type { Slots } from './types';

export const SLOTS: Slots = {
  /** Family and partners. */
  kin: [
    'family*', 'wife', 'wives', 'husband*', 'partner*', 'parent*', 'mother*', 'mom*', 'mum*', 'father*', 'dad*',
    'kid*', 'child', 'children', 'son*', 'daughter*', 'brother*', 'sister*', 'sibling*', 'relative*', 'in laws',
    'grandparent*', 'grandma', 'grandpa', 'girlfriend*', 'boyfriend*', 'fiance', 'fiancee', 'spouse',
    '家人', '家里人', '家属', '全家', '老婆', '老公', '妻子', '丈夫', '爱人', '父母', '爸妈', '爸爸', '妈妈', '老爸', '老妈',
    '妈', '爸', '孩子', '儿子', '女儿', '子女', '兄弟', '哥哥', '弟弟', '姐姐', '妹妹', '姐妹', '亲戚', '亲人', '对象', '男朋友', '女朋友',
    '男友', '女友', '岳父', '岳母', '公婆', '爷爷', '奶奶', '媳妇', '家长',
  ],
  /** The workplace. */
  work: [
    'boss*', 'employer*', 'manager*', 'supervisor*', 'colleague*', 'coworker*', 'co worker*', 'workmate*', 'workplace',
    'work', 'office', 'hr', 'company', 'team leader', 'line manager',
    '单位', '公司', '领导', '老板', '上司', '主管', '同事', '人事', '经理', '工作单位', '单位领导', '公司领导', '厂里', '前台',
  ],
  /** Friends, neighbours, the phone's contact list. */
  contacts: [
    'friend*', 'neighbour*', 'neighbor*', 'contacts', 'contact list', 'references', 'classmate*', 'everyone you know',
    'everybody you know', 'emergency contact*', 'emergency list', 'landlord*', 'tenant*', 'teacher*', 'school', 'church', 'pastor',
    'flatmate*', 'roommate*', 'housemate*', 'street', 'building', 'block', 'neighbourhood', 'neighborhood', 'village', 'town', 'estate', 'community',
    '微信好友', '好友', 'qq好友', '老家的人', '村里的人', '小区的人', '家乡的人', '老乡',
    '朋友', '邻居', '通讯录', '联系人', '紧急联系人', '亲友', '同学', '身边的人', '认识的人', '村里人', '房东', '老师', '学校',
  ],
  /** Anyone but the debtor. */
  third: ['{kin}', '{work}', '{contacts}'],
  /** "your", as typed to the debtor. */
  your: ['your (own|whole|entire|poor|dear|old|little|new|sweet|dear old)?', '你们的?', '您们的?', '你的?', '您的?'],
  you: ['you', '你', '您'],
  /** Someone else's: the debtor, spoken of to a third party. */
  their: ['his', 'her', 'their', '他的?', '她的?', '他们的?'],
  /** The debt itself: what must not be mentioned to a third party. */
  debt: [
    'debt*', 'owe*', 'owing', 'overdue', 'loan*', 'arrears', 'outstanding', 'balance', 'repay*', 'repayment*',
    'missed payment*', 'late payment*', 'payment*', 'past due', 'collection*', 'debt collector*', 'credit card (bill|balance|account|debt)',
    '(card|credit card|phone|monthly) bill', 'instalment*', 'installment*', 'default*', 'delinquent', 'delinquency', 'statement', 'minimum due',
    '# (yuan|rmb|cny|dollars|usd|euros|pounds|quid|bucks)', '(\\$|¥|€|£)#',
    '欠款', '欠钱', '欠费', '欠债', '欠了', '欠我们', '欠银行', '欠着', '债务', '债', '逾期', '还款', '还钱', '还清', '还上', '账单',
    '贷款', '借款', '借钱', '借的钱', '网贷', '信用卡(账单|欠款|还款|逾期|的钱)', '催收', '催款', '分期', '本金', '利息', '滞纳金', '罚息',
    '最低还款', '待还', '未还', '拖欠', '赖账', '#(元|块|万|千|百块)',
  ],
};
