/**
 * The word classes that the loaded-terms rules consult: the `loaded-terms.*` categories of
 * `lexicons/grammar.json` (see LEXICONS.md), overridable per call through
 * `analyze(text, { lexicons: { grammar } })`.
 */
import { memoView, wordClass, type CompiledWordClasses } from '../../lexicon/word-classes';

/** The loaded-terms family's word classes. */
export interface LoadedWords {
  /** Verbs whose object is followed by the label given to it ("called the militia terrorists"); lemma (`loaded-terms.naming-verb`). */
  readonly namingVerbs: ReadonlySet<string>;
  /** Derived: the naming verbs' written forms ("called", "labelled", "dubbed"), for the tagger's unlemmatised readings. */
  readonly namingForms: ReadonlySet<string>;
  /** Adverbs that scope over a clause or negate: never part of a label; normal form (`loaded-terms.non-intensifier`). */
  readonly nonIntensifiers: ReadonlySet<string>;
  /** Verbs of repeating a script ("parroting talking points"); lemma or the form without -ing/-ed/-s (`loaded-terms.script-verb`). */
  readonly scriptVerbs: ReadonlySet<string>;
  /** Sides whose script "talking points" can name ("Republican talking points"); normal form (`loaded-terms.script-owner`). */
  readonly scriptOwners: ReadonlySet<string>;
  /** Possessive determiners ("his claim"), shared with the attribution rules; normal form (`attribution.possessive`). */
  readonly possessives: ReadonlySet<string>;
  /** Head nouns of time expressions ("hours later"), where a span never runs; normal form (`attribution.time-head`). */
  readonly timeHeads: ReadonlySet<string>;
}

/**
 * The loaded-terms word classes of a compiled grammar lexicon (built once per lexicon).
 *
 * @example
 * ```ts
 * loadedWords(builtinWordClasses()).namingForms.has('labelled'); // true
 * ```
 */
export const loadedWords = memoView((g: CompiledWordClasses): LoadedWords => {
  const namingVerbs = wordClass(g, 'loaded-terms.naming-verb');
  return {
    namingVerbs,
    namingForms: new Set([...namingVerbs].flatMap((v) => [v, `${v}s`, `${v.replace(/e$/, '')}ed`, `${v.replace(/e$/, '')}ing`, `${v}ed`, `${v}led`, `${v}ling`, `${v}bed`, `${v}bing`])),
    nonIntensifiers: wordClass(g, 'loaded-terms.non-intensifier'),
    scriptVerbs: wordClass(g, 'loaded-terms.script-verb'),
    scriptOwners: wordClass(g, 'loaded-terms.script-owner'),
    possessives: wordClass(g, 'attribution.possessive'),
    timeHeads: wordClass(g, 'attribution.time-head'),
  };
});
