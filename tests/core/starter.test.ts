// The starter scenario `callcraft new` writes: clean under the loader, its own tests and explore.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/load';
import { explore, findings } from '../../src/core/explore';
import { runScenarioTests } from '../../src/core/scenario-tests';
import { idFromFileName, STARTER_LANGS, starterScenario } from '../../src/core/starter';

describe.each(STARTER_LANGS)('starter scenario (--lang %s)', (lang) => {
  const text = starterScenario({ id: 'late-fee', lang, schema: '../schema/scenario.schema.json', fileName: 'late-fee.yaml' });
  const result = parseScenario(text, 'late-fee.yaml');

  it('starts with the schema line and loads with no problems at all', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('passes its own tests', () => {
    if (!result.ok) throw new Error('did not load');
    const results = runScenarioTests(result.loaded.scenario);
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const r of results) expect(r.failures, r.name).toEqual([]);
  });

  it('uses everything it declares, and explore finds nothing wrong', () => {
    if (!result.ok) throw new Error('did not load');
    const r = explore(result.loaded.scenario);
    expect(findings(r)).toEqual([]);
    expect([r.neverReached, r.neverOffered, r.unusedVariants, r.routesNeverTaken, r.triggersNeverFired]).toEqual([[], [], [], [], []]);
    expect(r.successShare).toBe(0.5);
  });

  it('writes texts in the chosen languages', () => {
    if (!result.ok) throw new Error('did not load');
    const title = result.loaded.scenario.title;
    if (lang === 'both') expect(title).toEqual({ zh: '忘了还款日', en: 'Forgot the due date' });
    else expect(title).toBe(lang === 'zh' ? '忘了还款日' : 'Forgot the due date');
    expect(result.loaded.scenario.languages).toEqual(lang === 'both' ? ['zh', 'en'] : []);
  });
});

describe('idFromFileName', () => {
  it('makes a valid id from a file name, or nothing when no letter or digit is left', () => {
    expect(idFromFileName('late-fee.yaml')).toBe('late-fee');
    expect(idFromFileName('Late Fee (v2).YML')).toBe('late-fee-v2');
    expect(idFromFileName('__angry__customer__.yaml')).toBe('angry-customer');
    expect(idFromFileName('逾期提醒.yaml')).toBe('');
    expect(idFromFileName(`${'a'.repeat(70)}.yaml`)).toHaveLength(64);
  });
});
