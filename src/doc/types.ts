/**
 * The analysed document's shape: tokens with exact offsets, sentences, paragraphs and quotation
 * regions. Built by `buildDoc` (build-doc.ts); every marker reads it and none calls wink.
 */
import type { AnalysisWarning } from '../types';
import type { QuoteRegion } from './quotes';

/** One token of the analysed text. Offsets are UTF-16 indices into the original string. */
export interface Token {
  /** Index in `AnalyzedDoc.tokens`. */
  i: number;
  /** The text as written. */
  value: string;
  /** Lower case, curly apostrophes made straight. */
  normal: string;
  /** Base form (wink lemma; the normal form when wink gives none). */
  lemma: string;
  /** Universal POS tag from wink. */
  pos: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Sentence index. */
  sentence: number;
  /** Paragraph index. */
  paragraph: number;
  /** Inside the scope of a negation (wink's negation flag: after not / n't / never up to punctuation). */
  negated: boolean;
  /** Counts as a word (letters or digits, not a clitic such as 's or n't). */
  isWord: boolean;
  /** Punctuation or symbol. */
  isPunct: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /**
   * Inside a Title Case line or a run of capitals, whose POS tag and lemma come from a case-folded
   * reading (`case-fold.ts`): its capital is the line's style, no evidence of a name.
   */
  folded: boolean;
  /** A stop word (wink's list: the, of, and, …). */
  stop: boolean;
  /** Index of the innermost quotation region whose content contains the token, or -1. */
  quote: number;
}

/** A sentence: wink's sentence split, also split at paragraph breaks. */
export interface DocSentence {
  /** Index in `AnalyzedDoc.sentences`. */
  i: number;
  /** Start offset (the first token's start). */
  start: number;
  /** End offset, exclusive (the last token's end). */
  end: number;
  /** First token index. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
  /** Paragraph index. */
  paragraph: number;
  /** Number of word tokens. */
  words: number;
}

/** A paragraph: text between line breaks. */
export interface DocParagraph {
  /** Index in `AnalyzedDoc.paragraphs`. */
  i: number;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** First token index. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
  /** First sentence index. */
  sentenceStart: number;
  /** One past the last sentence index. */
  sentenceEnd: number;
}

/** The analysed text: everything the markers need, computed in one wink pass. */
export interface AnalyzedDoc {
  /** The caller's original string (every offset indexes it). */
  text: string;
  /** Tokens in text order, whitespace left out. */
  tokens: Token[];
  /** Sentences in text order. */
  sentences: DocSentence[];
  /** Paragraphs in text order. */
  paragraphs: DocParagraph[];
  /** Quotation regions (see quotes.ts). */
  quotes: QuoteRegion[];
  /** Number of word tokens. */
  words: number;
  /** Problems found in the text (never thrown). */
  warnings: AnalysisWarning[];
}
