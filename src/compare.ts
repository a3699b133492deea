/**
 * `compare()`: several outlets' articles on the same event, side by side, with statistics.
 */
import { analyze, type AnalyzeOptions } from './analyze';
import { alignCoverage, type Coverage } from './coverage';
import { FramelensError, describeValue } from './errors';
import { ANALYSIS_SHAPE, checkKeys, checkRecord, checkShape, isRecord, ownValue } from './args';
import { recordOf } from './util/records';
import { STANCE_ORDER, writerStances } from './util/stance';
import { byZ, logOddsTerm, type LogOddsTerm } from './stats/log-odds';
import { benjaminiHochberg, gTest, rateRatio, ranksDescending, wilson, zAgainstPooled } from './stats/rates';
import { MARKER_IDS, type ArticleAnalysis, type MarkerId, type SourceKind, type Stance, type Voice } from './types';

export type { Coverage, CoverageUnit, CoverageMember, CoverageArticle } from './coverage';

/** One input to {@link compare}: raw text, a record with text, or an existing analysis (reused as is). */
export type CompareInput = string | { id?: string; outlet?: string; title?: string; text: string } | ArticleAnalysis;

/**
 * Options of {@link compare}.
 *
 * @example
 * ```ts
 * compare(inputs, { alpha: 0.01, topTerms: 15, minTermCount: 3, analyze: { markers: ['loaded', 'hedge'] } });
 * ```
 */
export interface CompareOptions {
  /** Significance level for `differences[].significant` (after Benjamini-Hochberg). Default 0.05. */
  alpha?: number;
  /** Distinctive terms kept per article. Default 10. */
  topTerms?: number;
  /** A term must occur at least this often in the article to be listed as distinctive. Default 3. */
  minTermCount?: number;
  /** Options passed to `analyze()` for string and record inputs (not for existing analyses). */
  analyze?: Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'>;
  /** Similarity (0–1) above which two passages are the same coverage unit. Default 0.5. */
  coverageThreshold?: number;
}

/** One article's figures for one measure. */
export interface RateCell {
  /** Article id. */
  id: string;
  /** Findings counted. */
  count: number;
  /** Body words. */
  words: number;
  /** count per 1,000 words, >= 0. */
  per1kWords: number;
  /** 95% Wilson score interval of the rate, per 1,000 words: `[low, high]`. */
  ci95: [number, number];
  /** z-score against the pooled rate of all articles (binomial model); > 0 = above the pool. */
  z: number;
  /** 1 = highest rate; ties share the best rank. */
  rank: number;
}

/** One measure (a family, or one category of a family) across articles. */
export interface RateRow {
  /** `loaded`, or `loaded.deceit` for a category. */
  measure: string;
  family: MarkerId;
  category: string | null;
  /** Pooled rate of all articles, per 1,000 words. */
  pooledPer1kWords: number;
  perArticle: RateCell[];
}

/** A test of whether two articles' rates of one family differ. */
export interface Difference {
  measure: string;
  /** First article id. */
  a: string;
  /** Second article id. */
  b: string;
  countA: number;
  countB: number;
  per1kA: number;
  per1kB: number;
  /** Rate ratio a/b (Haldane-corrected when a count is 0) with its 95% interval; > 1 = a higher. */
  rateRatio: number;
  rateRatioCi95: [number, number];
  /** Log-likelihood ratio G statistic (1 df), >= 0. */
  g: number;
  /** Uncorrected p-value. */
  p: number;
  /** Benjamini-Hochberg adjusted p-value over all tests of this comparison. */
  q: number;
  /** `q < alpha`. */
  significant: boolean;
}

/** Label shares of one actor in one article. */
export interface LabelCell {
  id: string;
  mentions: number;
  /** label -> count. */
  counts: Record<string, number>;
  /** label -> share of the actor's mentions in this article, in [0, 1]. */
  shares: Record<string, number>;
  /** Mean sentiment (comparative) of the sentences mentioning the actor; 0 when not mentioned. */
  meanSentiment: number;
}

/** Whom an article quotes and how. */
export interface SourceProfile {
  id: string;
  speakers: Array<{ canonical: string; kind: SourceKind; attributions: number; quotedWords: number; quotedShare: number }>;
  /**
   * Attributions per stance as the writer chose it, and shares in [0, 1]: a document's conventional
   * verb ("the lawsuit alleges") counts as neutral (see `conventional`).
   */
  stances: Record<Stance, { count: number; share: number }>;
  /** Attributions whose cue is a document's conventional verb (counted as neutral in `stances`), >= 0. */
  conventional: number;
  /** Attributions per source kind, and shares in [0, 1]. */
  sourceKinds: Record<SourceKind, { count: number; share: number }>;
  /** Share of all attributions held by the most quoted speaker, in [0, 1] (1 = a single voice). */
  topSpeakerShare: number;
  /** Loaded terms by voice, and shares in [0, 1]. */
  loadedByVoice: Record<Voice, { count: number; share: number }>;
  /** Sentiment (comparative, per word) by voice. */
  sentimentByVoice: Record<Voice, number>;
}

/**
 * The comparison of several articles (schema version "1"). Plain JSON.
 *
 * @example
 * ```ts
 * const c = compare([text000, text002, text004]);
 * c.differences.filter((d) => d.significant); // which families differ between which articles
 * ```
 */
export interface Comparison {
  schemaVersion: '1';
  articles: Array<{ id: string; outlet: string | null; title: string | null; words: number; sentences: number }>;
  /** The statistics used, in words. */
  method: { rates: string; differences: string; distinctive: string; coverage: string; alpha: number };
  rates: RateRow[];
  differences: Difference[];
  distinctive: Array<{ id: string; terms: LogOddsTerm[] }>;
  labels: Array<{ actor: string; perArticle: LabelCell[] }>;
  sources: SourceProfile[];
  coverage: Coverage;
  fingerprints: {
    /** The measures of each vector, in order. */
    measures: string[];
    vectors: Array<{ id: string; values: number[] }>;
    /** Euclidean distance between articles' vectors after standardising each measure across articles (z-scores). */
    distance: number[][];
  };
  warnings: Array<{ code: string; message: string }>;
}

const FINGERPRINT: readonly MarkerId[] = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'label'];

/** An object that claims to be an analysis (it has a `schemaVersion`): checked, field by field, as one. */
function isAnalysis(x: unknown, k: number): x is ArticleAnalysis {
  if (!isRecord(x) || ownValue(x, 'schemaVersion') === undefined) return false;
  checkShape(x, ANALYSIS_SHAPE, `inputs[${k}]`, 'E_INPUT');
  return true;
}

function toAnalyses(inputs: unknown, options: CompareOptions): ArticleAnalysis[] {
  if (!Array.isArray(inputs)) throw new FramelensError('E_INPUT', `expected inputs to be an array of texts, records or analyses, instead found ${describeValue(inputs)}`, 'inputs');
  if (inputs.length === 0) throw new FramelensError('E_INPUT', 'expected at least one article to compare, instead found an empty array', 'inputs');
  const base = options.analyze ?? {};
  const given: unknown[] = inputs;
  const out = Array.from({ length: given.length }, (_, k): ArticleAnalysis => {
    const input = given[k];
    const fallbackId = `article-${k + 1}`;
    if (typeof input === 'string') return { ...analyze(input, base), id: fallbackId };
    if (isAnalysis(input, k)) return input.id === null ? { ...input, id: fallbackId } : input;
    if (typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string') {
      const r = input as { id?: unknown; outlet?: unknown; title?: unknown; text: string };
      for (const key of ['id', 'outlet', 'title'] as const) {
        if (r[key] !== undefined && typeof r[key] !== 'string') {
          throw new FramelensError('E_INPUT', `expected inputs[${k}].${key} to be a string, instead found ${describeValue(r[key])}`, `inputs[${k}].${key}`);
        }
      }
      const opts: AnalyzeOptions = { ...base, id: typeof r.id === 'string' ? r.id : fallbackId };
      if (typeof r.outlet === 'string') opts.outlet = r.outlet;
      if (typeof r.title === 'string') opts.title = r.title;
      return analyze(r.text, opts);
    }
    throw new FramelensError('E_INPUT', `expected inputs[${k}] to be a string, an { id?, outlet?, title?, text } record or an analysis, instead found ${describeValue(input)}`, `inputs[${k}]`);
  });
  const seen = new Map<string, number>();
  out.forEach((a, k) => {
    const id = a.id ?? '';
    const prev = seen.get(id);
    if (prev !== undefined) throw new FramelensError('E_INPUT', `expected article ids to be unique, instead found ${JSON.stringify(id)} at inputs[${prev}] and inputs[${k}]`, `inputs[${k}].id`);
    seen.set(id, k);
  });
  return out;
}

function checkCompareOptions(options: unknown): CompareOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new FramelensError('E_OPTIONS', `expected options to be an object, instead found ${describeValue(options)}`, 'options');
  const o = options as Record<string, unknown>;
  const known = new Set(['alpha', 'topTerms', 'minTermCount', 'analyze', 'coverageThreshold']);
  for (const key of Object.keys(o)) if (!known.has(key)) throw new FramelensError('E_OPTIONS', `expected options to have only ${[...known].join(', ')}, instead found ${JSON.stringify(key)}`, `options.${key}`);
  const num = (key: string, lo: number, hi: number): void => {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi)) {
      throw new FramelensError('E_OPTIONS', `expected options.${key} to be a number in [${lo}, ${hi}], instead found ${describeValue(v)}`, `options.${key}`);
    }
  };
  num('alpha', 0, 1);
  num('topTerms', 0, 10000);
  num('minTermCount', 1, 1e9);
  num('coverageThreshold', 0, 1);
  const a = o.analyze;
  if (a !== undefined) {
    checkKeys(checkRecord(a, 'options.analyze', 'E_OPTIONS'), ['markers', 'lexicons'], 'options.analyze', 'E_OPTIONS');
    // checked now, even when every input is an existing analysis
    analyze('', a as AnalyzeOptions);
  }
  return o as CompareOptions;
}

/** Counts of each measure per article: families and their categories. */
function measureCounts(a: ArticleAnalysis): Map<string, { family: MarkerId; category: string | null; count: number }> {
  const m = new Map<string, { family: MarkerId; category: string | null; count: number }>();
  for (const family of MARKER_IDS) {
    if (family === 'sentiment') continue;
    const s = a.markers[family];
    m.set(family, { family, category: null, count: s.count });
    for (const [cat, n] of Object.entries(s.byCategory)) m.set(`${family}:${cat}`, { family, category: cat, count: n });
  }
  return m;
}

/** `loaded` for a family; the category itself when it is already qualified (`loaded.deceit`), else `attribution.neutral`. */
function measureName(family: MarkerId, category: string | null): string {
  if (category === null) return family;
  return category.includes('.') ? category : `${family}.${category}`;
}

/**
 * Compare several articles on the same event: rates with intervals and ranks, pairwise tests with
 * Benjamini-Hochberg correction, distinctive vocabulary (Fightin' Words), label tables per actor,
 * sources and stances, coverage (which quotes and claims each article includes or omits) and rate
 * fingerprints with a distance matrix.
 *
 * Degenerate inputs: one article gives a valid result with no differences (z = 0, rank 1, empty
 * coverage comparisons); an article with zero words has rates 0 and an interval [0, 0]; zero
 * articles, duplicate ids and malformed inputs throw `FramelensError` (`E_INPUT`).
 *
 * @param inputs - texts, `{ id?, outlet?, title?, text }` records, or `analyze()` results (reused, not recomputed)
 * @returns plain JSON (schema version "1")
 * @example
 * ```ts
 * const c = compare([{ id: '000', text: a }, { id: '004', text: b }]);
 * c.rates.find((r) => r.measure === 'loaded')?.perArticle.map((x) => [x.id, x.per1kWords.toFixed(1)]);
 * // [['000', '1.5'], ['004', '14.9']]
 * ```
 */
export function compare(inputs: readonly CompareInput[], options?: CompareOptions): Comparison {
  const opts = checkCompareOptions(options);
  const alpha = opts.alpha ?? 0.05;
  const analyses = toAnalyses(inputs, opts);
  const ids = analyses.map((a) => a.id ?? '');
  const warnings: Comparison['warnings'] = [];
  if (analyses.length === 1) warnings.push({ code: 'single-article', message: 'only one article: rates are reported, but there is nothing to test or align against' });
  for (const a of analyses) if (a.counts.words === 0) warnings.push({ code: 'empty-article', message: `article ${JSON.stringify(a.id)} has no words: its rates are 0` });

  // rates
  const counts = analyses.map(measureCounts);
  const measures = new Map<string, { family: MarkerId; category: string | null }>();
  for (const c of counts) for (const [k, v] of c) if (!measures.has(k)) measures.set(k, { family: v.family, category: v.category });
  const rates: RateRow[] = [];
  const totalWords = analyses.reduce((s, a) => s + a.counts.words, 0);
  for (const [key, { family, category }] of measures) {
    const ks = counts.map((c) => c.get(key)?.count ?? 0);
    const pooled = totalWords > 0 ? ks.reduce((s, k) => s + k, 0) / totalWords : 0;
    const perArticle: RateCell[] = analyses.map((a, i) => {
      const k = ks[i] ?? 0;
      const n = a.counts.words;
      const [lo, hi] = wilson(k, n);
      return { id: ids[i] ?? '', count: k, words: n, per1kWords: n > 0 ? (k * 1000) / n : 0, ci95: [lo * 1000, hi * 1000], z: analyses.length > 1 ? zAgainstPooled(k, n, pooled) : 0, rank: 0 };
    });
    const ranks = ranksDescending(perArticle.map((c) => c.per1kWords));
    perArticle.forEach((c, i) => {
      c.rank = ranks[i] ?? 1;
    });
    rates.push({ measure: measureName(family, category), family, category, pooledPer1kWords: pooled * 1000, perArticle });
  }
  rates.sort((x, y) => MARKER_IDS.indexOf(x.family) - MARKER_IDS.indexOf(y.family) || (x.category === null ? -1 : y.category === null ? 1 : x.category.localeCompare(y.category)));

  // pairwise differences per family, BH over all of them
  const differences: Difference[] = [];
  for (const row of rates) {
    if (row.category !== null) continue;
    for (let i = 0; i < analyses.length; i += 1) {
      for (let j = i + 1; j < analyses.length; j += 1) {
        const a = row.perArticle[i];
        const b = row.perArticle[j];
        if (a === undefined || b === undefined) continue;
        const { g, p } = gTest(a.count, a.words, b.count, b.words);
        const rr = rateRatio(a.count, a.words, b.count, b.words);
        differences.push({ measure: row.measure, a: a.id, b: b.id, countA: a.count, countB: b.count, per1kA: a.per1kWords, per1kB: b.per1kWords, rateRatio: rr.ratio, rateRatioCi95: [rr.low, rr.high], g, p, q: p, significant: false });
      }
    }
  }
  const qs = benjaminiHochberg(differences.map((d) => d.p));
  differences.forEach((d, k) => {
    d.q = qs[k] ?? 1;
    d.significant = d.q < alpha;
  });

  // distinctive vocabulary: each article against the rest
  const topTerms = opts.topTerms ?? 10;
  const minCount = opts.minTermCount ?? 3;
  // prior = the pooled counts (a0 = pooled size); only the article's own terms with enough
  // occurrences can be listed, so only they are scored (the same numbers as logOdds() on all terms)
  const pooledTerms = new Map<string, number>();
  for (const a of analyses) for (const [t, n] of Object.entries(a.terms)) pooledTerms.set(t, (pooledTerms.get(t) ?? 0) + n);
  let pooledSize = 0;
  for (const n of pooledTerms.values()) pooledSize += n;
  const distinctive = analyses.map((a, i) => {
    if (analyses.length < 2) return { id: ids[i] ?? '', terms: [] };
    let ni = 0;
    for (const n of Object.values(a.terms)) ni += n;
    const scored: LogOddsTerm[] = [];
    for (const [t, yi] of Object.entries(a.terms)) {
      if (yi < minCount) continue;
      const pooled = pooledTerms.get(t) ?? 0;
      const s = logOddsTerm(t, yi, pooled - yi, ni, pooledSize - ni, pooled, pooledSize);
      if (s !== null && s.z > 0) scored.push(s);
    }
    return { id: ids[i] ?? '', terms: scored.sort(byZ).slice(0, topTerms) };
  });

  // labels per actor
  const actors = new Set<string>();
  for (const a of analyses) for (const l of a.labels) actors.add(l.actor);
  const labels = [...actors]
    .map((actor) => ({
      actor,
      perArticle: analyses.map((a, i): LabelCell => {
        const l = a.labels.find((x) => x.actor === actor);
        const cellCounts = new Map<string, number>();
        for (const x of l?.labels ?? []) cellCounts.set(x.label, (cellCounts.get(x.label) ?? 0) + x.count);
        const mentions = l?.mentions ?? 0;
        const shares = [...cellCounts].map(([k, n]): [string, number] => [k, mentions > 0 ? n / mentions : 0]);
        return { id: ids[i] ?? '', mentions, counts: recordOf(cellCounts), shares: recordOf(shares), meanSentiment: l?.meanSentiment ?? 0 };
      }),
    }))
    .sort((x, y) => y.perArticle.reduce((s, c) => s + c.mentions, 0) - x.perArticle.reduce((s, c) => s + c.mentions, 0) || x.actor.localeCompare(y.actor));

  const sources = analyses.map((a, i) => sourceProfile(a, ids[i] ?? ''));
  const coverage = alignCoverage(analyses, ids, opts.coverageThreshold ?? 0.5);

  // fingerprints
  const fpMeasures = [...FINGERPRINT.map((f) => `${f}.per1kWords`), 'attribution.quotedWordShare', 'sentiment.authorComparative'];
  const vectors = analyses.map((a, i) => ({
    id: ids[i] ?? '',
    values: [...FINGERPRINT.map((f) => a.markers[f].per1kWords), a.attributionStats.quotedWordShare, a.sentiment.byVoice.author.comparative],
  }));
  const dims = fpMeasures.length;
  const means = Array.from({ length: dims }, (_, d) => vectors.reduce((s, v) => s + (v.values[d] ?? 0), 0) / vectors.length);
  const sds = Array.from({ length: dims }, (_, d) => Math.sqrt(vectors.reduce((s, v) => s + ((v.values[d] ?? 0) - (means[d] ?? 0)) ** 2, 0) / vectors.length));
  const standardised = vectors.map((v) => v.values.map((x, d) => ((sds[d] ?? 0) > 0 ? (x - (means[d] ?? 0)) / (sds[d] ?? 1) : 0)));
  const distance = standardised.map((u) => standardised.map((w) => Math.sqrt(u.reduce((s, x, d) => s + (x - (w[d] ?? 0)) ** 2, 0))));

  return {
    schemaVersion: '1',
    articles: analyses.map((a, i) => ({ id: ids[i] ?? '', outlet: a.outlet, title: a.title, words: a.counts.words, sentences: a.counts.sentences })),
    method: {
      rates: 'count per 1,000 words with a 95% Wilson score interval (findings treated as a binomial proportion of words); z against the pooled rate of all articles',
      differences: 'log-likelihood G-test (1 df) per family and pair of articles; Benjamini-Hochberg adjusted p-values (q) over all tests; rate ratio with Haldane correction',
      distinctive: "weighted log-odds ratio with an informative Dirichlet prior from the pooled articles (Monroe, Colaresi & Quinn 2008), article vs the rest, on lemmas and proper nouns without stop words",
      coverage: 'quotes and claims aligned by idf-weighted overlap of content words (candidates from an inverted index of shared terms), clustered across articles',
      alpha,
    },
    rates,
    differences,
    distinctive,
    labels,
    sources,
    coverage,
    fingerprints: { measures: fpMeasures, vectors, distance },
    warnings,
  };
}

function shareRecord<K extends string>(keys: readonly K[], counts: Record<K, number>): Record<K, { count: number; share: number }> {
  const total = keys.reduce((s, k) => s + counts[k], 0);
  const out = {} as Record<K, { count: number; share: number }>;
  for (const k of keys) out[k] = { count: counts[k], share: total > 0 ? counts[k] / total : 0 };
  return out;
}

function sourceProfile(a: ArticleAnalysis, id: string): SourceProfile {
  const totalQuoted = a.speakers.reduce((s, x) => s + x.quotedWords, 0);
  const totalAttr = a.speakers.reduce((s, x) => s + x.attributions, 0);
  const stances: readonly Stance[] = ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'];
  const kinds: readonly SourceKind[] = ['named', 'institutional', 'anonymous', 'document', 'pronoun', 'unknown'];
  const voices: readonly Voice[] = ['author', 'quoted', 'reported'];
  return {
    id,
    speakers: a.speakers.map((s) => ({ canonical: s.canonical, kind: s.kind, attributions: s.attributions, quotedWords: s.quotedWords, quotedShare: totalQuoted > 0 ? s.quotedWords / totalQuoted : 0 })),
    stances: shareRecord(stances, writerStances(a.attributionStats.byStance, a.attributionStats.conventional)),
    conventional: STANCE_ORDER.reduce((sum, k) => sum + (a.attributionStats.conventional?.[k] ?? 0), 0),
    sourceKinds: shareRecord(kinds, a.attributionStats.bySourceKind),
    topSpeakerShare: totalAttr > 0 ? (a.speakers[0]?.attributions ?? 0) / totalAttr : 0,
    loadedByVoice: shareRecord(voices, a.markers.loaded.byVoice),
    sentimentByVoice: { author: a.sentiment.byVoice.author.comparative, quoted: a.sentiment.byVoice.quoted.comparative, reported: a.sentiment.byVoice.reported.comparative },
  };
}
