/**
 * The build's table of tokenised built-in terms (see src/lexicon/built-terms.ts), printed as JSON.
 * Run by scripts/build.mjs (bundled with esbuild, then run with node); not part of the package.
 */
import { getBuiltinLexicon } from '../src/lexicon/builtin';
import { termsChecksum, type BuiltTerms } from '../src/lexicon/built-terms';
import { encodeWord, readTerm } from '../src/lexicon/term-table';
import { MATCHED_FAMILIES } from '../src/lexicon/types';

const table: BuiltTerms = {};
for (const family of MATCHED_FAMILIES) {
  const { entries } = getBuiltinLexicon(family);
  table[family] = { checksum: termsChecksum(entries.map((e) => e.term)), words: entries.map((e) => readTerm(e.term).map(encodeWord)) };
}
process.stdout.write(JSON.stringify(table));
