/**
 * `analyzeMany()`: many articles analysed on every core, results in input order.
 */
import { analyze, checkMarkers, type AnalyzeOptions } from '../analyze';
import { checkOptionsObject } from '../args';
import { summarize } from '../corpus/summarize';
import { FramelensError, describeValue } from '../errors';
import { checkLexiconOverrides } from '../lexicon/builtin';
import type { ArticleAnalysis } from '../types';
import { runBatch } from './batch';
import { coreCount } from './pool';
import type { BatchOptions, ItemError, ManyTask } from './task';

export type { ItemError, ItemErrorCode } from './task';

/** One article of a batch: its text, and the per-article options of {@link analyze}. */
export interface AnalyzeManyItem {
  /** The article body. */
  text: string;
  /** An id carried into the result. */
  id?: string;
  /** The outlet's name, carried into the result. */
  outlet?: string;
  /** The headline. */
  title?: string;
}

/**
 * Options of {@link analyzeMany}: the batch's analysis options (as {@link AnalyzeOptions}, for every
 * item) and how many threads analyse.
 *
 * @example
 * ```ts
 * analyzeMany(items, { concurrency: 4, markers: ['loaded', 'hedge'] });
 * ```
 */
export interface AnalyzeManyOptions {
  /**
   * Worker threads, 1 to 256 (default: the number of cores). 1 analyses in the calling thread, as
   * does any value where worker threads are not available (a browser, a runtime without
   * `worker_threads`). The results do not depend on it.
   */
  concurrency?: number;
  /** Run only these families (default: all), as {@link AnalyzeOptions.markers}. */
  markers?: AnalyzeOptions['markers'];
  /** Lexicon overrides for every item, as {@link AnalyzeOptions.lexicons}. */
  lexicons?: AnalyzeOptions['lexicons'];
}

/**
 * The result of one item of {@link analyzeMany}: its analysis, or why it has none.
 *
 * @example
 * ```ts
 * { index: 0, ok: true, analysis: { schemaVersion: '1', … } }
 * { index: 1, ok: false, error: { code: 'E_TEXT_TYPE', message: 'framelens: expected text to be a string, instead found number 42' } }
 * ```
 */
export type AnalyzeManyResult =
  | {
      /** The item's position in the input, from 0. */
      index: number;
      /** The item was analysed. */
      ok: true;
      /** Its analysis, the same bytes as `analyze(text, options)` gives. */
      analysis: ArticleAnalysis;
    }
  | {
      /** The item's position in the input, from 0. */
      index: number;
      /** The item could not be analysed. */
      ok: false;
      /** Why: a bad item (`E_TEXT_TYPE`, `E_TEXT_SIZE`, `E_OPTIONS`), a stopped worker (`E_WORKER`). */
      error: ItemError;
    };

/**
 * The batch's options checked, as `analyze()` checks them (before any item is read).
 *
 * @throws FramelensError `E_OPTIONS`, `E_MARKER_UNKNOWN`, `E_LEXICON`
 */
export function checkManyOptions(options: unknown): { concurrency: number | undefined; options: BatchOptions } {
  const o = checkOptionsObject(options, ['concurrency', 'markers', 'lexicons']);
  const c = o.concurrency;
  if (c !== undefined && (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > 256)) {
    throw new FramelensError('E_OPTIONS', `expected options.concurrency to be an integer from 1 to 256, instead found ${describeValue(c)}`, 'options.concurrency');
  }
  const batch: BatchOptions = {};
  if (o.markers !== undefined) batch.markers = checkMarkers(o.markers);
  if (o.lexicons !== undefined) {
    checkLexiconOverrides(o.lexicons);
    batch.lexicons = o.lexicons as AnalyzeOptions['lexicons'] & object;
  }
  return { concurrency: c as number | undefined, options: batch };
}

/** An input item as a task: a string is the text; a record gives its text, id, outlet and title. */
export function taskOf(item: unknown): ManyTask {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { text: item };
  const r = item as Record<string, unknown>;
  const t: ManyTask = { text: r.text };
  for (const k of ['id', 'outlet', 'title'] as const) if (r[k] !== undefined && r[k] !== null) (t as unknown as Record<string, unknown>)[k] = r[k];
  return t;
}

/**
 * Analyse many articles on a pool of worker threads (every core by default), and get the analyses
 * in input order as they are done. Each analysis is the same bytes as `analyze(item.text, { ...options,
 * id, outlet, title })`: the number of threads changes only the speed.
 *
 * Memory stays flat on any number of items: at most `PER_THREAD` (4) items per thread are in
 * flight, and the next item is read from `items` (an array, a generator or an async stream of
 * records) only when the consumer has taken a result. A bad item gives an error result for that
 * item (`ok: false`) and the rest goes on; so does an item whose worker stops (`E_WORKER`: the pool
 * starts a new worker). In a browser, and wherever worker threads are not available, the items are
 * analysed one by one in the calling thread.
 *
 * @param items - strings (the texts) or records `{ text, id?, outlet?, title? }`
 * @param options - see {@link AnalyzeManyOptions}
 * @returns an async iterable of {@link AnalyzeManyResult}, one per item, in input order
 * @throws FramelensError (`E_OPTIONS`, `E_MARKER_UNKNOWN`, `E_LEXICON`) for wrong options, at the call
 * @example
 * ```ts
 * const items = [{ id: 'a', text: 'Kirby claimed the so-called plan may fail.' }, { id: 'b', text: 42 as unknown as string }];
 * for await (const r of analyzeMany(items, { concurrency: 2 })) {
 *   console.log(r.index, r.ok ? r.analysis.markers.loaded.count : r.error.code);
 * }
 * // 0 1
 * // 1 E_TEXT_TYPE
 * ```
 */
export function analyzeMany(items: Iterable<string | AnalyzeManyItem> | AsyncIterable<string | AnalyzeManyItem>, options?: AnalyzeManyOptions): AsyncIterable<AnalyzeManyResult> {
  const isIterable = (v: unknown): boolean => typeof v === 'object' && v !== null && (Symbol.iterator in v || Symbol.asyncIterator in v);
  if (typeof items === 'string' || !isIterable(items)) {
    throw new FramelensError('E_ARGUMENT', `expected items to be an iterable of texts or { text, id?, outlet?, title? } records, instead found ${describeValue(items)}`, 'items');
  }
  const checked = checkManyOptions(options);
  return {
    [Symbol.asyncIterator]: () => results(items, checked.options, checked.concurrency),
  };
}

async function* results(items: Iterable<unknown> | AsyncIterable<unknown>, options: BatchOptions, concurrency: number | undefined): AsyncGenerator<AnalyzeManyResult> {
  const threads = concurrency ?? (await coreCount());
  async function* tasks(): AsyncGenerator<ManyTask> {
    for await (const item of items) yield taskOf(item);
  }
  let index = 0;
  for await (const r of runBatch(tasks(), { options, output: 'analysis' }, threads, { analyze, summarize })) {
    yield r.ok ? { index, ok: true, analysis: r.value as ArticleAnalysis } : { index, ok: false, error: r.error };
    index += 1;
  }
}
