/**
 * One group's measure sums during aggregation, indexed by the measures' interned slots (see
 * `measureSlot`): typed arrays for the plain sums and {@link ExactColumns} for the exact ones, so
 * that adding an article's measure is a few array writes, with no object per group and measure.
 * Written out as the plain-JSON {@link MeasureSums} only at the end.
 */
import { ExactColumns } from '../stats/exact';
import { grown } from '../util/typed-arrays';
import type { MeasureSums } from './aggregate-types';
import { checkedAdd } from './cells';

/** Fixed-point scale of per-article ratios in `rateSum` / `rateSumSq`. */
export const RATE_SCALE = 1e6;


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
    this.sum = grown(this.sum, slot);
    this.articles = grown(this.articles, slot);
    this.present = grown(this.present, slot);
    if (this.present[slot] === 0) {
      this.present[slot] = 1;
      this.slots.push(slot);
    }
  }

  /** Add one article's numerator `y` (≠ 0) over its denominator `x` (>= 0) to measure `slot`. */
  addArticle(slot: number, x: number, y: number): void {
    this.touch(slot);
    this.sum[slot] = checkedAdd(this.sum[slot] as number, y);
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
    this.sum[slot] = checkedAdd(this.sum[slot] as number, o.sum);
    this.articles[slot] = checkedAdd(this.articles[slot] as number, o.articles);
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
