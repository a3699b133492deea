/**
 * Compile a lexicon into a token trie and match it over a document's tokens.
 *
 * Terms are tokenised with the document tokenizer (cached per term), and stored in a trie keyed by
 * normal form (`n:`) and, for lemma-matched entries, by lemma (`l:`). Matching walks the trie from
 * each token and keeps the longest match (then the heavier one); matches never overlap and never
 * cross a sentence boundary. Cost: one hash lookup per token per trie depth, independent of the
 * number of entries.
 */
import { tokenizeTerm, type Token } from '../doc/build-doc';
import type { Lexicon, LexiconEntry } from './types';

interface TermWord {
  value: string;
  normal: string;
  lemma: string;
}

interface TrieNode {
  /** Children keyed by a token's normal form. */
  byNormal: Map<string, TrieNode>;
  /** Children keyed by a token's lemma (entries matched by lemma only). */
  byLemma: Map<string, TrieNode>;
  terminals: CompiledEntry[];
}

/** An entry with its tokenised term. */
export interface CompiledEntry {
  entry: LexiconEntry;
  words: TermWord[];
  /**
   * Reached through a regular inflection of a one-word term that the tagger left unlemmatised
   * ("mocking"/NOUN, "annihilated"/ADJ): see {@link inflections}. A verb entry then also accepts the
   * nominal and adjectival tags a gerund or participle gets.
   */
  inflected?: 'verbal' | 'plural';
}

/** A lexicon ready for matching. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  root: TrieNode;
  /** Entries by id. */
  byId: Map<string, LexiconEntry>;
  /** Longest term, in tokens. */
  maxLength: number;
}

/** A lexicon match over tokens `[from, to)`. */
export interface LexiconMatch {
  entry: LexiconEntry;
  from: number;
  to: number;
  /** Set when the match went through an {@link inflections} form (see {@link CompiledEntry}). */
  inflected?: 'verbal' | 'plural';
}

const termCache = new Map<string, TermWord[]>();

function termWords(term: string): TermWord[] {
  let words = termCache.get(term);
  if (words === undefined) {
    words = tokenizeTerm(term).map(({ value, normal, lemma }) => ({ value, normal, lemma }));
    termCache.set(term, words);
  }
  return words;
}

/**
 * Regular inflections of a one-word lemma: -s/-es/-ies, -ed/-d/-ied, -ing (dropping a final "e"),
 * with the final consonant doubled after a short vowel ("rip" -> "ripping", "mob" -> "mobbed"). A
 * word of at most four letters ending consonant-vowel-consonant takes only the doubled forms, so
 * "sham" does not reach "shamed" (of "shame"). Forms that are not words never occur in text; they cost
 * trie entries only.
 *
 * wink's tagger leaves many gerunds and participles unlemmatised when it tags them as nouns or
 * adjectives ("him mocking the senator", "a post berating", "meddling"), so a lemma-matched entry
 * would miss them; these forms let the trie reach the entry through the token's own lemma.
 *
 * @param lemma - a lower-case word of three or more letters (anything else has no inflections)
 * @returns the plural form first, then the verbal forms, each with its kind
 * @example
 * ```ts
 * inflections('mock');
 * // [{ form: 'mocks', kind: 'plural' }, { form: 'mocking', kind: 'verbal' }, { form: 'mocked', kind: 'verbal' }]
 * inflections('rip').map((f) => f.form);  // ['rips', 'ripping', 'ripped']
 * inflections('x-ray');                   // []
 * ```
 */
export function inflections(lemma: string): Array<{ form: string; kind: 'verbal' | 'plural' }> {
  if (!/^[a-z]{3,}$/.test(lemma)) return [];
  const out: Array<{ form: string; kind: 'verbal' | 'plural' }> = [];
  const last = lemma.charAt(lemma.length - 1);
  const cvc = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(lemma) && !/[wxy]$/.test(lemma);
  const shortCvc = cvc && lemma.length <= 4;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) out.push({ form: `${lemma}es`, kind: 'plural' });
  else if (/[^aeiou]y$/.test(lemma)) out.push({ form: `${lemma.slice(0, -1)}ies`, kind: 'plural' });
  else out.push({ form: `${lemma}s`, kind: 'plural' });
  const stems: string[] = [];
  if (last === 'e') {
    if (!lemma.endsWith('ee')) stems.push(lemma.slice(0, -1));
    else stems.push(lemma);
  } else {
    if (!shortCvc) stems.push(lemma);
    if (cvc) stems.push(lemma + last);
  }
  for (const stem of stems) {
    out.push({ form: `${stem}ing`, kind: 'verbal' });
    if (/[^aeiou]y$/.test(stem)) out.push({ form: `${stem.slice(0, -1)}ied`, kind: 'verbal' });
    else out.push({ form: `${stem}ed`, kind: 'verbal' });
  }
  if (lemma.endsWith('ee')) out.push({ form: `${lemma}d`, kind: 'verbal' });
  return out;
}

/** Families whose one-word lemma entries also match {@link inflections} the tagger left unlemmatised. */
const INFLECTING_FAMILIES: ReadonlySet<string> = new Set(['loaded']);

/** An empty trie node. */
function newNode(): TrieNode {
  return { byNormal: new Map(), byLemma: new Map(), terminals: [] };
}

/** The node under `key`, created when missing. */
function child(map: Map<string, TrieNode>, key: string): TrieNode {
  let next = map.get(key);
  if (next === undefined) {
    next = newNode();
    map.set(key, next);
  }
  return next;
}

/** The trie nodes one word past `frontier`: by the word's normal form and, in lemma mode, by its lemma. */
function advance(frontier: readonly TrieNode[], w: TermWord, lemmaMode: boolean): TrieNode[] {
  const next: TrieNode[] = [];
  for (const node of frontier) {
    next.push(child(node.byNormal, w.normal));
    if (lemmaMode) next.push(child(node.byLemma, w.lemma));
  }
  return [...new Set(next)];
}

/**
 * Compile a validated lexicon.
 *
 * @example
 * ```ts
 * const compiled = compileLexicon(validateLexicon(json, 'mine.json', 'loaded'));
 * ```
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const root: TrieNode = newNode();
  const byId = new Map<string, LexiconEntry>();
  let maxLength = 0;
  for (const entry of lexicon.entries) {
    byId.set(entry.id, entry);
    const words = termWords(entry.term);
    if (words.length === 0) continue;
    maxLength = Math.max(maxLength, words.length);
    const lemmaMode = entry.match !== 'exact';
    // several paths can lead to the same terminal: keep a frontier of nodes
    let frontier: TrieNode[] = [root];
    for (const w of words) frontier = advance(frontier, w, lemmaMode);
    const compiled: CompiledEntry = { entry, words };
    for (const node of frontier) node.terminals.push(compiled);
  }
  if (INFLECTING_FAMILIES.has(lexicon.family)) addInflections(lexicon, root);
  return { lexicon, root, byId, maxLength };
}

/**
 * Add the {@link inflections} of lemma-matched entries under the root's lemma keys: every inflection
 * of a one-word term, unless the form is itself a word of some term of the lexicon (its own entry
 * decides), and the verbal inflections of the first word of a phrase ("rail against" -> "railing
 * against", "seize on" -> "seizing on"; the rest of the phrase keeps the usual keys).
 */
function addInflections(lexicon: Lexicon, root: TrieNode): void {
  const taken = new Set<string>();
  for (const entry of lexicon.entries) for (const w of termWords(entry.term)) taken.add(w.normal).add(w.lemma);
  for (const entry of lexicon.entries) {
    if (entry.match === 'exact') continue;
    const words = termWords(entry.term);
    const w = words[0];
    if (w === undefined) continue;
    const variants: Partial<Record<'verbal' | 'plural', CompiledEntry>> = {};
    // an entry restricted to nominal or adjectival tags has no verbal inflections ("fringe" is not
    // "fringed"); its plural is still a form of it
    const verbal = entry.pos === undefined || entry.pos.includes('VERB');
    for (const { form, kind } of inflections(w.lemma)) {
      if (kind === 'verbal' && !verbal) continue;
      if (words.length === 1 ? taken.has(form) : kind !== 'verbal') continue;
      let frontier: TrieNode[] = [child(root.byLemma, form)];
      for (let k = 1; k < words.length; k += 1) frontier = advance(frontier, words[k] as TermWord, true);
      const c = (variants[kind] ??= { entry, words, inflected: kind });
      for (const node of frontier) if (!node.terminals.includes(c)) node.terminals.push(c);
    }
  }
}

/** Tags a gerund or participle gets from the tagger besides VERB ("him mocking", "annihilated"). */
const VERBAL_TAGS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);

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
      if (w === undefined || t === undefined || t.value.replace(/[\u2018\u2019]/g, "'") !== w.value.replace(/[\u2018\u2019]/g, "'")) return false;
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
 * All longest, non-overlapping matches of a lexicon over `tokens[from, to)`, left to right.
 *
 * When the lexicon belongs to a group (see {@link registerGroup}), one walk over the tokens finds the
 * candidates of every lexicon of the group at once, and later calls only select from them.
 *
 * @param accept - optional extra filter (a family's context rules); a rejected match lets shorter
 *   matches at the same position compete
 */
export function matchLexicon(
  tokens: readonly Token[],
  lexicon: CompiledLexicon,
  from = 0,
  to = tokens.length,
  accept?: (m: LexiconMatch) => boolean,
): LexiconMatch[] {
  const group = groupOf.get(lexicon);
  const candidates = group === undefined ? candidatesOf(tokens, [lexicon], singleRoot(lexicon))[0] : groupCandidates(tokens, group)[group.lexicons.indexOf(lexicon)];
  return select(candidates ?? [], from, to, accept);
}

/** Lexicons matched together: their tries merged into one. */
interface Group {
  lexicons: CompiledLexicon[];
  root: GroupNode;
}

/** The children of a merged node under one key: by normal form, and by lemma. */
interface GroupEdge {
  n: GroupNode | undefined;
  l: GroupNode | undefined;
}

interface GroupNode {
  byNormal: Map<string, GroupNode>;
  byLemma: Map<string, GroupNode>;
  terminals: Array<{ lex: number; c: CompiledEntry }>;
  /** `byNormal` and `byLemma` in one map, so that a token whose lemma is its normal form costs one lookup. */
  edges: Map<string, GroupEdge>;
  /** Some child is keyed by lemma (else a token's lemma need not be looked up). */
  hasLemma: boolean;
  /** Some child at all (else the walk stops here). */
  hasChildren: boolean;
}

const groupOf = new WeakMap<CompiledLexicon, Group>();
const groupCache = new WeakMap<readonly Token[], WeakMap<Group, LexiconMatch[][]>>();
const singleRoots = new WeakMap<CompiledLexicon, GroupNode>();

function newGroupNode(): GroupNode {
  return { byNormal: new Map(), byLemma: new Map(), terminals: [], edges: new Map(), hasLemma: false, hasChildren: false };
}

function mergeInto(target: GroupNode, node: TrieNode, lex: number): void {
  for (const c of node.terminals) target.terminals.push({ lex, c });
  for (const [key, childNode] of node.byNormal) {
    let t = target.byNormal.get(key);
    if (t === undefined) target.byNormal.set(key, (t = newGroupNode()));
    mergeInto(t, childNode, lex);
  }
  for (const [key, childNode] of node.byLemma) {
    let t = target.byLemma.get(key);
    if (t === undefined) target.byLemma.set(key, (t = newGroupNode()));
    mergeInto(t, childNode, lex);
  }
}

/** Fill in `edges`, `hasLemma` and `hasChildren` of a merged trie (after every merge into it). */
function finalise(node: GroupNode): void {
  node.edges = new Map();
  for (const [key, n] of node.byNormal) node.edges.set(key, { n, l: node.byLemma.get(key) });
  for (const [key, l] of node.byLemma) if (!node.byNormal.has(key)) node.edges.set(key, { n: undefined, l });
  node.hasLemma = node.byLemma.size > 0;
  node.hasChildren = node.edges.size > 0;
  for (const n of node.byNormal.values()) finalise(n);
  for (const n of node.byLemma.values()) finalise(n);
}

function singleRoot(lexicon: CompiledLexicon): GroupNode {
  let root = singleRoots.get(lexicon);
  if (root === undefined) {
    root = newGroupNode();
    mergeInto(root, lexicon.root, 0);
    finalise(root);
    singleRoots.set(lexicon, root);
  }
  return root;
}

/**
 * Match these lexicons together from now on: one walk over a document's tokens serves all of them.
 * A lexicon belongs to at most one group (the first that registers it).
 */
export function registerGroup(lexicons: readonly CompiledLexicon[]): void {
  const fresh = lexicons.filter((l) => !groupOf.has(l));
  if (fresh.length === 0) return;
  const root = newGroupNode();
  fresh.forEach((l, k) => mergeInto(root, l.root, k));
  finalise(root);
  const group: Group = { lexicons: fresh, root };
  for (const l of fresh) groupOf.set(l, group);
}

function groupCandidates(tokens: readonly Token[], group: Group): LexiconMatch[][] {
  let byGroup = groupCache.get(tokens);
  if (byGroup === undefined) groupCache.set(tokens, (byGroup = new WeakMap()));
  let c = byGroup.get(group);
  if (c === undefined) {
    c = candidatesOf(tokens, group.lexicons, group.root);
    byGroup.set(group, c);
  }
  return c;
}

/**
 * Write the children of `node` that `tok` leads to (by normal form, then by lemma) into `into`
 * from index `at`; returns the new count.
 */
function step(node: GroupNode, tok: Token, into: GroupNode[], at: number): number {
  const e = node.edges.get(tok.normal);
  let a: GroupNode | undefined;
  let b: GroupNode | undefined;
  let k = at;
  if (e !== undefined) {
    a = e.n;
    if (a !== undefined) into[k++] = a;
  }
  if (!node.hasLemma) return k;
  if (tok.lemma === tok.normal) b = e?.l;
  else b = node.edges.get(tok.lemma)?.l;
  if (b !== undefined && b !== a) into[k++] = b;
  return k;
}

// scratch buffers of candidatesOf (it never re-enters itself), used with explicit counts: setting
// an array's length to 0 frees its storage, and the next push allocates it again
let frontierBuf: GroupNode[] = [];
let nextBuf: GroupNode[] = [];
const hereLex: number[] = [];
const hereMatch: LexiconMatch[] = [];

/**
 * Every match of every entry that satisfies its own constraints (pos, exclude, case), per lexicon,
 * ordered by start, then longest first, then heaviest first.
 */
function candidatesOf(tokens: readonly Token[], lexicons: readonly CompiledLexicon[], root: GroupNode): LexiconMatch[][] {
  const out: LexiconMatch[][] = lexicons.map(() => []);
  let frontier = frontierBuf;
  let next = nextBuf;
  const n = tokens.length;
  for (let i = 0; i < n; i += 1) {
    const first = tokens[i];
    if (first === undefined) break;
    let fl = step(root, first, frontier, 0);
    if (fl === 0) continue;
    let h = 0;
    for (let d = 0; ; d += 1) {
      let more = false;
      for (let f = 0; f < fl; f += 1) {
        const node = frontier[f] as GroupNode;
        const terminals = node.terminals;
        for (let q = 0; q < terminals.length; q += 1) {
          const t = terminals[q] as { lex: number; c: CompiledEntry };
          if (acceptable(t.c, tokens, i, i + d + 1)) {
            hereLex[h] = t.lex;
            hereMatch[h] = t.c.inflected === undefined ? { entry: t.c.entry, from: i, to: i + d + 1 } : { entry: t.c.entry, from: i, to: i + d + 1, inflected: t.c.inflected };
            h += 1;
          }
        }
        if (node.hasChildren) more = true;
      }
      if (!more) break;
      const tok = tokens[i + d + 1];
      if (tok === undefined || tok.sentence !== first.sentence) break;
      let nl = 0;
      for (let f = 0; f < fl; f += 1) nl = step(frontier[f] as GroupNode, tok, next, nl);
      if (nl === 0) break;
      const swap = frontier;
      frontier = next;
      next = swap;
      fl = nl;
    }
    if (h === 0) continue;
    if (h > 1) sortHere(h);
    for (let k = 0; k < h; k += 1) out[hereLex[k] as number]?.push(hereMatch[k] as LexiconMatch);
  }
  frontierBuf = frontier;
  nextBuf = next;
  return out;
}

/** Stable insertion sort of the candidates at one start: longest first, then heaviest first. */
function sortHere(h: number): void {
  for (let k = 1; k < h; k += 1) {
    const m = hereMatch[k] as LexiconMatch;
    const lex = hereLex[k] as number;
    let j = k - 1;
    while (j >= 0) {
      const o = hereMatch[j] as LexiconMatch;
      if (!(m.to - o.to > 0 || (m.to === o.to && m.entry.weight - o.entry.weight > 0))) break;
      hereMatch[j + 1] = o;
      hereLex[j + 1] = hereLex[j] as number;
      j -= 1;
    }
    hereMatch[j + 1] = m;
    hereLex[j + 1] = lex;
  }
}

/** Greedy left-to-right selection: at each start, the longest accepted candidate; no overlaps. */
function select(candidates: readonly LexiconMatch[], from: number, to: number, accept: ((m: LexiconMatch) => boolean) | undefined): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let nextFree = from;
  let k = 0;
  while (k < candidates.length) {
    const pos = candidates[k]?.from ?? 0;
    let j = k;
    while (j < candidates.length && candidates[j]?.from === pos) j += 1;
    if (pos >= nextFree && pos < to) {
      for (let q = k; q < j; q += 1) {
        const c = candidates[q];
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
