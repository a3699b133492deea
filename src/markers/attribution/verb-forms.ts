/**
 * What kind of verb form a token is, and what follows it: participles, infinitives after a
 * governing predicate, verbs the tagger read as nouns or adjectives, noun readings of cue words,
 * title-case headlines and clausal complements. Pure tests on the tokens and the word classes; the
 * cue stage and the structure stages ask them.
 */
import { neighbour, type Token } from '../../doc/build-doc';
import { isDemonym } from '../people';
import { properish, type PhraseScope } from './phrases';

/** Sentence-final punctuation. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
/** Parts of speech that open a reported clause right after a cue verb. */
const CLAUSE_OPENER = new Set(['PRON', 'DET', 'PROPN', 'NUM', 'SCONJ', 'ADJ', 'NOUN', 'ADV']);

/**
 * A past participle form ("criticized", "seen", "told"), not a gerund.
 *
 * @example
 * ```ts
 * passiveForm(buildDoc('criticized').tokens[0]); // true
 * ```
 */
export function passiveForm(t: Token): boolean {
  return /(?:ed|en|wn|id|ld|ht|ne)$/.test(t.normal) && !/ing$/.test(t.normal);
}

/**
 * The token index of the predicate governing an infinitive cue at `k` ("went on to explain",
 * "refused to say", "was quick to deny"), or null.
 *
 * @example
 * ```ts
 * infinitiveGovernor(ix, 3); // 1 in "He refused to say": "refused" governs "say"
 * ```
 */
export function infinitiveGovernor(sc: PhraseScope, k: number): number | null {
  const { tokens, words } = sc;
  const to = tokens[k - 1];
  const cue = tokens[k];
  if (to === undefined || cue === undefined || to.normal !== 'to' || to.sentence !== cue.sentence) return null;
  let g = k - 2;
  let gov = tokens[g];
  if (gov !== undefined && gov.normal === 'on' && tokens[g - 1]?.lemma === 'go') {
    g -= 1;
    gov = tokens[g];
  }
  if (gov === undefined || gov.sentence !== cue.sentence) return null;
  if ((gov.pos === 'VERB' || gov.pos === 'AUX') && (words.governorVerbs.has(gov.lemma) || gov.lemma === 'go')) return g;
  if (gov.pos === 'ADJ' && words.governorAdjectives.has(gov.normal)) return g;
  return null;
}

/**
 * A participle used as a noun modifier: after an article or a possessive ("the proposed ban", "Trump's
 * repeated calls", "her stated goal") it names a thing, it does not report an act. "her" counts only
 * before a noun ("her stated goal", not "told her").
 *
 * @example
 * ```ts
 * modifierParticiple(ix, 1, 2); // true in "the proposed ban"
 * ```
 */
export function modifierParticiple(sc: PhraseScope, from: number, to: number): boolean {
  const { tokens } = sc;
  const first = tokens[from];
  if (first === undefined || to - from !== 1 || !/(?:ed|en|ing)$/.test(first.normal)) return false;
  const prev = neighbour(tokens, from - 1, first.sentence);
  if (prev === undefined) return false;
  if (sc.words.modifierDeterminers.has(prev.normal)) return true;
  return prev.normal === 'her' && neighbour(tokens, to, first.sentence)?.pos === 'NOUN';
}

/**
 * "said" that the tagger read as an adjective after its subject ("Ian Read said company leaders …"):
 * a reporting verb unless it follows a determiner ("the said document") or is the idiom "that said" /
 * "enough said".
 *
 * @example
 * ```ts
 * mistaggedSaid(tokens, 2); // true for "Ian Read said company leaders …" when "said" is tagged ADJ
 * ```
 */
export function mistaggedSaid(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.normal !== 'said' || t.pos !== 'ADJ') return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined) return false;
  if (prev.pos === 'DET' || prev.normal === 'enough' || prev.normal === 'that' || (prev.isPunct && !/^["”’]$/.test(prev.value))) return false;
  return prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || properish(prev) || prev.pos === 'ADV' || prev.pos === 'AUX';
}

/**
 * A verb the tagger read as a noun after its subject: "polls show that", "some say they", "six in 10
 * say he", "FEC reports show". The form must agree with the word before it (plural subject + base
 * form, singular subject + -s form) and be followed by the start of a clause.
 *
 * @example
 * ```ts
 * nounTaggedVerb(ix, 1); // true in "Polls show that …" when "show" is tagged NOUN
 * ```
 */
export function nounTaggedVerb(sc: PhraseScope, k: number): boolean {
  const { tokens, words } = sc;
  const t = tokens[k];
  if (t === undefined || t.pos !== 'NOUN' || t.capitalised) return false;
  let p = k - 1;
  if (tokens[p]?.normal === 'there' || tokens[p]?.normal === 'also') p -= 1;
  const prev = neighbour(tokens, p, t.sentence);
  const next = neighbour(tokens, k + 1, t.sentence);
  if (prev === undefined || next === undefined) return false;
  const nounPrev = prev.pos === 'NOUN' || prev.pos === 'PROPN';
  const pluralPrev = nounPrev && (/[^s]s$/.test(prev.normal) || words.pluralNouns.has(prev.normal));
  const base = t.normal === t.lemma;
  // an inverted cue after a quotation, its speaker after it: "“We love cats!” reply Burton and Nick"
  if (invertedAfterQuote(tokens, k) && (next.pos === 'PROPN' || next.pos === 'DET' || next.capitalised)) return true;
  // "records from the 2008 cycle show he backed …": a complement clause after a noun phrase
  if (nounPrev && base && (next.normal === 'that' && next.pos === 'SCONJ' || words.subjectPronouns.has(next.normal) && clausalComplement(sc, k + 1))) return true;
  // a parenthetical at the sentence end: "…, the reports show."
  if (pluralPrev && base && SENTENCE_END.has(next.value) && parentheticalAfterComma(tokens, k, t.sentence)) return true;
  if (pluralPrev && base && next.pos === 'VERB' && next.normal.endsWith('ing')) return true;
  if (!CLAUSE_OPENER.has(next.pos) || next.normal === 'of' || next.normal === 'the' && tokens[k + 2]?.pos === 'PUNCT') return false;
  const sForm = t.normal.endsWith('s') && t.normal !== t.lemma;
  if (sForm) {
    return (prev.pos === 'PROPN' && prev.capitalised) || (prev.pos === 'PRON' && words.singularSubjects.has(prev.normal)) || (prev.pos === 'NOUN' && !prev.normal.endsWith('s'));
  }
  if (!base) return false;
  if (prev.pos === 'PRON' || prev.pos === 'DET') return words.pluralSubjects.has(prev.normal);
  if (prev.pos === 'NUM' || prev.normal === 'percent' || prev.value === '%') return true;
  return pluralPrev;
}

/**
 * True when the word at `k` follows a closing quotation mark, directly or after a comma or dash
 * ("“…” reply Burton", "“…,” says Kirby", "“…”--said Mr. Ortiz"): the place of an inverted cue.
 *
 * @example
 * ```ts
 * invertedAfterQuote(buildDoc('“We love cats!” reply Burton and Nick.').tokens, 6); // true
 * ```
 */
export function invertedAfterQuote(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  const t = tokens[k];
  if (t === undefined) return false;
  if (p >= 0 && /^(?:,|-{1,3}|[—–])$/.test(tokens[p]?.value ?? '')) p -= 1;
  const q = tokens[p];
  return q !== undefined && q.paragraph === t.paragraph && /^["”’]$/.test(q.value) && q.quote < 0 && (tokens[p - 1]?.quote ?? -1) >= 0;
}

/** A comma opens the noun phrase before `k` (within seven tokens): "…, the reports show." */
function parentheticalAfterComma(tokens: readonly Token[], k: number, sentence: number): boolean {
  for (let j = k - 1; j >= 0 && j > k - 8; j -= 1) {
    const u = neighbour(tokens, j, sentence);
    if (u === undefined) break;
    if (u.value === ',') return true;
    if (!(u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM')) break;
  }
  return false;
}

/**
 * A headline written in title case ("Trump Says He Will Win"): most words of the sentence,
 * function words aside, start with a capital.
 *
 * @example
 * ```ts
 * titleCased(buildDoc('Trump Says He Will Win Iowa').tokens, 1); // true
 * ```
 */
export function titleCased(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  let words = 0;
  let caps = 0;
  for (let j = k - 1; j >= 0 && j > k - 30; j -= 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) break;
    if (u.isWord && u.normal.length > 3) {
      words += 1;
      if (u.capitalised) caps += 1;
    }
  }
  for (let j = k + 1; j < tokens.length && j < k + 30; j += 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) break;
    if (u.isWord && u.normal.length > 3) {
      words += 1;
      if (u.capitalised) caps += 1;
    }
  }
  return words >= 3 && caps >= 0.8 * words;
}

/**
 * A clause, question or quotation starts at `k` (after adverbs): "that …", "whether …", "he is …", "“…”".
 *
 * @example
 * ```ts
 * clausalComplement(ix, 2); // true in "He said that it failed" ("that" at 2)
 * ```
 */
export function clausalComplement(sc: PhraseScope, k: number): boolean {
  const { tokens } = sc;
  let j = k;
  const start = tokens[k - 1];
  while (tokens[j]?.pos === 'ADV' && j < k + 3) j += 1;
  const t = tokens[j];
  if (t === undefined || start === undefined || t.sentence !== start.sentence) return false;
  if (t.quote >= 0 || /^["“”‘:]$/.test(t.value)) return true;
  if (t.value === ',' && (tokens[j + 1]?.quote ?? -1) >= 0) return true;
  if (t.value === ',' && /^["“‘]$/.test(tokens[j + 1]?.value ?? '')) return true;
  if (t.normal === 'that') return t.pos === 'SCONJ' || tokens[j + 1]?.pos !== 'NOUN';
  if (sc.words.questionWords.has(t.normal)) return true;
  const u = tokens[j + 1];
  return sc.words.subjectPronouns.has(t.normal) && u !== undefined && (u.pos === 'AUX' || u.pos === 'VERB');
}

/**
 * True when the cue word at `k` heads a noun phrase rather than a clause: tagged as a noun, or an
 * -s form after a demonym, an adjective or a possessive ("Chinese calls for", "his claims"), which
 * the tagger often reads as a verb.
 *
 * @example
 * ```ts
 * nominalCue(ix, 1); // true in "Chinese calls for a ceasefire"
 * ```
 */
export function nominalCue(sc: PhraseScope, k: number): boolean {
  const { tokens } = sc;
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'NOUN') return true;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined || !/[^s]s$/.test(t.normal)) return false;
  return isDemonym(prev.value, sc.words.demonyms) || prev.pos === 'ADJ' || sc.words.possessives.has(prev.normal) || prev.normal === "'s";
}

/**
 * A subjectless "asked" that opens its clause ("Asked by X whether …", "When asked by X …"): the
 * question is X's.
 *
 * @example
 * ```ts
 * openingAsked(ix, 0, 1); // true in "Asked whether he would run, Cook said no."
 * ```
 */
export function openingAsked(sc: PhraseScope, from: number, to: number): boolean {
  const { tokens } = sc;
  const t = tokens[from];
  if (t === undefined || to - from !== 1 || t.normal !== 'asked') return false;
  const prev = tokens[from - 1];
  return prev === undefined || prev.sentence !== t.sentence || prev.isPunct || sc.words.askedAfter.has(prev.normal);
}

/**
 * "is expected to", "was (not) asked": a passive cue over tokens `[from, to)` after a form of "be".
 *
 * @example
 * ```ts
 * impersonalPassive(tokens, 2, 3); // true in "He is expected to win"
 * ```
 */
export function impersonalPassive(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  const prev = tokens[from - 1];
  if (first === undefined || last === undefined || prev === undefined || prev.sentence !== first.sentence) return false;
  const prev2 = tokens[from - 2];
  if (!(prev.lemma === 'be' || prev.lemma === 'get' || (prev2 !== undefined && (prev2.lemma === 'be' || prev2.lemma === 'get') && (prev.pos === 'ADV' || prev.pos === 'PART')))) return false;
  if (last.lemma === 'ask' && last.normal === 'asked') return true;
  if (last.lemma === 'expect' && last.normal === 'expected' && tokens[to]?.normal === 'to') return true;
  return to - from === 1 && passiveForm(last);
}

/**
 * A verb that can head a clause after its subject: an auxiliary, or an inflected lexical verb that
 * is no gerund ("hacked", "says"; not "hack" after a noun, nor "hacking").
 *
 * @example
 * ```ts
 * tensedVerb(ix.tokens[3]); // true for "hacked" in "agencies concluded agents hacked the servers"
 * ```
 */
export function tensedVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing')));
}
