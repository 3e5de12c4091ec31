// The graph writers: structure, labels, and escaping for each format.
import { describe, expect, it } from 'vitest';
import { clip, escapeDot, escapeMermaid, graphText } from '../../src/core/graph';
import { fixtureScenario } from '../support/scenarios';

const awkward = fixtureScenario('explore/awkward-text.yaml');
const example = fixtureScenario('format-example.yaml');

/** The contents of every "…" in a line, honouring backslash escapes (DOT's quoting rule). */
function dotStrings(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '"') { i++; continue; }
    let j = i + 1;
    let s = '';
    for (; j < line.length && line[j] !== '"'; j++) {
      if (line[j] === '\\') { s += line[j]! + line[j + 1]!; j++; } else s += line[j];
    }
    if (j >= line.length) return null; // unterminated
    out.push(s);
    i = j + 1;
  }
  return out;
}

describe('mermaid', () => {
  const m = graphText(example, { format: 'mermaid', lang: 'en' });

  it('draws nodes with their id and line, endings marked and classed by outcome, replies as labelled edges', () => {
    expect(m).toMatch(/^%% forgot-the-date: made by callcraft graph\nflowchart TD\n/);
    expect(m).toContain('n1["hello<br/>Hello, who\'s calling?"]');
    expect(m).toContain('e3(["✔ success<br/>paid-today<br/>Paid today"]):::success');
    expect(m).toContain('e5(["✘ failure<br/>hung-up<br/>Hung up"]):::failure');
    expect(m).toContain('s0 --> n1');
    expect(m).toContain('n1 -->|"introduce · greet"| n2');
    expect(m).toContain('n2 -->|"date · deadline<br/>→ willingness #gt;= 70"| e3');
    expect(m).toContain('n2 -->|"date · deadline<br/>→ otherwise"| e4');
    expect(m).toContain('t6{{"⚡ after any reply<br/>rapport #lt;= 0"}}');
    expect(m).toContain('t6 -.-> e5');
  });

  it('marks violations with ⚠, a thick edge and a red link style', () => {
    expect(m).toContain('n2 ==>|"shame ⚠ insult"| e5');
    expect(m).toContain('linkStyle 5 stroke:#c62828');
  });

  it('escapes quotes, brackets-breaking characters, hashes and tags; line breaks never leak', () => {
    const out = graphText(awkward, { format: 'mermaid', lang: 'en', sayWidth: 200 });
    expect(out).toContain('He said: #quot;stop [calling]#quot; #35;1 #124; #lt;b#gt;bold#lt;/b#gt; \\ back second line');
    for (const line of out.split('\n').filter((l) => l.includes('"'))) {
      // every label is one "…" with no bare quote inside
      expect(line.split('"').length % 2, line).toBe(1);
    }
    expect(out).toContain('(third party)');
    expect(out).toContain('-.->|"typed answer not understood"|');
    expect(escapeMermaid('a"b#c|d<e>&`')).toBe('a#quot;b#35;c#124;d#lt;e#gt;#amp;#96;');
  });

  it('writes Chinese as it is, in the chosen language', () => {
    const zh = graphText(awkward, { format: 'mermaid', lang: 'zh', sayWidth: 200 });
    expect(zh).toContain('他说：#quot;别[再]打来了#quot; #35;1 #124; #lt;b#gt;好#lt;/b#gt;');
    expect(zh).toContain('✔ 成功<br/>done<br/>谈妥了（周五）');
    expect(zh).toContain('出现条件 rapport #gt;= 10');
  });
});

describe('dot', () => {
  const d = graphText(awkward, { format: 'dot', lang: 'en', sayWidth: 200 });

  it('is a digraph whose every quoted string is terminated', () => {
    expect(d).toMatch(/^\/\/ awkward-text: made by callcraft graph\ndigraph "awkward-text" \{\n/);
    expect(d.trimEnd().endsWith('}')).toBe(true);
    for (const line of d.split('\n')) expect(dotStrings(line), line).not.toBeNull();
  });

  it('escapes backslashes and quotes and joins label lines with \\n', () => {
    expect(d).toContain('"open" [label="open\\nHe said: \\"stop [calling]\\" #1 | <b>bold</b> \\\\ back second line"];');
    expect(d).toContain('"end" [label="✘ failure\\nend\\nEnd \\"now\\""');
    expect(escapeDot('a\\b"c')).toBe('a\\\\b\\"c');
  });

  it('shapes and colours endings, dashes triggers, and marks violations', () => {
    expect(d).toContain('"done" [label="✔ success\\ndone\\nDone (Friday)", shape=doubleoctagon, style="filled,bold", fillcolor="#d8f5d0"');
    expect(d).toContain('"open" -> "done" [label="ask · probe\\noffered if rapport >= 10\\n→ willingness > 60"];');
    expect(d).toContain('"open" -> "end" [label="shout ⚠ threat", color="#c62828", fontcolor="#c62828", style=bold];');
    expect(d).toContain('"__trigger1" [label="⚡ after any reply\\nrapport <= 0 or violations >= 1", shape=hexagon, style=dashed];');
    expect(d).toContain('"__trigger1" -> "end" [style=dashed];');
  });
});

describe('clip', () => {
  it('cuts by display width, counting a Chinese character as two columns', () => {
    expect(clip('hello world', 20)).toBe('hello world');
    expect(clip('hello world', 6)).toBe('hello…');
    expect(clip('一二三四五六', 8)).toBe('一二三…');
    expect(clip('一二三四', 8)).toBe('一二三四');
  });
});
