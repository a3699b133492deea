/**
 * Stage 0, the document index. Reads the analysed document and this call's lexicons; adds the
 * lookups every later stage consults, built once per document: the source-lexicon category of
 * each token, the people of the document with their name resolver, and the word classes.
 */
import type { AnalyzedDoc, Token } from '../../doc/build-doc';
import type { LexiconSet } from '../../lexicon/builtin';
import { matchLexicon } from '../../lexicon/compile';
import type { AttributionCue, AttributionSource, SourceKind, Span, Stance } from '../../types';
import { peopleIndex, type PersonMention } from '../people';
import { attributionWords, type AttributionWords } from './words';

/** What the attribution stages read about one document. Built by {@link indexDocument}; never written. */
export interface DocIndex {
  /** The analysed document. */
  readonly doc: AnalyzedDoc;
  /** The document's tokens (`doc.tokens`). */
  readonly tokens: readonly Token[];
  /** This call's lexicons. */
  readonly lex: LexiconSet;
  /** The word classes the rules consult. */
  readonly words: AttributionWords;
  /** Person-name mentions of the document. */
  readonly people: readonly PersonMention[];
  /** Index into `people` by token (-1: not part of a name). */
  readonly personAt: Int32Array;
  /** Short name forms to the full name used in the document ("Kirby" -> "John Kirby"). */
  readonly resolve: (name: string) => string;
  /**
   * The sources-lexicon category of each token that a source phrase covers (`source.title`,
   * `source.institutional`, …), or `actor` for a token of an actors-lexicon match.
   */
  readonly sourceCats: ReadonlyMap<number, string>;
  /** 1 for each token of an actors-lexicon leader name ("Putin", "Xi Jinping"), else 0: a person, whatever its source category. */
  readonly leaders: Uint8Array;
}

/**
 * Index a document for attribution detection.
 *
 * @example
 * ```ts
 * const ix = indexDocument(buildDoc('A White House spokesman said so.'), resolveLexicons(undefined));
 * [...ix.sourceCats.values()]; // the categories of "White House" and "spokesman"
 * ```
 */
export function indexDocument(doc: AnalyzedDoc, lex: LexiconSet): DocIndex {
  const tokens = doc.tokens;
  const { people, personAt, resolve } = peopleIndex(doc, lex.source, lex.label, lex.grammar);
  const sourceCats = new Map<number, string>();
  for (const m of matchLexicon(tokens, lex.source)) for (let k = m.from; k < m.to; k += 1) sourceCats.set(k, m.entry.category);
  const leaders = new Uint8Array(tokens.length);
  for (const m of matchLexicon(tokens, lex.label)) {
    if (m.entry.category === 'label.leader-name') leaders.fill(1, m.from, m.to);
    for (let k = m.from; k < m.to; k += 1) if (!sourceCats.has(k)) sourceCats.set(k, 'actor');
  }
  return { doc, tokens, lex, words: attributionWords(lex.grammar), people, personAt, resolve, sourceCats, leaders };
}

/**
 * The span `[start, end)` of the document's text.
 *
 * @example
 * ```ts
 * textSpan(buildDoc('Kirby said.'), 0, 5); // { start: 0, end: 5, text: 'Kirby' }
 * ```
 */
export function textSpan(doc: AnalyzedDoc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

// The two helpers below write out `{ ...span, kind, canonical }` and `{ ...span, lemma, stance,
// verbClass }` (the same keys in the same order): in V8 11 (Node 20) adding a property to an
// object spread costs microseconds (the copy's map caches no transitions), a literal tens of
// nanoseconds.

/**
 * A source at a span: `{ start, end, text, kind, canonical }`.
 *
 * @example
 * ```ts
 * spanSource({ start: 0, end: 5, text: 'Kirby' }, 'named', 'John Kirby'); // { start: 0, end: 5, text: 'Kirby', kind: 'named', canonical: 'John Kirby' }
 * ```
 */
export function spanSource(sp: Span, kind: SourceKind, canonical: string): AttributionSource {
  return { start: sp.start, end: sp.end, text: sp.text, kind, canonical };
}

/**
 * A cue at a span: `{ start, end, text, lemma, stance, verbClass }`.
 *
 * @example
 * ```ts
 * spanCue({ start: 6, end: 10, text: 'said' }, 'say', 'neutral', 'speech'); // { start: 6, end: 10, text: 'said', lemma: 'say', stance: 'neutral', verbClass: 'speech' }
 * ```
 */
export function spanCue(sp: Span, lemma: string, stance: Stance, verbClass: AttributionCue['verbClass']): AttributionCue {
  return { start: sp.start, end: sp.end, text: sp.text, lemma, stance, verbClass };
}

/**
 * The span of tokens `[from, to)`, or `null` when the range is empty or out of bounds.
 *
 * @example
 * ```ts
 * tokenSpan(buildDoc('Kirby said so.'), 0, 2)?.text; // 'Kirby said'
 * ```
 */
export function tokenSpan(doc: AnalyzedDoc, from: number, to: number): Span | null {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  if (a === undefined || b === undefined || to <= from) return null;
  return textSpan(doc, a.start, b.end);
}
