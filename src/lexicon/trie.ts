/**
 * The phrase trie of one or more lexicons, and the walk that finds every match over a document's
 * tokens.
 *
 * Each trie node stands for one word condition of a term: "normal form n" (exact-match words), "normal
 * form n or lemma l" (lemma-matched words) or "lemma l" (the first word of an inflected form). A term
 * of k words is one path of k nodes, so the trie grows linearly with the lexicon (a trie keyed by
 * normal form *or* lemma at every word would need 2^k paths per term). The walk from each token
 * follows, at each node, the children whose condition the next token satisfies: those indexed under
 * its normal form and those indexed under its lemma. Cost: per token, at most one step per trie
 * depth and matching prefix, however many entries the lexicon has.
 */
import type { Token } from '../doc/build-doc';
import type { TermWord } from './inflections';
import type { LexiconEntry } from './types';

/** An entry with its tokenised term. */
export interface CompiledEntry {
  entry: LexiconEntry;
  words: TermWord[];
  /**
   * Reached through a regular inflection of a one-word term that the tagger left unlemmatised
   * ("mocking"/NOUN, "annihilated"/ADJ). A verb entry then also accepts the nominal and adjectival
   * tags a gerund or participle gets.
   */
  inflected?: 'verbal' | 'plural';
}

/** One way into the trie: an entry's words, or an inflected form whose first word is a fixed lemma. */
export interface TermPath {
  c: CompiledEntry;
  /** Order among equally long and heavy matches of one lexicon: lower first (entries in file order, then inflections). */
  rank: number;
  /** The first word matches only a token whose lemma is this inflected form. */
  firstLemma?: string;
}

/** A lexicon match over tokens `[from, to)`. */
export interface LexiconMatch {
  entry: LexiconEntry;
  from: number;
  to: number;
  /** Set when the match went through an inflected form (see {@link CompiledEntry}). */
  inflected?: 'verbal' | 'plural';
}

/** A match with the path that produced it (for ordering and filtering). */
export interface Hit {
  m: LexiconMatch;
  path: TermPath;
  /** The lexicon's index in its trie. */
  lex: number;
}

/** Children of a node under one key: those whose normal form is the key, those whose lemma is. */
interface Edge {
  n: Node[];
  l: Node[];
}

interface Node {
  /** The condition's normal form (null: lemma only). */
  normal: string | null;
  /**
   * Children by key, in a prototype-less object rather than a Map: V8 keeps such an object as a
   * hash table of internalised strings, and a token's string, once internalised by its first
   * lookup, is compared by identity; a Map compares the strings themselves, reading each key it
   * meets. The root has thousands of keys, and the walk looks every token up there.
   */
  edges: Record<string, Edge>;
  /** Some child exists (the node is not a leaf). */
  hasChildren: boolean;
  /** Some child has a lemma condition (else a token's lemma need not be looked up). */
  hasLemma: boolean;
  /** Children by condition, for building. */
  byCondition: Map<string, Node>;
  terminals: Array<{ lex: number; path: TermPath }>;
}

/** The trie of a group of lexicons (lexicon `k` of the group is terminal index `k`). */
export interface Trie {
  root: Node;
  lexicons: number;
}

function newNode(normal: string | null): Node {
  return { normal, edges: Object.create(null) as Record<string, Edge>, hasChildren: false, hasLemma: false, byCondition: new Map(), terminals: [] };
}

function edge(node: Node, key: string): Edge {
  let e = node.edges[key];
  if (e === undefined) node.edges[key] = e = { n: [], l: [] };
  node.hasChildren = true;
  return e;
}

/** The child of `node` for one word condition, created when missing. */
function child(node: Node, normal: string | null, lemma: string | null): Node {
  const key = `${normal ?? ''}\u0000${lemma ?? '\u0000'}`;
  let next = node.byCondition.get(key);
  if (next === undefined) {
    next = newNode(normal);
    node.byCondition.set(key, next);
    if (normal !== null) edge(node, normal).n.push(next);
    if (lemma !== null) {
      edge(node, lemma).l.push(next);
      node.hasLemma = true;
    }
  }
  return next;
}

/**
 * Build the trie of a group of lexicons from their term paths (`paths[k]`: the paths of lexicon
 * `k`). Work and size are linear in the total number of words.
 */
export function buildTrie(paths: ReadonlyArray<readonly TermPath[]>): Trie {
  const root = newNode(null);
  paths.forEach((list, lex) => {
    for (const path of list) {
      const lemmaMode = path.c.entry.match !== 'exact';
      let node = root;
      path.c.words.forEach((w, j) => {
        if (j === 0 && path.firstLemma !== undefined) node = child(node, null, path.firstLemma);
        else node = child(node, w.normal, lemmaMode ? w.lemma : null);
      });
      if (node !== root) node.terminals.push({ lex, path });
    }
  });
  return { root, lexicons: paths.length };
}

/** Tags a gerund or participle gets from the tagger besides VERB ("him mocking", "annihilated"). */
const VERBAL_TAGS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);
const CURLY = /[\u2018\u2019]/g;

/** True when tokens `from`..`to` satisfy the entry's part-of-speech, case and exclusion conditions. */
function acceptable(c: CompiledEntry, tokens: readonly Token[], from: number, to: number): boolean {
  const { entry, words } = c;
  const last = tokens[to - 1];
  if (last === undefined) return false;
  if (entry.pos !== undefined && !entry.pos.includes(last.pos)) {
    if (!(c.inflected === 'verbal' && entry.pos.includes('VERB') && VERBAL_TAGS.has(last.pos))) return false;
  }
  if (entry.caseSensitive === true) {
    for (let k = 0; k < words.length; k += 1) {
      const w = words[k];
      const t = tokens[from + k];
      if (w === undefined || t === undefined || t.value.replace(CURLY, "'") !== w.value.replace(CURLY, "'")) return false;
    }
  }
  if (entry.exclude !== undefined) {
    const prev = tokens[from - 1];
    const next = tokens[to];
    if (entry.exclude.prev !== undefined && prev !== undefined && prev.sentence === last.sentence && entry.exclude.prev.includes(prev.normal)) return false;
    if (entry.exclude.next !== undefined && next !== undefined && next.sentence === last.sentence && entry.exclude.next.includes(next.normal)) return false;
  }
  return true;
}

/**
 * Order of two hits at the same start: longest first, then heaviest, then by how their words were
 * matched (by normal form before by lemma, word by word), then by rank. This is the order of a
 * breadth-first walk of a trie keyed by normal form, then lemma, at every word, which earlier
 * versions used: outputs do not depend on the trie's layout.
 */
export function compareHits(a: Hit, b: Hit, tokens: readonly Token[]): number {
  if (a.m.to !== b.m.to) return b.m.to - a.m.to;
  const wa = a.path.c.entry.weight;
  const wb = b.path.c.entry.weight;
  if (wa !== wb) return wb - wa > 0 ? 1 : -1;
  const n = a.m.to - a.m.from;
  for (let j = 0; j < n; j += 1) {
    const ca = byLemmaAt(a, j, tokens);
    const cb = byLemmaAt(b, j, tokens);
    if (ca !== cb) return ca - cb;
  }
  return a.path.rank - b.path.rank;
}

/** 1 when word `j` of the hit was matched by lemma only, else 0. */
function byLemmaAt(h: Hit, j: number, tokens: readonly Token[]): number {
  if (j === 0 && h.path.firstLemma !== undefined) return 1;
  return tokens[h.m.from + j]?.normal === h.path.c.words[j]?.normal ? 0 : 1;
}

// scratch buffers of findHits (it never re-enters itself), used with explicit counts
let frontierBuf: Node[] = [];
let nextBuf: Node[] = [];
const here: Hit[] = [];

/** Write the children of `node` whose condition `tok` satisfies into `into` from `at`; returns the new count. */
function step(node: Node, tok: Token, into: Node[], at: number): number {
  let k = at;
  const e = node.edges[tok.normal];
  if (e !== undefined) for (const c of e.n) into[k++] = c;
  if (!node.hasLemma) return k;
  const l = tok.lemma === tok.normal ? e : node.edges[tok.lemma];
  // a child whose normal form is the token's was added above
  if (l !== undefined) for (const c of l.l) if (c.normal !== tok.normal) into[k++] = c;
  return k;
}

/**
 * Every match of every entry that satisfies its own conditions (pos, exclude, case), per lexicon of
 * the trie, ordered by start, then by {@link compareHits}.
 */
export function findHits(tokens: readonly Token[], trie: Trie): Hit[][] {
  const out: Hit[][] = Array.from({ length: trie.lexicons }, () => []);
  let frontier = frontierBuf;
  let next = nextBuf;
  const n = tokens.length;
  for (let i = 0; i < n; i += 1) {
    const first = tokens[i];
    if (first === undefined) break;
    let fl = step(trie.root, first, frontier, 0);
    if (fl === 0) continue;
    let h = 0;
    for (let d = 0; ; d += 1) {
      let more = false;
      for (let f = 0; f < fl; f += 1) {
        const node = frontier[f] as Node;
        for (const t of node.terminals) {
          if (!acceptable(t.path.c, tokens, i, i + d + 1)) continue;
          const { entry, inflected } = t.path.c;
          const m: LexiconMatch = inflected === undefined ? { entry, from: i, to: i + d + 1 } : { entry, from: i, to: i + d + 1, inflected };
          here[h] = { m, path: t.path, lex: t.lex };
          h += 1;
        }
        if (node.hasChildren) more = true;
      }
      if (!more) break;
      const tok = tokens[i + d + 1];
      if (tok === undefined || tok.sentence !== first.sentence) break;
      let nl = 0;
      for (let f = 0; f < fl; f += 1) nl = step(frontier[f] as Node, tok, next, nl);
      if (nl === 0) break;
      const swap = frontier;
      frontier = next;
      next = swap;
      fl = nl;
    }
    if (h === 0) continue;
    if (h > 1) sortHere(h, tokens);
    for (let k = 0; k < h; k += 1) {
      const hit = here[k] as Hit;
      out[hit.lex]?.push(hit);
    }
  }
  frontierBuf = frontier;
  nextBuf = next;
  return out;
}

/** Stable insertion sort of the hits at one start by {@link compareHits}. */
function sortHere(h: number, tokens: readonly Token[]): void {
  for (let k = 1; k < h; k += 1) {
    const m = here[k] as Hit;
    let j = k - 1;
    while (j >= 0 && compareHits(m, here[j] as Hit, tokens) < 0) {
      here[j + 1] = here[j] as Hit;
      j -= 1;
    }
    here[j + 1] = m;
  }
}

/**
 * The number of nodes of a trie (its root excluded): linear in the words of its terms.
 *
 * @example
 * ```ts
 * countNodes(buildTrie([compileLexicon(lexicon).paths])); // one per word condition of each term
 * ```
 */
export function countNodes(trie: Trie): number {
  let n = 0;
  const stack: Node[] = [trie.root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    for (const c of node.byCondition.values()) {
      n += 1;
      stack.push(c);
    }
  }
  return n;
}
