/**
 * Lexicon data types. The JSON files in `lexicons/` and user-supplied lexicons share this shape and
 * pass through the same validation (`validateLexicon`).
 */

/**
 * Families that read a lexicon. `attribution` reads the speech-verb lexicon, `source` the source
 * phrases (titles, institutions, anonymous sources), `label` the actors lexicon, `grammar` the word
 * classes that the rules consult (`lexicons/grammar.json`: which cue verbs report only with a
 * clause, which verbs govern an infinitive speech act, time words, honorifics, …). `grammar` was
 * added after the first six; its entries are looked up one word at a time, never matched as phrases.
 */
export type LexiconFamily = 'loaded' | 'hedge' | 'booster' | 'attribution' | 'source' | 'label' | 'grammar';

/**
 * Every lexicon family, in file order.
 *
 * @example
 * ```ts
 * LEXICON_FAMILIES.map((f) => getBuiltinLexicon(f).entries.length);
 * ```
 */
export const LEXICON_FAMILIES: readonly LexiconFamily[] = ['loaded', 'hedge', 'booster', 'attribution', 'source', 'label', 'grammar'];

/** The families whose lexicons are matched as phrases over the tokens (all but `grammar`). */
export type MatchedFamily = Exclude<LexiconFamily, 'grammar'>;

/**
 * The matched families, in file order.
 *
 * @example
 * ```ts
 * MATCHED_FAMILIES.includes('grammar' as MatchedFamily); // false
 * ```
 */
export const MATCHED_FAMILIES: readonly MatchedFamily[] = ['loaded', 'hedge', 'booster', 'attribution', 'source', 'label'];

/**
 * One lexicon entry.
 *
 * @example
 * ```ts
 * const e: LexiconEntry = {
 *   id: 'loaded-masquerade', term: 'masquerade', category: 'loaded.deceit', weight: 0.8,
 *   notes: 'Frames an actor as pretending.', source: 'Da San Martino et al. 2019',
 * };
 * ```
 */
export interface LexiconEntry {
  /** Unique in its lexicon, kebab-case. */
  id: string;
  /** The words as they appear in text; multi-word allowed. */
  term: string;
  /** One of the lexicon's category keys. */
  category: string;
  /** Strength in [0, 1]. */
  weight: number;
  /** `lemma` (default): inflections match; `exact`: only the written form (case-insensitive). */
  match?: 'lemma' | 'exact';
  /** Allowed universal POS tags of the term's last token. */
  pos?: string[];
  /** Veto the match when the adjacent token (lower case) is one of these. */
  exclude?: {
    /** Words (lower case) that veto the match when they come just before the term. */
    prev?: string[];
    /** Words (lower case) that veto the match when they come just after it. */
    next?: string[];
  };
  /** Match the term's capitalisation exactly. */
  caseSensitive?: boolean;
  /** One sentence: why this is a cue. */
  notes: string;
  /** Where it comes from. */
  source: string;
  /** Speech-verb lexicon only: `speech`, `cognition` or `evidence`. */
  class?: 'speech' | 'cognition' | 'evidence';
  /** Actors lexicon only: the canonical actor. */
  actor?: string;
  /**
   * Grammar lexicon only, reporting nouns (`attribution.reporting-noun`): the speech verb whose
   * speech-verb lexicon entry gives the noun's stance and class ("allegation" -> "allege").
   */
  verb?: string;
}

/**
 * A whole lexicon file.
 *
 * @example
 * ```ts
 * const lex: Lexicon = { id: 'energy', family: 'loaded', language: 'en', version: '1.0.0',
 *   description: 'Loaded terms of energy debates',
 *   categories: { 'loaded.energy': 'Loaded energy wording' },
 *   entries: [{ id: 'loaded-greenwash', term: 'greenwashing', category: 'loaded.energy', weight: 0.7,
 *     notes: 'Accuses of deceptive environmental claims.', source: 'user' }] };
 * ```
 */
export interface Lexicon {
  /** The JSON Schema the file follows (`./lexicon.schema.json` for the built-ins); ignored by validation. */
  $schema?: string;
  /** The lexicon's id, kebab-case (`loaded`, `energy`). */
  id: string;
  /** The marker family it serves. */
  family: LexiconFamily;
  /** Language of the terms (BCP 47, `en`). */
  language: string;
  /** Version of the list (semver recommended). */
  version: string;
  /** One paragraph: what the list captures and where its categories come from. */
  description: string;
  /** Category key → one-line description; every entry's `category` must be one of these keys. */
  categories: Record<string, string>;
  /** The entries; ids unique within the lexicon. */
  entries: LexiconEntry[];
}

/**
 * A user's change to one family's lexicon, passed as `analyze(text, { lexicons: { loaded: … } })`.
 * - `{ add: entries, categories? }`: keep the built-in lexicon and add these entries (new categories
 *   may be declared; an added entry with the id of a built-in one replaces it).
 * - `{ replace: lexicon }`: use this lexicon instead of the built-in one.
 *
 * @example
 * ```ts
 * const override: LexiconOverride = { add: [{ id: 'loaded-greenwash', term: 'greenwashing',
 *   category: 'loaded.deceit', weight: 0.7, notes: 'Accuses of deceit.', source: 'user' }] };
 * ```
 */
export type LexiconOverride =
  | {
      /** Entries added to the built-in lexicon (an entry with a built-in id replaces that entry). */
      add: LexiconEntry[];
      /** New categories the added entries may use (category → description). */
      categories?: Record<string, string>;
      /** Not with `add`. */
      replace?: never;
    }
  | {
      /** A whole lexicon used instead of the built-in one. */
      replace: Lexicon;
      /** Not with `replace`. */
      add?: never;
      /** Not with `replace` (the replacement declares its own). */
      categories?: never;
    };
