/**
 * Span widening of the loaded-terms family (PTC "Name calling, labeling"): a label is often a whole
 * noun phrase ("radical leftist boss", "so-called experts"), so an evaluative adjective or
 * delegitimising qualifier is widened over the adjectives and nouns it modifies, up to the head noun
 * (at most {@link MAX_WIDEN} tokens, same sentence, never into the next finding); a loaded head is
 * widened left over the modifiers stacked before it ({@link widenLabelStart}), and coordinated
 * evaluative adjectives make one span. Pure functions of the match and the tokens.
 */
import { nameCapital, type Token } from '../../doc/build-doc';
import type { LexiconMatch } from '../../lexicon/compile';
import type { LoadedWords } from './words';

/** Most tokens a finding is widened by. */
export const MAX_WIDEN = 3;

/** Parts of speech of a label's head. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Categories whose adverbs grade a degree ("completely", "entirely", "utterly", "extremely"). */
export const DEGREE_CATEGORIES: ReadonlySet<string> = new Set(['loaded.exaggeration', 'loaded.subjective-intensifier']);

/** End of an adjective (optionally graded by one adverb) starting at `k`, or `k - 1` when there is none. */
function coordinatedAdjective(tokens: readonly Token[], k: number, stop: number, sentence: number): number {
  const a = tokens[k];
  if (a === undefined || k >= stop || a.sentence !== sentence) return k - 1;
  if (a.pos === 'ADJ') return k + 1;
  const b = tokens[k + 1];
  if (a.pos === 'ADV' && b !== undefined && k + 1 < stop && b.sentence === sentence && b.pos === 'ADJ') return k + 2;
  return k - 1;
}

/**
 * End (token index) of the phrase a loaded modifier heads into, or `m.to` when it heads into none:
 * - an adjective ("radical", "corrupt") or delegitimising qualifier ("so-called", "self-proclaimed")
 *   is widened over the adjectives and nouns it modifies, up to the last noun ("radical leftist boss");
 * - an intensifying adverb ("completely", "utterly") is widened over the adjective or noun phrase it
 *   intensifies ("utterly shameful decision");
 * - a pejorative label noun is widened over the nouns it modifies as a compound ("thug mentality").
 * At most {@link MAX_WIDEN} tokens, in the same sentence, stopping at punctuation and never reaching
 * `limit` (the next finding).
 *
 * @example
 * ```ts
 * // "radical leftist boss": "radical" is widened over the phrase it heads
 * widenLabel({ entry: radical, from: 0, to: 1 }, buildDoc('radical leftist boss').tokens, 3); // 3 (no match before the limit)
 * ```
 */
export function widenLabel(m: LexiconMatch, tokens: readonly Token[], limit: number, words?: LoadedWords): number {
  const last = tokens[m.to - 1];
  const first = tokens[m.from];
  // a gerund or participle the tagger read as a noun or adjective is still a verb ("him mocking X"),
  // and a phrasal verb ends with its particle ("fired back", not "fired back hours later")
  if (last === undefined || first === undefined || m.inflected === 'verbal' || verbalParticiple(tokens, m.from) || (m.to - m.from > 1 && first.pos === 'VERB')) return m.to;
  const adverb = last.pos === 'ADV';
  const labelNoun = NOMINAL.has(last.pos) && m.entry.category === 'loaded.pejorative-label';
  if (last.pos !== 'ADJ' && !adverb && !labelNoun && m.entry.category !== 'loaded.delegitimising') return m.to;
  let end = m.to;
  const stop = Math.min(limit, m.to + MAX_WIDEN);
  for (let k = m.to; k < stop; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== last.sentence || t.isPunct || (words !== undefined && words.timeHeads.has(t.normal))) break;
    if (t.pos === 'PROPN' && nameCapital(t)) {
      // a name is the label's target: a label noun takes the whole name ("dictator Kim Jong Un"),
      // anything else stops before it ("misleading Vice President Mike Pence")
      if (!labelNoun) break;
      let j = k;
      while (j < Math.min(limit, k + 5) && tokens[j]?.pos === 'PROPN' && nameCapital(tokens[j] as Token) && tokens[j]?.sentence === last.sentence) j += 1;
      return hyphenTail(tokens, j, limit);
    }
    if (last.pos === 'ADJ' && k === m.to && (t.normal === 'and' || t.normal === 'or')) {
      // coordinated evaluative adjectives are one judgement ("pathetic and destructive", "vicious
      // and potent", "totally false and deliberately libelous")
      const c = coordinatedAdjective(tokens, k + 1, stop, last.sentence);
      if (c === k) break;
      end = c;
      k = c - 1;
      continue;
    }
    if (NOMINAL.has(t.pos)) end = k + 1;
    else if (adverb && k === m.to && t.pos === 'VERB' && DEGREE_CATEGORIES.has(m.entry.category)) {
      end = k + 1;
      break;
    } else if (t.pos === 'ADJ' && !labelNoun) {
      if (adverb) end = k + 1;
    } else break;
  }
  return end;
}

/**
 * The end of a name whose last part is joined by a hyphen with no space ("Kim Jong-un",
 * "Ocasio-Cortez"): the span never cuts a hyphenated word. `j` is the end of the name so far.
 */
function hyphenTail(tokens: readonly Token[], j: number, limit: number): number {
  let end = j;
  while (end + 1 < limit) {
    const h = tokens[end];
    const w = tokens[end + 1];
    const prev = tokens[end - 1];
    if (h === undefined || w === undefined || prev === undefined || h.value !== '-' || h.start !== prev.end || w.start !== h.end || !w.isWord) break;
    end += 2;
  }
  return end;
}

/**
 * True when the word at `k` is a verb form the tagger read as an adjective: a participle after an
 * auxiliary ("could have enraged key allies", "was misleading voters") or a gerund after a
 * preposition ("fired for misleading Vice President Mike Pence").
 */
function verbalParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (t === undefined || prev === undefined || prev.sentence !== t.sentence || t.pos !== 'ADJ') return false;
  if (/ing$/.test(t.normal)) return prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.lemma === 'be';
  return /(?:ed|en)$/.test(t.normal) && (prev.lemma === 'have' || (prev.pos === 'AUX' && prev.lemma !== 'be'));
}

/** True when the noun at `k` is the object of a naming verb, not a modifier of the label after it. */
function namedObject(tokens: readonly Token[], k: number, words: LoadedWords): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j -= 1) {
    const t = tokens[j];
    if (t === undefined || t.isPunct) return false;
    if (words.namingVerbs.has(t.lemma) || words.namingForms.has(t.normal)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON') return false;
  }
  return false;
}

/**
 * Start (token index) of the phrase a loaded head word closes, or `m.from` when there is none: PTC
 * annotators mark a label or a loaded word with the modifiers the writer stacked before it ("hostile
 * regime", "neocon minion", "unfairly smearing", "downright bizarre"), so
 * - a loaded noun is widened left over the adjectives, intensifying adverbs and compound nouns that
 *   modify it;
 * - a loaded adjective or verb is widened left over the intensifying adverb that grades it.
 * At most {@link MAX_WIDEN} tokens, in the same sentence, stopping at punctuation, determiners,
 * names, negation and sentence adverbs, and never reaching back into `floor` (the previous finding).
 *
 * @param words - the word classes (non-intensifiers, naming verbs) of this call
 * @example
 * ```ts
 * // "a deeply hostile regime": the match "regime" (token 3) is widened left over "deeply hostile"
 * widenLabelStart({ entry: regime, from: 3, to: 4 }, buildDoc('a deeply hostile regime').tokens, 0, words); // 1
 * ```
 */
export function widenLabelStart(m: LexiconMatch, tokens: readonly Token[], floor: number, words: LoadedWords): number {
  const first = tokens[m.from];
  // the second part of a hyphenated compound is read with its first ("self-proclaimed", "ultra-radical")
  const hyphen = tokens[m.from - 1];
  const part = tokens[m.from - 2];
  if (first !== undefined && hyphen !== undefined && part !== undefined && m.from - 2 >= floor && hyphen.value === '-' && hyphen.start === part.end && first.start === hyphen.end && part.isWord) return m.from - 2;
  // a multi-word entry is a fixed phrase whose extent the lexicon already gives ("pre-emptive strike")
  if (first === undefined || m.to - m.from > 1) return m.from;
  const noun = NOMINAL.has(first.pos) && m.inflected !== 'verbal';
  if (!noun && first.pos !== 'ADJ' && first.pos !== 'VERB') return m.from;
  let from = m.from;
  const stop = Math.max(floor, m.from - MAX_WIDEN);
  for (let k = m.from - 1; k >= stop; k -= 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== first.sentence || t.isPunct || words.nonIntensifiers.has(t.normal)) break;
    if (t.pos === 'ADV' || (noun && (t.pos === 'ADJ' || (t.pos === 'NOUN' && !t.capitalised && !namedObject(tokens, k, words))))) from = k;
    else break;
  }
  return from;
}
