// The precompiled campaign: used only while the folder holds exactly the files it was made from.
import { copyFileSync, mkdtempSync, writeFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromPrecompiled, loadCampaign } from '../../src/ui/campaign';
import { precompileCampaign } from '../../src/ui/campaign-build';
import { fixturePath } from '../support/scenarios';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function folder(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'callcraft-campaign-'));
  dirs.push(dir);
  for (const n of names) copyFileSync(fixturePath(n), join(dir, n));
  return dir;
}

describe('the campaign', () => {
  it('orders scenarios by difficulty, keeping file order within a level', async () => {
    const d = folder('ui-zh-only.yaml', 'ui-relative.yaml', 'format-example.yaml', 'engine-rules.yaml');
    const c = await loadCampaign(d);
    expect(c.scenarios.map((s) => s.scenario.id)).toEqual(['engine-rules', 'forgot-the-date', 'ui-relative', 'ui-zh-only']);
    expect(c.problems).toEqual([]);
  });

  it('reports files that do not load, and loads the rest', async () => {
    const d = folder('format-example.yaml');
    writeFileSync(join(d, 'broken.yaml'), 'format: 1\nid: broken\n');
    const c = await loadCampaign(d);
    expect(c.scenarios).toHaveLength(1);
    expect(c.problems.join('\n')).toMatch(/broken\.yaml:\d+:\d+/);
  });

  it('starts from the precompiled file while the folder is unchanged', async () => {
    const d = folder('format-example.yaml', 'ui-relative.yaml');
    const pre = precompileCampaign(d);
    const fast = fromPrecompiled(d, pre);
    const slow = await loadCampaign(d);
    expect(fast?.scenarios.map((s) => [s.scenario.id, s.hash, s.file])).toEqual(slow.scenarios.map((s) => [s.scenario.id, s.hash, s.file]));
    expect(fast?.scenarios[1]?.scenario.nodes.get('sister')?.party).toBe('third-party');
  });

  it('ignores the precompiled file when a scenario was edited, added or removed', () => {
    const d = folder('format-example.yaml', 'ui-relative.yaml');
    const pre = precompileCampaign(d);
    appendFileSync(join(d, 'ui-relative.yaml'), '\n# edited\n');
    expect(fromPrecompiled(d, pre)).toBeNull();
    const d2 = folder('format-example.yaml');
    expect(fromPrecompiled(d2, pre)).toBeNull();
  });
});
