/**
 * `compare()`: several outlets' articles on the same event, side by side, with statistics.
 */
import { analyze, type AnalyzeOptions } from './analyze';
import type { CompareInput, CompareOptions, Comparison, Difference, LabelCell, RateCell, RateRow, SourceProfile } from './compare-types';
import { alignCoverage } from './coverage';
import { FramelensError, describeValue } from './errors';
import { ANALYSIS_SHAPE, checkKeys, checkRecord, checkShape, isRecord, ownValue } from './args';
import { own, recordOf } from './util/records';
import { STANCE_ORDER, writerStances } from './util/stance';
import { byZ, logOddsTerm, type LogOddsTerm } from './stats/log-odds';
import { benjaminiHochberg, gTest, rateRatio, ranksDescending, wilson, zAgainstPooled } from './stats/rates';
import { MARKER_IDS, type ArticleAnalysis, type MarkerId, type SourceKind, type Stance, type Voice } from './types';

export type { Coverage, CoverageUnit, CoverageMember, CoverageArticle } from './coverage';
export type { CompareInput, CompareOptions, Comparison, CountShare, Difference, LabelCell, RateCell, RateRow, SourceProfile } from './compare-types';

const FINGERPRINT: readonly MarkerId[] = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'label'];

/** An object that claims to be an analysis (it has a `schemaVersion`): checked, field by field, as one. */
function isAnalysis(x: unknown, k: number): x is ArticleAnalysis {
  if (!isRecord(x) || ownValue(x, 'schemaVersion') === undefined) return false;
  checkShape(x, ANALYSIS_SHAPE, `inputs[${k}]`, 'E_INPUT');
  return true;
}

/**
 * An analysis with every family in `markers`: one read back from the command's JSON holds only the
 * families it ran, and the others get zero totals, as `analyze()` gives them (they are not compared:
 * only families every article ran are).
 */
function withAllMarkers(a: ArticleAnalysis): ArticleAnalysis {
  if (MARKER_IDS.every((m) => own(a.markers, m) !== undefined)) return a;
  const markers = { ...a.markers };
  for (const m of MARKER_IDS) if (own(markers, m) === undefined) markers[m] = { count: 0, per1kWords: 0, weighted: 0, byCategory: {}, byVoice: { author: 0, quoted: 0, reported: 0 } };
  return { ...a, markers };
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
    if (isAnalysis(input, k)) return withAllMarkers(input.id === null ? { ...input, id: fallbackId } : input);
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

/** Counts of each measure per article (families and their categories), in all and in the author's voice. */
function measureCounts(a: ArticleAnalysis, families: readonly MarkerId[]): Map<string, { family: MarkerId; category: string | null; count: number; author: number }> {
  const m = new Map<string, { family: MarkerId; category: string | null; count: number; author: number }>();
  for (const family of families) {
    if (family === 'sentiment') continue;
    const s = a.markers[family];
    m.set(family, { family, category: null, count: s.count, author: s.byVoice.author });
    for (const [cat, n] of Object.entries(s.byCategory)) m.set(`${family}:${cat}`, { family, category: cat, count: n, author: 0 });
  }
  for (const f of a.findings) {
    if (f.position === 'title' || f.voice !== 'author') continue;
    const c = m.get(`${f.marker}:${f.category}`);
    if (c !== undefined) c.author += 1;
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
 * // [['000', '1.5'], ['004', '17.0']] for the seeds 000 and 004
 * ```
 */
export function compare(inputs: readonly CompareInput[], options?: CompareOptions): Comparison {
  const opts = checkCompareOptions(options);
  const alpha = opts.alpha ?? 0.05;
  const analyses = toAnalyses(inputs, opts);
  const ids = analyses.map((a) => a.id ?? '');
  const warnings: Comparison['warnings'] = [];
  if (analyses.length === 1) warnings.push({ code: 'single-article', message: 'only one article: rates are reported, but there is nothing to test or align against' });
  // the families every article ran: a family that was not run has no rate, not a rate of 0
  const families = MARKER_IDS.filter((m) => analyses.every((a) => a.markersRun.includes(m)));
  const partly = MARKER_IDS.filter((m) => !families.includes(m) && analyses.some((a) => a.markersRun.includes(m)));
  if (partly.length > 0) warnings.push({ code: 'markers-differ', message: `${partly.join(', ')} ${partly.length === 1 ? 'was' : 'were'} run on some articles only: compared are the families run on all (${families.join(', ')})` });
  analyses.forEach((a, i) => {
    const article = ids[i] ?? '';
    if (a.counts.words === 0) warnings.push({ code: 'empty-article', message: `article ${JSON.stringify(article)} has no words: its rates are 0`, article });
    for (const w of a.warnings) if (w.code !== 'empty-text') warnings.push({ code: w.code, message: `article ${JSON.stringify(article)}: ${w.message}`, article });
  });

  // rates
  const counts = analyses.map((a) => measureCounts(a, families));
  const measures = new Map<string, { family: MarkerId; category: string | null }>();
  for (const c of counts) for (const [k, v] of c) if (!measures.has(k)) measures.set(k, { family: v.family, category: v.category });
  const rates: RateRow[] = [];
  const totalWords = analyses.reduce((s, a) => s + a.counts.words, 0);
  for (const [key, { family, category }] of measures) {
    const ks = counts.map((c) => c.get(key)?.count ?? 0);
    const pooled = totalWords > 0 ? ks.reduce((s, k) => s + k, 0) / totalWords : 0;
    const perArticle: RateCell[] = analyses.map((a, i) => {
      const k = ks[i] ?? 0;
      const author = counts[i]?.get(key)?.author ?? 0;
      const n = a.counts.words;
      const [lo, hi] = wilson(k, n);
      return {
        id: ids[i] ?? '',
        count: k,
        words: n,
        per1kWords: n > 0 ? (k * 1000) / n : 0,
        ci95: [lo * 1000, hi * 1000],
        z: analyses.length > 1 ? zAgainstPooled(k, n, pooled) : 0,
        rank: 0,
        authorCount: author,
        authorPer1kWords: n > 0 ? (author * 1000) / n : 0,
      };
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

  // fingerprints (of the families run)
  const fpFamilies = FINGERPRINT.filter((f) => families.includes(f));
  const fpExtra = [...(families.includes('attribution') ? ['attribution.quotedWordShare'] : []), ...(families.includes('sentiment') ? ['sentiment.authorComparative'] : [])];
  const fpMeasures = [...fpFamilies.map((f) => `${f}.per1kWords`), ...fpExtra];
  const vectors = analyses.map((a, i) => ({
    id: ids[i] ?? '',
    values: [...fpFamilies.map((f) => a.markers[f].per1kWords), ...fpExtra.map((m) => (m === 'attribution.quotedWordShare' ? a.attributionStats.quotedWordShare : a.sentiment.byVoice.author.comparative))],
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
