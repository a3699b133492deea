/**
 * Exact integer sums that add up to the same bytes in any order.
 *
 * Floating-point addition is not associative, so a corpus summed in shards and merged in another
 * order would give other last digits. Every sum that framelens keeps across articles is therefore a
 * sum of integers: while it stays within `Number.MAX_SAFE_INTEGER` it is a plain number (integer
 * addition below 2^53 is exact, hence associative and commutative); beyond, it is carried as a
 * `BigInt` and written as a decimal string. The representation is canonical: a value is a number if
 * and only if it is a safe integer.
 */
import { FramelensError, describeValue } from '../errors';
import { grown } from '../util/typed-arrays';

/**
 * An exact integer: a number when it is a safe integer (|v| <= 2^53 - 1), otherwise a decimal
 * string such as `"12345678901234567890"`.
 *
 * @example
 * ```ts
 * const small: Exact = 42;
 * const large: Exact = '90071992547409930';
 * ```
 */
export type Exact = number | string;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function canonical(v: bigint): Exact {
  return v <= MAX && v >= -MAX ? Number(v) : v.toString();
}

/**
 * `a + b`, exactly.
 *
 * @example
 * ```ts
 * addExact(2, 3); // 5
 * addExact(Number.MAX_SAFE_INTEGER, 2); // '9007199254740993'
 * ```
 */
export function addExact(a: Exact, b: Exact): Exact {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return canonical(BigInt(a) + BigInt(b));
}

/**
 * `a * b` for two safe integers, exactly.
 *
 * @example
 * ```ts
 * mulExact(3, 4); // 12
 * ```
 */
export function mulExact(a: number, b: number): Exact {
  const p = a * b;
  if (Number.isSafeInteger(p)) return p;
  return canonical(BigInt(a) * BigInt(b));
}

/** The value as a BigInt, for exact arithmetic at the end. */
export function toBig(v: Exact): bigint {
  return BigInt(v);
}

/**
 * Check that `v` is an exact integer in canonical form (a safe integer number, or a decimal string
 * beyond the safe range); `path` names it in the error.
 *
 * @throws FramelensError `E_INPUT`
 */
export function checkExact(v: unknown, path: string, nonNegative = false): Exact {
  if (typeof v === 'number' && Number.isSafeInteger(v) && (!nonNegative || v >= 0)) return v;
  if (typeof v === 'string' && /^-?[0-9]+$/.test(v)) {
    const b = BigInt(v);
    if ((b > MAX || b < -MAX) && (!nonNegative || b >= 0n)) return v;
  }
  throw new FramelensError('E_INPUT', `expected ${path} to be an exact ${nonNegative ? 'non-negative ' : ''}integer (a safe integer, or a decimal string beyond 2^53), instead found ${describeValue(v)}`, path);
}

const LIMB = 2 ** 52;
const BIG_LIMB = BigInt(LIMB);

/**
 * A running exact integer sum, fast while it grows beyond 2^53: held as `hi · 2^52 + lo` in two
 * numbers (|lo| < 2^52, so adding a value below 2^52 is exact and a carry is an exact power-of-two
 * division); larger addends go through BigInt. `value()` is the canonical {@link Exact}.
 *
 * @example
 * ```ts
 * const s = new ExactSum();
 * for (let i = 0; i < 3; i += 1) s.add(4e15);
 * s.value(); // '12000000000000000'
 * ```
 */
export class ExactSum {
  private hi = 0;
  private lo = 0;

  /** Add a safe integer. */
  add(v: number): void {
    if (v >= LIMB || v <= -LIMB) {
      this.addBig(BigInt(v));
      return;
    }
    let lo = this.lo + v;
    if (lo >= LIMB || lo <= -LIMB) {
      const carry = Math.trunc(lo / LIMB);
      this.hi += carry;
      lo -= carry * LIMB;
    }
    this.lo = lo;
  }

  /** Add the product of two safe integers. */
  addProduct(a: number, b: number): void {
    const p = a * b;
    if (p < LIMB && p > -LIMB) this.add(p);
    else this.addBig(BigInt(a) * BigInt(b));
  }

  /** Add an exact value (a number or a decimal string). */
  addExact(v: Exact): void {
    if (typeof v === 'number') this.add(v);
    else this.addBig(BigInt(v));
  }

  private addBig(b: bigint): void {
    this.hi += Number(b / BIG_LIMB);
    this.add(Number(b % BIG_LIMB));
  }

  /** The sum, canonical. */
  value(): Exact {
    if (this.hi === 0) return this.lo;
    return canonical(BigInt(this.hi) * BIG_LIMB + BigInt(this.lo));
  }
}

/**
 * Many running exact integer sums in two growable `Float64Array`s (one {@link ExactSum} per index,
 * with no object per sum): index `i` holds `hi[i] · 2^52 + lo[i]`. Accumulators keep one per kind of
 * sum and index it by an interned id (a measure, a label), so adding costs two array writes.
 *
 * @example
 * ```ts
 * const s = new ExactColumns();
 * s.addProduct(3, 4e7, 4e7);
 * s.addProduct(3, 4e7, 4e7);
 * s.value(3); // '3200000000000000'
 * ```
 */
export class ExactColumns {
  private hi = new Float64Array(16);
  private lo = new Float64Array(16);

  private grow(i: number): void {
    this.hi = grown(this.hi, i);
    this.lo = grown(this.lo, i);
  }

  /** Add a safe integer to sum `i`. */
  add(i: number, v: number): void {
    if (i >= this.lo.length) this.grow(i);
    if (v >= LIMB || v <= -LIMB) {
      this.addBig(i, BigInt(v));
      return;
    }
    let lo = (this.lo[i] as number) + v;
    if (lo >= LIMB || lo <= -LIMB) {
      const carry = Math.trunc(lo / LIMB);
      this.hi[i] = (this.hi[i] as number) + carry;
      lo -= carry * LIMB;
    }
    this.lo[i] = lo;
  }

  /** Add the product of two safe integers to sum `i`. */
  addProduct(i: number, a: number, b: number): void {
    const p = a * b;
    if (p < LIMB && p > -LIMB) this.add(i, p);
    else this.addBig(i, BigInt(a) * BigInt(b));
  }

  /** Add an exact value (a number or a decimal string) to sum `i`. */
  addExact(i: number, v: Exact): void {
    if (typeof v === 'number') this.add(i, v);
    else this.addBig(i, BigInt(v));
  }

  private addBig(i: number, b: bigint): void {
    if (i >= this.lo.length) this.grow(i);
    this.hi[i] = (this.hi[i] as number) + Number(b / BIG_LIMB);
    this.add(i, Number(b % BIG_LIMB));
  }

  /** Sum `i`, canonical (0 when nothing was added). */
  value(i: number): Exact {
    const hi = this.hi[i] ?? 0;
    const lo = this.lo[i] ?? 0;
    if (hi === 0) return lo;
    return canonical(BigInt(hi) * BIG_LIMB + BigInt(lo));
  }
}
