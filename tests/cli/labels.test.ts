// The headless transcript's Chinese words are the game's: one name per idea, on screen and off.
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/cli/labels';
import { TACTICS, VIOLATIONS } from '../../src/core/schema';
import { messagesFor } from '../../src/ui/i18n';

describe('transcript labels', () => {
  const cli = labelsFor('zh');
  const ui = messagesFor('zh');

  it('name the stats, score parts and modes as the game does', () => {
    expect(cli.stat).toEqual(ui.stat);
    for (const part of ['outcome', 'rapport', 'willingness', 'length', 'violations'] as const) expect(cli.parts[part], part).toBe(ui.debrief.part[part]);
    for (const mode of ['practice', 'exam', 'free'] as const) expect(cli.mode[mode], mode).toBe(ui.mode[mode].name);
    expect([cli.account, cli.goal, cli.briefing]).toEqual([ui.briefing.account, ui.briefing.goal, ui.briefing.briefing]);
  });

  it('name the tactics and violations as the game does', () => {
    for (const tactic of TACTICS) expect(cli.tactics[tactic], tactic).toBe(ui.tactic[tactic]);
    for (const v of VIOLATIONS) expect(cli.violations[v], v).toBe(ui.violation[v].name);
  });
});
