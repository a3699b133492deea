/**
 * Scare quotes: short quoted words (1–3) that distance the writer from a word rather than report
 * speech (Predelli 2003): the "peace" plan, its "neutral" image, so-called "peacemakers". A short
 * quote that an attribution in the same sentence governs (Kirby said it would consolidate "Russian
 * conquest") is a partial quote, not a scare quote. A quote right after "so-called" is always a
 * scare quote.
 */
import { lowerBound, type Token } from '../doc/build-doc';
import type { Finding } from '../types';
import { containment } from '../util/intervals';
import { attributionWords } from './attribution/words';
import { quotationUse } from './quotation-use';
import type { Marker, MarkerContext } from './types';

/** Longest quotation (in words) that can be a scare quote. */
export const SCARE_QUOTE_MAX_WORDS = 3;

/**
 * The scare-quote family. Findings: one per quotation of 1–3 words that no speaker governs in its
 * sentence (category `scare.quote`, weight 0.6; `scare.so-called`, weight 0.9); the span includes
 * the quotation marks. Rate per 1,000 words >= 0, higher = more distancing by punctuation.
 *
 * @example
 * ```ts
 * analyze('Its “peace” plan failed.', { markers: ['scareQuote'] }).findings[0]?.text; // '“peace”'
 * ```
 */
export const scareQuotesMarker: Marker<'scareQuote'> = {
  id: 'scareQuote',
  description: 'Short quoted words used to distance the writer, not to report speech.',
  detect(ctx: MarkerContext): Finding[] {
    return findScareQuotes(ctx);
  },
};

/**
 * Scare-quote findings of a document (also used to give the words inside them the writer's voice).
 */
export function findScareQuotes(ctx: Pick<MarkerContext, 'doc' | 'attributions'> & Partial<Pick<MarkerContext, 'lexicons'>>): Finding[] {
  // analyze() needs them before the markers run (for voices) and the marker reports them: one computation
  const cached = cache.get(ctx.doc);
  if (cached !== undefined && cached.attributions === ctx.attributions) return cached.findings;
  const findings = detectScareQuotes(ctx);
  cache.set(ctx.doc, { attributions: ctx.attributions, findings });
  return findings;
}

const cache = new WeakMap<object, { attributions: MarkerContext['attributions']; findings: Finding[] }>();

function detectScareQuotes(ctx: Pick<MarkerContext, 'doc' | 'attributions'> & Partial<Pick<MarkerContext, 'lexicons'>>): Finding[] {
    const { doc, attributions } = ctx;
    const namingWords = ctx.lexicons === undefined ? EMPTY : attributionWords(ctx.lexicons.grammar).namingWords;
    const attributed = new Set<number>();
    // reported clauses with a speaker: a short quotation inside one is the speaker's word (a
    // partial quote: "a spokesman stated that it would consolidate “Russian conquest”")
    const reported: Array<[number, number]> = [];
    for (const a of attributions) {
      if (a.content === null) continue;
      if (a.kind !== 'indirect' && a.kind !== 'according-to') attributed.add(a.content.start);
      else if (a.source !== null && a.source.kind !== 'unknown') {
        reported.push([a.content.start, a.content.end]);
        if (a.contentRest !== undefined) reported.push([a.contentRest.start, a.contentRest.end]);
      }
    }
    const insideReported = containment(reported);
    const out: Finding[] = [];
    for (const r of doc.quotes) {
      if (r.depth !== 0 || r.close === null) continue;
      let words = 0;
      let firstTok = -1;
      let sentenceBreak = false;
      let last = '';
      for (const t of tokensIn(ctx, r.contentStart, r.contentEnd)) {
        if (firstTok < 0) firstTok = t.i;
        if (t.isWord) words += 1;
        if (/^[.!?]$/.test(t.value) && t.end < r.contentEnd) sentenceBreak = true;
        last = t.value;
      }
      // a quoted question or exclamation of two words or more ("Why now?", "Lock her up!") is an
      // utterance someone voiced, not a word the writer holds at a distance
      if (words >= 2 && (last === '?' || last === '!')) continue;
      if (words < 1 || words > SCARE_QUOTE_MAX_WORDS || sentenceBreak) continue;
      const openTok = tokensIn(ctx, r.start, r.contentStart)[0];
      const before = openTok === undefined ? undefined : doc.tokens[openTok.i - 1];
      const before2 = openTok === undefined ? undefined : doc.tokens[openTok.i - 3];
      const soCalled = before !== undefined && (before.normal === 'so-called' || (before.normal === 'called' && before2 !== undefined && before2.normal === 'so'));
      if (!soCalled && (attributed.has(r.contentStart) || insideReported(r.start, r.end))) continue;
      // a name (“Meet the Press”) or a mentioned word (the word “thug”) is not distancing
      if (!soCalled && openTok !== undefined && quotationUse(doc, openTok.i, firstTok, firstTok + countTokens(ctx, r.contentStart, r.contentEnd), namingWords) !== null) continue;
      const sentence = openTok?.sentence ?? doc.tokens[firstTok]?.sentence ?? 0;
      out.push({
        marker: 'scareQuote',
        category: soCalled ? 'scare.so-called' : 'scare.quote',
        start: r.start,
        end: r.end,
        text: doc.text.slice(r.start, r.end),
        weight: soCalled ? 0.9 : 0.6,
        sentence,
        voice: 'author',
        position: 'body',
        note: soCalled ? '"so-called" plus quotation marks: doubled distancing' : 'short quotation not governed by a speech verb and speaker in its sentence',
      });
    }
    return out;
}

/** Number of tokens overlapping `[start, end)`. */
function countTokens(ctx: Pick<MarkerContext, 'doc'>, start: number, end: number): number {
  return tokensIn(ctx, start, end).length;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Tokens overlapping `[start, end)`. */
function tokensIn(ctx: Pick<MarkerContext, 'doc'>, start: number, end: number): Token[] {
  const { tokens } = ctx.doc;
  let k = lowerBound(tokens, start);
  if (k > 0 && (tokens[k - 1]?.end ?? 0) > start) k -= 1;
  const out: Token[] = [];
  for (; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.start >= end) break;
    out.push(t);
  }
  return out;
}
