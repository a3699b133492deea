/**
 * Public data types of attribution (schema version "1"): the speech-verb stance, source kinds,
 * attribution kinds, one attribution with its cue, source and content, speakers, and the
 * attribution density measures. Re-exported by `types.ts`; plain JSON like every public type.
 *
 * @packageDocumentation
 */
import type { Span, Position } from './types';

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
  /**
   * Present when a parenthetical cue interrupts the reported clause mid-sentence: the rest of the
   * clause after it. `content` holds the part before the cue; both are the speaker's words
   * (`voice: 'reported'`), the cue and speaker between them the writer's.
   *
   * @example
   * ```ts
   * const [a] = analyze('The plan, officials said, was a disaster.').attributions;
   * [a?.content?.text, a?.contentRest?.text]; // ['The plan', 'was a disaster']
   * ```
   */
  contentRest?: Span;
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
