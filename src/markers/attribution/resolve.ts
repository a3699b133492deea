/**
 * Stage 6, resolution. Reads the attributions in text order and the document's person mentions;
 * gives pronouns and short definite roles the canonical name of the one they refer to:
 *
 * - "he" / "she" the nearest compatible person named before it, speaker or not ("Maria Lopez left
 *   the hearing early. “…,” she said." -> Maria Lopez). Nearest is by sentence, walking back from
 *   the pronoun's own sentence; within a sentence the first person named, its likely subject
 *   (centering: an utterance's subject is its most salient entity, Grosz, Joshi & Weinstein 1995),
 *   after a fronted subordinate clause ("As he met Mr. Kim, Mr. Trump …": Mr. Trump first).
 *   Compatible: no gender known for the person, or the pronoun's: from a title or role noun ("Mr.",
 *   "a spokeswoman for", `people.male-word` / `people.female-word`) or from an earlier pronoun
 *   resolved to them. Names inside quotations are not antecedents. An unnamed person who is the
 *   subject of a clause ("an Egyptian education official raised his hand") is a person too: a
 *   pronoun after it takes that phrase as its canonical ({@link roleMentions}). With no compatible person within
 *   {@link PRONOUN_REACH} sentences the pronoun stays a `pronoun` source with its own canonical form.
 * - "the spokesman" the nearest preceding source whose name starts with it ("spokesman for British
 *   Prime Minister Rishi Sunak").
 */
import { lowerBound, type Token } from '../../doc/build-doc';
import type { Attribution, AttributionSource } from '../../types';
import { nameWords } from '../people';
import { matchLexicon } from '../../lexicon/compile';
import { wordClass } from '../../lexicon/word-classes';
import type { DocIndex } from './document';
import { roleWords, titledPeople, titledReferent, type TitledPeople } from './roles';

/** Most sentences back (the pronoun's own included) to look for the person a pronoun names. */
export const PRONOUN_REACH = 6;

/** One person named in the document: where, under which canonical name, and the gender its words give. */
interface Named {
  /** First token of the name. */
  readonly at: number;
  /** Sentence of the name. */
  readonly sentence: number;
  /** Canonical name ("Terrance Mannery" for "Mannery"). */
  readonly name: string;
}

type Gender = 'm' | 'f';

/** The people named outside quotations, by sentence, and the gender their titles and appositions give. */
function namedPeople(ix: DocIndex, list: readonly Attribution[], titled: TitledPeople): { bySentence: Map<number, Named[]>; gender: Map<string, Gender> } {
  const { tokens } = ix;
  const male = wordClass(ix.lex.grammar, 'people.male-word');
  const female = wordClass(ix.lex.grammar, 'people.female-word');
  const honorifics = nameWords(ix.lex.grammar).honorifics;
  const all: Named[] = [];
  const gender = new Map<string, Gender>();
  const note = (name: string, t: Token | undefined): void => {
    if (t === undefined || gender.has(name)) return;
    if (male.has(t.normal)) gender.set(name, 'm');
    else if (female.has(t.normal)) gender.set(name, 'f');
  };
  for (const p of ix.people) {
    const first = tokens[p.from];
    if (first === undefined || first.quote >= 0) continue;
    const name = ix.resolve(p.name);
    all.push({ at: p.runFrom, sentence: first.sentence, name });
    // a title before the name ("Mr. Ortiz", "Mrs. Lopez"), or a role noun in the apposition after it
    for (let k = p.runFrom; k < p.from; k += 1) if (honorifics.has(tokens[k]?.normal ?? '') || male.has(tokens[k]?.normal ?? '') || female.has(tokens[k]?.normal ?? '')) note(name, tokens[k]);
    if (tokens[p.to]?.value === ',') {
      for (let k = p.to + 1; k < p.to + 6; k += 1) {
        const t = tokens[k];
        if (t === undefined || t.sentence !== first.sentence || t.isPunct) break;
        if (t.pos === 'NOUN') {
          note(name, t);
          break;
        }
      }
    }
  }
  // leaders of the actors lexicon ("Trump", "Xi") and named speakers the name rules did not take as people
  for (const m of matchLexicon(tokens, ix.lex.label)) {
    const t = tokens[m.from];
    if (m.entry.category === 'label.leader-name' && m.entry.actor !== undefined && t !== undefined && t.quote < 0) all.push({ at: m.from, sentence: t.sentence, name: m.entry.actor });
  }
  for (const a of list) {
    const s = a.source;
    if (s === null || s.kind !== 'named') continue;
    let k = 0;
    while (k < tokens.length && (tokens[k] as Token).start < s.start) k += 1;
    const t = tokens[k];
    if (t !== undefined && t.quote < 0) all.push({ at: k, sentence: t.sentence, name: s.canonical });
  }
  // a definite role speaker ("The president hinted …"): the person of that title named before, or
  // the role itself; as a clause's subject it is the most salient entity of its sentence
  for (const a of list) {
    const s = a.source;
    if (s === null || (s.kind !== 'institutional' && s.kind !== 'anonymous')) continue;
    const role = roleWords(ix, s);
    const k = lowerBound(tokens, s.start);
    const t = tokens[k];
    if (role === null || t === undefined || t.quote >= 0) continue;
    all.push({ at: k, sentence: t.sentence, name: titledReferent(titled, role, k, ix.words.demonyms) ?? s.canonical });
  }
  for (const r of roleMentions(ix)) {
    all.push(r);
    note(r.name, tokens[r.head]);
  }
  all.sort((x, y) => x.at - y.at);
  const bySentence = new Map<number, Named[]>();
  for (const n of all) {
    const l = bySentence.get(n.sentence);
    if (l === undefined) bySentence.set(n.sentence, [n]);
    else if (!l.some((m) => m.at === n.at)) l.push(n);
  }
  // a fronted subordinate clause ("As he met Mr. Kim, Mr. Trump said …"): its names come after the
  // main clause's in the order of salience
  for (const [sentence, l] of bySentence) {
    const comma = frontedClauseEnd(ix, sentence);
    if (comma >= 0 && l.some((n) => n.at < comma) && l.some((n) => n.at > comma)) bySentence.set(sentence, [...l.filter((n) => n.at > comma), ...l.filter((n) => n.at < comma)]);
  }
  return { bySentence, gender };
}

/** The comma that ends a sentence-initial subordinate clause ("As he …, "), or -1. */
function frontedClauseEnd(ix: DocIndex, sentence: number): number {
  const s = ix.doc.sentences[sentence];
  const first = s === undefined ? undefined : ix.tokens[s.tokenStart];
  if (s === undefined || first === undefined || first.quote >= 0 || !ix.words.frontedSubordinators.has(first.normal)) return -1;
  for (let k = s.tokenStart + 1; k < s.tokenEnd && k < s.tokenStart + 40; k += 1) {
    const t = ix.tokens[k];
    if (t !== undefined && t.quote < 0 && t.value === ',') return k;
  }
  return -1;
}

/**
 * Determiners that introduce a new unnamed person ("an Egyptian official"); "the spokesman" most
 * often refers back to someone named before, so it is no new antecedent.
 */
const ROLE_DETERMINERS = new Set(['a', 'an']);

/**
 * Unnamed people mentioned as the subject of a clause: a singular person noun of the sources
 * lexicon (`source.anonymous`, `source.institutional`: "official", "spokeswoman"), tagged a common
 * noun, introduced by "a" or "an" and followed by its verb ("And then an Egyptian education
 * official raised his hand … “…,” he said."). A pronoun after it refers to that person, not to a
 * name further back; its canonical is the phrase without the determiner ("Egyptian education
 * official"). Plural heads ("officials") and metonyms tagged as names ("the Kremlin") are no person.
 */
function roleMentions(ix: DocIndex): Array<Named & { head: number }> {
  const { tokens } = ix;
  const out: Array<Named & { head: number }> = [];
  for (const [k, cat] of ix.sourceCats) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t === undefined || t.quote >= 0 || t.pos !== 'NOUN' || t.lemma !== t.normal || (cat !== 'source.anonymous' && cat !== 'source.institutional')) continue;
    if (next === undefined || next.sentence !== t.sentence || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') && tokens[j]?.sentence === t.sentence) j -= 1;
    const det = tokens[j];
    if (det === undefined || det.sentence !== t.sentence || !ROLE_DETERMINERS.has(det.normal)) continue;
    out.push({ at: j, sentence: t.sentence, name: tokens.slice(j + 1, k + 1).map((u) => u.value).join(' '), head: k });
  }
  return out;
}

/**
 * The attributions with their speakers resolved (new objects; the input is not changed). One
 * source object that two attributions share (a cue governing two quotations) is one mention: it is
 * resolved where it first occurs, and both show its name.
 *
 * @example
 * ```ts
 * resolveSpeakers(ix, attributions).map((a) => a.source?.canonical); // ['Maria Lopez'] for "Maria Lopez left early. “We will appeal,” she said."
 * ```
 */
export function resolveSpeakers(ix: DocIndex, list: readonly Attribution[]): Attribution[] {
  const { tokens } = ix;
  const resolved = new Map<AttributionSource, string>();
  const nameOf = (s: AttributionSource): string => resolved.get(s) ?? s.canonical;
  let people: ReturnType<typeof namedPeople> | null = null;
  // the lower-cased prefix of every earlier name that ends at its first or its second space -> the
  // latest name with that prefix: one lookup per role instead of a scan of every earlier name
  // (a key has at most one inner space, so it ends at its own first or second space)
  const latestByPrefix = new Map<string, string>();
  const remember = (name: string): void => {
    const lower = name.toLowerCase();
    let spaces = 0;
    for (let i = lower.indexOf(' '); i >= 0 && spaces < 2; i = lower.indexOf(' ', i + 1)) {
      spaces += 1;
      latestByPrefix.set(lower.slice(0, i + 1), name);
    }
  };
  let cursor = 0;
  let persons: Uint8Array | undefined;
  let reported: Uint8Array | undefined;
  let lastThing: { at: number; to: number; name: string } | null = null;
  let lastNamed: string | null = null;
  let titledCache: TitledPeople | undefined;
  // the titled people, read once for both the role speakers and the pronouns' antecedents
  const titled = (): TitledPeople => (titledCache ??= titledPeople(ix));
  for (const a of list) {
    const s = a.source;
    if (s === null) continue;
    const name = nameOf(s);
    if (s.kind === 'named') lastNamed = name;
    if (s.kind === 'pronoun' && (name === 'he' || name === 'she') && !resolved.has(s)) {
      while (cursor < tokens.length && (tokens[cursor] as Token).start < s.start) cursor += 1;
      const at = tokens[cursor];
      people ??= namedPeople(ix, list, titled());
      const want: Gender = name === 'he' ? 'm' : 'f';
      // else the last named speaker, when compatible (a pronoun after a long quoted passage)
      const fallback = lastNamed !== null && (people.gender.get(lastNamed) ?? want) === want ? lastNamed : null;
      const person = (at === undefined ? null : antecedent(people, cursor, at.sentence, want)) ?? fallback;
      if (person !== null) {
        resolved.set(s, person);
        if (!people.gender.has(person)) people.gender.set(person, want);
      }
    } else if (s.kind === 'pronoun' && name === 'it' && !resolved.has(s)) {
      while (cursor < tokens.length && (tokens[cursor] as Token).start < s.start) cursor += 1;
      persons ??= personTokens(ix);
      reported ??= reportedTokens(ix, list);
      const thing = itAntecedent(ix, cursor, persons, reported, lastThing);
      if (thing !== null) resolved.set(s, thing);
    } else if ((s.kind === 'institutional' || s.kind === 'anonymous') && /^the\s/i.test(s.text)) {
      const prev = name.split(' ').length <= 2 ? latestByPrefix.get(`${name.toLowerCase()} `) : undefined;
      const role = prev === undefined ? roleWords(ix, s) : null;
      const person = role === null ? null : titledReferent(titled(), role, lowerBound(tokens, s.start), ix.words.demonyms);
      if (prev !== undefined) resolved.set(s, prev);
      else if (person !== null) resolved.set(s, person);
    }
    remember(nameOf(s));
    // a speaker that "it" can name next: an institution or document, a name of several words that is
    // not a person's ("Protect Democracy noted …. It said …"; a one-word name may be a surname), or a
    // speaking "it" itself, with what it was resolved to ("It says …, and it claims …": the second is
    // the first)
    const at = lowerBound(tokens, s.start);
    const to = lowerBound(tokens, s.end);
    const organisation = s.kind === 'named' && to - at >= 2 && (persons ??= personTokens(ix))[at] !== 1 && persons[to - 1] !== 1;
    if (s.kind === 'institutional' || s.kind === 'document' || organisation || (s.kind === 'pronoun' && s.canonical === 'it')) lastThing = { at, to, name: nameOf(s) };
  }
  return list.map((a) => {
    const name = a.source === null ? undefined : resolved.get(a.source);
    return a.source === null || name === undefined ? a : { ...a, source: { ...a.source, canonical: name } };
  });
}

/** The nearest compatible person named before token `at` (sentence `sentence`), or null. */
function antecedent(people: ReturnType<typeof namedPeople>, at: number, sentence: number, want: Gender): string | null {
  for (let s = sentence; s >= 0 && s > sentence - PRONOUN_REACH; s -= 1) {
    const named = people.bySentence.get(s);
    if (named === undefined) continue;
    for (const n of named) {
      if (s === sentence && n.at >= at) continue;
      const g = people.gender.get(n.name);
      if (g === undefined || g === want) return n.name;
    }
  }
  return null;
}

/** Most sentences back (the pronoun's own included) to look for what "it" names. */
const IT_REACH = 2;
/** Most tokens back to look for what "it" names (a text with no sentence end has one long sentence). */
const IT_TOKENS = 80;

/**
 * Tokens inside an attribution's content (its reported clause or quotation): 1. A noun there is what
 * the speaker talked about, not a speaker "it" can name while that speaker is in reach.
 */
function reportedTokens(ix: DocIndex, list: readonly Attribution[]): Uint8Array {
  const { tokens } = ix;
  const mask = new Uint8Array(tokens.length);
  for (const a of list) {
    if (a.content === null) continue;
    mask.fill(1, lowerBound(tokens, a.content.start), lowerBound(tokens, a.content.end));
  }
  return mask;
}

/** Tokens that are part of a person's name (a person mention, a leader of the actors lexicon): 1. */
function personTokens(ix: DocIndex): Uint8Array {
  const mask = Uint8Array.from(ix.leaders);
  for (const p of ix.people) mask.fill(1, p.runFrom, p.to);
  return mask;
}

/**
 * What a speaking "it" names: the nearest thing before it, in its sentence or the one before, that
 * can speak and is not a person: a proper-noun subject ("Iran lied when it said …", "Israel
 * presented what it said was …", "the United States has threatened … what it argues"), a singular
 * document or institution noun as subject ("The lawsuit was filed Friday. It alleges …") or an
 * earlier speaker that is not a person (`lastThing`: an institution, a document, a named
 * organisation, an earlier speaking "it": "The ministry said …; it added …"), whichever is nearer.
 * While that speaker is in reach, the nouns of what it reported are not candidates ("Protect
 * Democracy noted that the new lawsuit draws on …. It said …": Protect Democracy). Its name without a leading "the"; `null` when there is none (the pronoun
 * stays `it`). At most {@link IT_TOKENS} tokens are read.
 */
function itAntecedent(ix: DocIndex, at: number, persons: Uint8Array, reported: Uint8Array, lastThing: { at: number; to: number; name: string } | null): string | null {
  const { tokens } = ix;
  const here = tokens[at];
  if (here === undefined) return null;
  const inReach = (k: number): boolean => (tokens[k]?.sentence ?? -1) > here.sentence - IT_REACH;
  for (let k = at - 1; k >= 0 && k >= at - IT_TOKENS && inReach(k); k -= 1) {
    const t = tokens[k] as Token;
    // (a word of that speaker's own name: the name whole)
    if (lastThing !== null && k < lastThing.to) break;
    // what the last speaking thing reported ("X noted that the lawsuit draws on …. It said …")
    if (reported[k] === 1 && lastThing !== null && inReach(lastThing.at)) continue;
    const cat = ix.sourceCats.get(k);
    // a singular document or institution noun ("The lawsuit was filed …; it alleges")
    const thingNoun = t.pos === 'NOUN' && t.lemma === t.normal && (cat === 'source.document' || cat === 'source.institutional');
    if (t.quote >= 0 || !(t.pos === 'PROPN' || thingNoun) || persons[k] === 1) continue;
    // the last word of a proper-noun run (or the head noun) followed by its verb
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v += 1;
    const verb = tokens[v];
    if (verb === undefined || verb.sentence !== t.sentence || !(verb.pos === 'VERB' || verb.pos === 'AUX')) continue;
    let from = k;
    const modifier = (u: Token | undefined): boolean => u !== undefined && (u.pos === 'PROPN' || (thingNoun && (u.pos === 'NOUN' || u.pos === 'ADJ')));
    while (from > 0 && modifier(tokens[from - 1]) && tokens[from - 1]?.sentence === t.sentence && persons[from - 1] !== 1) from -= 1;
    // a subject, not the object of a preposition ("an announcement from North Korea came")
    let d = from - 1;
    if (tokens[d]?.pos === 'DET') d -= 1;
    if (tokens[d]?.pos === 'ADP' && tokens[d]?.sentence === t.sentence) continue;
    return tokens.slice(from, k + 1).map((u) => u.value).join(' ').replace(/^the\s+/i, '');
  }
  return lastThing !== null && inReach(lastThing.at) ? lastThing.name : null;
}
