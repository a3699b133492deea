/**
 * The ratio estimator over clusters (articles), with its cluster-robust (linearised) variance, from
 * mergeable sums only.
 *
 * A corpus rate is R = Y / X = sum(y_i) / sum(x_i), where article i has y_i findings in x_i words.
 * Findings are not independent words: a writer who uses one loaded term tends to use more, so
 * articles vary far more than a binomial (Wilson) or Poisson model allows. Treating articles as the
 * sampled units, the Taylor-linearised variance of R (Cochran 1977, section 6.4; the "sandwich"
 * variance clustered by article) is
 *
 *   V(R) = n / (n - 1) * sum_i (y_i - R x_i)^2 / X^2,
 *
 * and sum_i (y_i - R x_i)^2 = (X^2 S_yy - 2 X Y S_xy + Y^2 S_xx) / X^2 needs only the sums
 * n, Y, X, S_yy = sum y_i^2, S_xy = sum x_i y_i and S_xx = sum x_i^2, which add up across shards.
 * The numerator is evaluated exactly in BigInt (all sums are integers), so the result depends only on
 * the sums, never on the order articles were added in.
 *
 * Intervals are built on a scale where the estimator is closer to normal (log for rates, logit for
 * shares, identity for signed scores) with a t quantile on n - 1 degrees of freedom, and the variance
 * is never allowed below the variance of the words-independent model (Poisson for rates, binomial
 * for shares): with few articles the clustered estimate itself is noisy, and findings are almost
 * never less dispersed than independent words.
 */
import { toBig, type Exact } from './exact';
import { tQuantile, tTwoSidedP } from './t-dist';

/**
 * How a measure behaves: `count` (findings per word: log scale, Poisson floor), `share` (a part of
 * a whole in [0, 1]: logit scale, binomial floor) or `score` (a signed sum such as sentiment:
 * identity scale, no floor).
 */
export type MeasureKind = 'count' | 'share' | 'score';

/** Mergeable sums of one measure in one group: n articles, numerators y, denominators x. */
export interface RatioSums {
  /** Articles (clusters), >= 0. */
  n: number;
  /** Sum of numerators. */
  y: number;
  /** Sum of denominators, >= 0. */
  x: number;
  /** Sum of y_i^2. */
  yy: Exact;
  /** Sum of x_i y_i. */
  xy: Exact;
  /** Sum of x_i^2. */
  xx: Exact;
}

/** The ratio, its variances and the 95% interval (all in ratio units, before any scaling). */
export interface RatioEstimate {
  ratio: number;
  /** Cluster-robust variance of the ratio, floored at the independent-words variance. */
  variance: number;
  /** The independent-words (Poisson or binomial) variance, 0 for scores. */
  floorVariance: number;
  /** Cluster-robust variance over independent-words variance (1 = no clustering); 1 when undefined. */
  designEffect: number;
  /** Degrees of freedom of the t quantile: n - 1, at least 1. */
  df: number;
  /** The interval: [low, high]. */
  ci: [number, number];
}

/** sum_i (y_i - R x_i)^2 * X^2, exactly, as a Number. */
function residualSquaresTimesX2(s: RatioSums): number {
  const X = BigInt(s.x);
  const Y = BigInt(s.y);
  const v = X * X * toBig(s.yy) - 2n * X * Y * toBig(s.xy) + Y * Y * toBig(s.xx);
  return v > 0n ? Number(v) : 0;
}

/**
 * The cluster-robust variance of R = Y / X (no floor); 0 when n < 2 or X = 0.
 *
 * @example
 * ```ts
 * // two articles: 2 of 100 words and 0 of 100 words: R = 0.01, residuals 1 and -1
 * clusterVariance({ n: 2, y: 2, x: 200, yy: 4, xy: 200, xx: 20000 }); // 2 * 2 / 200^2 = 0.0001
 * ```
 */
export function clusterVariance(s: RatioSums): number {
  if (s.n < 2 || s.x <= 0) return 0;
  const x2 = s.x * s.x;
  return (s.n / (s.n - 1)) * (residualSquaresTimesX2(s) / x2 / x2);
}

function floorOf(kind: MeasureKind, y: number, x: number): number {
  if (x <= 0) return 0;
  const r = y / x;
  if (kind === 'count') return Math.max(y, 0) / (x * x);
  if (kind === 'share') return (r * (1 - r)) / x;
  return 0;
}

const expit = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The ratio estimate of a measure with its 95% (or `confidence`) interval.
 *
 * Zero counts: the interval of a rate or share with no finding is [0, -ln(alpha/2) / X] (the exact
 * Poisson upper bound, 3.69 / X at 95%); a share of 1 is mirrored.
 *
 * @example
 * ```ts
 * ratioEstimate({ n: 2, y: 2, x: 200, yy: 4, xy: 200, xx: 20000 }, 'count').ci; // [0.00014, 0.71] (rounded): two articles say little
 * ```
 */
export function ratioEstimate(s: RatioSums, kind: MeasureKind, confidence = 0.95): RatioEstimate {
  const df = Math.max(1, s.n - 1);
  if (s.x <= 0) return { ratio: 0, variance: 0, floorVariance: 0, designEffect: 1, df, ci: [0, 0] };
  const ratio = s.y / s.x;
  const cluster = clusterVariance(s);
  const floor = floorOf(kind, s.y, s.x);
  const variance = Math.max(cluster, floor);
  const designEffect = floor > 0 && s.n >= 2 ? cluster / floor : 1;
  const t = tQuantile(df, confidence);
  const zeroBound = -Math.log((1 - confidence) / 2) / s.x;
  let ci: [number, number];
  if (kind === 'score') {
    const half = t * Math.sqrt(variance);
    ci = [ratio - half, ratio + half];
  } else if (s.y <= 0) {
    ci = [0, kind === 'share' ? Math.min(1, zeroBound) : zeroBound];
  } else if (kind === 'share' && s.y >= s.x) {
    ci = [Math.max(0, 1 - zeroBound), 1];
  } else if (kind === 'share') {
    const se = Math.sqrt(variance) / (ratio * (1 - ratio));
    const logit = Math.log(ratio / (1 - ratio));
    ci = [expit(logit - t * se), expit(logit + t * se)];
  } else {
    const se = Math.sqrt(variance) / ratio;
    ci = [ratio * Math.exp(-t * se), ratio * Math.exp(t * se)];
  }
  return { ratio, variance, floorVariance: floor, designEffect, df, ci };
}

/** The comparison of two independent groups' ratios. */
export interface RatioComparison {
  /** ratioA / ratioB (0.5 added to both numerators when one is 0); `null` for scores. */
  rateRatio: number | null;
  /** Its interval; `null` for scores. */
  rateRatioCi: [number, number] | null;
  /** ratioA - ratioB. */
  difference: number;
  /** Its interval (cluster-robust variances of both groups). */
  differenceCi: [number, number];
  /** The t statistic (log ratio for counts and shares, difference for scores). */
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value. */
  p: number;
}

function welchDf(vA: number, nA: number, vB: number, nB: number): number {
  const num = (vA + vB) ** 2;
  const den = (nA > 1 ? vA * vA / (nA - 1) : 0) + (nB > 1 ? vB * vB / (nB - 1) : 0);
  return den > 0 ? Math.max(1, num / den) : Math.max(1, nA + nB - 2);
}

/**
 * Compare two groups' ratios: the rate ratio on the log scale (Haldane's 0.5 when a count is 0)
 * for counts and shares, the difference for scores, each with the cluster-robust variances and a
 * Welch t test.
 *
 * @example
 * ```ts
 * compareRatios(a, b, 'count').p; // two-sided p of ratioA = ratioB
 * ```
 */
export function compareRatios(a: RatioSums, b: RatioSums, kind: MeasureKind, confidence = 0.95): RatioComparison {
  const ea = ratioEstimate(a, kind, confidence);
  const eb = ratioEstimate(b, kind, confidence);
  const difference = ea.ratio - eb.ratio;
  const dfDiff = welchDf(ea.variance, a.n, eb.variance, b.n);
  const seDiff = Math.sqrt(ea.variance + eb.variance);
  const tDiff = tQuantile(dfDiff, confidence);
  const differenceCi: [number, number] = [difference - tDiff * seDiff, difference + tDiff * seDiff];
  if (kind === 'score') {
    const t = seDiff > 0 ? difference / seDiff : 0;
    return { rateRatio: null, rateRatioCi: null, difference, differenceCi, t, df: dfDiff, p: seDiff > 0 ? tTwoSidedP(t, dfDiff) : 1 };
  }
  if (a.x <= 0 || b.x <= 0 || (a.y <= 0 && b.y <= 0)) return { rateRatio: 1, rateRatioCi: [1, 1], difference, differenceCi, t: 0, df: dfDiff, p: 1 };
  const corr = a.y <= 0 || b.y <= 0 ? 0.5 : 0;
  const logVar = (s: RatioSums, e: RatioEstimate): number => {
    const y = s.y + corr;
    const r = y / s.x;
    const floor = kind === 'share' ? Math.max(0, 1 / y - 1 / s.x) : 1 / y;
    return Math.max(s.y > 0 ? e.variance / (r * r) : 0, floor);
  };
  const vA = logVar(a, ea);
  const vB = logVar(b, eb);
  const logRatio = Math.log((a.y + corr) / a.x) - Math.log((b.y + corr) / b.x);
  const se = Math.sqrt(vA + vB);
  const df = welchDf(vA, a.n, vB, b.n);
  const t = se > 0 ? logRatio / se : 0;
  const q = tQuantile(df, confidence);
  return {
    rateRatio: Math.exp(logRatio),
    rateRatioCi: [Math.exp(logRatio - q * se), Math.exp(logRatio + q * se)],
    difference,
    differenceCi,
    t,
    df,
    p: se > 0 ? tTwoSidedP(t, df) : 1,
  };
}

/**
 * Mean and interval of per-article values from their exact sums (the values are fixed-point
 * integers: `scale` units per 1).
 *
 * @example
 * ```ts
 * meanEstimate(3, 6_000_000, 14_000_000_000_000, 1e6); // mean 2, ci [-0.48, 4.48] (rounded)
 * ```
 */
export function meanEstimate(n: number, sum: Exact, sumSq: Exact, scale: number, confidence = 0.95): { mean: number; ci: [number, number] } {
  if (n <= 0) return { mean: 0, ci: [0, 0] };
  const s = toBig(sum);
  const mean = Number(s) / n / scale;
  if (n < 2) return { mean, ci: [mean, mean] };
  const N = BigInt(n);
  const num = N * toBig(sumSq) - s * s; // n^2 (n - 1) var... exactly n * S2 - S1^2 >= 0
  const variance = (num > 0n ? Number(num) : 0) / (n * (n - 1)) / (scale * scale);
  const half = tQuantile(n - 1, confidence) * Math.sqrt(variance / n);
  return { mean, ci: [mean - half, mean + half] };
}
