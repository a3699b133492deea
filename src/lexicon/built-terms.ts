/**
 * The built-in lexicons' terms as the tokenizer reads them, written by the build.
 *
 * In `src/` this is `null` and every term is tokenised with wink the first time it is compiled
 * (about a second per process for the built-in lexicons). The build (`scripts/build.mjs`) runs
 * `tokenizeTerm` over every entry of every built-in matched family and writes the result in place
 * of `null` in the bundles, so that a process (or a worker thread) pays only for building the
 * tries. `term-table.ts` decodes it, and checks a sample against the tokenizer before trusting it.
 */
import type { MatchedFamily } from './types';

/**
 * One word of a term: its value when the normal form is the value in lower case and the lemma is
 * the normal form, else `[value, normal, lemma]`.
 */
export type EncodedWord = string | [string, string, string];

/** One family's terms. */
export interface BuiltFamily {
  /** {@link termsChecksum} of the entries' terms the table was built from. */
  checksum: string;
  /** Per entry in file order, the words of its term. */
  words: EncodedWord[][];
}

/** Per family, its terms. */
export type BuiltTerms = Partial<Record<MatchedFamily, BuiltFamily>>;

/**
 * A checksum of a lexicon's terms in order (FNV-1a, 32 bits, over the terms joined by NUL), so that
 * the table is used only for the entries it was built from.
 *
 * @example
 * ```ts
 * termsChecksum(['so-called', 'regime']); // an 8-digit hex string
 * ```
 */
export function termsChecksum(terms: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const t of terms) {
    for (let i = 0; i < t.length; i += 1) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The build's table (`null` when running from the sources). */
export const BUILT_TERMS: BuiltTerms | null = null;
