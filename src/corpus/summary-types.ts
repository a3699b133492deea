/**
 * The shape of {@link ArticleSummary}: the sufficient statistics of one article for corpus
 * profiles. Plain JSON, no article text.
 */
import type { AttributionKind, MarkerId, Position, SourceKind, Stance, Voice } from '../types';

/**
 * What `summarize()` records about an article besides its counts: where it belongs in a corpus.
 * Every field is optional; `id` and `outlet` default to the analysis's own.
 *
 * @example
 * ```ts
 * const meta: SummaryMeta = { id: 'a-17', outlet: 'Fox News', event: 'story-0042', date: '2022-03-01', groups: { leaning: 'right' } };
 * ```
 */
export interface SummaryMeta {
  /** The article's id (default: `analysis.id`). */
  id?: string;
  /** The outlet (default: `analysis.outlet`). */
  outlet?: string;
  /** The story or event the article reports, for within-event comparisons (e.g. a story id). */
  event?: string;
  /**
   * The publication date as ISO 8601 text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full timestamp
   * (`2022-03-01T08:30:00Z`). `month` and `year` groups are the calendar date as written (no time-zone
   * conversion).
   */
  date?: string;
  /**
   * Any other grouping of the article, key -> value (e.g. `{ leaning: 'right', period: 'after' }`).
   * Keys must not be `id`, `outlet`, `event`, `date`, `month` or `year`.
   */
  groups?: Record<string, string>;
}

/**
 * Counts of findings of one family, category, voice and position in one article:
 * `[family, category, voice, position, count]`, count >= 1.
 *
 * @example
 * ```ts
 * const cell: FindingCount = ['loaded', 'loaded.deceit', 'author', 'body', 2];
 * ```
 */
export type FindingCount = [MarkerId, string, Voice, Position, number];

/**
 * Attribution counts of one article (body only; continuations are counted in `byKind` only, as in
 * `analysis.attributionStats`).
 *
 * @example
 * ```ts
 * summary.attribution.bySourceKind.anonymous; // 3 attributions to unnamed sources
 * ```
 */
export interface SummaryAttribution {
  /** Attributions per speech-verb stance, each >= 0. */
  byStance: Record<Stance, number>;
  /**
   * Of `byStance`, the attributions whose cue is a document's conventional verb ("the lawsuit
   * alleges"), per stance; the `stance.*` measures count them as neutral. Absent in summaries written
   * before framelens 0.2 (read as none).
   */
  conventional?: Record<Stance, number>;
  /** Attributions per source kind, each >= 0. */
  bySourceKind: Record<SourceKind, number>;
  /** Attributions per structure (continuations and unattributed quotations included), each >= 0; `unattributed` absent in summaries written before framelens 0.2. */
  byKind: Record<AttributionKind, number>;
  /** Body words inside quotation marks, in [0, words]. */
  quotedWords: number;
}

/**
 * One speaker of one article.
 *
 * @example
 * ```ts
 * const s: SummarySpeaker = { canonical: 'John Kirby', kind: 'named', attributions: 9, quotedWords: 161 };
 * ```
 */
export interface SummarySpeaker {
  /** Canonical source name, as in `analysis.speakers`. */
  canonical: string;
  /** Source kind. */
  kind: SourceKind;
  /** Attributions to this speaker, >= 1. */
  attributions: number;
  /** Words quoted directly from this speaker, >= 0. */
  quotedWords: number;
}

/**
 * One label of an actor in one article.
 *
 * @example
 * ```ts
 * const l: SummaryLabel = { key: 'actor-ukraine-kyiv', label: 'Kyiv', category: 'label.capital-metonym', count: 3 };
 * ```
 */
export interface SummaryLabel {
  /** The lexicon entry id, or `person:<form>` for a person's name form. */
  key: string;
  /** The label's most frequent written form in the article. */
  label: string;
  /** The label's category (`label.capital-metonym`, `label.person-full`). */
  category: string;
  /** Mentions with this label, >= 1. */
  count: number;
}

/**
 * How one actor is named in one article.
 *
 * @example
 * ```ts
 * const l: SummaryActor = { actor: 'Ukraine', origin: 'lexicon', mentions: 3,
 *   labels: [{ key: 'label-kyiv', label: 'Kyiv', category: 'label.capital-metonym', count: 3 }] };
 * ```
 */
export interface SummaryActor {
  /** Canonical actor name. */
  actor: string;
  /** `lexicon` for actors of the actors lexicon, `person` for people found as proper-noun runs. */
  origin: 'lexicon' | 'person';
  /** Mentions (label findings in the body), >= 1. */
  mentions: number;
  /** Each label used; the counts add up to `mentions`. */
  labels: SummaryLabel[];
}

/**
 * The sufficient statistics of one article for corpus profiles (schema version "1"): counts,
 * never text. Typically 1–5 KB (most of it `terms`), about 1% of the full analysis.
 *
 * @example
 * ```ts
 * const s = summarize(analyze(text, { id: 'a1', outlet: 'Fox News' }), { date: '2022-03-01', event: 'story-7' });
 * s.words; // 812
 * s.findings.find(([f, , v]) => f === 'loaded' && v === 'author'); // ['loaded', 'loaded.deceit', 'author', 'body', 2]
 * ```
 */
export interface ArticleSummary {
  /** Always "1" for this shape. */
  schemaVersion: '1';
  /** Always `summary`: tells a summary from an analysis in mixed input. */
  kind: 'summary';
  /** Article id, or `null`. */
  id: string | null;
  /** Outlet, or `null`. */
  outlet: string | null;
  /** Event (story) id, or `null`. */
  event: string | null;
  /** Publication date (ISO 8601 text as given), or `null`. */
  date: string | null;
  /** Other groupings, key -> value (keys sorted). */
  groups: Record<string, string>;
  /** The marker families that were run (a family not run has no findings, which is not a zero rate). */
  markersRun: MarkerId[];
  /** Body words, >= 0 (as `analysis.counts.words`). */
  words: number;
  /** Body sentences, >= 0. */
  sentences: number;
  /** Headline words, >= 0 (0 when there is no headline). */
  titleWords: number;
  /** Body words by voice (author + quoted + reported = words). */
  wordsByVoice: Record<Voice, number>;
  /** Finding counts per family, category, voice and position (headline findings have position `title`), sorted. */
  findings: FindingCount[];
  /** Attribution counts of the body. */
  attribution: SummaryAttribution;
  /** Speakers (body attributions), most attributions first. */
  speakers: SummarySpeaker[];
  /** Actors and their labels, most mentions first. */
  labels: SummaryActor[];
  /** Sum of AFINN scores (after negation) per voice of the body, and of the headline; integers, negative = negative tone. */
  sentiment: Record<Voice | 'title', number>;
  /**
   * Content-term counts of the body (lemmas, proper nouns as written; no stop words) as
   * `[term, count]` pairs (count >= 1), in the order of `analysis.terms`. Pairs rather than an
   * object: parsing a million objects with different keys makes the JavaScript engine build a
   * hidden class per key sequence (gigabytes, and every parse slows down).
   */
  terms: Array<[string, number]>;
}
