import { logOdds } from '../../src/stats/log-odds';

describe("Fightin' Words log-odds with an informative Dirichlet prior", () => {
  // Two small corpora. Group i: ccp 8, china 2 (n_i = 10). Rest j: china 10, beijing 4 (n_j = 14).
  // Prior = pooled counts (a0 = 24): a_ccp = 8, a_china = 12, a_beijing = 4.
  // ccp:   delta = ln(16/18) - ln(8/30)  = -0.117783 + 1.321756 = 1.203973
  //        var = 1/16 + 1/8 = 0.1875, z = 1.203973 / 0.433013 = 2.780457
  // china: delta = ln(14/20) - ln(22/16) = -0.356675 - 0.318454 = -0.675129
  //        var = 1/14 + 1/22 = 0.116883, z = -0.675129 / 0.341882 = -1.974741
  // beijing: delta = ln(4/30) - ln(8/30) = -0.693147, var = 1/4 + 1/8 = 0.375, z = -0.693147 / 0.612372 = -1.131905
  const scores = logOdds({ ccp: 8, china: 2 }, { china: 10, beijing: 4 });
  const by = Object.fromEntries(scores.map((s) => [s.term, s]));

  test('z-scores stated by hand', () => {
    expect(by.ccp?.logOdds).toBeCloseTo(1.203973, 5);
    expect(by.ccp?.z).toBeCloseTo(2.780457, 5);
    expect(by.china?.z).toBeCloseTo(-1.974741, 5);
    expect(by.beijing?.z).toBeCloseTo(-1.131905, 5);
  });

  test('sorted by z, with counts', () => {
    expect(scores.map((s) => s.term)).toEqual(['ccp', 'beijing', 'china']);
    expect(by.ccp).toMatchObject({ count: 8, otherCount: 0 });
  });

  test('a rare word is shrunk: one occurrence scores far below a frequent distinctive word', () => {
    const s = logOdds({ ccp: 8, rare: 1, the: 20 }, { the: 22, beijing: 6 });
    const z = Object.fromEntries(s.map((x) => [x.term, x.z]));
    expect(z.ccp ?? 0).toBeGreaterThan(2 * (z.rare ?? 0));
  });
});
