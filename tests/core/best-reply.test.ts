import { describe, expect, it } from 'vitest';
import { bestReplies } from '../../src/core/best-reply';
import { chooseReply, startRun } from '../../src/core/engine';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../../src/content/load';
import { fixtureScenario } from '../support/scenarios';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scenario = fixtureScenario('format-example.yaml');
const start = () => startRun(scenario, { lang: 'en', mode: 'practice' });

describe('the best option', () => {
  it('rates each offered reply by the best score still reachable after it', () => {
    const judged = bestReplies(scenario, start());
    expect(judged.exhaustive).toBe(true);
    expect(judged.outlook.map((o) => o.reply)).toEqual(['introduce', 'demand']);
    expect(judged.best).toEqual(['introduce']);
    const [introduce, demand] = judged.outlook;
    expect(introduce!.bestScore).toBeGreaterThan(demand!.bestScore);
    expect(introduce!.gain).toBe(5);
    expect(demand!.gain).toBe(-15);
  });

  it('never rates a violation best, and judges nothing once the call has ended', () => {
    const reason = chooseReply(scenario, start(), 'introduce').state;
    const judged = bestReplies(scenario, reason);
    expect(judged.best).toEqual(['date']);
    expect(judged.outlook.find((o) => o.reply === 'shame')).toMatchObject({ violation: true });
    const ended = chooseReply(scenario, reason, 'date').state;
    expect(bestReplies(scenario, ended)).toEqual({ outlook: [], best: [], exhaustive: true });
  });

  it('never rates a violation best even when every score reachable ties (after an earlier fault)', () => {
    // His mother answers; the caller names the bank and the arrears (a disclosure). She offers to
    // pay: taking her money (harassment, +10 willingness) and stopping there (+5 rapport) both end
    // in the complaint, floored at 0; the violation's bigger gain used to make it "the best".
    const loaded = loadScenarioFile(join(ROOT, 'scenarios', '06-mother-answers.yaml'));
    if (!loaded.ok) throw new Error('the bundled scenario did not load');
    const mother = loaded.loaded.scenario;
    const disclosed = chooseReply(mother, startRun(mother, { lang: 'en', mode: 'practice' }), 'full-intro').state;
    const judged = bestReplies(mother, disclosed);
    expect(judged.outlook.map((o) => o.reply)).toContain('take-her-money');
    expect(judged.outlook.find((o) => o.reply === 'take-her-money')).toMatchObject({ violation: true });
    expect(judged.best).not.toContain('take-her-money');
    expect(judged.best).toEqual(['stop-and-redirect']);
  });

  it('says when its horizon cut the search short', () => {
    expect(bestReplies(scenario, start(), { horizon: 0 }).exhaustive).toBe(false);
  });
});
