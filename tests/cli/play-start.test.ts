// play --from / --set: start anywhere, headless with --inputs (so no terminal is needed); every
// mistake is one usage line with a suggestion, exit 2; an author's run is not saved.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, tempDir } from './support/cli';

beforeAll(requireBuild);

const file = fixture('debug-panel.yaml');
const home = () => ({ CALLCRAFT_HOME: tempDir() });

describe('play --from / --set with --inputs', () => {
  it('starts at the node with the stats given', () => {
    const r = cli(['play', file, '--from', 'talk', '--set', 'willingness=45', '--inputs', '-', '--format', 'json'], { input: 'close\n', env: home() });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // 45 + 10 reaches the promise; from the start willingness 40 + 10 would not.
    expect(json).toMatchObject({ ending: 'promised', outcome: 'success' });
    expect(json.steps.map((s: { node: string; reply: string }) => [s.node, s.reply])).toEqual([['talk', 'close']]);
    expect(r.stderr).toBe('callcraft: starting at node talk with rapport 50, willingness 45, patience 3; the run is not saved\n');
  });

  it('makes the conditions see the values set (a hidden reply is offered)', () => {
    const r = cli(['play', file, '--set', 'rapport=60', '--inputs', '-'], { input: 'offer\n', env: home() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ending: Promised (success)');
  });

  it('clamps a value to its range with a note', () => {
    const r = cli(['play', file, '--set', 'patience=9, rapport=-5', '--inputs', '-', '--format', 'json'], { input: '', env: home() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats).toMatchObject({ rapport: 0, patience: 5 });
    expect(r.stderr).toContain('callcraft: --set patience=9 is outside its range 0–5; starting at 5\n');
    expect(r.stderr).toContain('callcraft: --set rapport=-5 is outside its range 0–100; starting at 0\n');
  });

  it('adds up repeated --set options (a later one does not drop the earlier)', () => {
    const r = cli(['play', file, '--set', 'rapport=60', '--set', 'patience=2', '--inputs', '-', '--format', 'json'], { input: '', env: home() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats).toMatchObject({ rapport: 60, willingness: 40, patience: 2 });
    usage(['--set', 'rapport=60', '--set', 'rapport=20'], '--set: "rapport" is given twice');
  });

  it('does not save the run (a run from the start is saved)', () => {
    const env = home();
    expect(cli(['play', file, '--inputs', '-'], { input: 'greet\noffer\n', env }).code).toBe(0);
    expect(cli(['play', file, '--from', 'talk', '--inputs', '-'], { input: 'close\n', env }).code).toBe(0);
    expect(cli(['play', file, '--set', 'rapport=60', '--inputs', '-'], { input: 'offer\n', env }).code).toBe(0);
    const runs = JSON.parse(cli(['history', '--format', 'json'], { env }).stdout) as { ending: string }[];
    expect(runs.map((r) => r.ending)).toEqual(['promised']);
  });

  const usage = (args: string[], message: RegExp | string) => {
    const r = cli(['play', file, ...args, '--inputs', '-'], { input: 'close\n', env: home() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.stderr).toContain(message);
    else expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('names an unknown node with a suggestion (exit 2)', () => {
    usage(['--from', 'tlak'], 'callcraft: --from: scenario "debug-panel" has no node "tlak"; did you mean "talk"?');
    usage(['--from', 'elsewhere'], '(nodes: open, talk)');
    usage(['--from', 'promised'], '--from: "promised" is an ending, not a node');
  });

  it('names an unknown stat with a suggestion (exit 2)', () => {
    usage(['--set', 'rapprot=60'], 'callcraft: --set: scenario "debug-panel" has no stat "rapprot"; did you mean "rapport"?');
    usage(['--set', 'mood=1'], '(stats: rapport, willingness, patience)');
    usage(['--set', 'turn=3'], '--set: "turn" is counted by the game');
  });

  it('refuses a malformed value (exit 2)', () => {
    usage(['--set', 'rapport'], '--set: "rapport" is not a stat and a whole number; write NAME=NUMBER');
    usage(['--set', 'rapport=high'], 'write NAME=NUMBER, e.g. --set rapport=60,willingness=20');
    usage(['--set', 'rapport=5.5'], 'stats are whole numbers');
    usage(['--set', 'rapport=5,rapport=6'], '--set: "rapport" is given twice');
    usage(['--set', ','], '--set: no values given');
  });

  it('keeps --watch and --debug for the screen', () => {
    usage(['--watch'], '--watch reloads the file on screen; it cannot be used with --inputs');
    usage(['--debug'], '--debug shows a panel on screen; it cannot be used with --inputs');
  });

  it('documents the options in play --help', () => {
    const r = cli(['play', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--from <node>', '--set <stats>', '--debug', '-w, --watch']) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('callcraft play my-case.yaml --watch --debug');
  });
});
