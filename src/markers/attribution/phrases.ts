/**
 * Noun phrases, the shape every speaker, addressee and poll takes: the phrase ending before a
 * token (a subject: "Kirby, a spokesman for the NSC, said") and the phrase starting at one ("said
 * the spokesman", "according to X"). Pure functions of the tokens and the word classes; used by
 * the cue, source and structure stages.
 */
import type { Token } from '../../doc/build-doc';
import type { AttributionWords } from './words';

/** A noun phrase: tokens `[from, to)`. */
export interface Np {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
}

/** What the phrase functions read: the tokens and the word classes (a `DocIndex` is one). */
export interface PhraseScope {
  /** The document's tokens. */
  readonly tokens: readonly Token[];
  /** The word classes. */
  readonly words: AttributionWords;
}

/** Parts of speech between a subject and its verb ("Kirby also said", "he did not say"). */
const SKIP_BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/**
 * The nearest token before the verb at `k` that is not one of its adverbs or auxiliaries ("and
 * have vehemently denied": the token of "and"), in `k`'s sentence and not before `limit`; `limit - 1`
 * when there is none.
 *
 * @example
 * ```ts
 * beforeVerbGroup(tokens, 6, 0); // 3 in "He said it and has since denied it" (6 = "denied", 3 = "and")
 * ```
 */
export function beforeVerbGroup(tokens: readonly Token[], k: number, limit: number): number {
  const sentence = tokens[k]?.sentence;
  let b = k - 1;
  while (b >= limit && (tokens[b]?.pos === 'ADV' || tokens[b]?.pos === 'AUX') && tokens[b]?.sentence === sentence) b -= 1;
  return b;
}

/**
 * A capitalised word the tagger read as a verb: most often a surname ("Ward said", "Cook declined").
 *
 * @example
 * ```ts
 * properish(buildDoc('Ward said so.').tokens[0]); // true when wink tags "Ward" VERB
 * ```
 */
export function properish(t: Token): boolean {
  return t.capitalised && !t.folded && t.pos === 'VERB' && t.isWord && t.lemma !== 'ask';
}

/**
 * A token that can stand inside a noun phrase: a name, noun, adjective, number, determiner,
 * pronoun or possessive marker.
 *
 * @example
 * ```ts
 * buildDoc('the new spokesman').tokens.every(isNpToken); // true
 * ```
 */
export function isNpToken(t: Token): boolean {
  return t.pos === 'PROPN' || properish(t) || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'PART' && (t.normal === "'s" || t.normal === "'"));
}

/**
 * True for a word of a time expression after a verb ("earlier this month", "last week", "Monday").
 *
 * @example
 * ```ts
 * timeWord(buildDoc('Monday').tokens[0], attributionWords(builtinWordClasses())); // true
 * ```
 */
export function timeWord(t: Token, words: AttributionWords): boolean {
  return words.timeHeads.has(t.normal) || t.normal === 'this' || t.normal === 'last';
}

/**
 * The first token at or after `k`, before `limit`, that is not part of a time phrase dating the
 * speaking: time words ("Thursday", "last week"), time modifiers ("late", "early"), "on"/"in" before
 * a time word ("on Monday"), and with `adverbs` any adverb ("said Thursday, adding …", "said
 * separately"). The one skip behind a cue, an inverted speaker and a trailing attribution.
 *
 * @example
 * ```ts
 * pastTimePhrase(ix, 3, 8, false); // 6 in "…, said officials late Thursday, that …" (3 = "late")
 * ```
 */
export function pastTimePhrase(sc: PhraseScope, k: number, limit: number, adverbs: boolean): number {
  const { tokens, words } = sc;
  let e = k;
  for (; e < limit; e += 1) {
    const t = tokens[e] as Token;
    const next = tokens[e + 1];
    const timed = timeWord(t, words) || words.timeModifiers.has(t.normal) || ((t.normal === 'on' || t.normal === 'in') && next !== undefined && e + 1 < limit && timeWord(next, words));
    if (!timed && !(adverbs && t.pos === 'ADV')) break;
  }
  return e;
}

/**
 * The noun phrase ending right before token `end` (exclusive), scanning left, not before `limit`.
 * Handles possessives, "spokesman for the White House", parentheses and appositions
 * ("Kirby, a spokesman for the NSC, said").
 *
 * @example
 * ```ts
 * const ix = indexDocument(buildDoc('Kirby, a spokesman for the NSC, said so.'), lexicons);
 * npLeft(ix, 8, 0); // { from: 0, to: 7 }: "Kirby, a spokesman for the NSC" ("said" is token 8)
 * ```
 */
export function npLeft(sc: PhraseScope, end: number, limit: number): Np | null {
  const { tokens } = sc;
  let j = end - 1;
  const sentence = tokens[end - 1]?.sentence ?? -1;
  // skip "also", "has", "did not" between subject and verb
  while (j >= limit) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || !(SKIP_BETWEEN_SUBJECT_AND_VERB.has(t.pos) || (t.normal === 'there' && j === end - 1)) || t.normal === "'s") break;
    j -= 1;
  }
  const t0 = tokens[j];
  if (t0 !== undefined && t0.value === ',' && j - 1 >= limit) return appositionLeft(sc, j, limit, sentence);
  const npEnd = j + 1;
  let from = scanLeft(sc, j, limit, sentence);
  // trim leading prepositions / conjunctions / punctuation
  while (from < npEnd) {
    const t = tokens[from];
    if (t === undefined || !(t.pos === 'ADP' || t.pos === 'CCONJ' || t.isPunct)) break;
    from += 1;
  }
  if (from >= npEnd) return null;
  // a subject needs a noun, a name or a pronoun
  let head = false;
  for (let k = from; k < npEnd; k += 1) {
    const t = tokens[k];
    if (t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || properish(t) || t.pos === 'PRON' || t.pos === 'NUM' || (k === npEnd - 1 && (sc.words.quantifierHeads.has(t.normal) || sc.words.respondentParticiples.has(t.normal))))) head = true;
  }
  return head ? { from, to: npEnd } : null;
}

/**
 * A hyphen with a space on either side is a dash, not a word-joining hyphen: it ends a noun phrase
 * ("TEL AVIV (Reuters) - Israel presented", a wire dateline; "the plan - and its critics").
 *
 * @example
 * ```ts
 * spacedDash(doc.tokens, 4); // true for the "-" of "TEL AVIV (Reuters) - Israel"
 * ```
 */
export function spacedDash(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.value !== '-') return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return prev === undefined || next === undefined || prev.end < t.start || next.start > t.end;
}

/**
 * "Kirby, a spokesman for X, said": the subject before an apposition closed by the comma at
 * `comma`, joined with the apposition; `null` when the comma closes no apposition.
 */
function appositionLeft(sc: PhraseScope, comma: number, limit: number, sentence: number): Np | null {
  const { tokens } = sc;
  // find the opening comma of the apposition
  let k = comma - 1;
  while (k >= limit && k > comma - 16) {
    const u = tokens[k];
    if (u === undefined || u.sentence !== sentence) break;
    // "Donald J. Trump for President, Inc.": a comma before a company form or "Jr." is inside the name
    if (u.value === ',' && !sc.words.commaSuffixes.has(tokens[k + 1]?.normal ?? '')) break;
    if (u.value === ',') {
      k -= 1;
      continue;
    }
    if ((!isNpToken(u) && !(u.pos === 'ADP' && sc.words.npPrepositions.has(u.normal)) && u.value !== '.' && u.value !== '-' && u.pos !== 'CCONJ') || spacedDash(tokens, k)) {
      k = -1;
      break;
    }
    k -= 1;
  }
  const opening = tokens[k];
  if (k >= limit && opening !== undefined && opening.value === ',') {
    const inner = npLeft(sc, comma, k + 1);
    const outer = npLeft(sc, k, limit);
    if (inner !== null && outer !== null && outer.to === k) return { from: outer.from, to: inner.to };
  }
  return null;
}

/** What the leftward scan does with one token: take it, take it as a determiner, take it and stop, or stop. */
type LeftStep = 'take' | 'det' | 'last' | 'stop';

/**
 * The first token of the phrase that ends at `j` (inclusive), scanning left to `limit` through
 * parentheses, determiners, attached prepositional phrases and "and"; before trimming.
 */
function scanLeft(sc: PhraseScope, j0: number, limit: number, sentence: number): number {
  const { tokens } = sc;
  const npEnd = j0 + 1;
  let from = npEnd;
  let sawDet = false;
  let depth = 0;
  for (let j = j0; j >= limit; j -= 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || t.quote >= 0) break;
    if (t.value === ')' || t.value === '(' || depth > 0) {
      if (t.value === ')') depth += 1;
      else if (t.value === '(') {
        if (depth === 0) break;
        depth -= 1;
      }
      from = j;
      continue;
    }
    if (sawDet) {
      // after a determiner the phrase may continue only through "of/for/at" attached to a noun, or a possessive
      const left = tokens[j - 1];
      if (t.pos === 'ADP' && sc.words.npPrepositions.has(t.normal) && left !== undefined && (left.pos === 'NOUN' || left.pos === 'PROPN' || postmodifierAt(sc, j - 1, limit, sentence) || partitiveAt(sc, j)) && j - 1 >= limit) {
        sawDet = false;
        from = j;
        continue;
      }
      break;
    }
    const step = leftStep(sc, j, npEnd, limit, sentence);
    if (step === 'stop') break;
    from = j;
    if (step === 'last') break;
    if (step === 'det') sawDet = true;
  }
  return from;
}

/** {@link LeftStep} for the token at `j` (not a parenthesis, no determiner seen yet). */
function leftStep(sc: PhraseScope, j: number, npEnd: number, limit: number, sentence: number): LeftStep {
  const { tokens, words } = sc;
  const t = tokens[j] as Token;
  // a possessive determiner: "a majority of her backers"
  if (t.pos === 'PRON' && j < npEnd - 1 && words.possessives.has(t.normal)) return 'det';
  const owner = tokens[j - 1];
  const ownerHere = owner !== undefined && j - 1 >= limit && owner.sentence === sentence;
  // the last word of a subject that still needs its head: "Cruz himself said", "those surveyed said"
  if (j === npEnd - 1 && ownerHere && words.reflexives.has(t.normal) && (owner.pos === 'PROPN' || owner.pos === 'NOUN' || properish(owner))) return 'take';
  if (j === npEnd - 1 && ownerHere && words.respondentParticiples.has(t.normal) && (owner.pos === 'NOUN' || owner.normal === 'those' || (owner.pos === 'PROPN' && /[a-z]s$/.test(owner.value))) && !relativeBefore(sc, j - 1)) return 'take';
  // an object pronoun ending an attached phrase: "a source close to him", "a spokesman for them"
  if (t.pos === 'PRON' && j === npEnd - 1 && words.objectPronouns.has(t.normal) && tokens[j - 1]?.pos === 'ADP' && words.npPrepositions.has(tokens[j - 1]?.normal ?? '')) {
    const owner = tokens[j - 2];
    const head = tokens[j - 2];
    if (head !== undefined && j - 2 >= limit && head.sentence === sentence && (head.pos === 'NOUN' || postmodifierAt(sc, j - 2, limit, sentence) || partitiveAt(sc, j - 1))) return 'take';
  }
  if (t.pos === 'PRON') return j === npEnd - 1 && (words.pronouns.has(t.normal) || words.relatives.has(t.normal)) ? 'last' : 'stop';
  if (t.pos === 'DET') return 'det';
  if (spacedDash(tokens, j)) return 'stop';
  // "Acme, Inc. said": the comma before a company form or "Jr." is inside the name
  if (t.value === ',' && j + 1 < npEnd && j > limit && words.commaSuffixes.has(tokens[j + 1]?.normal ?? '')) return 'take';
  if (isNpToken(t) || t.value === '.' || t.value === '-' || t.value === '&') return (t.value === '.' || t.value === '-') && j === npEnd - 1 ? 'stop' : 'take';
  const left = tokens[j - 1];
  if (t.pos === 'ADP' && words.npPrepositions.has(t.normal)) {
    if (left !== undefined && (left.pos === 'NOUN' || left.pos === 'PROPN' || (left.pos === 'NUM' && (t.normal === 'in' || t.normal === 'of'))) && j - 1 >= limit && left.sentence === sentence) return 'take';
    if (postmodifierAt(sc, j - 1, limit, sentence) || (j - 1 >= limit && partitiveAt(sc, j))) return 'take';
    return 'stop';
  }
  // the adjective of "an adviser close to X" (taken with its preposition, whatever its tag)
  if (words.postmodifierAdjectives.has(t.normal) && j + 1 < npEnd && tokens[j + 1]?.pos === 'ADP' && postmodifierAt(sc, j, limit, sentence)) return 'take';
  if (t.pos === 'CCONJ' && t.normal === 'and' && left !== undefined && (left.pos === 'PROPN' || left.pos === 'NOUN') && j - 1 >= limit) return 'take';
  return 'stop';
}

/**
 * True when the noun phrase ending at `k` follows a relative pronoun or "that" ("the chairs that
 * the paper interviewed"): it is the subject of a relative clause, not a speaker.
 */
function relativeBefore(sc: PhraseScope, k: number): boolean {
  const { tokens, words } = sc;
  const sentence = tokens[k]?.sentence ?? -1;
  let j = k;
  while (j > k - 4 && (tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN' || tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'DET') && tokens[j]?.sentence === sentence) j -= 1;
  const t = tokens[j];
  return t !== undefined && t.sentence === sentence && (t.normal === 'that' || words.relatives.has(t.normal) || t.normal === 'whom');
}

/**
 * True when the "of" at `k` joins a quantity to the group it is taken from: "most of them", "two of
 * us", "some of the delegates" (a quantifier head or a number before it).
 */
function partitiveAt(sc: PhraseScope, k: number): boolean {
  const { tokens, words } = sc;
  const t = tokens[k];
  const q = tokens[k - 1];
  return t !== undefined && q !== undefined && t.normal === 'of' && q.sentence === t.sentence && (words.quantifierHeads.has(q.normal) || q.pos === 'NUM');
}

/**
 * True when the word at `k` is an adjective that follows a head noun with a preposition after it
 * ("an adviser close to the White House", "officials familiar with the talks", "a source briefed
 * on the plan"): the head before it is the speaker, so a leftward scan goes on through it.
 */
function postmodifierAt(sc: PhraseScope, k: number, limit: number, sentence: number): boolean {
  const { tokens, words } = sc;
  const t = tokens[k];
  const head = tokens[k - 1];
  return t !== undefined && head !== undefined && k - 1 >= limit && head.sentence === sentence && words.postmodifierAdjectives.has(t.normal) && (head.pos === 'NOUN' || head.pos === 'PROPN');
}

/**
 * The noun phrase starting at `start`, ending before `maxEnd` ("said Kirby", "said the
 * spokesman", "according to X").
 *
 * @example
 * ```ts
 * const ix = indexDocument(buildDoc('“No,” said the White House spokesman.'), lexicons);
 * npRight(ix, 5, ix.tokens.length); // { from: 5, to: 9 }: "the White House spokesman"
 * ```
 */
export function npRight(sc: PhraseScope, start: number, maxEnd: number): Np | null {
  const { tokens, words } = sc;
  const first = tokens[start];
  if (first === undefined) return null;
  let j = start;
  let head = false;
  let depth = 0;
  while (j < maxEnd && j < start + 14) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence || t.quote >= 0) break;
    if (t.value === '(') depth += 1;
    else if (t.value === ')') {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0) {
      const nextTok = tokens[j + 1];
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || properish(t)) head = true;
      // "those close to him", "those familiar with the talks": the demonstrative is the head
      else if (words.postmodifierAdjectives.has(t.normal) && j === start + 1 && first.normal === 'those') head = true;
      else if (t.pos === 'VERB' && !head && nextTok !== undefined && (nextTok.pos === 'NOUN' || nextTok.pos === 'PROPN')) {
        // a modifier the tagger read as a verb: "exit polls", "company leaders", "leaked documents"
      } else if (t.pos === 'PRON' && j === start && words.pronouns.has(t.normal)) {
        return { from: start, to: start + 1 };
      } else if (t.pos === 'PRON' && j === start && words.possessives.has(t.normal)) {
        // a possessive determiner: "according to his campaign's filings"
      } else if (t.pos === 'ADV' && !head && j > start && (tokens[j - 1]?.pos === 'DET' || tokens[j - 1]?.pos === 'ADJ' || tokens[j - 1]?.pos === 'ADV')) {
        // a modifier inside the noun phrase the tagger read as an adverb: "a new poll", "a just-released survey"
      } else if (t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'PART' && (t.normal === "'s" || t.normal === "'")) || t.value === '.' || (t.value === '-' && !spacedDash(tokens, j)) || (t.value === '/' && head)) {
        // a determiner after the head opens a new phrase, unless it opens the object of an attached
        // preposition ("Officer Tusk of the Walrus Police Department")
        if (head && t.pos === 'DET' && tokens[j - 1]?.pos !== 'ADP') break;
      } else if (t.pos === 'CCONJ' && t.normal === 'and' && head && tokens[j - 1]?.pos === 'PROPN' && tokens[j + 1]?.pos === 'PROPN' && tokens[j + 2]?.pos !== 'VERB') {
        // coordinated names: "reply Burton and Nick"
      } else if (t.pos === 'ADP' && words.npPrepositions.has(t.normal) && head) {
        const next = tokens[j + 1];
        // an object pronoun ends the phrase of a postmodifying adjective: "those close to him"
        if (next !== undefined && next.sentence === first.sentence && next.quote < 0 && words.objectPronouns.has(next.normal) && words.postmodifierAdjectives.has(tokens[j - 1]?.normal ?? '')) {
          j += 2;
          break;
        }
        if (next === undefined || !(next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ')) break;
      } else if (t.value === ',' && head) {
        // apposition after a name: "said John Kirby, a spokesman for the NSC"
        break;
      } else break;
    }
    j += 1;
  }
  // drop trailing prepositions/determiners, and a time phrase after the head
  for (;;) {
    while (j > start) {
      const t = tokens[j - 1];
      if (t === undefined || !(t.pos === 'ADP' || t.pos === 'DET' || (t.isPunct && t.value !== ')'))) break;
      j -= 1;
    }
    const cut = timePhraseStart(sc, start, j);
    if (cut === j) break;
    j = cut;
  }
  return head && j > start ? { from: start, to: j } : null;
}

/**
 * Where a time phrase that ends the phrase `[from, to)` starts ("according to media reports
 * Tuesday", "state media Friday evening", "officials late Thursday", "officials on Monday"): it
 * dates the speaking, it is not the speaker. `to` when the phrase ends in no time phrase or when
 * nothing but the time phrase would be left. A capitalised time word counts only when it is a day
 * name ("the Sunday Times" keeps "Times"; "Time magazine" is no time phrase).
 */
export function timePhraseStart(sc: PhraseScope, from: number, to: number): number {
  const { tokens, words } = sc;
  const timeAt = (t: Token | undefined): boolean => t !== undefined && timeWord(t, words) && (!t.capitalised || /day$/.test(t.normal));
  if (to - 1 <= from || !timeAt(tokens[to - 1])) return to;
  let k = to - 1;
  while (k > from && (timeAt(tokens[k - 1]) || words.timeModifiers.has(tokens[k - 1]?.normal ?? ''))) k -= 1;
  if (k > from && tokens[k - 1]?.normal === 'on') k -= 1;
  const before = tokens[k - 1];
  return k > from && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || properish(before)) ? k : to;
}

/**
 * The object of "according to" when the tagger read it as a verb ("according to sources", "according
 * to reports emerging …") or it is an object pronoun ("according to him"): the words up to the next
 * preposition, conjunction or punctuation, at most six.
 *
 * @example
 * ```ts
 * objectAfterPreposition(buildDoc('according to him').tokens, 2, attributionWords(builtinWordClasses())); // { from: 2, to: 3 }
 * ```
 */
export function objectAfterPreposition(tokens: readonly Token[], start: number, words: AttributionWords): Np | null {
  const first = tokens[start];
  if (first === undefined || !first.isWord) return null;
  if (words.objectPronouns.has(first.normal)) return { from: start, to: start + 1 };
  let j = start;
  while (j < start + 6) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence || t.quote >= 0 || !t.isWord || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX' || (t.pos === 'PART' && t.normal !== "'s")) break;
    if (t.pos === 'PRON' && j > start) break;
    j += 1;
  }
  return j > start ? { from: start, to: j } : null;
}
