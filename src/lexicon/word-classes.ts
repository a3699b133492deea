/**
 * Word classes: a `grammar` lexicon compiled for lookups. Each category is one class (a set of
 * lower-case words); a rule asks whether a token's normal form or lemma is in it. Unlike the other
 * families, nothing is tokenised or matched as a phrase, so compiling is one pass over the entries.
 */
import type { Lexicon } from './types';

/** A grammar lexicon ready for lookups. */
export interface CompiledWordClasses {
  /** The validated lexicon. */
  readonly lexicon: Lexicon;
  /** The words of each category, in entry order. */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  /** The `verb` of each entry that has one, by category, then by term. */
  readonly verbs: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_VERBS: ReadonlyMap<string, string> = new Map();

/**
 * Compile a validated grammar lexicon.
 *
 * @example
 * ```ts
 * const g = compileWordClasses(getBuiltinLexicon('grammar'));
 * g.classes.get('attribution.clause-only-cue')?.has('maintain'); // true
 * ```
 */
export function compileWordClasses(lexicon: Lexicon): CompiledWordClasses {
  const classes = new Map<string, Set<string>>();
  const verbs = new Map<string, Map<string, string>>();
  for (const e of lexicon.entries) {
    let words = classes.get(e.category);
    if (words === undefined) classes.set(e.category, (words = new Set()));
    words.add(e.term);
    if (e.verb !== undefined) {
      let byTerm = verbs.get(e.category);
      if (byTerm === undefined) verbs.set(e.category, (byTerm = new Map()));
      byTerm.set(e.term, e.verb);
    }
  }
  return { lexicon, classes, verbs };
}

/**
 * The words of one class (empty when the lexicon has none of that category).
 *
 * @example
 * ```ts
 * wordClass(compileWordClasses(getBuiltinLexicon('grammar')), 'attribution.raising-cue'); // Set { 'seem', 'appear' }
 * ```
 */
export function wordClass(g: CompiledWordClasses, category: string): ReadonlySet<string> {
  return g.classes.get(category) ?? EMPTY;
}

/**
 * The `verb` of each word of one class, by word (empty when none has one).
 *
 * @example
 * ```ts
 * classVerbs(compileWordClasses(getBuiltinLexicon('grammar')), 'attribution.reporting-noun').get('allegation'); // 'allege'
 * ```
 */
export function classVerbs(g: CompiledWordClasses, category: string): ReadonlyMap<string, string> {
  return g.verbs.get(category) ?? NO_VERBS;
}

/**
 * A view of the word classes for one consumer, built once per compiled grammar (the built-in one
 * once per process, a per-call override once per call).
 *
 * @example
 * ```ts
 * const words = memoView((g) => ({ raising: wordClass(g, 'attribution.raising-cue') }));
 * words(g) === words(g); // true
 * ```
 */
export function memoView<T>(build: (g: CompiledWordClasses) => T): (g: CompiledWordClasses) => T {
  const views = new WeakMap<CompiledWordClasses, T>();
  return (g) => {
    let v = views.get(g);
    if (v === undefined) views.set(g, (v = build(g)));
    return v;
  };
}
