import fc from 'fast-check';
import { containment } from '../../src/util/intervals';

describe('containment index', () => {
  test('hand cases: nested, touching and overlapping intervals', () => {
    const inside = containment([
      [20, 30],
      [0, 10],
      [5, 40],
    ]);
    expect(inside(2, 8)).toBe(true);
    expect(inside(6, 40)).toBe(true); // [5, 40)
    expect(inside(4, 12)).toBe(false); // [0, 10) ends too early, [5, 40) starts too late
    expect(inside(41, 42)).toBe(false);
    expect(containment([])(0, 1)).toBe(false);
  });

  test('agrees with a linear scan on random intervals', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([a, l]) => [a, a + l] as [number, number]);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.array(pair, { minLength: 1, maxLength: 12 }), (set, questions) => {
        const inside = containment(set);
        for (const [s, e] of questions) expect(inside(s, e)).toBe(set.some(([a, b]) => a <= s && e <= b));
      }),
      { numRuns: 300 },
    );
  });
});
