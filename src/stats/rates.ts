/**
 * Rates of findings per word, with intervals and tests.
 *
 * A finding rate is treated as a binomial proportion: `count` findings among `words` words. This is
 * an approximation (a multi-word finding uses several words; findings cluster in some sentences), so
 * the intervals are if anything too narrow when findings cluster. The Wilson score interval is used
 * rather than the normal (Wald) interval because it stays inside [0, 1] and is not degenerate at
 * zero counts, which are common for short articles.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion `k / n`.
 *
 * @returns `[low, high]` in [0, 1]; `[0, 0]` when `n` is 0
 * @example
 * ```ts
 * wilson(10, 100); // [0.0552, 0.1744] (rounded)
 * ```
 */
export function wilson(k: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 0];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [k <= 0 ? 0 : Math.max(0, centre - half), k >= n ? 1 : Math.min(1, centre + half)];
}

/**
 * Complementary error function (W. J. Cody's rational approximations via the Numerical Recipes
 * Chebyshev fit; absolute error below 1.2e-7 everywhere).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * Upper tail p-value of a chi-square statistic with 1 degree of freedom.
 *
 * @example
 * ```ts
 * chiSquare1P(3.841); // 0.05 (rounded)
 * ```
 */
export function chiSquare1P(stat: number): number {
  if (!(stat > 0)) return 1;
  return Math.min(1, Math.max(0, erfc(Math.sqrt(stat / 2))));
}

const xlogx = (x: number, e: number): number => (x > 0 && e > 0 ? x * Math.log(x / e) : 0);

/**
 * Log-likelihood ratio G-test of whether two rates differ: `a` findings in `na` words vs `b` in `nb`
 * (a 2×2 table of findings and other words). Dunning (1993) recommends it over the chi-square test
 * for the small expected counts of text statistics.
 *
 * @returns the G statistic (>= 0) and its p-value (chi-square, 1 df)
 * @example
 * ```ts
 * gTest(30, 1000, 10, 1000); // { g: 10.46..., p: 0.0012... }
 * ```
 */
export function gTest(a: number, na: number, b: number, nb: number): { g: number; p: number } {
  const n = na + nb;
  const k = a + b;
  if (n <= 0 || k <= 0 || k >= n || na <= 0 || nb <= 0) return { g: 0, p: 1 };
  const cells: Array<[number, number]> = [
    [a, (na * k) / n],
    [na - a, (na * (n - k)) / n],
    [b, (nb * k) / n],
    [nb - b, (nb * (n - k)) / n],
  ];
  let g = 0;
  for (const [o, e] of cells) g += xlogx(o, e);
  g *= 2;
  if (g < 0) g = 0;
  return { g, p: chiSquare1P(g) };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in input order.
 *
 * @example
 * ```ts
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.2]); // [0.04, 0.0533, 0.0533, 0.2]
 * ```
 */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const q = new Array<number>(m).fill(1);
  let running = 1;
  for (let r = m - 1; r >= 0; r -= 1) {
    const entry = order[r];
    if (entry === undefined) continue;
    const [p, i] = entry;
    running = Math.min(running, (p * m) / (r + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}

/**
 * Rate ratio `(a/na) / (b/nb)` with a 95% interval on the log scale; 0.5 is added to both counts when
 * either is zero (Haldane's correction), so the ratio stays finite.
 *
 * @example
 * ```ts
 * rateRatio(30, 1000, 10, 1000); // { ratio: 3, low: 1.47, high: 6.14 } (rounded)
 * ```
 */
export function rateRatio(a: number, na: number, b: number, nb: number): { ratio: number; low: number; high: number } {
  if (na <= 0 || nb <= 0) return { ratio: 1, low: 1, high: 1 };
  const corr = a === 0 || b === 0 ? 0.5 : 0;
  const x = a + corr;
  const y = b + corr;
  const ratio = x / na / (y / nb);
  const se = Math.sqrt(1 / x + 1 / y);
  return { ratio, low: Math.exp(Math.log(ratio) - Z95 * se), high: Math.exp(Math.log(ratio) + Z95 * se) };
}

/**
 * z-score of a rate against a pooled rate under the binomial model: `(k/n - p0) / sqrt(p0 (1-p0) / n)`.
 * 0 when undefined (no words, or a pooled rate of 0 or 1).
 */
export function zAgainstPooled(k: number, n: number, p0: number): number {
  if (n <= 0 || p0 <= 0 || p0 >= 1) return 0;
  return (k / n - p0) / Math.sqrt((p0 * (1 - p0)) / n);
}

/** Competition ranks (1 = highest value; ties share the best rank). */
export function ranksDescending(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}
