/**
 * The types of `compare()`: its inputs, options and result (schema version "1").
 */
import type { AnalyzeOptions } from './analyze';
import type { Coverage } from './coverage';
import type { LogOddsTerm } from './stats/log-odds';
import type { ArticleAnalysis, MarkerId, SourceKind, Stance, Voice } from './types';

/**
 * One input to {@link compare}: raw text, a record with text, or an existing analysis (reused as is,
 * not recomputed).
 *
 * @example
 * ```ts
 * const inputs: CompareInput[] = ['Plain text.', { id: '004', outlet: 'Voice of Hope', text }, analyze(other, { id: '000' })];
 * ```
 */
export type CompareInput =
  | string
  | {
      /** The article's id in the comparison (default `article-<n>`, n from 1 in input order); ids must be unique. */
      id?: string;
      /** The outlet's name, carried into the comparison. */
      outlet?: string;
      /** The headline, analysed as its own region (see `AnalyzeOptions.title`). */
      title?: string;
      /** The article body. */
      text: string;
    }
  | ArticleAnalysis;

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

/**
 * One article's figures for one measure: all findings, and those in the writer's own voice.
 *
 * @example
 * ```ts
 * compare(inputs).rates.find((r) => r.measure === 'loaded')?.perArticle[2];
 * // { id: '004', count: 25, words: 1472, per1kWords: 17.0, ci95: [11.5, 25.0], z: 2.55, rank: 1, authorCount: 13, authorPer1kWords: 8.8 }
 * ```
 */
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
  /** Findings in the writer's own voice (outside quotations and reported speech), <= `count`. */
  authorCount: number;
  /** `authorCount` per 1,000 words (of all body words), >= 0: the rate framing comparisons rest on. */
  authorPer1kWords: number;
}

/**
 * One measure (a family, or one category of a family) across articles.
 *
 * @example
 * ```ts
 * compare(inputs).rates.find((r) => r.measure === 'loaded.deceit');
 * // { measure: 'loaded.deceit', family: 'loaded', category: 'loaded.deceit', pooledPer1kWords: 3.1, perArticle: [...] }
 * ```
 */
export interface RateRow {
  /** `loaded`, or `loaded.deceit` for a category. */
  measure: string;
  /** The marker family the measure belongs to. */
  family: MarkerId;
  /** The category (`loaded.deceit`, `neutral` for a stance), or `null` for the whole family. */
  category: string | null;
  /** Pooled rate of all articles (all their findings over all their words), per 1,000 words, >= 0. */
  pooledPer1kWords: number;
  /** One cell per article, in input order. */
  perArticle: RateCell[];
}

/**
 * A test of whether two articles' rates of one family differ.
 *
 * @example
 * ```ts
 * compare(inputs).differences.filter((d) => d.significant);
 * // [{ measure: 'loaded', a: '000', b: '004', countA: 1, countB: 25, per1kA: 1.5, per1kB: 17.0, rateRatio: 0.09, q: 0.006, ... }]
 * ```
 */
export interface Difference {
  /** The family tested (`loaded`, `hedge`, …). */
  measure: string;
  /** First article id. */
  a: string;
  /** Second article id. */
  b: string;
  /** Findings of the family in article `a`, >= 0. */
  countA: number;
  /** Findings of the family in article `b`, >= 0. */
  countB: number;
  /** Rate of article `a`, per 1,000 words. */
  per1kA: number;
  /** Rate of article `b`, per 1,000 words. */
  per1kB: number;
  /** Rate ratio a/b (Haldane-corrected when a count is 0), > 0; > 1 = a higher. */
  rateRatio: number;
  /** 95% interval of the rate ratio, `[low, high]` (log-normal approximation). */
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
  /** Article id. */
  id: string;
  /** Mentions of the actor in the article (all labels), >= 0. */
  mentions: number;
  /** label -> count. */
  counts: Record<string, number>;
  /** label -> share of the actor's mentions in this article, in [0, 1]. */
  shares: Record<string, number>;
  /** Mean sentiment (comparative) of the sentences mentioning the actor; 0 when not mentioned. */
  meanSentiment: number;
}

/**
 * A count and its share of the total it belongs to.
 *
 * @example
 * ```ts
 * compare(inputs).sources[0]?.stances.distancing; // { count: 4, share: 0.077 }
 * ```
 */
export interface CountShare {
  /** How many, >= 0. */
  count: number;
  /** `count` divided by the total over all keys, in [0, 1]; 0 when the total is 0. */
  share: number;
}

/**
 * Whom an article quotes and how.
 *
 * @example
 * ```ts
 * const s = compare(inputs).sources.find((x) => x.id === '004');
 * s?.speakers[0]; // { canonical: 'John Kirby', kind: 'named', attributions: 9, quotedWords: 161, quotedShare: 0.4 }
 * ```
 */
export interface SourceProfile {
  /** Article id. */
  id: string;
  /** The article's speakers, most attributions first. */
  speakers: Array<{
    /** Canonical speaker name (see `Speaker.canonical`). */
    canonical: string;
    /** What kind of source. */
    kind: SourceKind;
    /** Attributions to this speaker, >= 1. */
    attributions: number;
    /** Words quoted directly from this speaker, >= 0. */
    quotedWords: number;
    /** This speaker's share of the article's directly quoted words, in [0, 1]. */
    quotedShare: number;
  }>;
  /**
   * Attributions per stance as the writer chose it, with shares in [0, 1]: a document's conventional
   * verb ("the lawsuit alleges") counts as neutral (see `conventional`).
   */
  stances: Record<Stance, CountShare>;
  /** Attributions whose cue is a document's conventional verb (counted as neutral in `stances`), >= 0. */
  conventional: number;
  /** Attributions per source kind, with shares in [0, 1]. */
  sourceKinds: Record<SourceKind, CountShare>;
  /** Share of all attributions held by the most quoted speaker, in [0, 1] (1 = a single voice). */
  topSpeakerShare: number;
  /** Loaded terms by voice, with shares in [0, 1]: `author` is the writer's own wording. */
  loadedByVoice: Record<Voice, CountShare>;
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
  /** Always "1" for this shape. */
  schemaVersion: '1';
  /** The articles compared, in input order. */
  articles: Array<{
    /** Article id (unique in the comparison). */
    id: string;
    /** The outlet, or `null`. */
    outlet: string | null;
    /** The headline, or `null`. */
    title: string | null;
    /** Body words (`counts.words` of the analysis). */
    words: number;
    /** Body sentences. */
    sentences: number;
  }>;
  /** The statistics used, in words. */
  method: {
    /** How rates and their intervals are computed. */
    rates: string;
    /** How pairs of articles are tested. */
    differences: string;
    /** How distinctive terms are scored. */
    distinctive: string;
    /** How passages are aligned into coverage units. */
    coverage: string;
    /** The significance level of `differences[].significant`. */
    alpha: number;
  };
  /** Rates per measure (each family run on every article, and each of its categories). */
  rates: RateRow[];
  /** Pairwise tests per family, with Benjamini-Hochberg q values over all of them. */
  differences: Difference[];
  /** Each article's most distinctive terms against the other articles, highest z first. */
  distinctive: Array<{
    /** Article id. */
    id: string;
    /** Up to `topTerms` terms with z > 0. */
    terms: LogOddsTerm[];
  }>;
  /** How each actor is named in each article, most mentioned actor first. */
  labels: Array<{
    /** Canonical actor name ("China", "John Kirby"). */
    actor: string;
    /** One cell per article, in input order. */
    perArticle: LabelCell[];
  }>;
  /** Whom each article quotes and how, in input order. */
  sources: SourceProfile[];
  /** Which quotes and claims each article includes or leaves out. */
  coverage: Coverage;
  /** Each article's vector of rates and the distances between articles. */
  fingerprints: {
    /** The measures of each vector, in order. */
    measures: string[];
    /** One vector per article, in input order. */
    vectors: Array<{
      /** Article id. */
      id: string;
      /** The measures' values for the article, parallel to `measures`. */
      values: number[];
    }>;
    /** Euclidean distance between articles' vectors after standardising each measure across articles (z-scores). */
    distance: number[][];
  };
  /**
   * Problems worth knowing before reading the numbers: `single-article`, `empty-article`,
   * `markers-differ` (families run on some articles only are left out), and every article's own
   * warnings (`quote-unclosed`, `looks-like-html`, …) with the article's id in `article`.
   */
  warnings: Array<{
    /** Stable code: compare()'s own, or the code of the article's warning. */
    code: string;
    /** Human-readable explanation, naming the article when it concerns one. */
    message: string;
    /** The article the warning concerns, when it concerns one. */
    article?: string;
  }>;
}
