import { clusterVariance, compareRatios, meanEstimate, ratioEstimate } from '../../src/stats/cluster';
import { addExact, checkExact, ExactColumns, ExactSum, mulExact } from '../../src/stats/exact';
import { incompleteBeta, logGamma, tQuantile, tTwoSidedP } from '../../src/stats/t-dist';
import { thrown } from '../helpers/errors';

/** Sums of (y, x) pairs, as an aggregate keeps them. */
function sums(rows: Array<[number, number]>) {
  let y = 0;
  let x = 0;
  let yy = 0;
  let xy = 0;
  let xx = 0;
  for (const [a, b] of rows) {
    y += a;
    x += b;
    yy += a * a;
    xy += a * b;
    xx += b * b;
  }
  return { n: rows.length, y, x, yy, xy, xx };
}

describe('Student t distribution', () => {
  test('reference quantiles and p-values (tables of the t distribution)', () => {
    expect(tQuantile(1)).toBeCloseTo(12.7062, 3);
    expect(tQuantile(9)).toBeCloseTo(2.262157, 5);
    expect(tQuantile(30)).toBeCloseTo(2.042272, 5);
    expect(tQuantile(1e9)).toBeCloseTo(1.959964, 5);
    expect(tQuantile(9, 0.99)).toBeCloseTo(3.249836, 5);
    expect(tTwoSidedP(2, 10)).toBeCloseTo(0.073388, 5);
    expect(tTwoSidedP(2.262157, 9)).toBeCloseTo(0.05, 6);
    expect(tTwoSidedP(0, 5)).toBe(1);
    expect(tTwoSidedP(-3, 4.5)).toBeCloseTo(tTwoSidedP(3, 4.5), 12);
  });
  test('incomplete beta and log-gamma', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe('exact sums', () => {
  test('numbers while safe, decimal strings beyond, the same in any order', () => {
    expect(addExact(2, 3)).toBe(5);
    expect(addExact(Number.MAX_SAFE_INTEGER, 2)).toBe('9007199254740993');
    expect(addExact('9007199254740993', -2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(mulExact(123456789, 987654321)).toBe('121932631112635269');
    const values = [4e15, 3e15, -1e15, 2 ** 52 + 1, 7, 9e15];
    const a = new ExactSum();
    const b = new ExactSum();
    for (const v of values) a.add(v);
    for (const v of [...values].reverse()) b.add(v);
    const expected = values.reduce((s, v) => s + BigInt(v), 0n).toString();
    expect(a.value()).toBe(expected);
    expect(b.value()).toBe(expected);
    const c = new ExactSum();
    c.addProduct(3e9, 5e9);
    c.addExact('-15000000000000000000');
    c.add(11);
    expect(c.value()).toBe(11);
  });
  test('indexed sums (ExactColumns) equal one ExactSum per index, in any order, growing past their first size', () => {
    const values = [4e15, 3e15, -1e15, 2 ** 52 + 1, 7, 9e15, -(2 ** 53) + 1];
    const cols = new ExactColumns();
    const reversed = new ExactColumns();
    const one = new ExactSum();
    for (const v of values) {
      cols.add(40, v);
      cols.addProduct(3, 1, v);
      one.add(v);
    }
    for (const v of [...values].reverse()) reversed.add(40, v);
    const expected = values.reduce((s, v) => s + BigInt(v), 0n).toString();
    expect([cols.value(40), cols.value(3), reversed.value(40), one.value()]).toEqual([expected, expected, expected, expected]);
    cols.addProduct(7, 3e9, 5e9);
    cols.addExact(7, '-15000000000000000000');
    cols.add(7, -11);
    expect([cols.value(7), cols.value(5), cols.value(1000)]).toEqual([-11, 0, 0]);
  });
  test('checkExact rejects non-canonical and non-integer values', () => {
    expect(checkExact(12, 'x')).toBe(12);
    expect(checkExact('9007199254740993', 'x')).toBe('9007199254740993');
    expect(thrown(() => checkExact('12', 'agg.sumSq')).message).toBe('framelens: expected agg.sumSq to be an exact integer (a safe integer, or a decimal string beyond 2^53), instead found string "12"');
    expect(thrown(() => checkExact(1.5, 'x')).code).toBe('E_INPUT');
    expect(thrown(() => checkExact(-3, 'x', true)).code).toBe('E_INPUT');
  });
});

describe('ratio estimator clustered by article', () => {
  test('the linearised variance from sums equals the direct sum of squared residuals', () => {
    // (y, x): R = 12 / 1000; residuals y - R x
    const rows: Array<[number, number]> = [
      [2, 100],
      [0, 300],
      [7, 400],
      [3, 200],
    ];
    const s = sums(rows);
    const R = 12 / 1000;
    const direct = ((4 / 3) * rows.reduce((acc, [y, x]) => acc + (y - R * x) ** 2, 0)) / 1000 ** 2;
    expect(clusterVariance(s)).toBeCloseTo(direct, 15);
    expect(clusterVariance({ n: 2, y: 2, x: 200, yy: 4, xy: 200, xx: 20000 })).toBeCloseTo(1e-4, 15);
  });

  test('intervals: log scale for counts, floored at Poisson; zero counts get the Poisson upper bound', () => {
    // ten identical articles: no spread between articles, so the Poisson floor decides
    const even = sums(Array.from({ length: 10 }, (): [number, number] => [5, 1000]));
    const e = ratioEstimate(even, 'count');
    expect(e.ratio).toBe(0.005);
    expect(e.variance).toBeCloseTo(50 / 1e8, 18);
    const se = Math.sqrt(50 / 1e8) / 0.005;
    expect(e.ci[0]).toBeCloseTo(0.005 * Math.exp(-tQuantile(9) * se), 12);
    expect(e.ci[1]).toBeCloseTo(0.005 * Math.exp(tQuantile(9) * se), 12);
    expect(e.designEffect).toBe(0);
    const zero = ratioEstimate(sums([[0, 500], [0, 500]]), 'count');
    expect(zero.ci[0]).toBe(0);
    expect(zero.ci[1]).toBeCloseTo(3.688879 / 1000, 9);
    // clustered: all findings in one of four articles -> far wider than Poisson
    const lumpy = ratioEstimate(sums([[20, 500], [0, 500], [0, 500], [0, 500]]), 'count');
    expect(lumpy.designEffect).toBeCloseTo(20, 6);
    expect(lumpy.ci[1] / lumpy.ci[0]).toBeGreaterThan(100);
  });

  test('shares use the logit scale and stay in [0, 1]', () => {
    // 18 of 40; residuals -1.5, 0.5, -0.5, 1.5: clustered variance 4/3 * 5 / 40^2 = 0.00417 is below
    // the binomial 0.45 * 0.55 / 40 = 0.00619, so the floor decides; t on 3 df
    const s = ratioEstimate(sums([[3, 10], [5, 10], [4, 10], [6, 10]]), 'share');
    expect(s.ratio).toBe(0.45);
    const half = (tQuantile(3) * Math.sqrt(0.45 * 0.55 / 40)) / (0.45 * 0.55);
    const logit = Math.log(0.45 / 0.55);
    expect(s.ci[0]).toBeCloseTo(1 / (1 + Math.exp(-(logit - half))), 12);
    expect(s.ci[1]).toBeCloseTo(1 / (1 + Math.exp(-(logit + half))), 12);
    expect(s.ci).toEqual([expect.closeTo(0.2293, 4), expect.closeTo(0.6923, 4)]);
    expect(ratioEstimate(sums([[10, 10], [4, 4]]), 'share').ci[1]).toBe(1);
  });

  test('signed scores use the identity scale', () => {
    const s = ratioEstimate(sums([[-6, 100], [2, 100], [-4, 100]]), 'score');
    expect(s.ratio).toBeCloseTo(-8 / 300, 15);
    expect(s.ci[0]).toBeLessThan(s.ratio);
    expect(s.ci[1]).toBeGreaterThan(s.ratio);
    expect(s.ci[1] - s.ratio).toBeCloseTo(s.ratio - s.ci[0], 15);
  });

  test('comparing groups: rate ratio with Welch t; Haldane for a zero count', () => {
    const a = sums(Array.from({ length: 30 }, (_, i): [number, number] => [i % 3 === 0 ? 8 : 2, 500]));
    const b = sums(Array.from({ length: 30 }, (_, i): [number, number] => [i % 3 === 0 ? 4 : 1, 500]));
    const c = compareRatios(a, b, 'count');
    expect(c.rateRatio).toBeCloseTo(2, 12);
    expect(c.p).toBeLessThan(0.001);
    expect(c.rateRatioCi?.[0]).toBeGreaterThan(1);
    const z = compareRatios(sums([[0, 500], [0, 500]]), sums([[3, 500], [1, 500]]), 'count');
    expect(z.rateRatio).toBeCloseTo(0.5 / 1000 / (4.5 / 1000), 12);
    expect(compareRatios(sums([[0, 500]]), sums([[0, 500]]), 'count').p).toBe(1);
    const sc = compareRatios(sums([[-6, 100], [2, 100]]), sums([[5, 100], [7, 100]]), 'score');
    expect(sc.rateRatio).toBeNull();
    expect(sc.difference).toBeCloseTo(-0.02 - 0.06, 12);
  });

  test('mean of article rates from fixed-point sums', () => {
    // article rates 1, 2, 3 (scale 10^6)
    const m = meanEstimate(3, 6e6, 14e12, 1e6);
    expect(m.mean).toBe(2);
    expect(m.ci[0]).toBeCloseTo(2 - tQuantile(2) * Math.sqrt(1 / 3), 12);
    expect(meanEstimate(0, 0, 0, 1e6)).toEqual({ mean: 0, ci: [0, 0] });
  });
});
