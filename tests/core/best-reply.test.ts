import { describe, expect, it } from 'vitest';
import { bestReplies } from '../../src/core/best-reply';
import { chooseReply, startRun } from '../../src/core/engine';
import { fixtureScenario } from '../support/scenarios';

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

  it('says when its horizon cut the search short', () => {
    expect(bestReplies(scenario, start(), { horizon: 0 }).exhaustive).toBe(false);
  });
});
