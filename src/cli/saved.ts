// What headless `play` says about saving the run: its id (for replay), the player, and whether
// it is a new best, in the run's language. The JSON result carries the same as `saved`.
import type { SaveResult } from '../store/index';
import { sanitizeLine } from '../core/sanitize';
import type { Style } from './output';

export function savedJson(result: SaveResult | null): Record<string, unknown> | null {
  if (result === null) return null;
  const prev = result.previousBest;
  return {
    run: result.record.id,
    player: sanitizeLine(result.record.player),
    newBest: result.newBest,
    previousBest: prev === null ? null : { run: prev.id, score: prev.score, grade: prev.grade },
  };
}

export function savedLines(result: SaveResult, lang: string, style: Style): string[] {
  const { record, newBest, previousBest: prev, progress } = result;
  const id = record.id;
  const player = sanitizeLine(record.player);
  const best = progress.best;
  if (lang === 'zh') {
    const head = `已保存为记录 ${id}（玩家 ${player}，第 ${progress.attempts} 次尝试）· 回放：callcraft replay ${id}`;
    if (record.abandoned) return ['', style.dim(head)];
    const tail = newBest
      ? style.green(prev === null ? '首个成绩。' : `新的最佳成绩！此前最佳 ${prev.score}（${prev.grade}）。`)
      : best === null ? '' : `最佳成绩 ${best.score}（${best.grade}）。`;
    return ['', style.dim(head), ...(tail ? [tail] : [])];
  }
  const head = `Saved as run ${id} (player ${player}, attempt ${progress.attempts}) · replay: callcraft replay ${id}`;
  if (record.abandoned) return ['', style.dim(head)];
  const tail = newBest
    ? style.green(prev === null ? 'A first score.' : `New best! The previous best was ${prev.score} (${prev.grade}).`)
    : best === null ? '' : `Best so far: ${best.score} (${best.grade}).`;
  return ['', style.dim(head), ...(tail ? [tail] : [])];
}
