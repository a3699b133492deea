/**
 * Public data types of framelens (schema version "1").
 *
 * Every object here is plain JSON: no classes, no Maps, no `undefined` values that
 * `JSON.stringify` would drop silently (optional fields are omitted, never set to `undefined`).
 *
 * @packageDocumentation
 */
import type { Attribution, Speaker, AttributionStats } from './attribution-types';

export * from './attribution-types';

/**
 * The marker families that `analyze()` can run.
 *
 * - `loaded`: loaded and pejorative wording (Recasens et al. 2013; PTC "Loaded language").
 * - `hedge`: epistemic hedges (Hyland 2005): may, likely, reportedly.
 * - `booster`: epistemic boosters (Hyland 2005): clearly, in fact, bluntly.
 * - `attribution`: reported speech with cue, source and content.
 * - `scareQuote`: short quoted words that distance the writer ("peace" plan).
 * - `sentiment`: AFINN-165 word scores with negation.
 * - `label`: how actors are named (China / Beijing / the CCP).
 *
 * @example
 * ```ts
 * const only: MarkerId[] = ['hedge', 'booster'];
 * analyze(text, { markers: only });
 * ```
 */
export type MarkerId = 'loaded' | 'hedge' | 'booster' | 'attribution' | 'scareQuote' | 'sentiment' | 'label';

/**
 * Every marker id, in report order.
 *
 * @example
 * ```ts
 * MARKER_IDS.map((m) => analysis.markers[m].per1kWords); // one rate per family
 * ```
 */
export const MARKER_IDS: readonly MarkerId[] = [
  'loaded',
  'hedge',
  'booster',
  'attribution',
  'scareQuote',
  'sentiment',
  'label',
] as const;

/**
 * Who is speaking at a given place in the article.
 * - `author`: the writer's own words.
 * - `quoted`: inside quotation marks (direct speech, partial or scare quotes).
 * - `reported`: inside the content of indirect speech ("Kirby said that ...", "according to ...").
 */
export type Voice = 'author' | 'quoted' | 'reported';

/**
 * Where in the article a finding sits: the headline (`title` option), the lede (first paragraph, or
 * first sentence of a one-paragraph text), or the body.
 */
export type Position = 'title' | 'lede' | 'body';

/**
 * A half-open character range `[start, end)` in UTF-16 code units of the caller's string, with the
 * text it covers: `input.slice(start, end) === span.text` always holds.
 *
 * @example
 * ```ts
 * const s: Span = { start: 4, end: 9, text: 'Kirby' }; // 'Yes, Kirby said'.slice(4, 9)
 * ```
 */
export interface Span {
  /** Offset of the first character (UTF-16 code units, 0-based). */
  start: number;
  /** Offset one past the last character. `end >= start`. */
  end: number;
  /** The covered text, exactly `input.slice(start, end)`. */
  text: string;
}

/**
 * One hit of one marker family, with its evidence span.
 *
 * Offsets point into the analysed `text`, or into `options.title` when `position === 'title'`.
 *
 * @example
 * ```ts
 * const f = analyze('The regime lied.').findings[0];
 * // { marker: 'loaded', category: 'loaded.pejorative-label', start: 4, end: 10, text: 'regime', ... }
 * ```
 */
export interface Finding extends Span {
  /** The marker family. */
  marker: MarkerId;
  /** The family's category, e.g. `hedge.modal`, `loaded.deceit`, `scare.so-called`, `neutral` (stance). */
  category: string;
  /**
   * Strength of the cue. Lexicon families: the entry's weight in [0, 1] (1 = strongest).
   * Sentiment: the AFINN score after negation, in [-5, 5] (negative = negative tone).
   */
  weight: number;
  /** The lexicon entry id that produced the finding, when it came from a lexicon. */
  entryId?: string;
  /** Index of the sentence (in `sentences` of the region: body or title). */
  sentence: number;
  /** Whose words these are. */
  voice: Voice;
  /** Headline, lede or body. */
  position: Position;
  /** For `label` findings: the canonical actor ("China", "John Kirby"). */
  actor?: string;
  /** A short human-readable note (the lexicon entry's notes, or the rule that fired). */
  note?: string;
}

/**
 * Per-family totals.
 *
 * @example
 * ```ts
 * analyze(text).markers.hedge; // { count: 7, per1kWords: 9.8, weighted: 4.1, byCategory: {...}, byVoice: {...} }
 * ```
 */
export interface MarkerSummary {
  /** Number of findings, >= 0. */
  count: number;
  /** Findings per 1,000 words of the body (title excluded), >= 0; 0 for an empty text. Higher = denser. */
  per1kWords: number;
  /** Sum of finding weights (sentiment: sum of signed AFINN scores). */
  weighted: number;
  /** Number of findings per category. */
  byCategory: Record<string, number>;
  /** Number of findings per voice. */
  byVoice: Record<Voice, number>;
}

/**
 * How one actor is named, and the tone around it.
 *
 * @example
 * ```ts
 * analyze(seed).labels.find((l) => l.actor === 'China');
 * // { actor: 'China', mentions: 31, labels: [{ label: 'CCP', category: 'label.party', count: 12, weight: 0.5 }, ...], ... }
 * ```
 */
export interface ActorLabels {
  /** Canonical actor name. */
  actor: string;
  /** `lexicon` for actors of the actors lexicon, `person` for people found as proper-noun runs. */
  origin: 'lexicon' | 'person';
  /** Number of mentions (label findings), >= 1. */
  mentions: number;
  /**
   * Each label used, most frequent first: one row per actors-lexicon entry (shown as its most frequent
   * written form, e.g. "CCP" for "CCP’s" and "(CCP)"), or per name form for people.
   */
  labels: Array<{
    /** The label as written (its most frequent form). */
    label: string;
    /** The actors-lexicon category (`label.capital-metonym`, `label.party`, …; `label.person` for people). */
    category: string;
    /** Mentions with this label, >= 1. */
    count: number;
    /** The label's weight, 0 (neutral) to 1 (slur). */
    weight: number;
    /** The actors-lexicon entry, for lexicon actors. */
    entryId?: string;
  }>;
  /** Mean of the per-sentence comparative sentiment over sentences that mention the actor, in [-5, 5]; 0 when no words. */
  meanSentiment: number;
  /** Number of distinct sentences mentioning the actor. */
  sentences: number;
}

/** Sentiment of a group of tokens: sum of AFINN scores, word count, and the sum divided by words. */
export interface SentimentScore {
  /** Sum of AFINN scores after negation (unbounded; negative = negative tone). */
  score: number;
  /** Number of words counted. */
  words: number;
  /** `score / words`, in [-5, 5]; 0 when there are no words. */
  comparative: number;
}

/** Sentiment of the document, of each voice and of each sentence. */
export interface SentimentSummary {
  /** The whole body (title excluded). */
  document: SentimentScore;
  /** Split by voice: the writer's own words vs quoted vs reported speech. */
  byVoice: Record<Voice, SentimentScore>;
  /** One entry per body sentence, in order. */
  sentences: Array<
    SentimentScore & {
      /** Index of the body sentence (in `ArticleAnalysis.sentences`). */
      sentence: number;
    }
  >;
  /** The headline, when a title was given. */
  title?: SentimentScore;
}

/** A sentence of the analysed body. */
export interface SentenceInfo extends Span {
  /** Paragraph index (0-based). */
  paragraph: number;
  /** Number of words. */
  words: number;
  /** Content-term keys of the sentence, in order (see `ArticleAnalysis.terms`): used to align passages across articles. */
  terms: string[];
  /** Start offset of each term's token, parallel to `terms`. */
  termStarts: number[];
}


/** A non-fatal problem in the text (never thrown). */
export interface AnalysisWarning {
  /** Stable code: `empty-text`, `no-sentence-end`, `quote-unclosed`, `quote-unmatched-close`, `looks-like-html`, `control-characters`, `offset-mismatch`. */
  code: string;
  /** Human-readable explanation. */
  message: string;
  /**
   * Where, when it concerns a place: a UTF-16 offset (0 or more) into the text, or into the title
   * when `position` is `'title'`.
   */
  start?: number;
  /** End of that place (exclusive, at least `start`), in the same string as `start`. */
  end?: number;
  /**
   * `'title'` when the warning concerns the headline (`options.title`): then `start` and `end` are
   * offsets into the title, and the message begins with "title: ". Absent for the text.
   *
   * @example
   * ```ts
   * analyze('', { title: '“Unclosed' }).warnings[1]; // { code: 'quote-unclosed', position: 'title', start: 0, end: 9, … }
   * ```
   */
  position?: 'title';
}

/**
 * The result of `analyze()` for one article (schema version "1"). Plain JSON.
 *
 * @example
 * ```ts
 * const a = analyze(text, { outlet: 'Voice of Hope', title: 'Headline' });
 * a.markers.loaded.per1kWords; // 41.2
 * a.findings.filter((f) => f.marker === 'scareQuote').map((f) => f.text); // ['“peace”', ...]
 * ```
 */
export interface ArticleAnalysis {
  /** Always "1" for this shape. */
  schemaVersion: '1';
  /** `options.id`, or `null`. */
  id: string | null;
  /** `options.outlet`, or `null`. */
  outlet: string | null;
  /** The headline, when given. */
  title: string | null;
  /** Sizes of the body (title excluded). */
  counts: {
    /** Word tokens (clitics such as "'s" and "n't" not counted separately). */
    words: number;
    /** Sentences (wink-nlp sentences, split at paragraph breaks). */
    sentences: number;
    /** All tokens including punctuation (whitespace-only tokens excluded). */
    tokens: number;
    /** Paragraphs (separated by line breaks). */
    paragraphs: number;
  };
  /** The markers that were run. */
  markersRun: MarkerId[];
  /** Every finding of every family; title findings first, then body findings by `start`. */
  findings: Finding[];
  /** Totals per family (families not run have zero totals). */
  markers: Record<MarkerId, MarkerSummary>;
  /** Attributions in text order (title ones first). */
  attributions: Attribution[];
  /** Attribution density measures. */
  attributionStats: AttributionStats;
  /** Per canonical source, most attributions first (pronouns that were never resolved to a name, and a bare document noun with no owner such as "the statement", are counted in `attributionStats`, not here). */
  speakers: Speaker[];
  /** Per actor, most mentions first. */
  labels: ActorLabels[];
  /** Sentiment totals. */
  sentiment: SentimentSummary;
  /** Body sentences with their spans. */
  sentences: SentenceInfo[];
  /**
   * Content-word counts of the body, for vocabulary comparison: lemmas for common words ("claim"),
   * the written form for proper nouns ("CCP"); stop words, punctuation and numbers left out.
   */
  terms: Record<string, number>;
  /** Non-fatal problems found in the text. */
  warnings: AnalysisWarning[];
}
