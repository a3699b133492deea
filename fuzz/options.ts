/**
 * Random options for `analyze()`: families, titles, ids, and custom lexicons built to be valid but
 * hostile — categories named after Object.prototype members, ids such as "constructor", terms that
 * look like regular expressions, terms of many words and of the longest allowed length.
 */
import fc from 'fast-check';
import type { AnalyzeOptions, LexiconEntry, LexiconFamily, MarkerId } from '../src/index';

const MARKERS: MarkerId[] = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label'];

/** Category names that an object keyed by category would inherit or misread. */
export const HOSTILE_CATEGORIES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'loaded.mine'];

/** Entry ids that pass the kebab-case rule and name Object.prototype members. */
const HOSTILE_IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'prototype', 'proto', 'loaded-mine'];

/** Terms that look like regular expressions or markup: they must match as words, never as patterns. */
const REGEX_TERMS = ['.*', '(a+)+', '[a-z]', '\\d+', 'a|b', '^the$', '$1', '?', '*', '+', '(', ')', '\\', '{2,}', '<p>', '&amp;'];

/** An object with `key` as an own property, even when the key is "__proto__". */
function withOwn<V>(pairs: ReadonlyArray<readonly [string, V]>): Record<string, V> {
  const o: Record<string, V> = {};
  for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** Words to build terms from: the text's own words (so that terms match), plus fixed ones. */
function wordsOf(text: string): string[] {
  const ws = text.split(/[\s"“”]+/).filter((w) => w.length > 0 && w.length < 40);
  return ws.length > 0 ? ws.slice(0, 200) : ['plan'];
}

const term = (words: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')) },
    // many words (a trie keyed by normal form or lemma at every word doubled per word)
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...words, 'the', 'were', 'running', 'leaders'), { minLength: 12, maxLength: 60 }).map((w) => w.join(' ').slice(0, 200).trim() || 'plan') },
    { weight: 1, arbitrary: fc.constantFrom(...REGEX_TERMS) },
    // the longest term the format allows
    { weight: 1, arbitrary: fc.constantFrom('word '.repeat(40).trim(), 'x'.repeat(200), 'ab-'.repeat(66)) },
  );

function entry(family: LexiconFamily, words: string[], categories: string[], k: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      id: fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.constant(`mine-${k}`)),
      term: term(words),
      category: fc.constantFrom(...categories),
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
      match: fc.constantFrom(undefined, 'lemma', 'exact'),
      caseSensitive: fc.constantFrom(undefined, true, false),
    })
    .map((e) => {
      const out: Record<string, unknown> = { id: `${e.id}-${k}`, term: e.term, category: e.category, weight: e.weight, notes: 'fuzz entry', source: 'fuzz' };
      if (e.match !== undefined) out.match = e.match;
      if (e.caseSensitive !== undefined) out.caseSensitive = e.caseSensitive;
      if (family === 'label') out.actor = e.term;
      return out;
    });
}

/** `{ add: entries, categories }` for one family, with hostile category names declared. */
function addOverride(family: LexiconFamily, words: string[]): fc.Arbitrary<unknown> {
  return fc.subarray(HOSTILE_CATEGORIES, { minLength: 1 }).chain((cats) =>
    fc
      .array(fc.nat(), { minLength: 1, maxLength: 4 })
      .chain((ks) => fc.tuple(...ks.map((_, k) => entry(family, words, cats, k))))
      .map((entries) => ({ add: entries as unknown as LexiconEntry[], categories: withOwn(cats.map((c) => [c, `fuzz category ${c}`] as const)) })),
  );
}

/** `{ replace: lexicon }` with only hostile categories. */
function replaceOverride(family: LexiconFamily, words: string[]): fc.Arbitrary<unknown> {
  return fc.subarray(HOSTILE_CATEGORIES, { minLength: 1 }).chain((cats) =>
    fc.array(fc.nat(), { minLength: 1, maxLength: 5 }).chain((ks) =>
      fc.tuple(...ks.map((_, k) => entry(family, words, cats, k))).map((entries) => ({
        replace: { id: `fuzz-${family}`, family, language: 'en', version: '1.0.0', description: 'fuzz', categories: withOwn(cats.map((c) => [c, c] as const)), entries },
      })),
    ),
  );
}

/**
 * Random valid options for `analyze(text, options)`; lexicon terms are drawn from the text so that
 * custom entries do match.
 */
export function analyzeOptions(text: string): fc.Arbitrary<AnalyzeOptions | undefined> {
  const words = wordsOf(text);
  const families: LexiconFamily[] = ['loaded', 'hedge', 'booster', 'label'];
  const lexicons = fc
    .subarray(families, { minLength: 1, maxLength: 2 })
    .chain((fs) => fc.tuple(...fs.map((f) => fc.oneof({ weight: 3, arbitrary: addOverride(f, words) }, { weight: 1, arbitrary: replaceOverride(f, words) }))).map((os) => withOwn(fs.map((f, k) => [f, os[k]] as const))));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc
        .record(
          {
            title: fc.constantFrom('Officials “reject” the so-called plan', 'BREAKING: Kirby said it may fail', '', '“', 'Trump’s.. ', '\u0000\ud800'),
            id: fc.constantFrom('a', '__proto__', 'constructor', ''),
            outlet: fc.constantFrom('Outlet', 'toString', '<b>x</b>'),
            markers: fc.subarray(MARKERS),
            lexicons,
          },
          { requiredKeys: [] },
        )
        .map((o) => o as AnalyzeOptions),
    },
  );
}
