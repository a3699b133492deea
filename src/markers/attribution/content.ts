/**
 * What is reported: the content span of an indirect attribution (the clause after the cue, or
 * before "according to X"), the clause after a sourceless cue, and the number of quoted words in
 * a span. Pure functions of the document and cue indexes; the structure stages call them.
 */
import { lowerBound, type AnalyzedDoc, type DocSentence } from '../../doc/build-doc';
import type { AttributionSource, Span } from '../../types';
import { PREP_CUES, type Cue, type CueIndex } from './cues';
import { tokenSpan, type DocIndex } from './document';
import { npRight } from './phrases';

/** Longest indirect-speech content, in tokens (a text with no sentence end has one long sentence). */
export const MAX_CONTENT_TOKENS = 120;

/**
 * Word tokens inside quotation marks in `[start, end)`.
 *
 * @example
 * ```ts
 * const doc = buildDoc('He called it “a total failure” today.');
 * quotedWordsIn(doc, 0, doc.text.length); // 3
 * ```
 */
export function quotedWordsIn(doc: AnalyzedDoc, start: number, end: number): number {
  let n = 0;
  for (let k = lowerBound(doc.tokens, start); k < doc.tokens.length; k += 1) {
    const t = doc.tokens[k];
    if (t === undefined || t.start >= end) break;
    if (t.isWord && t.quote >= 0) n += 1;
  }
  return n;
}

/**
 * The clause after a sourceless cue, from token `from` to the sentence end `sentenceEnd` (the
 * reported question or expectation), without trailing punctuation.
 *
 * @example
 * ```ts
 * clauseAfter(ix, 3, 8)?.text; // 'whether he would run' in "Cook was asked whether he would run."
 * ```
 */
export function clauseAfter(ix: DocIndex, from: number, sentenceEnd: number): Span | null {
  let to = Math.min(sentenceEnd, from + MAX_CONTENT_TOKENS);
  while (to > from && ix.tokens[to - 1]?.isPunct === true) to -= 1;
  return to > from ? tokenSpan(ix.doc, from, to) : null;
}

/**
 * The content of an indirect attribution of `cue` to `source` in `sentence`: for "according to X"
 * the clause before the cue ("X happened, according to Y") or after the source; for a verb the
 * clause after it, past an inverted source, the addressee of "told reporters" and "that", stopping
 * before the next cue's clause ("…, adding that …"). At most {@link MAX_CONTENT_TOKENS} tokens,
 * trailing punctuation outside quotation marks trimmed.
 *
 * @example
 * ```ts
 * reportedContent(ix, cx, cue, source, doc.sentences[0])?.text; // 'the plan failed' in "Kirby said that the plan failed."
 * ```
 */
export function reportedContent(ix: DocIndex, cx: CueIndex, cue: Cue, source: AttributionSource, sentence: DocSentence): Span | null {
  const { tokens } = ix;
  let contentFrom: number;
  let contentTo: number;
  if (PREP_CUES.has(cue.lemma)) {
    const after = Math.min(lowerBound(tokens, source.end), sentence.tokenEnd);
    if (cue.from > sentence.tokenStart + 1) {
      contentFrom = Math.max(sentence.tokenStart, cue.from - MAX_CONTENT_TOKENS);
      contentTo = cue.from;
    } else {
      contentFrom = after;
      contentTo = Math.min(sentence.tokenEnd, after + MAX_CONTENT_TOKENS);
      while (contentFrom < contentTo && tokens[contentFrom]?.isPunct === true) contentFrom += 1;
    }
  } else {
    contentFrom = clauseStart(ix, cue, source, sentence.tokenEnd);
    contentTo = Math.min(sentence.tokenEnd, contentFrom + MAX_CONTENT_TOKENS);
    const nextCue = cx.cues[(cx.indexOf.get(cue) ?? cx.cues.length) + 1];
    if (nextCue !== undefined && nextCue.from < contentTo && tokens[nextCue.from - 1]?.value === ',') contentTo = nextCue.from - 1;
  }
  // trim trailing punctuation
  while (contentTo > contentFrom && tokens[contentTo - 1]?.isPunct === true && tokens[contentTo - 1]?.quote === -1) contentTo -= 1;
  return contentTo > contentFrom ? tokenSpan(ix.doc, contentFrom, contentTo) : null;
}

/** The first token of a verb cue's clause: past the source when inverted, the object of "told reporters", and "that". */
function clauseStart(ix: DocIndex, cue: Cue, source: AttributionSource, sentenceEnd: number): number {
  const { tokens } = ix;
  let contentFrom = cue.to;
  while (contentFrom < sentenceEnd) {
    const t = tokens[contentFrom];
    if (t === undefined) break;
    if ((t.start < source.end && t.start >= source.start) || (t.normal === 'by' && tokens[contentFrom + 1]?.start === source.start)) {
      contentFrom += 1;
      continue;
    }
    break;
  }
  if (ix.words.addresseeCues.has(cue.lemma)) {
    const obj = npRight(ix, contentFrom, sentenceEnd);
    if (obj !== null) contentFrom = obj.to;
  }
  const t = tokens[contentFrom];
  if (t !== undefined && (t.normal === 'that' || t.value === ',' || t.value === ':')) contentFrom += 1;
  return contentFrom;
}
