import { rng as mulberry32 } from '../../eval/corpus-sim';
import { drawSample } from '../../eval/external-sample';

describe('seeded sample of the external stories', () => {
  test('the generator is deterministic per seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  test('a draw is without replacement, repeatable, and capped at the pool size', () => {
    const pool = Array.from({ length: 100 }, (_, i) => i);
    const s = drawSample(pool, 30, 7);
    expect(s).toHaveLength(30);
    expect(new Set(s).size).toBe(30);
    expect(drawSample(pool, 30, 7)).toEqual(s);
    expect(drawSample(pool, 30, 8)).not.toEqual(s);
    expect(drawSample([1, 2, 3], 30, 7).sort()).toEqual([1, 2, 3]);
    expect(pool[0]).toBe(0); // the pool itself is not shuffled
  });
});
