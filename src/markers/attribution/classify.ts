/**
 * Source classification. Reads a speaker noun phrase and the document index (people, the
 * sources-lexicon category of each token); adds the source's kind (`named`, `institutional`,
 * `anonymous`, `document`, `pronoun`, `unknown`) and its canonical name ("Kirby" -> "John Kirby").
 */
import type { Token } from '../../doc/build-doc';
import type { AttributionSource, SourceKind } from '../../types';
import { isDemonym } from '../people';
import { spanSource, textSpan, tokenSpan, type DocIndex } from './document';
import { properish, timePhraseStart, timeWord, type Np } from './phrases';

/**
 * A nationality word heading a subject ("the Russian", "Americans"): with a determiner, as an
 * adjective, or as a plural noun. A bare singular capitalised word is more likely a surname.
 */
function demonymHead(t: Token | undefined, determined: boolean, demonyms: ReadonlySet<string>): boolean {
  if (t === undefined || !isDemonym(t.value, demonyms)) return false;
  return determined || t.pos === 'ADJ' || /s$/.test(t.value);
}

/** The end of the phrase's head: the words before an attached prepositional phrase ("a spokesman for X"). */
function headEndOf(tokens: readonly Token[], np: Np): number {
  for (let k = np.from + 1; k < np.to; k += 1) {
    const t = tokens[k];
    if (t !== undefined && (t.pos === 'ADP' || t.value === '(' || t.value === ',')) return k;
  }
  return np.to;
}

/**
 * The resolved name of the last person mention inside the phrase that lies in tokens `[a, b)`, or
 * null. With `headOnly`, a name that modifies a common noun after it ("One Republican adviser",
 * "Trump's former advisers", "Abe's government") does not make the phrase a named person; a name
 * followed by a time phrase or a conjunction does ("President Trump late Thursday").
 */
function personIn(ix: DocIndex, np: Np, a: number, b: number, headOnly = false): string | null {
  const { tokens } = ix;
  for (let k = b - 1; k >= a; k -= 1) {
    const p = ix.personAt[k] ?? -1;
    const person = p >= 0 ? ix.people[p] : undefined;
    if (person === undefined || person.from < np.from || person.to > np.to) continue;
    if (headOnly && person.to < b && modifiesNoun(ix, person.to, b)) {
      k = person.from;
      continue;
    }
    return ix.resolve(person.name);
  }
  return null;
}

/**
 * True when the words from `k` (before `b`) are a possessive or adjectives before a common noun
 * that is no time word: the name before `k` modifies that noun ("Trump's advisers"; not "Trump last
 * year").
 */
function modifiesNoun(ix: DocIndex, k: number, b: number): boolean {
  const { tokens, words } = ix;
  let j = k;
  if (tokens[j]?.pos === 'PART') j += 1;
  while (j < b && tokens[j]?.pos === 'ADJ' && !timeWord(tokens[j] as Token, words)) j += 1;
  const t = tokens[j];
  return j < b && t !== undefined && t.pos === 'NOUN' && !timeWord(t, words);
}

/**
 * The resolved name of a person whose mention opens the apposition after the head's comma at
 * `headEnd` ("the British foreign secretary, Boris Johnson"), or null.
 */
function appositiveName(ix: DocIndex, np: Np, headEnd: number): string | null {
  if (ix.tokens[headEnd]?.value !== ',' || headEnd + 1 >= np.to) return null;
  const p = ix.personAt[headEnd + 1] ?? -1;
  const person = p >= 0 ? ix.people[p] : undefined;
  if (person === undefined || person.runFrom !== headEnd + 1 || person.to > np.to) return null;
  return ix.resolve(person.name);
}

/** The kind a set of source-lexicon categories gives, or null when none decides. */
function decide(set: ReadonlySet<string>): SourceKind | null {
  if (set.has('source.anonymous')) return 'anonymous';
  if (set.has('source.institutional') || set.has('actor') || set.has('source.title')) return 'institutional';
  if (set.has('source.document')) return 'document';
  return null;
}

/** Capitalised proper nouns (or surname-like verbs) that are no source-lexicon word. */
function allNames(ix: DocIndex, toks: readonly Token[]): boolean {
  return toks.every((t) => (t.pos === 'PROPN' || properish(t)) && t.capitalised && !ix.sourceCats.has(t.i));
}

/**
 * "Burton and Nick": names joined by "and", each of capitalised proper nouns; their resolved names
 * joined by " and ", or null.
 */
function coordinatedNames(ix: DocIndex, np: Np): string | null {
  const { tokens } = ix;
  const parts: Token[][] = [[]];
  for (let k = np.from; k < np.to; k += 1) {
    const t = tokens[k] as Token;
    if (t.pos === 'CCONJ' && t.normal === 'and') parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  if (parts.length < 2 || parts.some((p) => p.length === 0 || !allNames(ix, p))) return null;
  return parts.map((p) => ix.resolve(p.map((t) => t.value).join(' '))).join(' and ');
}

/**
 * Classify a source phrase and give its canonical name.
 *
 * @example
 * ```ts
 * // "A White House spokesman said so."
 * classify(ix, npLeft(ix, 4, 0)); // { start: 0, end: 23, text: 'A White House spokesman', kind: 'institutional', canonical: 'White House spokesman' }
 * ```
 */
export function classify(ix: DocIndex, whole: Np): AttributionSource {
  const { doc, tokens } = ix;
  // "State media Friday evening said", "Officials on Monday said": the speaker without the time phrase
  const np: Np = { from: whole.from, to: timePhraseStart(ix, whole.from, whole.to) };
  // "Cruz himself", "Ford itself": the kind and name of the phrase without its intensifier
  const last = tokens[np.to - 1];
  if (np.to - np.from > 1 && last !== undefined && ix.words.reflexives.has(last.normal)) {
    const inner = classify(ix, { from: np.from, to: np.to - 1 });
    return spanSource(tokenSpan(doc, np.from, np.to) ?? textSpan(doc, 0, 0), inner.kind, inner.canonical);
  }
  // "those surveyed", "voters polled": the people polled, unnamed (never the poll, a document, nor
  // a name: "Democrats polled" are a sample, not the party)
  if (np.to - np.from > 1 && last !== undefined && ix.words.respondentParticiples.has(last.normal)) {
    const sp = tokenSpan(doc, np.from, np.to) ?? textSpan(doc, 0, 0);
    return spanSource(sp, 'anonymous', sp.text.replace(/^(?:the|The) /, ''));
  }
  const sp = tokenSpan(doc, np.from, np.to) ?? textSpan(doc, 0, 0);
  const first = tokens[np.from];
  if (np.to - np.from === 1 && first !== undefined && first.pos === 'PRON') {
    return spanSource(sp, 'pronoun', first.normal);
  }
  const joint = coordinatedNames(ix, np);
  if (joint !== null) return spanSource(sp, 'named', joint);
  const headEnd = headEndOf(tokens, np);
  // a person's name in the head (or, when the head has no source word, anywhere): named
  let headHasSourceWord = false;
  for (let k = np.from; k < headEnd; k += 1) if (ix.sourceCats.has(k)) headHasSourceWord = true;
  // the head noun decides: a name before a source word of the head modifies it ("One Republican adviser")
  const headPerson = personIn(ix, np, np.from, headEnd, headHasSourceWord);
  if (headPerson !== null) return spanSource(sp, 'named', headPerson);
  // a role and the name in apposition: "the White House press secretary, Sarah Huckabee Sanders",
  // "Another demonstrator, Roberto Saravia from Los Angeles": the person named
  const appositive = appositiveName(ix, np, headEnd);
  if (appositive !== null) return spanSource(sp, 'named', appositive);
  if (!headHasSourceWord) {
    const anyPerson = personIn(ix, np, np.from, np.to);
    if (anyPerson !== null) return spanSource(sp, 'named', anyPerson);
  }
  // `kind` is still 'unknown' here, so every category of the phrase counts
  const cats = new Set<string>();
  for (let k = np.from; k < np.to; k += 1) {
    const c = ix.sourceCats.get(k);
    if (c !== undefined) cats.add(c);
  }
  const headCats = new Set<string>();
  for (let k = np.from; k < headEnd; k += 1) {
    const c = ix.sourceCats.get(k);
    if (c !== undefined) headCats.add(c);
  }
  const headToks = tokens.slice(np.from, headEnd).filter((t) => !(t.pos === 'DET'));
  const headIsName = headCats.size === 0 && headToks.length > 0 && allNames(ix, headToks) && !(headToks.length === 1 && demonymHead(headToks[0], tokens[np.from]?.pos === 'DET', ix.words.demonyms));
  if (headIsName && headEnd < np.to) return spanSource(sp, 'named', ix.resolve(headToks.map((t) => t.value).join(' ')));
  // a leader's name of the actors lexicon ("Putin said", "Macron said"): a person, named, though
  // the lexicon's category is an actor's
  if (headToks.length > 0 && headEnd === np.to && headToks.every((t) => ix.leaders[t.i] === 1 && t.capitalised)) {
    return spanSource(sp, 'named', ix.resolve(headToks.map((t) => t.value).join(' ')));
  }
  const kind: SourceKind = decide(headCats) ?? decide(cats) ?? 'unknown';
  // a demonym alone names a side or a people, never a person, whatever the tagger read it as (before
  // a noun cue or opening a sentence it is often PROPN): the adjective is the state's side, as
  // "Beijing" is ("Chinese calls for a truce": institutional), the plural a people ("Russians say")
  if (kind === 'unknown' && np.to - np.from === 1 && first !== undefined && isDemonym(first.value, ix.words.demonyms)) {
    return spanSource(sp, demonymHead(first, false, ix.words.demonyms) && /s$/.test(first.value) ? 'unknown' : 'institutional', sp.text);
  }
  // capitalised proper nouns that are not a known actor: most often a surname
  if (kind === 'unknown' && allNames(ix, tokens.slice(np.from, np.to))) {
    return spanSource(sp, 'named', ix.resolve(tokens.slice(np.from, np.to).map((t) => t.value).join(' ')));
  }
  const words = tokens.slice(np.from, np.to).filter((t) => !(t.pos === 'DET' && (t.normal === 'a' || t.normal === 'an' || t.normal === 'the')));
  const canonical = words.map((t) => t.value).join(' ').replace(/ (['’]s)\b/g, '$1').replace(/ ,/g, ',').replace(/ ?([()]) ?/g, ' $1').trim();
  return spanSource(sp, kind, canonical === '' ? sp.text : canonical);
}
