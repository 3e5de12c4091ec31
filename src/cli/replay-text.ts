// A saved run as plain text, turn by turn: `callcraft replay <run-id>` (the stepping screen is
// the UI's). It reads like the headless transcript (same labels, same layout), plus the replies
// not taken. The Replay's strings are already sanitised by src/core/replay.ts.
import type { Replay, ReplayTurn } from '../core/replay';
import { labelsFor, type Labels } from './labels';
import type { Style } from './output';
import { localTime } from './time';
import { delta, scoreLines } from './transcript';

const NOTES = {
  en: {
    engine: 'Recomputed from the saved answers through the game rules.',
    'scenario-changed': 'The scenario file has changed since this run: showing the run as it was saved.',
    'scenario-missing': 'The scenario of this run is not available any more: showing the run as it was saved.',
    'engine-differs': (t: number) => `This version of callcraft plays the saved answers differently from reply ${t} on: showing the run as it was saved.`,
    notTaken: 'Not taken',
    noChange: 'no change',
    left: (n: number) => `The call was left unfinished after ${n} ${n === 1 ? 'reply' : 'replies'}.`,
  },
  zh: {
    engine: '已按保存的回答重新推演。',
    'scenario-changed': '此后场景文件已修改：按保存时的记录显示。',
    'scenario-missing': '这次通话的场景已不存在：按保存时的记录显示。',
    'engine-differs': (t: number) => `当前版本从第 ${t} 次回复起对保存的回答处理不同：按保存时的记录显示。`,
    notTaken: '本轮未选',
    noChange: '无变化',
    left: (n: number) => `通话在第 ${n} 次回复后中途结束。`,
  },
};

type Notes = (typeof NOTES)['en'] | (typeof NOTES)['zh'];

interface Ctx {
  readonly replay: Replay;
  readonly l: Labels;
  readonly n: Notes;
  readonly style: Style;
}

function tag(ctx: Ctx, label: string, paint: (s: string) => string = (s) => s): string {
  const mark = ctx.l.colon.trimEnd();
  return paint(label + mark) + ctx.l.colon.slice(mark.length);
}

const hang = (text: string, indent: string) => text.trim().replace(/\n/g, `\n${indent}`);

function statName(ctx: Ctx, name: string): string {
  return ctx.replay.statDefs.find((s) => s.name === name)?.label ?? ctx.l.stat[name] ?? name;
}

function violationName(l: Labels, kind: string): string {
  return Object.hasOwn(l.violations, kind) ? l.violations[kind as keyof Labels['violations']] : kind;
}

function why(l: Labels, rule: ReplayTurn['answer'] & { kind: 'text' }): string {
  const r = rule.rule;
  switch (r.kind) {
    case 'keyword': return l.paren(l.byKeyword(r.keyword));
    case 'tactic': return l.paren(l.byTactic(r.tactic, r.phrase));
    case 'violation': return l.paren(l.byViolation(violationName(l, r.violation), r.phrase));
    case 'similar': return l.paren(l.bySimilar(r.score));
    default: return '';
  }
}

function turnLines(ctx: Ctx, t: ReplayTurn): string[] {
  const { l, n, style, replay } = ctx;
  const lines = ['', style.bold(`${t.turn} · ${t.node}`), `  ${tag(ctx, t.thirdParty ? l.other : l.debtor, style.cyan)}${hang(t.said, '    ')}`];
  if (t.note) lines.push(`  ${style.dim(hang(t.note, '    '))}`);
  if (t.thirdParty) lines.push(`  ${style.yellow(`! ${l.thirdParty}`)}`);
  const a = t.answer;
  if (a.kind === 'text') {
    lines.push(`  ${tag(ctx, l.typed, style.bold)}${a.text}`);
    if (a.understood === null) lines.push(`    ${l.notUnderstood}`);
    else lines.push(`    ${l.understoodAs} [${a.understood}] ${hang(a.understoodText ?? '', '      ')}${style.dim(why(l, a))}`);
  } else {
    lines.push(`  ${tag(ctx, `${l.you} [${a.reply}]`, style.bold)}${hang(a.text, '    ')}`);
  }
  const changed = replay.statDefs.filter((s) => Object.hasOwn(t.effects, s.name));
  lines.push(`  ${changed.length === 0 ? style.dim(n.noChange) : changed.map((s) => `${statName(ctx, s.name)} ${delta(t.effects[s.name]!, style)} → ${t.after[s.name]}`).join(' · ')}`);
  if (t.feedback) lines.push(`  ${tag(ctx, l.coach, style.yellow)}${hang(t.feedback, '    ')}`);
  for (const v of t.violations) {
    const where = v.source === 'reply' ? l.inReply : l.inText(v.phrase ?? '');
    lines.push(`  ${style.red(`✗ ${tag(ctx, l.violation)}${violationName(l, v.kind)}`)} — ${where}`);
  }
  if (t.notTaken.length > 0) {
    lines.push(`  ${style.dim(tag(ctx, n.notTaken).trimEnd())}`);
    for (const r of t.notTaken) lines.push(`    ${style.dim(`[${r.id}]`)} ${hang(r.text, '      ')}`);
  }
  return lines;
}


export function replayLines(replay: Replay, style: Style): string[] {
  const zh = replay.lang.startsWith('zh');
  const ctx: Ctx = { replay, l: labelsFor(zh ? 'zh' : 'en'), n: zh ? NOTES.zh : NOTES.en, style };
  const { l, n } = ctx;
  const mode = Object.hasOwn(l.mode, replay.mode) ? l.mode[replay.mode as keyof Labels['mode']] : replay.mode;
  const source = replay.reason === null ? style.dim(n.engine)
    : style.yellow(replay.reason === 'engine-differs' ? n['engine-differs'](replay.divergedAt ?? 1) : n[replay.reason]);
  const lines = [
    style.bold(replay.title),
    style.dim(`${replay.id} · ${replay.player} · ${replay.scenario} · ${mode} · ${replay.lang} · ${localTime(replay.finishedAt)}`),
    source,
  ];
  for (const t of replay.turns) lines.push(...turnLines(ctx, t));
  lines.push('');
  if (replay.ending) {
    const outcome = replay.ending.outcome ? l.paren(l.outcome[replay.ending.outcome]) : '';
    lines.push(style.bold(`${tag(ctx, l.ending)}${replay.ending.title}${outcome}`));
    if (replay.ending.debrief) lines.push(`  ${hang(replay.ending.debrief, '  ')}`);
  } else {
    lines.push(style.bold(n.left(replay.turns.length)));
  }
  lines.push('', ...scoreLines(l, style, { total: replay.score, grade: replay.grade, breakdown: replay.breakdown }, replay.abandoned));
  return lines;
}
