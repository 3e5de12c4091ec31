// Commands that need no screen must not load Ink or React. The bundle inlines them into chunks,
// so the test records which dist/ files a command loads and checks none of them holds Ink/React.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, requireBuild, ROOT, tempDir } from './support/cli';

beforeAll(requireBuild);

// Strings that survive minification: Ink's DOM node name for nested text and React 19's element tag.
const MARKERS = ['ink-virtual-text', 'react.transitional.element'];

function loadedDistFiles(args: readonly string[], input = ''): string[] {
  const log = join(tempDir(), 'loads.txt');
  const hook = join(ROOT, 'tests/cli/support/record-loads.mjs');
  const r = cli(args, { input, env: { CALLCRAFT_LOAD_LOG: log }, nodeArgs: ['--import', hook] });
  expect(r.stderr).not.toMatch(/unexpected error/);
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  return urls.filter((u) => u.startsWith('file:') && u.includes('/dist/')).map((u) => fileURLToPath(u));
}

describe('screenless commands', () => {
  it('uses markers that really are in Ink and React', () => {
    expect(readFileSync(join(ROOT, 'node_modules/ink/build/dom.js'), 'utf8')).toContain(MARKERS[0]);
    expect(readFileSync(join(ROOT, 'node_modules/react/cjs/react.production.js'), 'utf8')).toContain(MARKERS[1]);
  });

  const example = fixture('format-example.yaml');
  const cases: [string, string[], string?][] = [
    ['validate', ['validate', example]],
    ['test', ['test', example]],
    ['play --inputs', ['play', example, '--inputs', '-'], 'introduce\ndate\n'],
    ['play --inputs --format json', ['play', example, '--inputs', '-', '--format', 'json'], 'introduce\n'],
    ['list', ['list', '--format', 'json']],
    ['explore', ['explore', example]],
    ['graph', ['graph', example, '--format', 'dot']],
    ['new', ['new', join(tempDir(), 'case.yaml')]],
    ['history', ['history']],
    ['history --best --format csv', ['history', '--best', '--format', 'csv']],
    ['where', ['where']],
    ['--help', ['--help']],
    ['--version', ['--version']],
  ];
  for (const [name, args, input] of cases) {
    it(`${name} loads no Ink or React`, () => {
      const files = loadedDistFiles(args, input);
      expect(files).toContain(join(ROOT, 'dist', 'main.js'));
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        for (const marker of MARKERS) expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    });
  }

  it('replay loads no Ink or React', () => {
    cli(['play', example, '--inputs', '-'], { input: 'introduce\ndate\n' });
    const [run] = JSON.parse(cli(['history', '--format', 'json']).stdout) as { id: string }[];
    const files = loadedDistFiles(['replay', run!.id]);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const marker of MARKERS) expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
  });
});
