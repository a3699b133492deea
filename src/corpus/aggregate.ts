/**
 * `aggregate()`: analyses or summaries in (any iterable, so a generator over a million records
 * works), the corpus's sums per group out. Memory holds only the sums: it grows with the number of
 * groups, events, distinct terms, speakers and labels, never with the number of articles.
 */
import { ANALYSIS_SHAPE, checkShape } from '../args';
import { FramelensError, describeValue } from '../errors';
import { Accumulator, type AccumulatorOptions } from './accumulate';
import type { Aggregate, AggregateOptions } from './aggregate-types';
import { checkSummary } from './check-summary';
import { isAnalysis, isSummary, RESERVED_GROUP_KEYS, summarize } from './summarize';
import type { ArticleAnalysis } from '../types';
import type { ArticleSummary } from './summary-types';

const BUILTIN_KEYS = ['outlet', 'event', 'month', 'year'];

/**
 * Validate and normalise the options of {@link aggregate}.
 *
 * @throws FramelensError `E_OPTIONS`
 */
export function checkAggregateOptions(options: unknown): AccumulatorOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FramelensError('E_OPTIONS', `expected options to be an object { by, event?, people? }, instead found ${describeValue(options)}`, 'options');
  }
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['by', 'event', 'people'].includes(k)) throw new FramelensError('E_OPTIONS', `expected options to have only by, event, people, instead found ${JSON.stringify(k)}`, `options.${k}`);
  const by = typeof o.by === 'string' ? [o.by] : o.by;
  if (!Array.isArray(by) || by.length === 0) {
    throw new FramelensError('E_OPTIONS', `expected options.by to be a key (outlet, event, month, year or a groups key) or a non-empty array of keys, instead found ${describeValue(o.by)}`, 'options.by');
  }
  by.forEach((k: unknown, i) => {
    if (typeof k !== 'string' || k === '') throw new FramelensError('E_OPTIONS', `expected options.by[${i}] to be a key such as "outlet", instead found ${describeValue(k)}`, `options.by[${i}]`);
    if (RESERVED_GROUP_KEYS.includes(k) && !BUILTIN_KEYS.includes(k)) throw new FramelensError('E_OPTIONS', `expected options.by[${i}] to be outlet, event, month, year or a groups key, instead found ${JSON.stringify(k)}`, `options.by[${i}]`);
    if (by.indexOf(k) !== i) throw new FramelensError('E_OPTIONS', `expected options.by to name each key once, instead found ${JSON.stringify(k)} twice`, `options.by[${i}]`);
  });
  let event: string | null = 'event';
  if (o.event !== undefined) {
    if (o.event !== null && (typeof o.event !== 'string' || o.event === '' || (RESERVED_GROUP_KEYS.includes(o.event) && o.event !== 'event'))) {
      throw new FramelensError('E_OPTIONS', `expected options.event to be "event", a groups key or null, instead found ${describeValue(o.event)}`, 'options.event');
    }
    event = o.event as string | null;
  }
  if (o.people !== undefined && typeof o.people !== 'boolean') throw new FramelensError('E_OPTIONS', `expected options.people to be a boolean, instead found ${describeValue(o.people)}`, 'options.people');
  return { by: by as string[], event, people: o.people === true };
}

/**
 * The summary of an item of {@link aggregate}: a summary (checked), or an analysis (summarised with
 * its own id and outlet).
 *
 * @throws FramelensError `E_INPUT`
 */
export function toSummary(item: unknown, path: string): ArticleSummary {
  if (isSummary(item)) return checkSummary(item, path);
  if (isAnalysis(item)) {
    checkShape(item, ANALYSIS_SHAPE, path, 'E_INPUT');
    return summarize(item);
  }
  throw new FramelensError('E_INPUT', `expected ${path} to be an analyze() result or a summarize() result, instead found ${describeValue(item)}`, path);
}

/**
 * Sum a corpus per group: every measure's counts and the cross products its interval needs, the
 * speakers, the labels per actor, the term counts and, when articles carry an event, the per-event
 * cells of within-event comparisons. The result holds integers only, with keys in canonical order:
 * shards aggregated separately and merged with {@link mergeAggregates} in any order give the same
 * bytes as one pass.
 *
 * @param items - analyses or summaries; any iterable (arrays, generators)
 * @param options - `by` (required): `outlet`, `event`, `month`, `year` or a `groups` key, or several;
 *   `event`: where the story id comes from (default `event`; `null` for none); `people`: keep
 *   people's name forms as labels (default false)
 * @returns plain JSON (schema version "1", `kind: 'aggregate'`)
 * @throws FramelensError `E_OPTIONS` for bad options, `E_INPUT` for a bad item (its index is named)
 * @example
 * ```ts
 * const agg = aggregate(summaries, { by: ['outlet', 'month'] });
 * const p = profile(agg);
 * ```
 */
export function aggregate(items: Iterable<ArticleAnalysis | ArticleSummary>, options: AggregateOptions): Aggregate {
  const opts = checkAggregateOptions(options);
  if (typeof items !== 'object' || items === null || typeof (items as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new FramelensError('E_INPUT', `expected items to be an iterable of analyses or summaries, instead found ${describeValue(items)}`, 'items');
  }
  const acc = new Accumulator(opts);
  let k = 0;
  for (const item of items) {
    acc.addSummary(toSummary(item, `items[${k}]`));
    k += 1;
  }
  return acc.result(true);
}
