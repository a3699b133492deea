/**
 * Growable typed arrays for the corpus accumulators: one helper instead of a copy of the same
 * allocate-and-copy loop in each accumulator.
 */

/** A typed array that an accumulator grows. */
export type GrowableArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/**
 * `a` itself when index `i` fits, else a copy of it at least twice as long that holds index `i`
 * (the new entries 0).
 *
 * @param a - the array
 * @param i - the index that must fit, >= 0
 * @returns an array of the same kind with `length > i`
 * @example
 * ```ts
 * let sums = new Float64Array(16);
 * sums = grown(sums, 40); // length 64, the first 16 entries copied
 * ```
 */
export function grown<T extends GrowableArray>(a: T, i: number): T {
  if (i < a.length) return a;
  let size = Math.max(1, a.length);
  while (size <= i) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
