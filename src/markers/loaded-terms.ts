/**
 * Loaded terms: pejorative labels, delegitimising qualifiers, deceit framing, emotive condemnation,
 * militarised metaphors, exaggeration (Recasens et al. 2013; Da San Martino et al. 2019; Fan et al.
 * 2019). Lexicon: `lexicons/loaded.json`.
 *
 * Span rule (PTC "Name calling, labeling"): a label is often a whole noun phrase ("radical leftist
 * boss", "so-called experts"), so an evaluative adjective or delegitimising qualifier is widened over
 * the adjectives and nouns it modifies, up to the head noun (at most {@link MAX_WIDEN} tokens, same
 * sentence, never into the next finding).
 */
import type { Token } from '../doc/build-doc';
import type { LexiconMatch } from '../lexicon/compile';
import type { Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

/** Most tokens a finding is widened by. */
export const MAX_WIDEN = 3;

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * End (token index) of the phrase a loaded modifier heads into, or `m.to` when it heads into none:
 * - an adjective ("radical", "corrupt") or delegitimising qualifier ("so-called", "self-proclaimed")
 *   is widened over the adjectives and nouns it modifies, up to the last noun ("radical leftist boss");
 * - an intensifying adverb ("completely", "utterly") is widened over the adjective or noun phrase it
 *   intensifies ("utterly shameful decision");
 * - a pejorative label noun is widened over the nouns it modifies as a compound ("thug mentality").
 * At most {@link MAX_WIDEN} tokens, in the same sentence, stopping at punctuation and never reaching
 * `limit` (the next finding).
 */
export function widenLabel(m: LexiconMatch, tokens: readonly Token[], limit: number): number {
  const last = tokens[m.to - 1];
  if (last === undefined) return m.to;
  const adverb = last.pos === 'ADV';
  const labelNoun = NOMINAL.has(last.pos) && m.entry.category === 'loaded.pejorative-label';
  if (last.pos !== 'ADJ' && !adverb && !labelNoun && m.entry.category !== 'loaded.delegitimising') return m.to;
  let end = m.to;
  const stop = Math.min(limit, m.to + MAX_WIDEN);
  for (let k = m.to; k < stop; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== last.sentence || t.isPunct) break;
    if (NOMINAL.has(t.pos)) end = k + 1;
    else if (t.pos === 'ADJ' && !labelNoun) {
      if (adverb) end = k + 1;
    } else break;
  }
  return end;
}

/**
 * Heads that become conventional names after a proper-name modifier: "the Iranian regime", "the
 * Assad regime", "the Watergate scandal" name a government or an affair in neutral reporting, while
 * "the regime" and "a murderous regime" still label (Recasens et al. 2013 one-sided terms in context).
 */
const NAMED_HEADS = new Set(['loaded-regime', 'loaded-scandal']);

/** Context rule: veto a conventional-name head after a capitalised modifier inside the sentence. */
export function acceptLoaded(tokens: readonly Token[]): (m: LexiconMatch) => boolean {
  return (m) => {
    if (!NAMED_HEADS.has(m.entry.id)) return true;
    const prev = tokens[m.from - 1];
    const before = tokens[m.from - 2];
    if (prev === undefined || prev.sentence !== tokens[m.from]?.sentence) return true;
    if (!prev.capitalised || !(prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'NOUN')) return true;
    // a capitalised first word of the sentence is not a name ("Regime change ...", "Corrupt regime")
    return before === undefined || before.sentence !== prev.sentence;
  };
}

export const loadedTermsMarker: Marker<'loaded'> = {
  id: 'loaded',
  description: 'Loaded and pejorative wording, by category and weight.',
  detect(ctx: MarkerContext): Finding[] {
    return lexicalFindings(ctx, 'loaded', ctx.lexicons.loaded, acceptLoaded(ctx.doc.tokens), widenLabel);
  },
};
