/**
 * The build's table of tokenised built-in terms (src/lexicon/built-terms.ts, written by
 * scripts/build.mjs): exactly what the tokenizer gives for every entry, used only when this
 * process agrees with it, and compiling from it matches like compiling from the tokenizer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildDoc } from '../../src/doc/build-doc';
import { termsChecksum, type BuiltTerms } from '../../src/lexicon/built-terms';
import { getBuiltinLexicon } from '../../src/lexicon/builtin';
import { compileLexicon, matchLexicon } from '../../src/lexicon/compile';
import { builtTermWords, decodeWord, encodeWord, readTerm, setBuiltTerms, tableAgrees } from '../../src/lexicon/term-table';
import { MATCHED_FAMILIES } from '../../src/lexicon/types';

/** The table as the build wrote it into dist/index.mjs (npm test builds first). */
function distTable(): BuiltTerms {
  const bundle = readFileSync(join(__dirname, '..', '..', 'dist', 'index.mjs'), 'utf8');
  const line = bundle.split('\n').find((l) => l.startsWith('var BUILT_TERMS = '));
  if (line === undefined) throw new Error('dist/index.mjs has no BUILT_TERMS line');
  // esbuild prints the JSON as a JavaScript literal
  return runInNewContext(`(${line.slice('var BUILT_TERMS = '.length).replace(/;$/, '')})`) as BuiltTerms;
}

afterEach(() => setBuiltTerms(null));

describe('the build writes the tokenizer\u2019s words of every built-in term', () => {
  const table = distTable();
  test.each(MATCHED_FAMILIES)('%s: every entry, word for word', (family) => {
    const { entries } = getBuiltinLexicon(family);
    const row = table[family];
    expect(row?.checksum).toBe(termsChecksum(entries.map((e) => e.term)));
    expect(row?.words.length).toBe(entries.length);
    entries.forEach((e, k) => expect((row?.words[k] ?? []).map(decodeWord)).toEqual(readTerm(e.term)));
  });
});

describe('term table', () => {
  test('a word round-trips through its encoding', () => {
    for (const w of [...readTerm('so-called'), ...readTerm('Kremlin\u2019s claimed U.S. sanctions')]) expect(decodeWord(encodeWord(w))).toEqual(w);
    expect(encodeWord({ value: 'Plan', normal: 'plan', lemma: 'plan' })).toBe('Plan');
    expect(encodeWord({ value: 'claimed', normal: 'claimed', lemma: 'claim' })).toEqual(['claimed', 'claimed', 'claim']);
  });

  test('from src/ there is no table: terms are tokenised', () => {
    expect(builtTermWords('hedge', getBuiltinLexicon('hedge').entries)).toBeNull();
  });

  test('a table for other entries (checksum) is not used', () => {
    const { entries } = getBuiltinLexicon('hedge');
    const words = entries.map((e) => readTerm(e.term).map(encodeWord));
    setBuiltTerms({ hedge: { checksum: termsChecksum(entries.map((e) => e.term)), words } });
    expect(builtTermWords('hedge', entries)?.length).toBe(entries.length);
    setBuiltTerms({ hedge: { checksum: termsChecksum(['reportedly']), words } });
    expect(builtTermWords('hedge', entries)).toBeNull();
  });

  test('a table from a tokenizer that splits differently is not used (hyphens kept inside words)', () => {
    // a sample is checked, not every term: what it catches is a tokenizer that differs, such as one
    // that no longer splits "so-called" at its hyphen
    const { entries } = getBuiltinLexicon('loaded');
    const wrong = entries.map((e) => (e.term.includes('-') ? e.term.split(' ') : readTerm(e.term).map(encodeWord)));
    expect(entries.filter((e) => e.term.includes('-')).length).toBeGreaterThan(20);
    expect(tableAgrees(entries.map((e, j) => [e, (wrong[j] ?? []).map(decodeWord)] as const))).toBe(false);
    setBuiltTerms({ loaded: { checksum: termsChecksum(entries.map((e) => e.term)), words: wrong } });
    expect(builtTermWords('loaded', entries)).toBeNull();
  });

  test('compiling from the table matches exactly as compiling from the tokenizer', () => {
    const lex = getBuiltinLexicon('loaded');
    const tokenised = lex.entries.map((e) => readTerm(e.term));
    const doc = buildDoc('The so-called regime mocked the Kremlin\u2019s puppet and its thugs, critics said.');
    const fromTable = matchLexicon(doc.tokens, compileLexicon(lex, tokenised)).map((m) => [m.entry.id, m.from, m.to]);
    const fromTokenizer = matchLexicon(doc.tokens, compileLexicon(getBuiltinLexicon('loaded'))).map((m) => [m.entry.id, m.from, m.to]);
    expect(fromTable).toEqual(fromTokenizer);
    expect(fromTable.length).toBeGreaterThanOrEqual(3);
  });
});
