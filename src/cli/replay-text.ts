// A saved run as plain text, turn by turn: `callcraft replay <run-id>` without a terminal (the
// stepping screen is the UI's). Labels follow the replay's language (zh or en). The Replay's
// strings are already sanitised by src/core/replay.ts.
import type { Replay, ReplayTurn } from '../core/replay';
import { localTime } from './time';

const LABELS = {
  en: {
    run: 'Run', replies: (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`,
    engine: 'Recomputed from the saved answers through the game rules.',
    'scenario-changed': 'The scenario file has changed since this run: showing the run as it was saved.',
    'scenario-missing': 'The scenario of this run is not available any more: showing the run as it was saved.',
    'engine-differs': (t: number) => `This version of callcraft plays the saved answers differently from turn ${t}: showing the run as it was saved.`,
    turn: 'Turn', debtor: 'Debtor', you: 'You', typed: 'You typed', understood: 'understood as', notUnderstood: 'not understood (fallback)',
    effects: 'Effects', noChange: 'no change', coach: 'Coach', violation: 'Violation', notTaken: 'Not taken',
    colon: ': ', open: ' (', close: ')',
    ending: 'Ending', unfinished: (n: number) => `The call was left unfinished after ${n} ${n === 1 ? 'reply' : 'replies'}.`,
    score: 'Score', outcome: 'outcome', length: 'length', violations: 'violations', cap: 'cap',
    outcomes: { success: 'success', partial: 'partial', failure: 'failure' },
  },
  zh: {
    run: '记录', replies: (n: number) => `${n} 次回答`,
    engine: '已按保存的回答重新推演。',
    'scenario-changed': '此后场景文件已修改：按保存时的记录显示。',
    'scenario-missing': '这次通话的场景已不存在：按保存时的记录显示。',
    'engine-differs': (t: number) => `当前版本从第 ${t} 轮起对保存的回答有不同处理：按保存时的记录显示。`,
    turn: '第', debtor: '对方', you: '你', typed: '你输入', understood: '理解为', notUnderstood: '未能理解（按默认处理）',
    effects: '效果', noChange: '无变化', coach: '点评', violation: '违规', notTaken: '未选的回答',
    colon: '：', open: '（', close: '）',
    ending: '结局', unfinished: (n: number) => `通话在 ${n} 次回答后中途结束。`,
    score: '得分', outcome: '结果', length: '长度', violations: '违规', cap: '封顶',
    outcomes: { success: '成功', partial: '部分成功', failure: '失败' },
  },
} as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));


function indent(text: string, prefix: string): string {
  return text.split('\n').join(`\n${' '.repeat(prefix.length)}`);
}

function statName(replay: Replay, name: string): string {
  return replay.statDefs.find((s) => s.name === name)?.label ?? name;
}

function turnLines(replay: Replay, t: ReplayTurn, L: Labels, zh: boolean): string[] {
  const lines = [zh ? `${L.turn} ${t.turn} 轮 · ${t.node}` : `${L.turn} ${t.turn} · ${t.node}`];
  const line = (label: string, text: string) => {
    const head = `  ${label}${L.colon}`;
    lines.push(head + indent(text, head));
  };
  if (t.note) line('…', t.note);
  line(L.debtor, t.said);
  if (t.answer.kind === 'reply') line(`${L.you} [${t.answer.reply}]`, t.answer.text);
  else {
    const how = t.answer.understood === null ? L.notUnderstood : `${L.understood} [${t.answer.understood}]${t.answer.understoodText ? ` ${t.answer.understoodText}` : ''}`;
    line(L.typed, `“${t.answer.text}” → ${how}`);
  }
  const changed = replay.statDefs.map((s) => s.name).filter((n) => (t.effects[n] ?? 0) !== 0);
  line(L.effects, changed.length === 0 ? L.noChange : changed.map((n) => `${statName(replay, n)} ${signed(t.effects[n]!)} → ${t.after[n]}`).join(' · '));
  if (t.feedback) line(L.coach, t.feedback);
  for (const v of t.violations) line(L.violation, `${v.kind}${v.phrase ? ` (“${v.phrase}”)` : ''}`);
  if (t.notTaken.length > 0) {
    lines.push(`  ${L.notTaken}${L.colon.trimEnd()}`);
    for (const r of t.notTaken) lines.push(`    - [${r.id}] ${indent(r.text, `    - [${r.id}] `)}`);
  }
  return lines;
}

export function replayLines(replay: Replay): string[] {
  const zh = replay.lang.startsWith('zh');
  const L: Labels = zh ? LABELS.zh : LABELS.en;
  const lines = [
    `${L.run} ${replay.id} · ${replay.player} · ${replay.title} (${replay.scenario})`,
    `${localTime(replay.finishedAt)} · ${replay.mode} · ${replay.lang} · ${L.replies(replay.turns.length)}`,
    replay.reason === null ? L.engine
      : replay.reason === 'engine-differs' ? L['engine-differs'](replay.divergedAt ?? 1) : L[replay.reason],
  ];
  for (const t of replay.turns) lines.push('', ...turnLines(replay, t, L, zh));
  lines.push('');
  if (replay.ending) {
    const outcome = replay.ending.outcome ? L.outcomes[replay.ending.outcome] : '';
    lines.push(`${L.ending}${L.colon}${replay.ending.title}${outcome ? `${L.open}${outcome}${L.close}` : ''}`);
    if (replay.ending.debrief) lines.push(`  ${indent(replay.ending.debrief, '  ')}`);
  } else {
    lines.push(L.unfinished(replay.turns.length));
  }
  const b = replay.breakdown;
  const parts = [`${L.outcome} ${b.outcome}`, `${statName(replay, 'rapport')} ${b.rapport}`, `${statName(replay, 'willingness')} ${b.willingness}`, `${L.length} ${b.length}`];
  if (b.violations !== 0) parts.push(`${L.violations} ${b.violations}`);
  if (b.cap !== 0) parts.push(`${L.cap} ${b.cap}`);
  lines.push(`${L.score} ${replay.score}${L.open}${replay.grade}${L.close}${L.colon}${parts.join(' · ')}`);
  return lines;
}
