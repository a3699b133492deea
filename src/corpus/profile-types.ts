/**
 * The shape of {@link CorpusProfile}: the statistics of a corpus, computed once from its sums.
 */
import type { MeasureKind } from '../stats/cluster';
import type { MarkerId, Voice } from '../types';
import type { DenominatorId } from './measures';
import type { ActorProfile, GroupSources, GroupTerms } from './profile-mix-types';

export type { ActorInGroup, ActorProfile, DistinctiveTerm, GroupSources, GroupTerms, LabelShare, ShareCell, TopSpeaker } from './profile-mix-types';

/**
 * Options of `profile()`.
 *
 * @example
 * ```ts
 * profile(agg, { alpha: 0.01, topTerms: 20, measures: ['loaded@author', 'source.anonymous'] });
 * ```
 */
export interface ProfileOptions {
  /** Significance level for `significant` (after Benjamini-Hochberg), in (0, 1). Default 0.05. */
  alpha?: number;
  /** Distinctive terms per group, 0–10,000. Default 15. */
  topTerms?: number;
  /** A term must occur at least this often in the group to be listed, >= 1. Default 5. */
  minTermCount?: number;
  /** …and in at least this many of the group's articles, >= 1 (so one article repeating a name cannot make it distinctive). Default 3. */
  minTermArticles?: number;
  /** Top speakers per group, 0–10,000. Default 10. */
  topSpeakers?: number;
  /** Actors in `labels` (most mentioned first), 0–10,000. Default 25. */
  topActors?: number;
  /** The measures tested between groups and within events (default: the primary measures that occur). */
  measures?: string[];
  /** The measures whose per-event rates are listed in `eventRates` (default `loaded@author` and `loaded`). */
  eventMeasures?: string[];
  /** At most this many events in `eventRates` (those covered by most groups first), 0–100,000. Default 60. */
  maxEvents?: number;
}

/**
 * One group of the profile.
 *
 * @example
 * ```ts
 * p.groups[0]; // { group: 'Fox News', keys: { outlet: 'Fox News' }, articles: 2104, words: 1702331, authorWords: 1288410, sentences: 70211, events: 812 }
 * ```
 */
export interface ProfileGroup {
  /** The label: `by` values joined by `|` (`"Fox News|2022-03"`). */
  group: string;
  /** Each `by` key's value. */
  keys: Record<string, string>;
  /** Articles, >= 1. */
  articles: number;
  /** Body words, >= 0. */
  words: number;
  /** Author-voice words, >= 0. */
  authorWords: number;
  /** Body sentences, >= 0. */
  sentences: number;
  /** Events (stories) the group covers, >= 0 (0 when no event cells are kept). */
  events: number;
}

/**
 * One group's figures for one measure.
 *
 * @example
 * ```ts
 * // loaded@author for one outlet: 3.1 per 1,000 author-voice words, interval 2.6–3.7
 * { group: 'Fox News', articles: 2104, count: 3998, denominator: 1288410, rate: 3.10, ci95: [2.61, 3.69], meanArticleRate: 3.4, meanArticleRateCi95: [3.1, 3.7], articlesWith: 1311, designEffect: 4.2 }
 * ```
 */
export interface GroupRate {
  /** Group label. */
  group: string;
  /** Articles with a denominator above 0 (the clusters), >= 0. */
  articles: number;
  /** Sum of numerators (findings; for scores the signed AFINN sum). */
  count: number;
  /** Sum of denominators (words, author-voice words, headline words or attributions), >= 0. */
  denominator: number;
  /** Pooled rate: count / denominator × 1,000 (shares: × 1, in [0, 1]). Higher = more of the measure. */
  rate: number;
  /** 95% interval of `rate`, clustered by article (see `method.intervals`): `[low, high]`. */
  ci95: [number, number];
  /** Mean of the articles' own rates (each article weighs the same), in the same unit. */
  meanArticleRate: number;
  /** 95% t interval of `meanArticleRate`. */
  meanArticleRateCi95: [number, number];
  /** Articles with a non-zero numerator, >= 0. */
  articlesWith: number;
  /** Cluster-robust variance over the words-independent variance, >= 0: 1 = findings as independent as words; 4 = intervals twice as wide as Wilson's. 1 when undefined. */
  designEffect: number;
}

/**
 * One measure across groups.
 *
 * @example
 * ```ts
 * p.rates.find((r) => r.measure === 'loaded@author')?.perGroup.map((g) => [g.group, g.rate]);
 * ```
 */
export interface MeasureProfile {
  /** Measure id: `loaded`, `loaded.deceit`, `loaded@author`, `loaded@title`, `sentiment@author`, `source.anonymous`, `stance.distancing`, `quotedWordShare`. */
  measure: string;
  /** The marker family, or `null` for attribution mixes. */
  family: MarkerId | null;
  /** The category, or `null`. */
  category: string | null;
  /** `author`, `quoted`, `title`, or `null` for the whole body. */
  voice: Voice | 'title' | null;
  /** The unit in words (`per 1,000 author-voice words`, `share of attributions`). */
  unit: string;
  /** `count`, `share` or `score`. */
  kind: MeasureKind;
  /** What the measure is divided by. */
  denominator: DenominatorId;
  /** Whether the measure is tested between groups. */
  primary: boolean;
  /** One cell per group, in group order. */
  perGroup: GroupRate[];
}

/**
 * A test of whether two groups differ on one measure (the shape of `compare()`'s `Difference`, with
 * group labels for `a` and `b`).
 *
 * @example
 * ```ts
 * { measure: 'loaded@author', a: 'Breitbart', b: 'New York Times', rateA: 4.2, rateB: 1.9, rateRatio: 2.2, rateRatioCi95: [1.8, 2.7], p: 1e-12, q: 4e-11, significant: true, ... }
 * ```
 */
export interface GroupDifference {
  /** Measure id. */
  measure: string;
  /** First group's label. */
  a: string;
  /** Second group's label. */
  b: string;
  /** Numerator sum of a (findings; signed for scores). */
  countA: number;
  /** Numerator sum of b. */
  countB: number;
  /** Articles (clusters) of a, >= 0. */
  articlesA: number;
  /** Articles (clusters) of b, >= 0. */
  articlesB: number;
  /** Pooled rate of a, in the measure's unit. */
  rateA: number;
  /** Pooled rate of b, in the measure's unit. */
  rateB: number;
  /** rateA / rateB (Haldane's 0.5 when a count is 0); > 1 = a higher; `null` for signed scores (sentiment). */
  rateRatio: number | null;
  /** 95% interval of the ratio; `null` for scores. */
  rateRatioCi95: [number, number] | null;
  /** rateA - rateB, in the measure's unit; > 0 = a higher. */
  difference: number;
  /** 95% interval of the difference. */
  differenceCi95: [number, number];
  /** Welch t statistic (of the log ratio; of the difference for scores). */
  t: number;
  /** Welch-Satterthwaite degrees of freedom, >= 1. */
  df: number;
  /** Two-sided p-value, in [0, 1]. */
  p: number;
  /** Benjamini-Hochberg adjusted p-value over all `differences`, in [0, 1]. */
  q: number;
  /** `q < alpha`. */
  significant: boolean;
}

/**
 * The paired comparison of two groups over the events both covered: the design that holds the story
 * fixed.
 *
 * @example
 * ```ts
 * { measure: 'loaded@author', a: 'Breitbart', b: 'USA Today', events: 10, meanA: 5.1, meanB: 1.2, meanDifference: 3.9, ci95: [1.2, 6.6], p: 0.01, q: 0.04, significant: true, ... }
 * ```
 */
export interface WithinEventDifference {
  /** Measure id. */
  measure: string;
  /** First group's label. */
  a: string;
  /** Second group's label. */
  b: string;
  /** Shared events (both groups have a denominator above 0 in them), >= 2. */
  events: number;
  /** Mean over the shared events of a's event rate (its articles pooled within each event), in the measure's unit. */
  meanA: number;
  /** The same for b. */
  meanB: number;
  /** Mean of (a's rate - b's rate) over shared events; > 0 = a higher when the story is the same. */
  meanDifference: number;
  /** 95% t interval of the mean difference (events - 1 degrees of freedom). */
  ci95: [number, number];
  /** Paired t statistic. */
  t: number;
  /** Degrees of freedom: events - 1. */
  df: number;
  /** Two-sided p-value, in [0, 1]. */
  p: number;
  /** Benjamini-Hochberg adjusted over all `withinEvent` rows, in [0, 1]. */
  q: number;
  /** `q < alpha`. */
  significant: boolean;
}

/**
 * Rates per event and group, for dot plots.
 *
 * @example
 * ```ts
 * p.eventRates.rows.filter((r) => r.measure === 'loaded@author' && r.event === 'story-7');
 * ```
 */
export interface EventRates {
  /** The measures listed. */
  measures: string[];
  /** The events listed: covered by most groups first, then by name. */
  events: string[];
  /** One row per event, group and measure where the group has a denominator above 0. */
  rows: EventRate[];
}

/**
 * One group's rate of one measure in one event.
 *
 * @example
 * ```ts
 * const r: EventRate = { event: 'story-7', group: 'Fox News', measure: 'loaded@author', rate: 4.1, articles: 2 };
 * ```
 */
export interface EventRate {
  /** Event id. */
  event: string;
  /** Group label. */
  group: string;
  /** Measure id. */
  measure: string;
  /** The group's articles in the event pooled, in the measure's unit (per 1,000, or a share). */
  rate: number;
  /** The group's articles in the event, >= 1. */
  articles: number;
}

/**
 * A non-fatal problem of the profile.
 *
 * @example
 * ```ts
 * { code: 'small-group', message: 'group "Daily X" has 7 articles: intervals with fewer than 20 articles are unreliable' }
 * ```
 */
export interface ProfileWarning {
  /** Stable code: `small-group`, `single-group-events`, `few-shared-events`, `missing-key`, `mixed-markers`, `no-groups`. */
  code: string;
  /** Human-readable explanation. */
  message: string;
}

/**
 * The statistics a profile used, in words.
 *
 * @example
 * ```ts
 * console.log(p.method.intervals);
 * ```
 */
export interface ProfileMethod {
  /** How rates are pooled. */
  rates: string;
  /** How the 95% intervals are computed (cluster-robust linearised variance). */
  intervals: string;
  /** How groups are compared. */
  differences: string;
  /** How the within-event comparisons are made. */
  withinEvent: string;
  /** How stance, source-kind mixes and speakers are counted. */
  sources: string;
  /** How label shares are computed. */
  labels: string;
  /** How distinctive vocabulary is scored. */
  distinctive: string;
  /** The significance level, in (0, 1). */
  alpha: number;
}

/**
 * The statistics of a corpus (schema version "1"), computed from an {@link Aggregate}. Plain JSON.
 *
 * @example
 * ```ts
 * const p = profile(aggregate(summaries, { by: 'outlet' }));
 * p.withinEvent.filter((d) => d.significant && d.measure === 'loaded@author');
 * ```
 */
export interface CorpusProfile {
  /** Always "1" for this shape. */
  schemaVersion: '1';
  /** Always `profile`: tells a profile from a comparison. */
  kind: 'profile';
  /** The grouping keys. */
  by: string[];
  /** The event key, or `null`. */
  event: string | null;
  /** Articles, >= 0. */
  articles: number;
  /** The groups, sorted by label. */
  groups: ProfileGroup[];
  /** The statistics used, in words. */
  method: ProfileMethod;
  /** Every measure that occurs: primary measures first. */
  rates: MeasureProfile[];
  /** Pairwise tests between groups (pairs differing in one `by` key; consecutive values only for month and year). */
  differences: GroupDifference[];
  /** Paired tests over shared events. */
  withinEvent: WithinEventDifference[];
  /** Per-event rates of `eventMeasures`, for dot plots: the events covered by most groups. */
  eventRates: EventRates;
  /** Per group: stance and source-kind mix, quoted share, top speakers. */
  sources: GroupSources[];
  /** Per actor, most mentioned first: label shares per group (per month when `by` includes `month`). */
  labels: ActorProfile[];
  /** Per group: distinctive terms. */
  distinctive: GroupTerms[];
  /** Problems found. */
  warnings: ProfileWarning[];
}
