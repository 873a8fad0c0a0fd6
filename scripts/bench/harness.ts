/**
 * Timing against the floor: each operation runs interleaved with its floor (the same result from a
 * hand-written better-sqlite3 prepared statement on the same file, in the same process), so
 * machine load hits both alike and the ratio means something on a busy 2-core machine.
 */

export interface Measured {
  operation: string;
  rows: number;
  product: number[];
  floor: number[];
  /** Targets from issue 16: absolute (ms) and ratio to the floor. */
  targetMs?: number;
  targetRatio?: number;
}

export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** Runs product and floor alternately `runs` times after a warm-up of each. */
export async function interleave(
  operation: string,
  runs: number,
  product: () => unknown | Promise<unknown>,
  floor: () => unknown | Promise<unknown>,
  options: {
    rows?: (value: unknown) => number;
    targetMs?: number;
    targetRatio?: number;
    warmup?: number;
  } = {},
): Promise<Measured> {
  let rows = 0;
  for (let i = 0; i < (options.warmup ?? 2); i += 1) {
    rows = options.rows ? options.rows(await product()) : rows;
    await floor();
  }
  const measured: Measured = {
    operation,
    rows,
    product: [],
    floor: [],
    ...(options.targetMs !== undefined && { targetMs: options.targetMs }),
    ...(options.targetRatio !== undefined && { targetRatio: options.targetRatio }),
  };
  for (let i = 0; i < runs; i += 1) {
    // Alternate which goes first, so neither always runs on the warmer cache.
    const order = i % 2 === 0 ? ([product, floor] as const) : ([floor, product] as const);
    for (const run of order) {
      const start = performance.now();
      await run();
      (run === product ? measured.product : measured.floor).push(performance.now() - start);
    }
  }
  process.stderr.write(`  ${operation}: done\n`);
  return measured;
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0));

export function table(results: Measured[]): string {
  const header = '| operation | rows | p50 ms | p95 ms | floor p50 | floor p95 | ratio (p50) | target |';
  const lines = [header, '|---|---:|---:|---:|---:|---:|---:|---|'];
  for (const r of results) {
    const p50 = percentile(r.product, 50);
    const f50 = percentile(r.floor, 50);
    const p95 = percentile(r.product, 95);
    const ratio = p50 / f50;
    const targets = [
      r.targetMs !== undefined ? `p95 ≤ ${r.targetMs} ms` : '',
      r.targetRatio !== undefined ? `≤ ${r.targetRatio}×` : '',
    ].filter(Boolean);
    const missed =
      (r.targetMs !== undefined && p95 > r.targetMs) ||
      (r.targetRatio !== undefined && ratio > r.targetRatio);
    lines.push(
      `| ${r.operation} | ${r.rows.toLocaleString('en-US')} | ${ms(p50)} | ${ms(p95)} | ${ms(f50)} | ${ms(percentile(r.floor, 95))} | ${Number.isFinite(ratio) ? ratio.toFixed(1) : '—'}× | ${targets.join(', ')}${missed ? ' **missed**' : ''} |`,
    );
  }
  return lines.join('\n');
}
