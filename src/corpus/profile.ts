/**
 * `profile()`: the statistics of a corpus, computed once from an aggregate's sums.
 */
import { FramelensError, describeValue } from '../errors';
import type { Aggregate, GroupAggregate } from './aggregate-types';
import { PRIMARY_MEASURES } from './measures';
import { checkAggregate } from './merge';
import { eventCoverage, eventRates, withinEvent } from './profile-events';
import { actorProfiles, distinctiveTerms, groupSources } from './profile-mix';
import { groupDifferences, groupPairs, measureProfiles, sortedGroups } from './profile-rates';
import type { CorpusProfile, ProfileMethod, ProfileOptions, ProfileWarning } from './profile-types';

/** Groups with fewer articles than this get a `small-group` warning. */
export const SMALL_GROUP = 20;

interface Settings {
  alpha: number;
  topTerms: number;
  minTermCount: number;
  minTermArticles: number;
  topSpeakers: number;
  topActors: number;
  measures: string[] | undefined;
  eventMeasures: string[];
  maxEvents: number;
}

const OPTION_KEYS = ['alpha', 'topTerms', 'minTermCount', 'minTermArticles', 'topSpeakers', 'topActors', 'measures', 'eventMeasures', 'maxEvents'];

function checkOptions(options: unknown, agg: Aggregate): Settings {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new FramelensError('E_OPTIONS', `expected options to be an object, instead found ${describeValue(options)}`, 'options');
  }
  const o = (options ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!OPTION_KEYS.includes(k)) throw new FramelensError('E_OPTIONS', `expected options to have only ${OPTION_KEYS.join(', ')}, instead found ${JSON.stringify(k)}`, `options.${k}`);
  const num = (key: string, lo: number, hi: number, dflt: number, integer = true): number => {
    const v = o[key];
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v)) || (!integer && (v <= lo || v >= hi))) {
      throw new FramelensError('E_OPTIONS', `expected options.${key} to be ${integer ? 'an integer' : 'a number'} in ${integer ? `[${lo}, ${hi}]` : `(${lo}, ${hi})`}, instead found ${describeValue(v)}`, `options.${key}`);
    }
    return v;
  };
  const list = (key: string): string[] | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw new FramelensError('E_OPTIONS', `expected options.${key} to be an array of measure ids, instead found ${describeValue(v)}`, `options.${key}`);
    return v.map((m: unknown, k) => {
      if (typeof m !== 'string' || (agg.measures[m] === undefined && !PRIMARY_MEASURES.includes(m))) {
        throw new FramelensError('E_OPTIONS', `expected options.${key}[${k}] to be a measure of the aggregate (such as ${PRIMARY_MEASURES.slice(0, 4).join(', ')}), instead found ${describeValue(m)}`, `options.${key}[${k}]`);
      }
      return m;
    });
  };
  return {
    alpha: num('alpha', 0, 1, 0.05, false),
    topTerms: num('topTerms', 0, 10000, 15),
    minTermCount: num('minTermCount', 1, 1e9, 5),
    minTermArticles: num('minTermArticles', 1, 1e9, 3),
    topSpeakers: num('topSpeakers', 0, 10000, 10),
    topActors: num('topActors', 0, 10000, 25),
    measures: list('measures'),
    eventMeasures: list('eventMeasures') ?? ['loaded@author', 'loaded'],
    maxEvents: num('maxEvents', 0, 100000, 60),
  };
}

function method(alpha: number, o: Settings): ProfileMethod {
  return {
    rates:
      'pooled rate of each group: the sum of findings over the sum of words (author-voice words for @author measures, headline words for @title, attributions for source and stance shares) × 1,000; the mean of article rates weighs every article the same',
    intervals:
      'ratio estimator with the cluster-robust (Taylor-linearised) variance clustered by article, V = n/(n-1) · Σ(y_i - R·x_i)² / X², from exact integer sums; never below the words-independent (Poisson or binomial) variance; t quantile on n-1 degrees of freedom on the log scale (logit for shares, linear for sentiment scores); a zero count gets the exact Poisson upper bound',
    differences:
      'pairs of groups that differ in one grouping key (consecutive values only for month and year): Welch t test of the log rate ratio (of the difference for sentiment) with the cluster-robust variances of both groups, Haldane 0.5 when a count is 0; Benjamini-Hochberg q over all pairs and measures',
    withinEvent:
      "for each pair of groups, the difference of their rates in every event both covered (a group's articles on one event pooled), averaged over events with a paired t interval on events - 1 degrees of freedom; each event counts once; Benjamini-Hochberg q over all rows",
    sources: 'attributions per speech-verb stance and per source kind as shares of the group’s attributions (continuations excluded), with intervals clustered by article; speakers ranked by attributions',
    labels: "each label's share of the actor's mentions in the group (mentions pooled over articles), with the interval of a share clustered by article",
    distinctive:
      `weighted log-odds ratio with an informative Dirichlet prior from the pooled corpus (Monroe, Colaresi & Quinn 2008), group vs the rest, on lemmas and proper nouns without stop words; z treats words as independent, so read it as a ranking; a term is listed when it occurs at least ${o.minTermCount} times in at least ${o.minTermArticles} of the group's articles`,
    alpha,
  };
}

function warningsOf(agg: Aggregate, groups: readonly GroupAggregate[], pairsWithoutEvents: number): ProfileWarning[] {
  const warnings: ProfileWarning[] = [];
  if (groups.length === 0) warnings.push({ code: 'no-groups', message: 'the aggregate holds no article' });
  for (const g of groups) {
    if (g.articles < SMALL_GROUP) warnings.push({ code: 'small-group', message: `group ${JSON.stringify(g.label)} has ${g.articles} article${g.articles === 1 ? '' : 's'}: intervals over fewer than ${SMALL_GROUP} articles are unreliable` });
  }
  for (const [key, n] of Object.entries(agg.missing)) {
    warnings.push({ code: 'missing-key', message: `${n} article${n === 1 ? ' has' : 's have'} no ${key}: grouped under "(none)"` });
  }
  const runs = new Set<string>();
  for (const g of groups) for (const sig of Object.keys(g.markersRun)) runs.add(sig);
  if (runs.size > 1) warnings.push({ code: 'mixed-markers', message: `articles were analysed with different marker families (${[...runs].sort().join(' / ')}): a family that was not run counts as zero` });
  if (agg.event !== null && !agg.by.includes('event')) {
    const cov = eventCoverage(groups);
    if (cov.single > 0) warnings.push({ code: 'single-group-events', message: `${cov.single} of ${cov.events} events are covered by one group only: they take no part in the within-event comparisons` });
    if (pairsWithoutEvents > 0) warnings.push({ code: 'few-shared-events', message: `${pairsWithoutEvents} pair${pairsWithoutEvents === 1 ? '' : 's'} of groups share fewer than 2 events: no within-event comparison for them` });
  }
  return warnings;
}

/**
 * The statistics of a corpus from its sums: per group and measure the pooled rate, the mean of
 * article rates and a 95% interval clustered by article; pairwise differences between groups with
 * Benjamini-Hochberg q values; within-event paired differences over shared stories; stance and
 * source-kind mix and top speakers; label shares per actor; distinctive vocabulary; the method in
 * words; and warnings. A function of the aggregate only: the same sums give the same bytes.
 *
 * Intervals: cluster-robust (linearised) variance of the ratio estimator, never below the
 * words-independent variance (see `method.intervals` and README "Corpus profiles").
 *
 * @param aggregate - an `aggregate()` or `mergeAggregates()` result
 * @param options - see {@link ProfileOptions}
 * @returns plain JSON (schema version "1", `kind: 'profile'`)
 * @throws FramelensError `E_INPUT` for a malformed aggregate, `E_OPTIONS` for bad options
 * @example
 * ```ts
 * const p = profile(aggregate(summaries, { by: 'outlet' }));
 * p.rates.find((r) => r.measure === 'loaded@author')?.perGroup.map((g) => `${g.group} ${g.rate.toFixed(2)} [${g.ci95.map((x) => x.toFixed(2)).join('–')}]`);
 * ```
 */
export function profile(aggregate: Aggregate, options?: ProfileOptions): CorpusProfile {
  const agg = checkAggregate(aggregate, 'aggregate');
  const opts = checkOptions(options, agg);
  const groups = sortedGroups(agg);
  const pairs = groupPairs(agg.by, groups);
  const tested = opts.measures ?? PRIMARY_MEASURES.filter((m) => agg.measures[m] !== undefined);
  const within = withinEvent(agg, pairs, tested, opts.alpha);
  const pairsWithRows = new Set(within.map((r) => `${r.a}\u0000${r.b}`));
  const hasEvents = groups.some((g) => g.events.ids.length > 0);
  const pairsWithoutEvents = hasEvents ? pairs.filter(([a, b]) => !pairsWithRows.has(`${a.label}\u0000${b.label}`)).length : 0;
  return {
    schemaVersion: '1',
    kind: 'profile',
    by: [...agg.by],
    event: agg.event,
    articles: agg.articles,
    groups: groups.map((g) => ({ group: g.label, keys: g.keys, articles: g.articles, words: g.denominators.words.sum, authorWords: g.denominators.authorWords.sum, sentences: g.sentences, events: g.events.ids.length })),
    method: method(opts.alpha, opts),
    rates: measureProfiles(agg, groups),
    differences: groupDifferences(agg, pairs, tested, opts.alpha),
    withinEvent: within,
    eventRates: eventRates(agg, groups, opts.eventMeasures, opts.maxEvents),
    sources: groupSources(groups, opts.topSpeakers),
    labels: actorProfiles(groups, opts.topActors),
    distinctive: distinctiveTerms(groups, { top: opts.topTerms, minCount: opts.minTermCount, minArticles: opts.minTermArticles }),
    warnings: warningsOf(agg, groups, pairsWithoutEvents),
  };
}
