// The briefing's body says what the scenario has: no "Debtor  Debtor" for a scenario without one.
import { describe, expect, it } from 'vitest';
import { briefingBody } from '../../src/ui/screens/briefing';
import { messagesFor } from '../../src/ui/i18n';
import { fixture } from './render';

const text = (lines: ReturnType<typeof briefingBody>) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');

describe('the briefing body', () => {
  const { scenario } = fixture('format-example.yaml');
  const t = messagesFor('en');

  it('names the debtor and their profile when the scenario has them', () => {
    expect(text(briefingBody(scenario, 'en', t, 80))).toMatch(/Debtor +Ms\. Liu/);
  });

  it('leaves the debtor line out when the scenario names no debtor', () => {
    const body = text(briefingBody({ ...scenario, debtor: undefined } as typeof scenario, 'en', t, 80));
    expect(body).not.toMatch(/Debtor/);
    expect(body).toMatch(/Account/);
  });
});
