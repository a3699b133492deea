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
  children: Map<string, TrieNode>;
  terminals: CompiledEntry[];
}

/** An entry with its tokenised term. */
export interface CompiledEntry {
  entry: LexiconEntry;
  words: TermWord[];
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

function child(node: TrieNode, key: string): TrieNode {
  let next = node.children.get(key);
  if (next === undefined) {
    next = { children: new Map(), terminals: [] };
    node.children.set(key, next);
  }
  return next;
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
  const root: TrieNode = { children: new Map(), terminals: [] };
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
    for (const w of words) {
      const next: TrieNode[] = [];
      for (const node of frontier) {
        next.push(child(node, `n:${w.normal}`));
        if (lemmaMode) next.push(child(node, `l:${w.lemma}`));
      }
      frontier = [...new Set(next)];
    }
    const compiled: CompiledEntry = { entry, words };
    for (const node of frontier) node.terminals.push(compiled);
  }
  return { lexicon, root, byId, maxLength };
}

function acceptable(c: CompiledEntry, tokens: readonly Token[], from: number, to: number): boolean {
  const { entry, words } = c;
  const last = tokens[to - 1];
  if (last === undefined) return false;
  if (entry.pos !== undefined && !entry.pos.includes(last.pos)) return false;
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
 * All longest, non-overlapping matches of the lexicons over `tokens[from, to)`, left to right.
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
  const out: LexiconMatch[] = [];
  let i = from;
  while (i < to) {
    const first = tokens[i];
    if (first === undefined) break;
    const candidates: LexiconMatch[] = [];
    let frontier: TrieNode[] = [lexicon.root];
    for (let d = 0; i + d < to && frontier.length > 0; d += 1) {
      const tok = tokens[i + d];
      if (tok === undefined || tok.sentence !== first.sentence) break;
      const next: TrieNode[] = [];
      for (const node of frontier) {
        const a = node.children.get(`n:${tok.normal}`);
        if (a !== undefined) next.push(a);
        const b = node.children.get(`l:${tok.lemma}`);
        if (b !== undefined && b !== a) next.push(b);
      }
      frontier = next;
      for (const node of frontier) {
        for (const c of node.terminals) {
          if (acceptable(c, tokens, i, i + d + 1)) candidates.push({ entry: c.entry, from: i, to: i + d + 1 });
        }
      }
    }
    candidates.sort((a, b) => b.to - a.to || b.entry.weight - a.entry.weight);
    const chosen = candidates.find((m) => accept === undefined || accept(m));
    if (chosen !== undefined) {
      out.push(chosen);
      i = chosen.to;
    } else {
      i += 1;
    }
  }
  return out;
}
