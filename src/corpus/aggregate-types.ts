/**
 * The shape of {@link Aggregate}: a corpus held as sums only, mergeable across shards.
 */
import type { Exact } from '../stats/exact';
import type { SourceKind } from '../types';
import type { DenominatorId, MeasureSpec } from './measures';

/**
 * A grouping key for `aggregate()`: `outlet`, `event`, `month` (`YYYY-MM` of the date), `year`, or
 * any key of the summaries' `groups` (e.g. `leaning`).
 *
 * @example
 * ```ts
 * const by: GroupKey[] = ['outlet', 'month'];
 * ```
 */
export type GroupKey = 'outlet' | 'event' | 'month' | 'year' | (string & Record<never, never>);

/**
 * Options of `aggregate()`.
 *
 * @example
 * ```ts
 * aggregate(summaries, { by: ['outlet', 'month'], event: 'event' });
 * ```
 */
export interface AggregateOptions {
  /** One key or several: the groups are the distinct combinations of their values (`"Fox News|2022-03"`). Required. */
  by: GroupKey | readonly GroupKey[];
  /**
   * Where the story id comes from, for within-event comparisons: `event` (the summaries' `event`,
   * the default) or a `groups` key; `null` keeps no per-event cells.
   */
  event?: string | null;
  /** Also keep label shares of people found as proper-noun runs (default `false`: actors of the lexicon only, which keeps memory bounded by the lexicon). */
  people?: boolean;
}

/**
 * Sums of one denominator over the articles of a group.
 *
 * @example
 * ```ts
 * const words: DenominatorSums = { sum: 812000, sumSq: 702000000, articles: 1000 };
 * ```
 */
export interface DenominatorSums {
  /** Sum of the denominator (e.g. words), >= 0. */
  sum: number;
  /** Sum of its squares per article, >= 0. */
  sumSq: Exact;
  /** Articles with a denominator above 0 (the clusters of the variance), >= 0. */
  articles: number;
}

/**
 * Sums of one measure over the articles of a group (y = the article's numerator, x = its
 * denominator, r = round(10^6 · y / x), the article's ratio in fixed point).
 *
 * @example
 * ```ts
 * const loaded: MeasureSums = { sum: 1620, sumSq: 9400, sumCross: 1500000, articles: 610, rateSum: 2100000, rateSumSq: 16000000000 };
 * ```
 */
export interface MeasureSums {
  /** Sum of y (for scores: signed). */
  sum: number;
  /** Sum of y². */
  sumSq: Exact;
  /** Sum of x·y. */
  sumCross: Exact;
  /** Articles with y ≠ 0, >= 0. */
  articles: number;
  /** Sum of r over articles with x > 0. */
  rateSum: Exact;
  /** Sum of r² over articles with x > 0. */
  rateSumSq: Exact;
}

/**
 * Sums of one speaker in one group.
 *
 * @example
 * ```ts
 * const s: SpeakerSums = { attributions: 41, quotedWords: 880, articles: 17, kinds: { named: 41 } };
 * ```
 */
export interface SpeakerSums {
  /** Attributions, >= 1. */
  attributions: number;
  /** Words quoted directly, >= 0. */
  quotedWords: number;
  /** Articles quoting the speaker, >= 1. */
  articles: number;
  /** Attributions per source kind (only kinds seen). */
  kinds: Partial<Record<SourceKind, number>>;
}

/**
 * Sums of one label (lexicon entry or name form) of one actor in one group.
 *
 * @example
 * ```ts
 * const kyiv: LabelSums = { category: 'label.capital-metonym', count: 120, countSq: 410, cross: 520, articles: 60, forms: { Kyiv: 120 } };
 * ```
 */
export interface LabelSums {
  /** The label's category. */
  category: string;
  /** Mentions with this label, >= 1. */
  count: number;
  /** Sum over articles of count². */
  countSq: Exact;
  /** Sum over articles of count × the actor's mentions. */
  cross: Exact;
  /** Articles using the label, >= 1. */
  articles: number;
  /** Written forms -> mentions (the most frequent is shown). */
  forms: Record<string, number>;
}

/**
 * Sums of one actor in one group.
 *
 * @example
 * ```ts
 * const ukraine: ActorSums = { origin: 'lexicon', mentions: 300, mentionsSq: 2100, articles: 80, labels: {} };
 * ```
 */
export interface ActorSums {
  /** `lexicon` or `person`. */
  origin: 'lexicon' | 'person';
  /** Mentions, >= 1. */
  mentions: number;
  /** Sum over articles of mentions². */
  mentionsSq: Exact;
  /** Articles mentioning the actor, >= 1. */
  articles: number;
  /** Per label key (entry id or `person:<form>`). */
  labels: Record<string, LabelSums>;
}

/**
 * The sums of one group's articles per event (story), for within-event comparisons, as a table of
 * columns aligned with `ids` (one row per event the group covered): primary measures only. Columns
 * whose every value is 0 are left out (a missing column reads as zeros).
 *
 * @example
 * ```ts
 * const events: EventTable = {
 *   ids: ['story-1', 'story-2'],
 *   articles: [2, 1],
 *   x: { authorWords: [1210, 640], words: [1630, 815] },
 *   y: { loaded: [9, 0], 'loaded@author': [6, 0] },
 * };
 * ```
 */
export interface EventTable {
  /** The events' ids, sorted by code units, each once. */
  ids: string[];
  /** Articles of the group in each event, >= 1. */
  articles: number[];
  /** Per denominator with a sum above 0 in some event: its sum in each event (>= 0). */
  x: Partial<Record<DenominatorId, number[]>>;
  /** Per primary measure with a non-zero sum in some event: the sum of its numerators in each event. */
  y: Record<string, number[]>;
}

/**
 * A group's content-term counts as columns: the terms sorted by code units, and two arrays aligned
 * with them (three arrays per group instead of a pair per term, so that a corpus's vocabulary of
 * tens of thousands of terms per group stays small in memory and as JSON).
 *
 * @example
 * ```ts
 * const terms: TermTable = { ids: ['ceasefire', 'regime'], counts: [12, 40], articles: [9, 31] };
 * ```
 */
export interface TermTable {
  /** The terms, sorted by code units, each once. */
  ids: string[];
  /** Occurrences of each term in the group's articles, >= 1. */
  counts: number[];
  /** Articles of the group using each term, >= 1. */
  articles: number[];
}

/**
 * The sums of one group.
 *
 * @example
 * ```ts
 * agg.groups['["Fox News"]'].measures.loaded.sum; // loaded terms in Fox News's articles
 * ```
 */
export interface GroupAggregate {
  /** The group's label: its values joined by `|` (`"Fox News|2022-03"`). */
  label: string;
  /** The group's value of each `by` key (`"(none)"` when an article has none). */
  keys: Record<string, string>;
  /** Articles, >= 1. */
  articles: number;
  /** Body sentences, >= 0. */
  sentences: number;
  /** Per denominator. */
  denominators: Record<DenominatorId, DenominatorSums>;
  /** Per measure id (only measures with a non-zero value in some article). */
  measures: Record<string, MeasureSums>;
  /** Per canonical speaker. */
  speakers: Record<string, SpeakerSums>;
  /** Per actor. */
  labels: Record<string, ActorSums>;
  /** The content terms' occurrences and articles, as columns. */
  terms: TermTable;
  /** Per event (story) the group covered, as columns (empty when the aggregate keeps no events). */
  events: EventTable;
  /** Articles per set of marker families run (comma-separated), to warn about mixed runs. */
  markersRun: Record<string, number>;
}

/**
 * A corpus as sums (schema version "1"): plain JSON with only integers (exact, see `Exact`), keys
 * in canonical order, so that any sharding and merge order gives the same bytes.
 *
 * @example
 * ```ts
 * const agg = aggregate(summaries, { by: 'outlet' });
 * agg.articles;                 // 10000
 * Object.keys(agg.groups);      // ['["Breitbart"]', '["Fox News"]', ...]
 * ```
 */
export interface Aggregate {
  /** Always "1" for this shape. */
  schemaVersion: '1';
  /** Always `aggregate`. */
  kind: 'aggregate';
  /** The grouping keys, in order. */
  by: string[];
  /** The event key of the per-event cells, or `null` when none are kept. */
  event: string | null;
  /** Whether people's labels are kept. */
  people: boolean;
  /** Articles, >= 0. */
  articles: number;
  /** Per `by` key: articles that had no value for it (grouped under `"(none)"`). */
  missing: Record<string, number>;
  /** The definitions of the measures that occur. */
  measures: Record<string, MeasureSpec>;
  /** Per group, keyed by the JSON array of its values (`'["Fox News","2022-03"]'`). */
  groups: Record<string, GroupAggregate>;
}
