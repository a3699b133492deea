/**
 * Token post-processing: wink's reading of a text (`wink-read.ts`, the only module that calls wink)
 * turned into an `AnalyzedDoc`: tokens with exact offsets into the caller's string, possessives
 * split, sentences split at paragraph breaks, paragraphs and quotation regions. Every marker reads
 * this structure; none calls wink.
 *
 * This module is also the doc folder's front door: it re-exports the document types, the token
 * lookups and `tokenizeTerm`, so that importers need one path.
 */
import { applyFolded, foldPlan } from './case-fold';
import { MAX_RUN } from './long-runs';
import type { AnalysisWarning } from '../types';
import { markPluralPossessives, splitPossessive } from './possessive';
import { findQuoteRegions, type QuoteRegion } from './quotes';
import { lowerBound } from './tokens';
import type { AnalyzedDoc, DocParagraph, DocSentence, Token } from './types';
import { readWink, type Lexeme, type WinkTokens } from './wink-read';

export { nameHints } from './case-fold';
export type { QuoteRegion } from './quotes';
export type { AnalyzedDoc, DocParagraph, DocSentence, Token } from './types';
export { lowerBound, nameCapital, neighbour, termKey } from './tokens';
export { tokenizeTerm, WINK_PIPE } from './wink-read';

/** A document token from a lexeme (sentence and quotation are filled in later). */
function tokenOf(i: number, x: Lexeme, lemma: string, pos: string, start: number, end: number, paragraph: number, negated: boolean): Token {
  return {
    i,
    value: x.value,
    normal: x.normal,
    lemma,
    pos,
    start,
    end,
    sentence: 0,
    paragraph,
    negated,
    isWord: x.isWord,
    isPunct: x.isPunct,
    capitalised: x.capitalised,
    folded: false,
    stop: x.stop,
    quote: -1,
  };
}

/** The document's tokens placed in the text, and how they map back to wink's tokens. */
interface PlacedTokens {
  /** The document's tokens (sentence and quotation not yet set). */
  tokens: Token[];
  /** Our first token of each wink token (-1: whitespace or not placed). */
  tokenOfRaw: Int32Array;
  /** Our last token of each wink token (a split possessive gives two). */
  lastOfRaw: Int32Array;
  /** Token indices that start a paragraph. */
  paragraphStartsAt: number[];
}

/**
 * Step 1: offsets of every wink token, and which of them start a new paragraph. wink keeps each
 * token's preceding whitespace, so summing whitespace and token lengths walks the original string;
 * where a token is not found at the expected offset (never seen, but cheap to guard), it is
 * searched forward and a warning is recorded.
 */
function placeTokens(text: string, raw: WinkTokens, warnings: AnalysisWarning[]): PlacedTokens {
  const n = raw.lex.length;
  const tokens: Token[] = [];
  const tokenOfRaw = new Int32Array(n).fill(-1);
  const lastOfRaw = new Int32Array(n).fill(-1);
  let cursor = 0;
  let pendingBreak = false;
  const paragraphStartsAt: number[] = []; // token indices starting a paragraph
  let mismatchWarned = false;
  for (let k = 0; k < n; k += 1) {
    const x = raw.lex[k] as Lexeme;
    const value = x.value;
    const spaceLength = raw.spaceLengths[k] ?? 0;
    let start = cursor + spaceLength;
    if (text.startsWith(value, start)) {
      // expected
    } else {
      const found = text.indexOf(value, cursor);
      if (found < 0) {
        if (!mismatchWarned) {
          warnings.push({ code: 'offset-mismatch', message: `framelens could not place the token ${JSON.stringify(value)} in the text; it was skipped`, start: cursor, end: cursor });
          mismatchWarned = true;
        }
        continue;
      }
      start = found;
    }
    if (start === cursor + spaceLength ? raw.spaceBreaks[k] === 1 : text.slice(cursor, start).includes('\n')) pendingBreak = true;
    const end = start + value.length;
    cursor = end;
    if (x.blank) {
      if (value.includes('\n')) pendingBreak = true;
      continue;
    }
    if (pendingBreak || tokens.length === 0) paragraphStartsAt.push(tokens.length);
    pendingBreak = false;
    tokenOfRaw[k] = tokens.length;
    pushToken(tokens, x, raw, k, start, end, paragraphStartsAt.length - 1);
    lastOfRaw[k] = tokens.length - 1;
  }
  return { tokens, tokenOfRaw, lastOfRaw, paragraphStartsAt };
}

/** The token(s) of wink token `k` at `[start, end)`: two when it is a possessive read whole. */
function pushToken(tokens: Token[], x: Lexeme, raw: WinkTokens, k: number, start: number, end: number, paragraph: number): void {
  const negated = raw.negations[k] === 1;
  const possessive = x.isWord ? splitPossessive(x) : null;
  if (possessive !== null) {
    // "Trump’s" read as one token: the same two tokens wink gives when it splits the clitic
    const [base, clitic] = possessive;
    const mid = start + base.value.length;
    tokens.push(tokenOf(tokens.length, base, base.normal, base.capitalised ? 'PROPN' : 'NOUN', start, mid, paragraph, negated));
    tokens.push(tokenOf(tokens.length, clitic, clitic.normal, 'PART', mid, end, paragraph, negated));
  } else {
    tokens.push(tokenOf(tokens.length, x, raw.lemmas[k] as string, raw.pos[k] ?? 'X', start, end, paragraph, negated));
  }
}

/**
 * True when wink's sentence break before token `from` falls inside one sentence: after a quotation
 * that ends in "!" or "?" its sentence goes on in lower case ("“Why?” asked the mayor", "“We love
 * cats!” reply Burton and Nick"), in the same paragraph.
 */
function continuesAfterQuote(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  const close = tokens[from - 1];
  const mark = tokens[from - 2];
  if (first === undefined || close === undefined || mark === undefined || first.paragraph !== close.paragraph) return false;
  return /^["”’]$/.test(close.value) && (mark.value === '!' || mark.value === '?') && first.isWord && /^\p{Ll}/u.test(first.value);
}

/** How far back (tokens) {@link continuesParenthesis} looks for the parenthesis a break may be inside. */
const PAREN_REACH = 24;

/**
 * True when wink's sentence break before token `from` falls inside a parenthesis or right after
 * one that ends in an abbreviation: a party-and-state label ("Sen. Chuck Schumer (D-N.Y.) said",
 * "Rep. Bobby Scott (D-Va.), the ranking member, said") is split at its full stops. The break is
 * no break when a parenthesis opened in the last 24 tokens of the sentence so far closes within a
 * few tokens, with no full stop after a word between, or when the sentence so far ends in "." + ")"
 * and the next words go on in lower case or after a comma or semicolon. `pendingFrom` is the first token of
 * the sentence so far.
 */
function continuesParenthesis(tokens: readonly Token[], pendingFrom: number, from: number): boolean {
  const first = tokens[from];
  const close = tokens[from - 1];
  if (first === undefined || close === undefined || first.paragraph !== close.paragraph) return false;
  // an open parenthesis among the last PAREN_REACH tokens of the sentence so far (a bounded look
  // back: merged sentences grow, and rescanning them whole at every break would be quadratic)
  let open = false;
  for (let k = from - 1, closed = 0; k >= Math.max(pendingFrom, from - PAREN_REACH); k -= 1) {
    const v = tokens[k]?.value;
    if (v === ')') closed += 1;
    else if (v === '(') {
      if (closed === 0) {
        open = true;
        break;
      }
      closed -= 1;
    }
  }
  if (open) {
    for (let k = from; k < from + 6; k += 1) {
      const t = tokens[k];
      if (t === undefined || t.paragraph !== first.paragraph || t.value === '(') return false;
      if (t.value === ')') return true;
      if (t.value === '.' && tokens[k - 1]?.isWord === true && (tokens[k - 1]?.value.length ?? 0) > 4) return false;
    }
    return false;
  }
  const stop = tokens[from - 2];
  if (close.value !== ')' || stop === undefined || !(stop.value === '.' || stop.value.endsWith('.'))) return false;
  return first.value === ',' || first.value === ';' || (first.isWord && /^\p{Ll}/u.test(first.value));
}

/** Step 2: sentences, wink's spans split at paragraph starts (sets each token's `sentence`). */
function splitSentences(placed: PlacedTokens, sentenceSpans: ReadonlyArray<readonly [number, number]>, n: number): DocSentence[] {
  const { tokens, tokenOfRaw, lastOfRaw, paragraphStartsAt } = placed;
  const sentences: DocSentence[] = [];
  const isParagraphStart = new Uint8Array(tokens.length + 1);
  for (const p of paragraphStartsAt) isParagraphStart[p] = 1;
  let pending: [number, number] | null = null;
  const pushSentence = (from: number, to: number): void => {
    if (to <= from) return;
    if (pending !== null && pending[1] === from && (continuesAfterQuote(tokens, from) || continuesParenthesis(tokens, pending[0], from))) {
      pending[1] = to;
      return;
    }
    if (pending !== null) emit(pending[0], pending[1]);
    pending = [from, to];
  };
  const emit = (from: number, to: number): void => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (first === undefined || last === undefined) return;
    let words = 0;
    for (let t = from; t < to; t += 1) {
      const tok = tokens[t];
      if (tok !== undefined) {
        tok.sentence = sentences.length;
        if (tok.isWord) words += 1;
      }
    }
    sentences.push({ i: sentences.length, start: first.start, end: last.end, tokenStart: from, tokenEnd: to, paragraph: first.paragraph, words });
  };
  for (const [a, b] of sentenceSpans) {
    // map raw token indices to our token indices (skipping whitespace tokens)
    let from = -1;
    let to = -1;
    for (let k = a; k <= b && k < n; k += 1) {
      const t = tokenOfRaw[k] ?? -1;
      if (t >= 0) {
        if (from < 0) from = t;
        to = (lastOfRaw[k] ?? t) + 1;
      }
    }
    if (from < 0) continue;
    let segStart = from;
    for (let t = from + 1; t < to; t += 1) {
      if (isParagraphStart[t] === 1) {
        pushSentence(segStart, t);
        segStart = t;
      }
    }
    pushSentence(segStart, to);
  }
  const last = pending as [number, number] | null;
  if (last !== null) emit(last[0], last[1]);
  return sentences;
}

/** Step 3: paragraphs, from the tokens that start one. */
function paragraphsOf(tokens: readonly Token[], paragraphStartsAt: readonly number[]): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  for (let p = 0; p < paragraphStartsAt.length; p += 1) {
    const tokenStart = paragraphStartsAt[p] ?? 0;
    const tokenEnd = paragraphStartsAt[p + 1] ?? tokens.length;
    const first = tokens[tokenStart];
    const last = tokens[tokenEnd - 1];
    if (first === undefined || last === undefined) continue;
    paragraphs.push({ i: p, start: first.start, end: last.end, tokenStart, tokenEnd, sentenceStart: first.sentence, sentenceEnd: last.sentence + 1 });
  }
  return paragraphs;
}

/** Step 4: each token's innermost quotation region (sets each token's `quote`). */
function markQuotes(tokens: readonly Token[], quotes: readonly QuoteRegion[]): void {
  for (const region of quotes) {
    let lo = lowerBound(tokens, region.contentStart);
    while (lo < tokens.length) {
      const tok = tokens[lo];
      if (tok === undefined || tok.start >= region.contentEnd) break;
      const current = tok.quote >= 0 ? quotes[tok.quote] : undefined;
      if (current === undefined || current.depth <= region.depth) tok.quote = region.i;
      lo += 1;
    }
  }
}

/**
 * Read `text` with wink-nlp and build the analysed document (one reading, plus one of its Title Case
 * lines and runs of capitals case-folded when it has any: `case-fold.ts`).
 *
 * @param names - words to keep capitalised when a Title Case line is read case-folded, besides
 *   the names of the text's own prose (for a headline: its article's names)
 * @example
 * ```ts
 * const doc = buildDoc('“We do not support it,” Kirby said.\n\nThe talks resume.');
 * doc.tokens.length;     // 15
 * doc.sentences.length;  // 2
 * doc.paragraphs.length; // 2
 * doc.quotes.length;     // 1
 * ```
 */
export function buildDoc(text: string, names?: ReadonlySet<string>): AnalyzedDoc {
  const warnings: AnalysisWarning[] = [];
  if (text.trim() === '') {
    return { text, tokens: [], sentences: [], paragraphs: [], quotes: [], words: 0, warnings };
  }
  const raw = readWink(text);
  const placed = placeTokens(text, raw, warnings);
  const { tokens } = placed;
  const sentences = splitSentences(placed, raw.sentenceSpans, raw.lex.length);
  // Title Case lines and runs of capitals: POS and lemmas of their case-folded reading (case-fold.ts)
  const plan = foldPlan(text, tokens, sentences, names);
  if (plan !== null) applyFolded(tokens, plan, placeTokens(plan.text, readWink(plan.text), []).tokens);
  const paragraphs = paragraphsOf(tokens, placed.paragraphStartsAt);
  const quotes = findQuoteRegions(text, paragraphs, warnings);
  markQuotes(tokens, quotes);
  const marks = new Set<number>();
  for (const q of quotes) {
    marks.add(q.start);
    marks.add(q.end - 1);
  }
  markPluralPossessives(tokens, marks);

  let words = 0;
  for (const t of tokens) if (t.isWord) words += 1;
  if (raw.masked > 0) {
    warnings.push({ code: 'long-token', message: `the text has runs of more than ${MAX_RUN} characters without a space; ${raw.masked} of their characters were read as spaces (the tokenizer is quadratic in a run's length)` });
  }

  if (sentences.length === 1 && tokens.length > 0) {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && !/[.!?"”’)\]]$/.test(last.value) && words > 40) {
      warnings.push({ code: 'no-sentence-end', message: `the text has ${words} words and no sentence end; sentence-level measures treat it as one sentence` });
    }
  }
  return { text, tokens, sentences, paragraphs, quotes, words, warnings };
}
