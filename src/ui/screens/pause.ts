// The pause menu over a call: resume, restart, back to the menu, quit.
import type { Scenario } from '../../core/model';
import { header, keyHelpLine } from '../components/parts';
import { boxLines, seg, type Line } from '../layout/lines';
import { fit, width } from '../layout/text';
import { PAUSE_ITEMS, type CallState } from '../state/call';
import { sx1 } from '../view/words';
import { pad } from './menu';
import type { ScreenView, ViewEnv } from './types';

export function pauseScreen(scenario: Scenario, call: CallState, env: ViewEnv): ScreenView {
  const { t, size } = env;
  const { cols, rows } = size;
  const top: Line[] = header([seg(sx1(scenario, call.run.lang, scenario.title), 'title')], [seg(t.pause.title, 'accent')], cols);
  // After the ending there is nothing to resume: the first item goes back to the ended call.
  const labels = PAUSE_ITEMS.map((item) => (item === 'resume' && call.run.ending !== null ? t.pause.resumeEnded : t.pause[item]));
  const boxW = Math.min(cols - 4, Math.max(36, ...labels.map((l) => width(l) + 12), width(t.pause.note) + 6));
  const inner = boxW - 4;
  const items: Line[] = labels.map((label, i) => {
    const sel = i === call.pause;
    return [seg(sel ? '▸ ' : '  ', sel ? 'selected' : 'text'), seg(`${i + 1}  `, sel ? 'selected' : 'key'), seg(fit(label, inner - 5), sel ? 'selected' : 'text')];
  });
  const note: Line[] = call.run.ending === null && call.run.turn > 0 ? [[], [seg(t.pause.note, 'muted')]] : [];
  const box = boxLines([...items, ...note], boxW, { title: [seg(t.pause.title, 'title')], border: 'round' });
  const left = Math.max(0, Math.floor((cols - boxW) / 2));
  top.push([], ...box.map((l): Line => [seg(' '.repeat(left)), ...l]));
  return { top, bottom: pad(top.length, [keyHelpLine('pause', t, cols)], rows) };
}
