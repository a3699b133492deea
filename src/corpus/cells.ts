/**
 * Compact accumulators for the parts of an aggregate that grow with the corpus's variety: term
 * counts (a term is interned once per accumulator, then each group counts it in typed arrays, with
 * no object per term and group) and per-event rows (an event is interned once per accumulator, and
 * each group keeps one row of a typed array per event it covers: articles, the denominators and the
 * primary measures). Both hold integer sums in {@link CompactSums}, checked to stay exact.
 */
import { FramelensError } from '../errors';
import { byCodeUnit } from '../util/order';
import { grown } from '../util/typed-arrays';
import type { EventTable, TermTable } from './aggregate-types';
import { DENOMINATORS, PRIMARY_MEASURES } from './measures';

/** `a + b`, checked to stay an exact integer (below 2^53): corpus sums never lose a unit. */
export function checkedAdd(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new FramelensError('E_INPUT', `expected corpus sums to stay below 2^53, instead found a sum of ${a} and ${b}`, 'items');
  return s;
}

/** Strings (terms, event ids) <-> dense ids, shared by the groups of one accumulator. */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** The string of each id. */
  readonly names: string[] = [];

  /** The id of a string, made on first sight. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/**
 * Integer sums in a typed array that is as narrow as the sums allow: 32-bit signed integers while
 * every sum fits, then doubles (exact to 2^53) from the first sum that does not. The corpus
 * accumulators' big tables (terms × groups, events × groups × columns) are half the memory this way,
 * and a table that needs the range still gets it. A sum past 2^53 is an `E_INPUT` error. Every table
 * starts as an `Int32Array`, so that the hot `add` sees one element kind.
 */
export class CompactSums {
  private data: Int32Array | Float64Array;
  private lo = -0x80000000;
  private hi = 0x7fffffff;

  /** `size`: the initial length. */
  constructor(size: number) {
    this.data = new Int32Array(size);
  }

  /** Make index `i` exist (new entries 0). */
  fit(i: number): void {
    if (i >= this.data.length) this.data = grown(this.data, i);
  }

  /** Add the integer `n` to entry `i` (which {@link fit} made exist). */
  add(i: number, n: number): void {
    const d = this.data;
    const v = (d[i] as number) + n;
    if (v <= this.hi && v >= this.lo) {
      d[i] = v;
      return;
    }
    if (!(d instanceof Float64Array)) {
      this.data = Float64Array.from(d);
      this.lo = Number.MIN_SAFE_INTEGER;
      this.hi = Number.MAX_SAFE_INTEGER;
    }
    this.data[i] = checkedAdd(this.data[i] as number, n);
  }

  /** Entry `i` (0 past the end). */
  at(i: number): number {
    return this.data[i] ?? 0;
  }

  /** The number of entries. */
  get length(): number {
    return this.data.length;
  }
}

/**
 * One group's term counts: occurrences and articles per term id, interleaved (the pair of a term
 * shares a cache line: a million articles of 120 terms each are 120 million scattered updates, and
 * memory latency, not arithmetic, is their cost), in {@link CompactSums}.
 */
export class TermCounts {
  private readonly sums = new CompactSums(512);

  /** Add `n` occurrences in `k` articles of term `id` (`n`, `k` non-negative integers). */
  add(id: number, n: number, k: number): void {
    const i = 2 * id;
    this.sums.fit(i + 1);
    this.sums.add(i, n);
    this.sums.add(i + 1, k);
  }

  /** The counted terms as columns, sorted by term (code units). */
  toTable(index: Interner): TermTable {
    const d = this.sums;
    const n = Math.min(d.length >> 1, index.names.length);
    const ids: number[] = [];
    for (let id = 0; id < n; id += 1) if (d.at(2 * id) > 0) ids.push(id);
    const names = index.names;
    ids.sort((a, b) => byCodeUnit(names[a] as string, names[b] as string));
    return { ids: ids.map((id) => names[id] as string), counts: ids.map((id) => d.at(2 * id)), articles: ids.map((id) => d.at(2 * id + 1)) };
  }
}

/** Column of the articles in an event row; the denominators follow, then the primary measures. */
const ARTICLES = 0;
/** The first column of the primary measures. */
export const FIRST_MEASURE_COLUMN = 1 + DENOMINATORS.length;
const STRIDE = FIRST_MEASURE_COLUMN + PRIMARY_MEASURES.length;
// the JSON columns in code-unit order of their names: [name, column]
const X_COLUMNS = DENOMINATORS.map((d, i): [string, number] => [d, 1 + i]).sort((a, b) => byCodeUnit(a[0], b[0]));
const Y_COLUMNS = PRIMARY_MEASURES.map((m, i): [string, number] => [m, FIRST_MEASURE_COLUMN + i]).sort((a, b) => byCodeUnit(a[0], b[0]));

/**
 * One group's sums per event: a row per event it covers (articles, denominators, primary measures),
 * found through the accumulator's interned event ids.
 */
export class EventRows {
  private rowOf = new Int32Array(64); // event id -> row + 1 (0: none yet)
  private readonly events: number[] = []; // row -> event id
  // (sums may be negative: the primary measures include sentiment)
  private readonly data = new CompactSums(16 * STRIDE);

  /** The row of an interned event, made on first sight. */
  row(event: number): number {
    this.rowOf = grown(this.rowOf, event);
    const r = this.rowOf[event] as number;
    if (r > 0) return r - 1;
    const row = this.events.length;
    this.events.push(event);
    this.rowOf[event] = row + 1;
    this.data.fit((row + 1) * STRIDE - 1);
    return row;
  }

  /** Add `n` to column `column` of row `row` (see {@link FIRST_MEASURE_COLUMN}). */
  add(row: number, column: number, n: number): void {
    this.data.add(row * STRIDE + column, n);
  }

  /** Add `n` articles to row `row`. */
  addArticles(row: number, n: number): void {
    this.add(row, ARTICLES, n);
  }

  /** Add `n` to denominator `d` (its index in DENOMINATORS) of row `row`. */
  addX(row: number, d: number, n: number): void {
    this.add(row, 1 + d, n);
  }

  /** Add `n` to primary measure `m` (its index in PRIMARY_MEASURES) of row `row`. */
  addY(row: number, m: number, n: number): void {
    this.add(row, FIRST_MEASURE_COLUMN + m, n);
  }

  /** The table as JSON: rows sorted by event id (code units), columns with a non-zero sum only. */
  toTable(names: readonly string[]): EventTable {
    const rows = this.events.map((_, r) => r).sort((a, b) => byCodeUnit(names[this.events[a] as number] as string, names[this.events[b] as number] as string));
    const column = (c: number): number[] | null => {
      const out = new Array<number>(rows.length);
      let any = false;
      for (let k = 0; k < rows.length; k += 1) {
        const v = this.data.at((rows[k] as number) * STRIDE + c);
        out[k] = v;
        if (v !== 0) any = true;
      }
      return any ? out : null;
    };
    const pick = (columns: ReadonlyArray<[string, number]>): Record<string, number[]> => {
      const o: Record<string, number[]> = {};
      for (const [name, c] of columns) {
        const col = column(c);
        if (col !== null) o[name] = col;
      }
      return o;
    };
    return { ids: rows.map((r) => names[this.events[r] as number] as string), articles: column(ARTICLES) ?? [], x: pick(X_COLUMNS), y: pick(Y_COLUMNS) };
  }
}
