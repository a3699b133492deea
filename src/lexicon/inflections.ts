/**
 * Regular inflections of one-word lemma entries, for the families whose terms the tagger often
 * leaves unlemmatised (see {@link inflections}), and which of them a lexicon's trie gets.
 */
import type { LexiconEntry } from './types';

/** A word of a tokenised term. */
export interface TermWord {
  value: string;
  normal: string;
  lemma: string;
}

/** An inflected form of an entry's first word, and whether it is a plural or a verbal form. */
export interface InflectedForm {
  form: string;
  kind: 'verbal' | 'plural';
}

/**
 * Regular inflections of a one-word lemma: -s/-es/-ies, -ed/-d/-ied, -ing (dropping a final "e"),
 * with the final consonant doubled after a short vowel ("rip" -> "ripping", "mob" -> "mobbed"). A
 * word of at most four letters ending consonant-vowel-consonant takes only the doubled forms, so
 * "sham" does not reach "shamed" (of "shame"). Forms that are not words never occur in text; they cost
 * trie entries only.
 *
 * wink's tagger leaves many gerunds and participles unlemmatised when it tags them as nouns or
 * adjectives ("him mocking the senator", "a post berating", "meddling"), so a lemma-matched entry
 * would miss them; these forms let the trie reach the entry through the token's own lemma.
 *
 * @param lemma - a lower-case word of three or more letters (anything else has no inflections)
 * @returns the plural form first, then the verbal forms, each with its kind
 * @example
 * ```ts
 * inflections('mock');
 * // [{ form: 'mocks', kind: 'plural' }, { form: 'mocking', kind: 'verbal' }, { form: 'mocked', kind: 'verbal' }]
 * inflections('rip').map((f) => f.form);  // ['rips', 'ripping', 'ripped']
 * inflections('x-ray');                   // []
 * ```
 */
export function inflections(lemma: string): InflectedForm[] {
  if (!/^[a-z]{3,}$/.test(lemma)) return [];
  const out: InflectedForm[] = [];
  const last = lemma.charAt(lemma.length - 1);
  const cvc = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(lemma) && !/[wxy]$/.test(lemma);
  const shortCvc = cvc && lemma.length <= 4;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) out.push({ form: `${lemma}es`, kind: 'plural' });
  else if (/[^aeiou]y$/.test(lemma)) out.push({ form: `${lemma.slice(0, -1)}ies`, kind: 'plural' });
  else out.push({ form: `${lemma}s`, kind: 'plural' });
  const stems: string[] = [];
  if (last === 'e') {
    if (!lemma.endsWith('ee')) stems.push(lemma.slice(0, -1));
    else stems.push(lemma);
  } else {
    if (!shortCvc) stems.push(lemma);
    if (cvc) stems.push(lemma + last);
  }
  for (const stem of stems) {
    out.push({ form: `${stem}ing`, kind: 'verbal' });
    if (/[^aeiou]y$/.test(stem)) out.push({ form: `${stem.slice(0, -1)}ied`, kind: 'verbal' });
    else out.push({ form: `${stem}ed`, kind: 'verbal' });
  }
  if (lemma.endsWith('ee')) out.push({ form: `${lemma}d`, kind: 'verbal' });
  return out;
}

/** Families whose one-word lemma entries also match {@link inflections} the tagger left unlemmatised. */
export const INFLECTING_FAMILIES: ReadonlySet<string> = new Set(['loaded']);

/**
 * The inflected forms an entry gets in its lexicon's trie: every inflection of a one-word term,
 * unless the form is itself a word of some term of the lexicon (`taken`: that entry decides), and
 * the verbal inflections of the first word of a phrase ("rail against" -> "railing against", "seize
 * on" -> "seizing on"; the rest of the phrase keeps the usual keys). An entry restricted to nominal
 * or adjectival tags has no verbal inflections ("fringe" is not "fringed"); its plural is still a
 * form of it. Exact-match entries have none.
 *
 * @param taken - whether a form is a word (normal form or lemma) of some term of the lexicon
 * @example
 * ```ts
 * entryInflections(entry, [{ value: 'mock', normal: 'mock', lemma: 'mock' }], () => false).map((f) => f.form);
 * // ['mocks', 'mocking', 'mocked']
 * ```
 */
export function entryInflections(entry: LexiconEntry, words: readonly TermWord[], taken: (form: string) => boolean): InflectedForm[] {
  if (entry.match === 'exact') return [];
  const w = words[0];
  if (w === undefined) return [];
  const verbal = entry.pos === undefined || entry.pos.includes('VERB');
  return inflections(w.lemma).filter(({ form, kind }) => (kind !== 'verbal' || verbal) && (words.length === 1 ? !taken(form) : kind === 'verbal'));
}
