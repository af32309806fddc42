/** Timing samples and their summary: every figure the bench reports is one of these. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted samples (no interpolation: a reported p95 is a time that happened). */
function rank(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(samples: number[]): Summary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(rank(sorted, 0.5)),
    p95: round(rank(sorted, 0.95)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Times `fn` over every input, `rounds` times, after `warmup` untimed calls per
 * input. Rounds go through all inputs before repeating, so no input is timed
 * twice in a row with everything it touched still hot in the CPU caches.
 */
export async function sampleOver<T>(inputs: T[], fn: (input: T) => unknown, opts: { rounds: number; warmup?: number }): Promise<number[]> {
  for (let w = 0; w < (opts.warmup ?? 1); w++) for (const input of inputs) await fn(input);
  const samples: number[] = [];
  for (let r = 0; r < opts.rounds; r++) for (const input of inputs) samples.push(await timeOnce(() => fn(input)));
  return samples;
}
