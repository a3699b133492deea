/**
 * Compile a lexicon into a phrase trie (see `trie.ts`) and match it over a document's tokens.
 *
 * Terms are tokenised with the document tokenizer (cached per term). Matching keeps, at each start,
 * the longest match (then the heavier one); matches never overlap and never cross a sentence
 * boundary. Cost: one hash lookup per token per trie depth, independent of the number of entries.
 *
 * A user's additions to a built-in lexicon (`{ add: entries }`) are compiled alone, as an overlay of
 * the compiled built-in lexicon ({@link extendLexicon}): a call that adds one entry costs the
 * compilation of that entry, not of the family, and matches exactly as the whole family recompiled.
 */
import type { Token } from '../doc/build-doc';
import { readTerm } from './term-table';
import { INFLECTING_FAMILIES, entryInflections, type TermWord } from './inflections';
import { buildTrie, compareHits, findHits, type CompiledEntry, type Hit, type LexiconMatch, type TermPath, type Trie } from './trie';
import type { Lexicon, LexiconEntry } from './types';

export { inflections } from './inflections';
export type { CompiledEntry, LexiconMatch } from './trie';

/** Ranks at or above this are inflected forms: an entry of the lexicon wins a tie against any of them. */
const INFLECTED_RANK = 2 ** 31;

/** How a lexicon with additions differs from its built-in base. */
interface Overlay {
  base: CompiledLexicon;
  /** Base entries replaced by an added entry with the same id. */
  removed: ReadonlySet<string>;
  /** Inflected paths of the base that the additions take away (their form became a word of a term). */
  dropped: ReadonlySet<TermPath>;
}

/** A lexicon ready for matching. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Entries by id. */
  byId: Map<string, LexiconEntry>;
  /** Longest term, in tokens. */
  maxLength: number;
  /** The trie paths of this lexicon's own entries (all of them, or only the additions of an overlay). */
  paths: TermPath[];
  /** Set for a lexicon built by {@link extendLexicon}. */
  overlay: Overlay | null;
  /** Per inflected form: the base's one-word entries that have it, with the path when the trie has it. */
  forms: Map<string, Array<{ index: number; kind: 'verbal' | 'plural'; path: TermPath | null }>>;
  /** How many entries have a word (normal form or lemma) equal to a key. */
  taken: Map<string, number>;
}

const termCache = new Map<string, TermWord[]>();
/** Terms are at most 200 characters (validated); the cache is cleared past this many terms. */
const TERM_CACHE_LIMIT = 50_000;

function termWords(term: string): TermWord[] {
  let words = termCache.get(term);
  if (words === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    words = readTerm(term);
    termCache.set(term, words);
  }
  return words;
}

/** The distinct words (normal forms and lemmas) of a term. */
function wordsOf(words: readonly TermWord[]): Set<string> {
  const s = new Set<string>();
  for (const w of words) s.add(w.normal).add(w.lemma);
  return s;
}

function countWords(entries: ReadonlyArray<readonly TermWord[]>): Map<string, number> {
  const taken = new Map<string, number>();
  for (const words of entries) for (const w of wordsOf(words)) taken.set(w, (taken.get(w) ?? 0) + 1);
  return taken;
}

/** The paths of entries `entries` (ranks from `rank0`), and of their inflected forms. */
function pathsOf(entries: readonly LexiconEntry[], words: ReadonlyArray<TermWord[]>, rank0: number, inflecting: boolean, taken: (form: string) => boolean): TermPath[] {
  const paths: TermPath[] = entries.map((entry, k) => ({ c: { entry, words: words[k] as TermWord[] }, rank: rank0 + k }));
  if (inflecting) entries.forEach((entry, k) => paths.push(...inflectedPaths(entry, words[k] as TermWord[], rank0 + k, taken)));
  return paths;
}

function inflectedPaths(entry: LexiconEntry, words: TermWord[], rank: number, taken: (form: string) => boolean): TermPath[] {
  const variants: Partial<Record<'verbal' | 'plural', CompiledEntry>> = {};
  return entryInflections(entry, words, taken).map(({ form, kind }) => ({ c: (variants[kind] ??= { entry, words, inflected: kind }), rank: INFLECTED_RANK + rank, firstLemma: form }));
}

/**
 * Compile a validated lexicon.
 *
 * @param tokenised - the words of each entry's term, when known (the build's table for a built-in
 *   lexicon, see `term-table.ts`); otherwise each term is tokenised (once per process)
 * @example
 * ```ts
 * const compiled = compileLexicon(validateLexicon(json, 'mine.json', 'loaded'));
 * matchLexicon(doc.tokens, compiled).map((m) => m.entry.id);
 * ```
 */
export function compileLexicon(lexicon: Lexicon, tokenised?: readonly TermWord[][]): CompiledLexicon {
  if (tokenised !== undefined) {
    // the build's table (term-table.ts): the words the tokenizer gives, without running it
    lexicon.entries.forEach((e, k) => {
      const w = tokenised[k];
      if (w !== undefined && !termCache.has(e.term)) termCache.set(e.term, w);
    });
  }
  const words = lexicon.entries.map((e) => termWords(e.term));
  const taken = countWords(words);
  const inflecting = INFLECTING_FAMILIES.has(lexicon.family);
  const paths = pathsOf(lexicon.entries, words, 0, inflecting, (f) => taken.has(f));
  const forms: CompiledLexicon['forms'] = new Map();
  if (inflecting) {
    // every form a one-word entry could have, for overlays whose additions change what is taken
    const inserted = new Map<string, TermPath>();
    for (const p of paths) if (p.firstLemma !== undefined) inserted.set(`${p.rank - INFLECTED_RANK}\u0000${p.firstLemma}`, p);
    lexicon.entries.forEach((entry, index) => {
      const w = words[index] as TermWord[];
      if (w.length !== 1) return;
      for (const { form, kind } of entryInflections(entry, w, () => false)) {
        let list = forms.get(form);
        if (list === undefined) forms.set(form, (list = []));
        list.push({ index, kind, path: inserted.get(`${index}\u0000${form}`) ?? null });
      }
    });
  }
  return { lexicon, byId: new Map(lexicon.entries.map((e) => [e.id, e])), maxLength: maxLength(words), paths, overlay: null, forms, taken };
}

function maxLength(words: ReadonlyArray<readonly TermWord[]>): number {
  let n = 0;
  for (const w of words) n = Math.max(n, w.length);
  return n;
}

/**
 * A compiled base lexicon with entries added (an added entry with a base entry's id replaces it).
 * Only the additions are tokenised and compiled; matches are those of the merged lexicon compiled
 * whole (`compileLexicon({ ...base, entries: [...kept base entries, ...added] })`), in the same order.
 *
 * @param merged - the merged lexicon (categories and entries), as reported in `lexicon`
 * @example
 * ```ts
 * const mine = extendLexicon(builtinCompiled('loaded'), merged, [greenwashing]);
 * ```
 */
export function extendLexicon(base: CompiledLexicon, merged: Lexicon, added: readonly LexiconEntry[]): CompiledLexicon {
  if (base.overlay !== null) throw new Error('extendLexicon: the base must be a whole lexicon');
  const addedWords = added.map((e) => termWords(e.term));
  const removed = new Set(added.map((e) => e.id));
  // what is taken in the merged lexicon: the base's words, less the removed entries', plus the additions'
  const lost = new Map<string, number>();
  for (const id of removed) {
    const e = base.byId.get(id);
    if (e !== undefined) for (const w of wordsOf(termWords(e.term))) lost.set(w, (lost.get(w) ?? 0) + 1);
  }
  const gained = new Set<string>();
  for (const w of addedWords) for (const x of wordsOf(w)) gained.add(x);
  const takenBase = (f: string): boolean => base.taken.has(f);
  const takenMerged = (f: string): boolean => gained.has(f) || (base.taken.get(f) ?? 0) - (lost.get(f) ?? 0) > 0;
  const inflecting = INFLECTING_FAMILIES.has(merged.family);
  const n = base.lexicon.entries.length;
  const paths = pathsOf(added, addedWords, n, inflecting, takenMerged);
  // base inflections whose form changed from free to taken (dropped) or back (added here)
  const dropped = new Set<TermPath>();
  for (const f of new Set([...gained, ...lost.keys()])) {
    if (takenBase(f) === takenMerged(f)) continue;
    for (const x of base.forms.get(f) ?? []) {
      const entry = base.lexicon.entries[x.index];
      if (entry === undefined || removed.has(entry.id)) continue;
      if (x.path !== null) dropped.add(x.path);
      else paths.push({ c: { entry, words: termWords(entry.term), inflected: x.kind }, rank: INFLECTED_RANK + x.index, firstLemma: f });
    }
  }
  const byId = new Map(base.byId);
  for (const id of removed) byId.delete(id);
  for (const e of added) byId.set(e.id, e);
  const replaces = added.some((e) => base.byId.has(e.id));
  const keptLength = replaces ? maxLength(base.lexicon.entries.filter((e) => !removed.has(e.id)).map((e) => termWords(e.term))) : base.maxLength;
  return { lexicon: merged, byId, maxLength: Math.max(keptLength, maxLength(addedWords)), paths, overlay: { base, removed, dropped }, forms: new Map(), taken: new Map() };
}

/** Lexicons matched together: their paths in one trie. */
interface Group {
  lexicons: CompiledLexicon[];
  trie: Trie;
}

const groupOf = new WeakMap<CompiledLexicon, Group>();
const hitCache = new WeakMap<readonly Token[], WeakMap<object, Hit[][] | Hit[]>>();

/**
 * Match these lexicons together from now on: one walk over a document's tokens serves all of them.
 * A lexicon belongs to at most one group (the first that registers it).
 */
export function registerGroup(lexicons: readonly CompiledLexicon[]): void {
  const fresh = lexicons.filter((l) => !groupOf.has(l));
  if (fresh.length === 0) return;
  const group: Group = { lexicons: fresh, trie: buildTrie(fresh.map((l) => l.paths)) };
  for (const l of fresh) groupOf.set(l, group);
}

function cached<T extends Hit[][] | Hit[]>(tokens: readonly Token[], key: object, make: () => T): T {
  let byKey = hitCache.get(tokens);
  if (byKey === undefined) hitCache.set(tokens, (byKey = new WeakMap()));
  let v = byKey.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    byKey.set(key, v);
  }
  return v;
}

/** The hits of a lexicon's own paths over `tokens` (through its group's walk). */
function ownHits(tokens: readonly Token[], lexicon: CompiledLexicon): Hit[] {
  let group = groupOf.get(lexicon);
  if (group === undefined) {
    registerGroup([lexicon]);
    group = groupOf.get(lexicon) as Group;
  }
  const g = group;
  return cached(tokens, g, () => findHits(tokens, g.trie))[g.lexicons.indexOf(lexicon)] ?? [];
}

/** All hits of a lexicon: its own, merged in order with those of its base that it keeps. */
function hitsOf(tokens: readonly Token[], lexicon: CompiledLexicon): Hit[] {
  const ov = lexicon.overlay;
  if (ov === null) return ownHits(tokens, lexicon);
  return cached(tokens, lexicon, () => {
    const mine = ownHits(tokens, lexicon);
    const base = ownHits(tokens, ov.base).filter((h) => !ov.removed.has(h.m.entry.id) && !ov.dropped.has(h.path));
    const out: Hit[] = [];
    let a = 0;
    let b = 0;
    while (a < base.length || b < mine.length) {
      const x = base[a];
      const y = mine[b];
      if (y === undefined || (x !== undefined && (x.m.from < y.m.from || (x.m.from === y.m.from && compareHits(x, y, tokens) <= 0)))) {
        out.push(x as Hit);
        a += 1;
      } else {
        out.push(y);
        b += 1;
      }
    }
    return out;
  });
}

/**
 * All longest, non-overlapping matches of a lexicon over `tokens[from, to)`, left to right.
 *
 * When the lexicon belongs to a group (see {@link registerGroup}), one walk over the tokens finds the
 * candidates of every lexicon of the group at once, and later calls only select from them.
 *
 * @param accept - optional extra filter (a family's context rules); a rejected match lets shorter
 *   matches at the same position compete
 * @example
 * ```ts
 * matchLexicon(buildDoc('A so-called plan.').tokens, builtinCompiled('loaded')).map((m) => m.entry.term); // ['so-called']
 * ```
 */
export function matchLexicon(
  tokens: readonly Token[],
  lexicon: CompiledLexicon,
  from = 0,
  to = tokens.length,
  accept?: (m: LexiconMatch) => boolean,
): LexiconMatch[] {
  return select(hitsOf(tokens, lexicon), from, to, accept);
}

/** Greedy left-to-right selection: at each start, the first accepted candidate; no overlaps. */
function select(candidates: readonly Hit[], from: number, to: number, accept: ((m: LexiconMatch) => boolean) | undefined): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let nextFree = from;
  let k = 0;
  while (k < candidates.length) {
    const pos = candidates[k]?.m.from ?? 0;
    let j = k;
    while (j < candidates.length && candidates[j]?.m.from === pos) j += 1;
    if (pos >= nextFree && pos < to) {
      for (let q = k; q < j; q += 1) {
        const c = candidates[q]?.m;
        if (c !== undefined && c.to <= to && (accept === undefined || accept(c))) {
          out.push(c);
          nextFree = c.to;
          break;
        }
      }
    }
    k = j;
  }
  return out;
}
