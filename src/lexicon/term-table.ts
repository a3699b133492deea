/**
 * The tokenised terms of the built-in lexicons from the build's table (`built-terms.ts`), so that
 * compiling a built-in lexicon does not run wink over each of its terms. The table is trusted only
 * after a sample of its terms (those with punctuation or digits, which a tokenizer change would
 * split differently, and a spread of the others) tokenise exactly so in this process; otherwise, or
 * when a lexicon does not have the entries the table was built for, terms are tokenised as before.
 */
import { tokenizeTerm } from '../doc/build-doc';
import { BUILT_TERMS, termsChecksum, type BuiltTerms, type EncodedWord } from './built-terms';
import type { TermWord } from './inflections';
import type { LexiconEntry, MatchedFamily } from './types';

/**
 * The words of a term as `compile.ts` keeps them.
 *
 * @example
 * ```ts
 * readTerm('so-called'); // [{ value: 'so', … }, { value: '-', … }, { value: 'called', normal: 'called', lemma: 'call' }]
 * ```
 */
export function readTerm(term: string): TermWord[] {
  return tokenizeTerm(term).map(({ value, normal, lemma }) => ({ value, normal, lemma }));
}

/**
 * One word in the table's form (see {@link EncodedWord}); {@link decodeWord} inverts it exactly.
 *
 * @example
 * ```ts
 * encodeWord({ value: 'Plan', normal: 'plan', lemma: 'plan' });      // 'Plan'
 * encodeWord({ value: 'claimed', normal: 'claimed', lemma: 'claim' }); // ['claimed', 'claimed', 'claim']
 * ```
 */
export function encodeWord(w: TermWord): EncodedWord {
  return w.normal === w.value.toLowerCase() && w.lemma === w.normal ? w.value : [w.value, w.normal, w.lemma];
}

/**
 * A word of the table as a {@link TermWord}.
 *
 * @example
 * ```ts
 * decodeWord('Plan'); // { value: 'Plan', normal: 'plan', lemma: 'plan' }
 * ```
 */
export function decodeWord(w: EncodedWord): TermWord {
  if (typeof w === 'string') {
    const normal = w.toLowerCase();
    return { value: w, normal, lemma: normal };
  }
  return { value: w[0], normal: w[1], lemma: w[2] };
}

const SENSITIVE = /[^a-z ]/;
/** Terms checked per family at most (a fraction of a millisecond each). */
const SAMPLE = 12;

function same(a: readonly TermWord[], b: readonly TermWord[]): boolean {
  return a.length === b.length && a.every((w, k) => w.value === b[k]?.value && w.normal === b[k]?.normal && w.lemma === b[k]?.lemma);
}

/**
 * Does the table tokenise like this process? Checks up to {@link SAMPLE} terms of `entries`
 * (with their table words): first those with characters other than lower-case letters and spaces,
 * then a spread of the rest.
 *
 * @example
 * ```ts
 * tableAgrees([[{ term: 'so-called' } as LexiconEntry, readTerm('so-called')]]); // true
 * ```
 */
export function tableAgrees(entries: ReadonlyArray<readonly [LexiconEntry, readonly TermWord[]]>): boolean {
  const sensitive = entries.filter(([e]) => SENSITIVE.test(e.term));
  const plain = entries.filter(([e]) => !SENSITIVE.test(e.term));
  const take = Math.min(sensitive.length, SAMPLE / 2);
  const picks = sensitive.filter((_, k) => k % Math.ceil(sensitive.length / take) === 0);
  const step = Math.max(1, Math.ceil(plain.length / (SAMPLE - picks.length)));
  picks.push(...plain.filter((_, k) => k % step === 0));
  return picks.every(([e, words]) => same(readTerm(e.term), words));
}

let table: BuiltTerms | null = BUILT_TERMS;
/** Families whose table words this process has checked (and the verdict). */
const checked = new Map<MatchedFamily, boolean>();

/** Use another table (tests); `null` turns the table off. */
export function setBuiltTerms(t: BuiltTerms | null): void {
  table = t;
  checked.clear();
}

/**
 * The words of each entry of a built-in family from the build's table, or `null` (no table, a
 * lexicon other than the one the table was built from, or a table this process does not agree with).
 *
 * @example
 * ```ts
 * builtTermWords('hedge', builtinHedges.entries)?.length; // the number of entries (from a built bundle), null from src/
 * ```
 */
export function builtTermWords(family: MatchedFamily, entries: readonly LexiconEntry[]): TermWord[][] | null {
  const row = table?.[family];
  if (row === undefined || row.words.length !== entries.length || row.checksum !== termsChecksum(entries.map((e) => e.term))) return null;
  const words = row.words.map((w) => w.map(decodeWord));
  let ok = checked.get(family);
  if (ok === undefined) {
    ok = tableAgrees(entries.map((e, k) => [e, words[k] ?? []] as const));
    checked.set(family, ok);
  }
  return ok ? words : null;
}
