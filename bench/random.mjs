// A small seeded generator for the benchmarks' synthetic data (xorshift32): the same seed gives
// the same numbers on every machine.

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}
