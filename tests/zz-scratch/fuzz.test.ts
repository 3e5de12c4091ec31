import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseScenario } from '../../src/content/load';
import { runScenarioTests } from '../../src/core/scenario-tests';
import { hasControlCharacters } from '../../src/core/sanitize';

const dir = new URL('../../scratch/valid/', import.meta.url).pathname;
const dirs = [dir, dir + '../more/', dir + '../broken/', dir + '../../tests/fixtures/broken/', dir + '../../scenarios/'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(d + f, 'utf8'))).flatMap((t) => [t, '\uFEFF' + t.replace(/\n/g, '\r\n')]);
let seed = 42;
const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pieces = ['', ':', ',', '{', '}', '[', ']', '"', "'", '\n', '  ', '- ', '#', '&a ', '*a', '!!str ', 'if: ', 'next: ', 'x', '0', '-1', 'rapport', '\t', '>', '|', '?'];

it('mutated scenarios never crash, never report internal-error, never print controls', () => {
  const bad: string[] = [];
  for (let k = 0; k < 20000; k++) {
    let t = files[rnd(files.length)]!;
    for (let m = 0; m < 1 + rnd(3); m++) {
      const at = rnd(t.length);
      const len = rnd(6);
      t = t.slice(0, at) + pieces[rnd(pieces.length)] + t.slice(at + len);
    }
    let r;
    try { r = parseScenario(t, 'f.yaml'); } catch (e) { bad.push(`THROW ${(e as Error).stack}`); continue; }
    for (const p of r.problems) {
      if (p.code === 'internal-error') bad.push(`INTERNAL ${p.message}\n${t}`);
      if (hasControlCharacters(p.message + (p.hint ?? ''))) bad.push(`CTRL ${p.message}`);
      const lines = t.replace(/^\uFEFF/, '').split(/\r?\n/);
      if (p.line < 1 || p.col < 1 || p.line > lines.length || p.col > [...lines[p.line - 1]!].length + 1) bad.push(`POS ${p.code} ${p.line}:${p.col} ${p.message} [${lines[p.line - 1]}]\n${JSON.stringify(t)}`);
    }
    if (r.ok) { try { runScenarioTests(r.loaded.scenario); } catch (e) { bad.push(`TESTS THROW ${(e as Error).stack}\n${t}`); } }
  }
  if (bad.length) require('node:fs').writeFileSync('/tmp/fuzzbad.txt', bad.join('\n=====\n'));
  if (bad.length) throw new Error(bad.slice(0, 3).join('\n=====\n') + `\n(${bad.length} in all)`);
}, 300_000);
