// A tiny benchmark harness: every number is reported next to a baseline measured in the same
// run, as a ratio, because absolute times mean little across machines.
export interface Row {
  readonly name: string;
  readonly value: string;
  readonly note?: string;
}

export interface Suite {
  readonly title: string;
  run(): Promise<Row[]>;
}

/** Runs `fn` repeatedly for at least `ms` milliseconds; returns operations per second. */
export function opsPerSecond(fn: () => void, ms = 1000): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    fn();
    ops++;
    elapsed = performance.now() - start;
  }
  return (ops * 1000) / elapsed;
}

/** Median of `runs` timings of `fn` in milliseconds. */
export async function medianMs(fn: () => Promise<void> | void, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Times two tasks in alternation, `runs` rounds, in CPU time of this process (user + system):
 * other work on the machine then barely moves the ratio. Returns the median of each and of the
 * per-round ratio a / b.
 */
export function pairedCpuMs(a: () => void, b: () => void, runs = 5): { a: number; b: number; ratio: number } {
  const cpu = (fn: () => void) => { const t = process.cpuUsage(); fn(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ta = cpu(a);
    const tb = cpu(b);
    as.push(ta); bs.push(tb); ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

export function printTable(title: string, rows: readonly Row[]): void {
  const w0 = Math.max(...rows.map((r) => r.name.length), 4);
  const w1 = Math.max(...rows.map((r) => r.value.length), 5);
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}`);
  for (const r of rows) console.log(`${r.name.padEnd(w0)}  ${r.value.padStart(w1)}${r.note ? `  ${r.note}` : ''}`);
}
