// Stat changes after a reply wrap between changes, the dot staying with the one before it: a
// continuation line starting with "·" reads as the bullet of another reply in the debrief.
import { describe, expect, it } from 'vitest';
import { effectSegs, logLines } from '../../src/ui/screens/call';
import { playSteps } from '../support/store';
import { seg, wrapLine } from '../../src/ui/layout/lines';
import { messagesFor } from '../../src/ui/i18n';
import { fixture } from './fixtures';

const text = (line: readonly { text: string }[]) => line.map((s) => s.text).join('');

describe('stat changes on a wrapped line', () => {
  it('never start a line with the dot, at any width', () => {
    const { scenario } = fixture('format-example.yaml');
    for (const lang of ['en', 'zh'] as const) {
      const effects = effectSegs(scenario, lang, messagesFor(lang), { rapport: -15, willingness: 5 });
      for (let cols = 20; cols <= 60; cols++) {
        const lines = wrapLine([seg('· A reply that runs on for a while.'), seg('  '), ...effects], cols, 2).map(text);
        for (const line of lines.slice(1)) expect(line.trimStart().startsWith('·'), `${cols}: ${JSON.stringify(lines)}`).toBe(false);
        expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(lang === 'en' ? 'Rapport ▼ −15 ·' : '▼ −15 ·');
      }
    }
  });
});

describe('a fault marked in the conversation', () => {
  it('keeps its warning sign with its name on one line, at any width', () => {
    const loaded = fixture('format-example.yaml');
    for (const lang of ['en', 'zh'] as const) {
      const t = messagesFor(lang);
      const run = playSteps(loaded, ['introduce', 'shame'], { lang });
      const name = t.violation.insult.name;
      for (let cols = 24; cols <= 60; cols++) {
        const lines = logLines(loaded.scenario, run, t, cols).map(text);
        expect(lines.some((l) => l.includes(`⚠ ${name}`)), `${cols}: ${JSON.stringify(lines)}`).toBe(true);
        for (const line of lines) expect(line.trimStart().startsWith('·'), `${cols}: ${JSON.stringify(lines)}`).toBe(false);
      }
    }
  });
});
