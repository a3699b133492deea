import { benjaminiHochberg, chiSquare1P, erfc, gTest, rateRatio, ranksDescending, wilson, zAgainstPooled } from '../../src/stats/rates';

describe('Wilson score interval', () => {
  test('10 of 100 (reference values from the closed form, z = 1.96)', () => {
    // centre = (0.1 + 1.9208/100) / 1.038415 = 0.114805; half = 1.96 * sqrt(0.0009 + 0.00009604) / 1.038415 = 0.059572
    const [lo, hi] = wilson(10, 100);
    expect(lo).toBeCloseTo(0.05523, 4);
    expect(hi).toBeCloseTo(0.17437, 4);
  });
  test('0 of 50 is [0, 0.0713], not degenerate', () => {
    const [lo, hi] = wilson(0, 50);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.07135, 4);
  });
  test('no words gives [0, 0]', () => {
    expect(wilson(0, 0)).toEqual([0, 0]);
  });
});

describe('tests and corrections', () => {
  test('erfc and the chi-square tail', () => {
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(1)).toBeCloseTo(0.157299, 6);
    expect(chiSquare1P(3.841459)).toBeCloseTo(0.05, 5);
    expect(chiSquare1P(6.634897)).toBeCloseTo(0.01, 5);
    expect(chiSquare1P(0)).toBe(1);
  });

  test('G-test on 30/1000 vs 10/1000', () => {
    // expected counts 20 and 980 in both rows: G = 2 * (30 ln 1.5 + 970 ln(970/980) + 10 ln 0.5 + 990 ln(990/980))
    const expected = 2 * (30 * Math.log(1.5) + 970 * Math.log(970 / 980) + 10 * Math.log(0.5) + 990 * Math.log(990 / 980));
    const { g, p } = gTest(30, 1000, 10, 1000);
    expect(g).toBeCloseTo(expected, 10);
    expect(g).toBeCloseTo(10.66905, 4);
    // p = erfc(sqrt(G / 2)) = 0.0010899
    expect(p).toBeCloseTo(0.00109, 5);
    expect(gTest(5, 1000, 5, 1000)).toEqual({ g: 0, p: 1 });
    expect(gTest(0, 0, 3, 100)).toEqual({ g: 0, p: 1 });
  });

  test('Benjamini-Hochberg by hand', () => {
    // sorted p: 0.01 (r1), 0.03 (r2), 0.04 (r3), 0.2 (r4); m = 4
    // raw: 0.04, 0.06, 0.0533, 0.2; step-up minimum from the top: 0.2, 0.0533, 0.0533, 0.04
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    expect(q[0]).toBeCloseTo(0.04, 10);
    expect(q[1]).toBeCloseTo(0.053333, 5);
    expect(q[2]).toBeCloseTo(0.053333, 5);
    expect(q[3]).toBeCloseTo(0.2, 10);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  test('rate ratio with its interval, and Haldane correction at zero', () => {
    const r = rateRatio(30, 1000, 10, 1000);
    expect(r.ratio).toBeCloseTo(3, 10);
    // se = sqrt(1/30 + 1/10) = 0.365148; exp(ln 3 ± 1.96 se)
    expect(r.low).toBeCloseTo(3 * Math.exp(-1.959964 * 0.365148), 4);
    expect(r.high).toBeCloseTo(3 * Math.exp(1.959964 * 0.365148), 4);
    expect(rateRatio(0, 500, 4, 500).ratio).toBeCloseTo(0.5 / 4.5, 10);
  });

  test('z against the pooled rate, ranks', () => {
    // p0 = 0.02, n = 1000, k = 30: (0.03 - 0.02) / sqrt(0.02 * 0.98 / 1000) = 2.2588
    expect(zAgainstPooled(30, 1000, 0.02)).toBeCloseTo(2.2588, 4);
    expect(zAgainstPooled(3, 0, 0.02)).toBe(0);
    expect(ranksDescending([1.5, 14.9, 0, 14.9])).toEqual([3, 1, 4, 1]);
  });
});
