/**
 * What is reported: the content span of an indirect attribution (the clause after the cue, or
 * before "according to X"), the clause after a sourceless cue, and the number of quoted words in
 * a span. Pure functions of the document and cue indexes; the structure stages call them.
 */
import { lowerBound, type AnalyzedDoc, type DocSentence, type Token } from '../../doc/build-doc';
import type { AttributionSource, Span } from '../../types';
import { PREP_CUES, type Cue, type CueIndex } from './cues';
import { clauseBefore, clauseEnd, parentheticalRest } from './clause';
import { tokenSpan, type DocIndex } from './document';
import { beforeVerbGroup, npRight, pastTimePhrase, timeWord } from './phrases';

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
 * The clause after a sourceless cue, from token `start` (past a comma or colon) to the sentence end `sentenceEnd` (the
 * reported question or expectation), without trailing punctuation.
 *
 * @example
 * ```ts
 * clauseAfter(ix, 3, 8)?.text; // 'whether he would run' in "Cook was asked whether he would run."
 * ```
 */
export function clauseAfter(ix: DocIndex, start: number, sentenceEnd: number): Span | null {
  // "was asked, “Why now?”", "asked: whether …": the clause starts past the comma or colon
  let from = start;
  while (from < sentenceEnd && (ix.tokens[from]?.value === ',' || ix.tokens[from]?.value === ':')) from += 1;
  let to = clauseEnd(ix, from, Math.min(sentenceEnd, from + MAX_CONTENT_TOKENS));
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
  const before = PREP_CUES.has(cue.lemma) ? (cue.from > sentence.tokenStart + 1 ? cue.from : -1) : parentheticalCue(ix, cue, source, sentence);
  if (before >= 0) {
    // "X happened, according to Y" / "The talks will resume, the White House said Thursday, …": the
    // clause before the cue
    let end = before;
    while (end > sentence.tokenStart && tokens[end - 1]?.value === ',') end -= 1;
    contentTo = end;
    contentFrom = Math.max(clauseBefore(ix, end, sentence.tokenStart), end - MAX_CONTENT_TOKENS);
  } else if (PREP_CUES.has(cue.lemma)) {
    const after = Math.min(lowerBound(tokens, source.end), sentence.tokenEnd);
    contentFrom = after;
    while (contentFrom < sentence.tokenEnd && tokens[contentFrom]?.isPunct === true) contentFrom += 1;
    // "According to the Post, which first reported it, Pompeo met Kim": past the relative clause
    if (ix.words.relatives.has(tokens[contentFrom]?.normal ?? '') && tokens[contentFrom - 1]?.value === ',') {
      let c = contentFrom + 1;
      while (c < sentence.tokenEnd && tokens[c]?.value !== ',') c += 1;
      if (c < sentence.tokenEnd - 1) contentFrom = c + 1;
    }
    contentTo = clauseEnd(ix, contentFrom, Math.min(sentence.tokenEnd, contentFrom + MAX_CONTENT_TOKENS));
  } else {
    contentFrom = clauseStart(ix, cue, source, sentence.tokenEnd);
    contentTo = Math.min(sentence.tokenEnd, contentFrom + MAX_CONTENT_TOKENS);
    const nextCue = cx.cues[(cx.indexOf.get(cue) ?? cx.cues.length) + 1];
    if (nextCue !== undefined && nextCue.from < contentTo) {
      const comma = tokens[nextCue.from - 1]?.value === ',' ? nextCue.from - 1 : trailingSpeakerComma(ix, nextCue, contentFrom);
      if (comma >= 0) contentTo = comma;
      else if (cue.verbClass === 'speech') {
        // the speaker's next act ("said the plan was sound and denied that …", "have said … and have
        // demanded …"): the later cue takes the same speaker (inherit.ts), and the clause ends at
        // "and". Any later cue of the clause, not only the next ("have said they do not want … and
        // have demanded": "want" is a cue of its own), but only a verb of speech in the same form:
        // one coordinated inside the reported clause ("said money is needed to develop a vaccine and
        // learn more", "says they will go on and will see") stays in it, and so does one that a
        // lexical verb of the clause in its form is nearer to ("said he broke with policy and spoke
        // publicly": he spoke), unless a comma before the conjunction closes the clause ("requested
        // that they be sent to Congress, and made clear …")
        const form = verbForm(ix, cue.from);
        for (let c = (cx.indexOf.get(cue) ?? cx.cues.length) + 1; c < cx.cues.length; c += 1) {
          const later = cx.cues[c] as Cue;
          if (later.from >= contentTo) break;
          if (later.verbClass !== 'speech' || verbForm(ix, later.from) !== form) continue;
          const conj = coordinatedAt(ix, later.from, contentFrom);
          if (conj >= 0 && (tokens[conj]?.value === ',' || !sameFormVerbIn(ix, contentFrom, conj, later.from))) {
            contentTo = conj;
            break;
          }
        }
      }
    }
    contentTo = clauseEnd(ix, contentFrom, contentTo);
  }
  contentTo = trimTrailing(ix, contentFrom, contentTo);
  return contentTo > contentFrom ? tokenSpan(ix.doc, contentFrom, contentTo) : null;
}

/**
 * The conjunction ("and", "but", "or", with a comma before it or not) right before the verb of a
 * cue at `cueFrom` (auxiliaries and adverbs between: "and have demanded", "but quickly denied"), or
 * -1. A cue coordinated so has no subject of its own: it is the speaker's next act, not part of what
 * the earlier cue reported.
 */
function coordinatedAt(ix: DocIndex, cueFrom: number, from: number): number {
  const { tokens } = ix;
  const b = beforeVerbGroup(tokens, cueFrom, from + 1);
  const t = tokens[b];
  if (b <= from || t === undefined || t.pos !== 'CCONJ' || !COORDINATORS.has(t.normal)) return -1;
  return tokens[b - 1]?.value === ',' && b - 1 > from ? b - 1 : b;
}
const COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * A lexical verb (not an auxiliary or copula) outside quotation marks in `[from, to)` written in the
 * form of the verb at `k`, its own auxiliaries aside ("had called him and pressed": "pressed" can
 * share "had" with "called").
 */
function sameFormVerbIn(ix: DocIndex, from: number, to: number, k: number): boolean {
  const form = wordForm(ix.tokens[k]);
  for (let j = from; j < to; j += 1) if (ix.tokens[j]?.pos === 'VERB' && (ix.tokens[j]?.quote ?? 0) < 0 && wordForm(ix.tokens[j]) === form) return true;
  return false;
}

/** The form a verb token is written in: base, present (third person), -ing, or past (or participle). */
function wordForm(t: Token | undefined): string {
  if (t === undefined) return '';
  if (t.normal === t.lemma) return 'base';
  if (t.normal.endsWith('ing')) return 'ing';
  return t.normal.endsWith('s') && !t.lemma.endsWith('s') ? 'present' : 'past';
}

/**
 * The form of the verb at `k`, for comparing two coordinated verbs: its auxiliary ("have said":
 * `aux:have`), else present third person (`says`), base (`say`) or past (`said`).
 */
function verbForm(ix: DocIndex, k: number): string {
  const { tokens } = ix;
  let b = k - 1;
  while (b >= 0 && tokens[b]?.pos === 'ADV') b -= 1;
  const aux = tokens[b];
  if (aux !== undefined && aux.pos === 'AUX' && aux.sentence === tokens[k]?.sentence) return `aux:${aux.lemma}`;
  return wordForm(tokens[k]);
}

/**
 * The comma before a trailing attribution with its own speaker ("…, the people said.", "…, two
 * officials told reporters."): a later cue whose subject, a short noun phrase with no verb, starts
 * right after a comma, and that ends its clause. The reported clause of the earlier cue ends at that
 * comma. Returns its token index, or -1.
 */
function trailingSpeakerComma(ix: DocIndex, next: Cue, from: number): number {
  const { tokens } = ix;
  for (let k = next.from - 1; k > from && k >= next.from - 5; k -= 1) {
    const t = tokens[k];
    if (t === undefined || t.quote >= 0) return -1;
    if (t.value === ',') {
      if (k === next.from - 1) return -1;
      const after = tokens[pastTimePhrase(ix, next.to, ix.doc.sentences[t.sentence]?.tokenEnd ?? tokens.length, true)];
      return after === undefined || after.sentence !== t.sentence || (after.isPunct && after.value !== ',') ? k : -1;
    }
    if (t.isPunct || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return -1;
  }
  return -1;
}

/**
 * The end of `[from, to)` without trailing punctuation outside quotation marks, except a closing
 * quotation mark whose quotation opens inside the span (a partial quote at the end of a reported
 * clause keeps both its marks: `cats are “cuties”`).
 */
function trimTrailing(ix: DocIndex, from: number, to: number): number {
  const { tokens, doc } = ix;
  let end = to;
  while (end > from) {
    const t = tokens[end - 1];
    if (t === undefined || !t.isPunct || t.quote !== -1) break;
    const inner = tokens[end - 2];
    if (inner !== undefined && inner.quote >= 0 && end - 2 >= from) {
      const region = doc.quotes[inner.quote];
      if (region !== undefined && region.end === t.end && region.start >= (tokens[from]?.start ?? 0)) break;
    }
    end -= 1;
  }
  return end;
}

/**
 * The token index of the comma before a parenthetical cue, or -1: a cue whose speaker stands next to
 * it and that sits between commas or at the sentence end after a clause ("The talks will resume, he
 * said.", "…, the White House confirmed Thursday, where …", "…, said the spokesman."). Its content is
 * the clause before the comma.
 */
function parentheticalCue(ix: DocIndex, cue: Cue, source: AttributionSource, sentence: DocSentence): number {
  return parenthetical(ix, cue, source, sentence)?.left ?? -1;
}

/**
 * The commas around a parenthetical cue ({@link parentheticalCue}): `left`, the comma before it, and
 * `right`, the comma after it (past a time phrase), or -1 when the cue ends the sentence.
 */
function parenthetical(ix: DocIndex, cue: Cue, source: AttributionSource, sentence: DocSentence): { left: number; right: number } | null {
  const { tokens, words } = ix;
  const s0 = lowerBound(tokens, source.start);
  const s1 = lowerBound(tokens, source.end);
  let left: number;
  let past: number;
  if (s1 <= cue.from) {
    left = s0 - 1;
    past = cue.to;
  } else if (s0 >= cue.to) {
    left = cue.from - 1;
    past = s1;
  } else return null;
  if (left <= sentence.tokenStart || tokens[left]?.value !== ',' || (tokens[left - 1]?.quote ?? -1) >= 0 || /^["”’]$/.test(tokens[left - 1]?.value ?? '')) return null;
  // after the cue: the addressee of "told" ("…, officials told Fox News."; not the object of "promised
  // swift retaliation", which is its content), adverbs and time phrases
  // ("said Thursday", "said on Monday"), then a comma or the end
  if (cue.lemma === 'tell' && past === cue.to) {
    const obj = npRight(ix, past, sentence.tokenEnd);
    if (obj !== null) past = obj.to;
  }
  const k = pastTimePhrase(ix, past, sentence.tokenEnd, true);
  const after = tokens[k];
  if (k >= sentence.tokenEnd || after === undefined) return { left, right: -1 };
  if (after.value === ',') return { left, right: k };
  return after.isPunct && after.value !== '(' && after.quote < 0 && k === sentence.tokenEnd - 1 ? { left, right: -1 } : null;
}

/**
 * The rest of a reported clause after a parenthetical cue that interrupts it mid-sentence ("The
 * plan, officials said, was a disaster": `content` is "The plan", the rest "was a disaster"), or
 * `null` when the cue ends the sentence or the words after it are the writer's (`parentheticalRest`
 * in `clause.ts` decides). Trailing punctuation outside quotation marks is trimmed.
 *
 * @example
 * ```ts
 * contentRest(ix, cue, source, doc.sentences[0], content)?.text; // 'was a disaster'
 * ```
 */
export function contentRest(ix: DocIndex, cue: Cue, source: AttributionSource, sentence: DocSentence, content: Span): Span | null {
  if (PREP_CUES.has(cue.lemma)) return null;
  const p = parenthetical(ix, cue, source, sentence);
  if (p === null || p.right < 0) return null;
  const { tokens } = ix;
  // only a short parenthetical: its speaker and cue side by side, adverbs or auxiliaries between
  // ("officials have long said"), not a cue far from the speaker it was given
  const s0 = lowerBound(tokens, source.start);
  const s1 = lowerBound(tokens, source.end);
  const [gapFrom, gapTo] = s1 <= cue.from ? [s1, cue.from] : [cue.to, s0];
  for (let k = gapFrom; k < gapTo; k += 1) {
    const t = tokens[k];
    if (t === undefined || !(t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART')) return null;
  }
  const from = lowerBound(tokens, content.start);
  const to = lowerBound(tokens, content.end);
  if (to > p.left) return null;
  const restFrom = p.right + 1;
  const end = parentheticalRest(ix, from, to, restFrom, Math.min(sentence.tokenEnd, restFrom + MAX_CONTENT_TOKENS));
  if (end < 0) return null;
  const restTo = trimTrailing(ix, restFrom, end);
  return restTo > restFrom ? tokenSpan(ix.doc, restFrom, restTo) : null;
}

/** The first token of a verb cue's clause: past the source when inverted, the object of "told reporters", "as saying" after "quoted", and "that". */
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
  } else if (ix.words.askingCues.has(cue.lemma)) {
    // "asked Mr. Comey if their talk was private", "urged Congress to act": the addressee before the
    // question or the infinitive ("asked a question", "urged restraint" keep their object)
    const obj = npRight(ix, contentFrom, sentenceEnd);
    if (obj !== null && QUESTION_OPENERS.has(tokens[obj.to]?.normal ?? '')) contentFrom = obj.to;
  }
  // "was quoted (by the agency) as saying that …"
  if (cue.lemma === 'quote') {
    // the agent of a passive, or the object of an active "quoted the minister as saying"
    const agent = tokens[contentFrom]?.normal === 'by' ? npRight(ix, contentFrom + 1, sentenceEnd) : npRight(ix, contentFrom, sentenceEnd);
    const as = agent === null ? contentFrom : agent.to;
    if (tokens[as]?.normal === 'as' && tokens[as + 1]?.normal.endsWith('ing') === true) contentFrom = as + 2;
  }
  contentFrom = pastAdjunct(ix, contentFrom, sentenceEnd);
  const t = tokens[contentFrom];
  if (t !== undefined && (t.normal === 'that' || t.value === ',' || t.value === ':')) contentFrom += 1;
  return contentFrom;
}

/** Words that open the question or infinitive after an addressee of asking ("asked him whether …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'whether', 'why', 'what', 'how', 'when', 'where', 'who', 'to']);

/**
 * Past an adjunct between the cue and "that" ("said Tuesday that …", "said on Tuesday that …",
 * "writing on Twitter that …", "said in a statement that …"): when the words from `k` open with a
 * time word, an adverb or a preposition and reach "that" within seven words with no punctuation or
 * verb, the token of "that"; else `k`. A noun phrase ("said the report that he wrote was false")
 * opens with none of these and stays.
 */
function pastAdjunct(ix: DocIndex, k: number, sentenceEnd: number): number {
  const { tokens, words } = ix;
  const first = tokens[k];
  if (first === undefined || first.normal === 'that' || first.normal === 'so' || !(first.pos === 'ADP' || first.pos === 'ADV' || timeWord(first, words))) return k;
  for (let j = k + 1; j < sentenceEnd && j < k + 8; j += 1) {
    const u = tokens[j] as Token;
    if (u.normal === 'that') return j;
    if (u.isPunct || u.quote >= 0 || u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ' || u.pos === 'PRON') return k;
  }
  return k;
}
