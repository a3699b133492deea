/**
 * Compact accumulators for the two parts of an aggregate that grow with the corpus's variety: term
 * counts (a term is interned once per accumulator, then each group counts it in typed arrays, with
 * no object per term and group) and per-event cells (one typed array of the denominators and the
 * primary measures per group and event). Both hold integer sums in doubles, checked to stay exact.
 */
import { FramelensError } from '../errors';
import { sortedEntries } from '../util/order';
import type { EventCell } from './aggregate-types';
import { DENOMINATORS, PRIMARY_MEASURES, type DenominatorId } from './measures';

const MAX = Number.MAX_SAFE_INTEGER;

function exact(v: number): number {
  if (v > MAX || v < -MAX) throw new FramelensError('E_INPUT', `expected corpus sums to stay below 2^53, instead found ${v}`, 'items');
  return v;
}

/** Term strings <-> dense ids, shared by the groups of one accumulator. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** The term of each id. */
  readonly names: string[] = [];

  /** The id of a term, made on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }
}

/** One group's term counts: occurrences and articles per term id. */
export class TermCounts {
  private count = new Float64Array(256);
  private articles = new Float64Array(256);

  /** Add `n` occurrences in `k` articles of term `id`. */
  add(id: number, n: number, k: number): void {
    if (id >= this.count.length) {
      let size = this.count.length;
      while (size <= id) size *= 2;
      const c = new Float64Array(size);
      c.set(this.count);
      const a = new Float64Array(size);
      a.set(this.articles);
      this.count = c;
      this.articles = a;
    }
    this.count[id] = exact((this.count[id] ?? 0) + n);
    this.articles[id] = exact((this.articles[id] ?? 0) + k);
  }

  /** The counted terms as `[term, [occurrences, articles]]`, sorted by term (code units). */
  entries(index: TermIndex): Array<[string, [number, number]]> {
    const out: Array<[string, [number, number]]> = [];
    const n = Math.min(this.count.length, index.names.length);
    for (let id = 0; id < n; id += 1) {
      const c = this.count[id] ?? 0;
      if (c > 0) out.push([index.names[id] as string, [c, this.articles[id] ?? 0]]);
    }
    return sortedEntries(new Map(out));
  }
}

const DEN_SLOT = new Map<string, number>(DENOMINATORS.map((d, i) => [d, i]));
const MEASURE_SLOT = new Map<string, number>(PRIMARY_MEASURES.map((m, i) => [m, DENOMINATORS.length + i]));
const SLOTS = DENOMINATORS.length + PRIMARY_MEASURES.length;

/** The sums of one group's articles in one event: denominators, then primary measures. */
export class EventAcc {
  articles = 0;
  private readonly v = new Float64Array(SLOTS);

  /** Add to a denominator. */
  addX(d: DenominatorId | string, n: number): void {
    const slot = DEN_SLOT.get(d);
    if (slot === undefined) throw new FramelensError('E_INPUT', `expected an event cell's denominator to be one of ${DENOMINATORS.join(', ')}, instead found ${JSON.stringify(d)}`, 'events');
    this.v[slot] = exact((this.v[slot] ?? 0) + n);
  }

  /** Add to a primary measure (other measures are not kept per event). */
  addY(measure: string, n: number): void {
    const slot = MEASURE_SLOT.get(measure);
    if (slot === undefined) throw new FramelensError('E_INPUT', `expected an event cell's measure to be a primary measure (${PRIMARY_MEASURES.slice(0, 3).join(', ')}, …), instead found ${JSON.stringify(measure)}`, 'events');
    this.v[slot] = exact((this.v[slot] ?? 0) + n);
  }

  /** The cell as JSON: non-zero sums only, keys sorted. */
  toCell(): EventCell {
    const x: Array<[string, number]> = [];
    DENOMINATORS.forEach((d, i) => {
      const n = this.v[i] ?? 0;
      if (n !== 0) x.push([d, n]);
    });
    const y: Array<[string, number]> = [];
    PRIMARY_MEASURES.forEach((m, i) => {
      const n = this.v[DENOMINATORS.length + i] ?? 0;
      if (n !== 0) y.push([m, n]);
    });
    return { articles: this.articles, x: Object.fromEntries(sortedEntries(new Map(x))) as EventCell['x'], y: Object.fromEntries(sortedEntries(new Map(y))) };
  }
}
