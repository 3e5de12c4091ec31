import { spawnTerminal } from '/work/wt/trainer/tests/support/terminal';
const [cols, rows] = [Number(process.argv[2]), Number(process.argv[3])];
const keys = (process.argv[4] ?? '').split(',').filter(Boolean);
const t = spawnTerminal('node', ['/work/wt/trainer/bin/callcraft.js', 'present', 'forgotten-due-date', '--teams', 'Red,Blue', '--team-mode', 'rotation', '--no-record'], { cols, rows, cwd: '/tmp/pt', env: { CALLCRAFT_HOME: '/tmp/pt/home' } });
await t.waitFor((s) => s.includes('trainer'), 'start', 10000);
for (const k of keys) { const key = k === 'ENTER' ? '\r' : k === 'SP' ? ' ' : k; t.write(key); await new Promise((r) => setTimeout(r, 400)); }
await new Promise((r) => setTimeout(r, 1200));
console.log(t.lines().map((l, i) => String(i).padStart(2) + '|' + l).join('\n'));
t.write('q'); t.write('q'); t.kill();
process.exit(0);
