// The player picker: the known players (the current one marked) and a row for a new name.
import { sanitizeLine } from '../../core/sanitize';
import { header, keyHelpLine } from '../components/parts';
import { fitLine, lineWidth, rule, seg, wrapLine, type Line } from '../layout/lines';
import { padStart } from '../layout/text';
import type { AppContext } from '../state/app';
import type { PlayersScreen } from '../state/players';
import { pad } from './menu';
import type { InputView, ScreenView, ViewEnv } from './types';

export function playersScreen(ctx: AppContext, s: PlayersScreen, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const top: Line[] = header([seg(t.app.name, 'accent'), seg(' · '), seg(t.players.title, 'title')], [], cols);
  top.push(...wrapLine([seg(' '), seg(t.players.intro, 'muted')], cols, 1), []);
  const players = ctx.progress.players;
  const numW = String(Math.max(1, players.length)).length;
  const listRows = [...players.map((name, i) => ({ label: sanitizeLine(name), number: String(i + 1), current: name === ctx.progress.player })),
    { label: t.players.newPlayer, number: '', current: false }];

  const bottom: Line[] = [];
  let input: InputView | undefined;
  if (s.naming) {
    const prompt: Line = [seg(' '), seg(`${t.players.prompt} ›`, 'you'), seg(' ')];
    const inputCols = cols - lineWidth(prompt) - 1;
    input = { prompt, value: s.draft, cols: inputCols, rows: 1, maxWidth: Math.min(inputCols - 1, 64) };
    const note = s.error === 'empty' ? t.players.empty : s.error === 'too-long' ? t.players.tooLong : t.players.typeName;
    bottom.push(fitLine([seg(' '), seg(note, s.error ? 'warn' : 'muted')], cols));
  }
  bottom.push(rule(cols), keyHelpLine(s.naming ? 'players-text' : 'players', t, cols));

  const room = Math.max(1, rows - top.length - bottom.length - (input?.rows ?? 0));
  const start = Math.max(0, Math.min(s.cursor - Math.floor(room / 2), listRows.length - room));
  for (let i = start; i < Math.min(listRows.length, start + room); i++) {
    const r = listRows[i]!;
    const sel = i === s.cursor;
    top.push(fitLine([
      seg(sel ? ' ▸ ' : '   ', sel ? 'selected' : 'text'),
      seg(padStart(r.number, numW), sel ? 'selected' : 'muted'), seg('  '),
      seg(r.label, sel ? 'selected' : r.number === '' ? 'accent' : 'text'),
      ...(r.current ? [seg(`  (${t.players.current})`, 'muted')] : []),
    ], cols));
  }
  const used = top.length + (input?.rows ?? 0);
  return { top, ...(input && { input }), bottom: pad(used, bottom, rows) };
}
