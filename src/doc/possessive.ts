/**
 * Possessives that wink returned as one token ("Trump’s"), split into the two tokens wink gives
 * when it splits the clitic itself. Token post-processing: no wink call.
 */
import { makeLexeme, normalise, type Lexeme } from './wink-read';

const POSSESSIVE_END = /^(.*\p{L})(['\u2019\u02bc][sS])$/u;
/** Words whose "'s" is "is" or "has" (or "us"), never a possessive: left as wink reads them. */
const CONTRACTION_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'why', 'how', 'let', 'this', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'something', 'nothing', 'everything']);
/** Base and clitic lexemes of possessive tokens, by the whole token's value. */
const possessiveParts = new Map<string, [Lexeme, Lexeme] | null>();

/**
 * The two parts of a possessive that wink returned as one token ("Trump’s" -> "Trump" + "’s"), or
 * `null` for any other token. wink splits the clitic the first time it reads "Trump’s" inside a
 * sentence, but a token it first meets before punctuation ("… than Trump’s.") enters its vocabulary
 * whole, and from then on every "Trump’s" in every later document is one token (its tagger state
 * then also differs: winkjs/wink-nlp#143). Splitting here makes tokens, and the findings built on
 * them, independent of what the process read before.
 *
 * @example
 * ```ts
 * splitPossessive(makeLexeme('Trump’s', 'word', 'trump’s', false))?.map((x) => x.value); // ['Trump', '’s']
 * splitPossessive(makeLexeme("it's", 'word', "it's", false)); // null
 * ```
 */
export function splitPossessive(x: Lexeme): [Lexeme, Lexeme] | null {
  const v = x.value;
  const n = v.length;
  // cheap test first: most tokens do not end in an apostrophe + s
  if (n < 3 || (v.charCodeAt(n - 1) | 32) !== 115) return null;
  const apostrophe = v.charCodeAt(n - 2);
  if (apostrophe !== 39 && apostrophe !== 0x2019 && apostrophe !== 0x2bc) return null;
  let parts = possessiveParts.get(v);
  if (parts !== undefined) return parts;
  const m = POSSESSIVE_END.exec(v);
  parts = null;
  if (m !== null && m[1] !== undefined && m[2] !== undefined && !CONTRACTION_HOSTS.has(normalise(m[1]))) {
    const base = m[1];
    parts = [makeLexeme(base, 'word', base, false), makeLexeme(m[2], 'word', m[2], false)];
  }
  // a cache of a pure function: cleared when large (it holds one entry per distinct token)
  if (possessiveParts.size >= 100_000) possessiveParts.clear();
  possessiveParts.set(v, parts);
  return parts;
}

/** The apostrophes a plural possessive ends in ("Sanders’", "states'"). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u02bc']);

/**
 * Plural possessives ("Sanders’ campaign manager", "the states' leaders"): wink reads the
 * apostrophe after an s-final word as punctuation, so a noun phrase seemed to stop at it. An
 * apostrophe written right after a word ending in "s" and followed by a space and a word, that
 * opens or closes no quotation region, is re-tagged as the possessive clitic (`PART`, not
 * punctuation), as "’s" is. Token post-processing: no wink call.
 *
 * @param closers - start offsets of the marks that open or close a quotation region
 * @example
 * ```ts
 * // "Sanders’ campaign manager": the "’" token becomes { pos: 'PART', isPunct: false }
 * markPluralPossessives(tokens, new Set());
 * ```
 */
export function markPluralPossessives(tokens: readonly MutablePossessive[], closers: ReadonlySet<number>): void {
  for (let k = 1; k + 1 < tokens.length; k += 1) {
    const t = tokens[k] as MutablePossessive;
    if (!APOSTROPHES.has(t.value) || closers.has(t.start)) continue;
    const prev = tokens[k - 1] as MutablePossessive;
    const next = tokens[k + 1] as MutablePossessive;
    if (!prev.isWord || prev.end !== t.start || !/\p{L}[sS]$/u.test(prev.value) || !next.isWord || next.start === t.end) continue;
    t.pos = 'PART';
    t.isPunct = false;
  }
}

/** The token fields {@link markPluralPossessives} reads and writes. */
export interface MutablePossessive {
  /** The text as written. */
  readonly value: string;
  /** Start offset. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Counts as a word. */
  readonly isWord: boolean;
  /** Universal POS tag (written: `PART`). */
  pos: string;
  /** Punctuation or symbol (written: false). */
  isPunct: boolean;
}
