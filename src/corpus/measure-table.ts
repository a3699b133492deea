/**
 * One group's measure sums during aggregation, indexed by the measures' interned slots (see
 * `measureSlot`): typed arrays for the plain sums and {@link ExactColumns} for the exact ones, so
 * that adding an article's measure is a few array writes, with no object per group and measure.
 * Written out as the plain-JSON {@link MeasureSums} only at the end.
 */
import { FramelensError } from '../errors';
import { ExactColumns } from '../stats/exact';
import type { MeasureSums } from './aggregate-types';

/** Fixed-point scale of per-article ratios in `rateSum` / `rateSumSq`. */
export const RATE_SCALE = 1e6;

function add(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new FramelensError('E_INPUT', `expected corpus sums to stay below 2^53, instead found a sum of ${a} and ${b}`, 'items');
  return s;
}

/** The sums of every measure of one group, by slot. */
export class MeasureTable {
  private sum = new Float64Array(64);
  private articles = new Float64Array(64);
  private present = new Uint8Array(64);
  /** The slots with sums, in first-seen order. */
  readonly slots: number[] = [];
  private readonly sumSq = new ExactColumns();
  private readonly sumCross = new ExactColumns();
  private readonly rateSum = new ExactColumns();
  private readonly rateSumSq = new ExactColumns();

  private touch(slot: number): void {
    if (slot >= this.present.length) {
      const size = 2 * slot;
      const sum = new Float64Array(size);
      sum.set(this.sum);
      this.sum = sum;
      const articles = new Float64Array(size);
      articles.set(this.articles);
      this.articles = articles;
      const present = new Uint8Array(size);
      present.set(this.present);
      this.present = present;
    }
    if (this.present[slot] === 0) {
      this.present[slot] = 1;
      this.slots.push(slot);
    }
  }

  /** Add one article's numerator `y` (≠ 0) over its denominator `x` (>= 0) to measure `slot`. */
  addArticle(slot: number, x: number, y: number): void {
    this.touch(slot);
    this.sum[slot] = add(this.sum[slot] as number, y);
    this.articles[slot] = (this.articles[slot] as number) + 1;
    this.sumSq.addProduct(slot, y, y);
    this.sumCross.addProduct(slot, x, y);
    if (x > 0) {
      const r = Math.round((y * RATE_SCALE) / x);
      this.rateSum.add(slot, r);
      this.rateSumSq.addProduct(slot, r, r);
    }
  }

  /** Add the sums of measure `slot` from another aggregate. */
  addSums(slot: number, o: MeasureSums): void {
    this.touch(slot);
    this.sum[slot] = add(this.sum[slot] as number, o.sum);
    this.articles[slot] = add(this.articles[slot] as number, o.articles);
    this.sumSq.addExact(slot, o.sumSq);
    this.sumCross.addExact(slot, o.sumCross);
    this.rateSum.addExact(slot, o.rateSum);
    this.rateSumSq.addExact(slot, o.rateSumSq);
  }

  /** The sums of measure `slot` as JSON. */
  sums(slot: number): MeasureSums {
    return { sum: this.sum[slot] ?? 0, sumSq: this.sumSq.value(slot), sumCross: this.sumCross.value(slot), articles: this.articles[slot] ?? 0, rateSum: this.rateSum.value(slot), rateSumSq: this.rateSumSq.value(slot) };
  }
}
