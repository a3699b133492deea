/**
 * Student's t distribution: two-sided p-values and quantiles, from the regularised incomplete beta
 * function (continued fraction of Numerical Recipes, 3rd ed., section 6.4; log-gamma by Lanczos,
 * g = 7). Used for intervals and tests whose variance is estimated from few clusters (articles or
 * events), where the normal quantile 1.96 is too small.
 */

const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/** ln Γ(x) for x > 0 (Lanczos approximation, relative error below 1e-13). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] ?? 1;
  const t = z + 7.5;
  for (let i = 1; i < 9; i += 1) a += (LANCZOS[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b), for x in [0, 1] and a, b > 0.
 *
 * @example
 * ```ts
 * incompleteBeta(0.5, 2, 2); // 0.5
 * ```
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(lnFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom: P(|T| >= |t|). `df` may be
 * fractional (Welch-Satterthwaite); 1 when `t` is 0 or not finite, or `df` is not positive.
 *
 * @example
 * ```ts
 * tTwoSidedP(2.262157, 9); // 0.05 (rounded)
 * ```
 */
export function tTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t) || !(df > 0) || t === 0) return 1;
  const p = incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return Math.min(1, Math.max(0, p));
}

const QUANTILES = new Map<string, number>();

/** Density of the t distribution with `df` degrees of freedom. */
function tDensity(t: number, df: number): number {
  return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log(1 + (t * t) / df));
}

/** Normal quantile (Acklam's rational approximation, relative error below 1.2e-9), for p in (0, 1). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number): number => k.reduce((acc, v) => acc * x + v, 0);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - 0.02425) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/**
 * The quantile `t` with P(|T| <= t) = `confidence` for `df` degrees of freedom (so 1.96 for a 95%
 * interval as df grows): a Cornish-Fisher start from the normal quantile, refined by Newton's method
 * on {@link tTwoSidedP} (bisection as a fallback). Infinity when `df` is not positive. Memoised per
 * integer df.
 *
 * @example
 * ```ts
 * tQuantile(9);   // 2.2622 (rounded): the 95% interval of a mean over 10 events
 * tQuantile(1e9); // 1.9600 (rounded)
 * ```
 */
export function tQuantile(df: number, confidence = 0.95): number {
  if (!(df > 0)) return Number.POSITIVE_INFINITY;
  // memoised for integer df only (fractional Welch df are many and each is used once)
  const key = Number.isInteger(df) && df <= 1e6 ? `${df}:${confidence}` : null;
  const cached = key === null ? undefined : QUANTILES.get(key);
  if (cached !== undefined) return cached;
  const alpha = 1 - confidence;
  const z = normalQuantile(1 - alpha / 2);
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  let converged = false;
  for (let k = 0; k < 30 && t > 0 && Number.isFinite(t); k += 1) {
    const step = (tTwoSidedP(t, df) - alpha) / (2 * tDensity(t, df));
    t += step;
    if (Math.abs(step) <= 1e-13 * t) {
      converged = true;
      break;
    }
  }
  if (!converged || !(t > 0)) {
    let lo = 0;
    let hi = 1;
    while (tTwoSidedP(hi, df) > alpha && hi < 1e12) hi *= 2;
    for (let k = 0; k < 200 && hi - lo > 1e-12 * hi; k += 1) {
      const mid = (lo + hi) / 2;
      if (tTwoSidedP(mid, df) > alpha) lo = mid;
      else hi = mid;
    }
    t = (lo + hi) / 2;
  }
  if (key !== null && QUANTILES.size < 100000) QUANTILES.set(key, t);
  return t;
}
