/**
 * Public data types of framelens (schema version "1").
 *
 * Every object here is plain JSON: no classes, no Maps, no `undefined` values that
 * `JSON.stringify` would drop silently (optional fields are omitted, never set to `undefined`).
 *
 * @packageDocumentation
 */

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
 * How a speech verb frames what it reports (Thompson & Ye 1991; Bell 1991).
 * - `neutral`: said, told, added.
 * - `emphatic`: stressed, insisted, emphasized, warned.
 * - `distancing`: claimed, alleged, purported (casts doubt on the content).
 * - `endorsing`: revealed, confirmed, admitted, pointed out, exposed (presupposes it is true).
 * - `accusing`: accused, denounced, slammed (reports conflict).
 */
export type Stance = 'neutral' | 'emphatic' | 'distancing' | 'endorsing' | 'accusing';

/**
 * What kind of source speaks.
 * - `named`: a person's name ("John Kirby", "Mr. Kirby").
 * - `institutional`: an organisation or a role ("the Kremlin", "a White House spokesman").
 * - `anonymous`: unnamed people ("officials", "a person familiar with the matter", "critics").
 * - `document`: a text that speaks ("a statement", "the report").
 * - `pronoun`: he / she / they / we, resolved to a named source when possible.
 * - `unknown`: a noun phrase the rules cannot classify.
 */
export type SourceKind = 'named' | 'institutional' | 'anonymous' | 'document' | 'pronoun' | 'unknown';

/**
 * The structure of an attribution.
 * - `direct`: a quotation with its cue ("…," Kirby said / Kirby said: "…").
 * - `continuation`: a quoted paragraph with no cue of its own that continues the previous speaker.
 * - `indirect`: reported speech without quotation marks (Kirby said that …).
 * - `according-to`: "according to X".
 * - `colon`: X: "…" with no verb.
 * - `unattributed`: a quotation that no cue governs and that continues no one (a quoted sentence
 *   standing alone, a quoted phrase of four words or more): someone's words with no speaker named.
 *   Its `source` is `null`, its `cue` the opening quotation mark (`verbClass: 'punctuation'`, lemma
 *   `"`), and it is counted in `byKind` and in the quoted-word share, never as a stance or a source
 *   kind. A quoted word or short phrase with no speaker stays a scare quote.
 *
 * @example
 * ```ts
 * analyze('The hall fell silent. “We will never give up.”').attributions[0]?.kind; // 'unattributed'
 * ```
 */
export type AttributionKind = 'direct' | 'continuation' | 'indirect' | 'according-to' | 'colon' | 'unattributed';

/**
 * Every attribution kind, in report order.
 *
 * @example
 * ```ts
 * ATTRIBUTION_KINDS.map((k) => analysis.attributionStats.byKind[k]); // one count per kind
 * ```
 */
export const ATTRIBUTION_KINDS: readonly AttributionKind[] = ['direct', 'continuation', 'indirect', 'according-to', 'colon', 'unattributed'] as const;

/**
 * The speech cue of an attribution: its span, lemma ("say", "according to") and stance. For an
 * `unattributed` quotation, the opening quotation mark (lemma `"`, class `punctuation`, stance
 * `neutral`).
 */
export interface AttributionCue extends Span {
  /** Base form of the cue (`:` for a colon, `"` for the opening mark of an unattributed quotation). */
  lemma: string;
  /** How the verb frames the content. */
  stance: Stance;
  /** Verb class: `speech` (say), `cognition` (believe), `evidence` (show), `punctuation` (colon). */
  verbClass: 'speech' | 'cognition' | 'evidence' | 'punctuation';
  /** Lexicon entry id of the cue, when it came from the speech-verb lexicon. */
  entryId?: string;
}

/** The source of an attribution: span, kind and canonical name. */
export interface AttributionSource extends Span {
  /** What kind of source. */
  kind: SourceKind;
  /**
   * The name the source is counted under: "John Kirby" for "Mr. Kirby", "Kirby" and "he" (when
   * resolved); the noun phrase without its article for institutions ("White House spokesman").
   */
  canonical: string;
}

/**
 * One attribution: who said what, and how the writer framed the saying.
 *
 * @example
 * ```ts
 * analyze('"We do not support it," Kirby said.').attributions[0];
 * // { kind: 'direct', cue: { text: 'said', lemma: 'say', stance: 'neutral', ... },
 * //   source: { text: 'Kirby', kind: 'named', canonical: 'Kirby', ... },
 * //   content: { text: 'We do not support it,', ... }, sentence: 0, quotedWords: 5 }
 * ```
 */
export interface Attribution {
  /** Structure of the attribution. */
  kind: AttributionKind;
  /** The cue (verb, phrase or colon). */
  cue: AttributionCue;
  /** The speaker, or `null` when none was found. */
  source: AttributionSource | null;
  /** What was said: the quotation (without marks) or the reported clause; `null` when not found. */
  content: Span | null;
  /** Sentence index of the cue. */
  sentence: number;
  /** Words inside quotation marks in `content` (0 for indirect speech). */
  quotedWords: number;
  /** For `continuation`: index in `attributions` of the attribution it continues. */
  continues?: number;
  /**
   * Present (and `true`) when the cue is the conventional verb of a document that speaks: a legal
   * filing or a charge sheet "alleges", "claims" or "charges" by convention ("the lawsuit alleges
   * that …"), so the verb is the neutral way to report it, not the writer's distancing. The cue keeps
   * its lexicon stance; the writer's stance measures (`attributionStats.byStance` minus
   * `attributionStats.conventional`, `compare()`'s stances, the corpus `stance.*` measures) count it
   * as neutral.
   *
   * @example
   * ```ts
   * analyze('The lawsuit alleges that the firm hid its losses.').attributions[0]?.conventional; // true
   * ```
   */
  conventional?: true;
  /** Headline or body. */
  position: Position;
}

/**
 * Per-speaker totals.
 *
 * @example
 * ```ts
 * analyze(seed).speakers[0]; // { canonical: 'John Kirby', kind: 'named', attributions: 9, quotedWords: 161, forms: ['John Kirby', 'Kirby', 'he'] }
 * ```
 */
export interface Speaker {
  /** Canonical source name. */
  canonical: string;
  /** Source kind (the most frequent kind among its mentions, pronouns aside). */
  kind: SourceKind;
  /** Number of attributions, >= 1. */
  attributions: number;
  /** Words quoted directly from this speaker, >= 0. */
  quotedWords: number;
  /** Surface forms used for this speaker, most frequent first. */
  forms: string[];
  /** Count of attributions per stance of the cue, as the writer chose it (a document's conventional verb counts as neutral). */
  stances: Record<Stance, number>;
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

/** Attribution density measures. */
export interface AttributionStats {
  /** Attributions per 1,000 words, >= 0 (continuations and unattributed quotations left out). */
  per1kWords: number;
  /** Attributions per sentence, >= 0 (as `per1kWords`). */
  perSentence: number;
  /** Share of body words inside quotation marks, in [0, 1]. */
  quotedWordShare: number;
  /** Count per source kind (continuations and unattributed quotations left out). */
  bySourceKind: Record<SourceKind, number>;
  /** Count per cue stance (continuations and unattributed quotations left out). */
  byStance: Record<Stance, number>;
  /**
   * Of `byStance`, the attributions whose cue is a document's conventional verb ("the lawsuit
   * alleges": `Attribution.conventional`), per stance, each in [0, `byStance[stance]`]. The writer's
   * own stance is `byStance` minus these, which count as neutral.
   */
  conventional: Record<Stance, number>;
  /** Count per attribution kind (continuations and unattributed quotations included). */
  byKind: Record<AttributionKind, number>;
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
