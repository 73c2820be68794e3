/** Medians and ratios over alternating rounds: pure functions, tested in tests/bench/stats.test.ts. */

export function median(values: readonly number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * Sides in the order of one round: round r starts with side r (mod n), so over rounds every side is measured
 * first, second and third equally often and a drift in the machine's load does not favour one of them.
 */
export function roundOrder<T>(sides: readonly T[], round: number): T[] {
  const k = round % sides.length;
  return [...sides.slice(k), ...sides.slice(0, k)];
}

/** Median of per-round ratios a/b (rounds where both sides ran), which cancels drift between rounds. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (b[i]! > 0) ratios.push(a[i]! / b[i]!);
  return median(ratios);
}
