/**
 * Reading a text with wink-nlp: the only module that reads with wink (the instance and its reset
 * between documents are in `wink-state.ts`). It reads a text once (`readDoc` and bulk `out()` reads of token ids, POS tags, spacing,
 * negation and sentence spans) and turns each wink vocabulary entry into a {@link Lexeme} once per
 * process (the vocabulary / `uniqueId` cache below). What it returns is wink's reading as it is;
 * `build-doc.ts` turns it into an `AnalyzedDoc` (offsets, possessives, sentences, paragraphs,
 * quotations).
 */
import { maskLongRuns } from './long-runs';
import { keepable, rawData, resetWink, winkInstance, type RawDocData } from './wink-state';

export { WINK_PIPE } from './wink-state';

const CURLY_APOS = /[\u2018\u2019\u02bc]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Lower case, curly apostrophes made straight: a token's normal form.
 *
 * @example
 * ```ts
 * normalise('Trump\u2019s'); // "trump's"
 * ```
 */
export function normalise(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02bc') ? lower.replace(CURLY_APOS, "'") : lower;
}

/**
 * wink's lemma, with two repairs: a missing lemma falls back to the normal form ("cannot"), and a
 * capitalised plural tagged PROPN (sentence-initial "Officials", headline "Critics") gets a
 * singular, and so does a hyphenated plural ("eco-zealots", "anti-vaxxers"): wink leaves both
 * unlemmatised.
 */
function lemmaOf(normal: string, lemma: string | undefined, pos: string): string {
  const base = lemma === undefined || lemma === '' || lemma === normal ? normal : normalise(lemma);
  const hyphenated = (pos === 'NOUN' || pos === 'PROPN') && normal.includes('-');
  if ((pos === 'PROPN' || hyphenated) && base === normal && normal.endsWith('s') && /^[a-z][a-z-]{2,}s$/.test(normal) && !/(?:ss|us|is)$/.test(normal)) {
    return normal.endsWith('ies') ? `${normal.slice(0, -3)}y` : normal.slice(0, -1);
  }
  return base;
}

/** A token that is lower-case ASCII letters only needs no normalising. */
function c0IsLowerAscii(s: string): boolean {
  for (let k = 0; k < s.length; k += 1) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isClitic(normal: string): boolean {
  return normal === "n't" || (normal.startsWith("'") && normal.length <= 3);
}

/**
 * What framelens derives from one wink vocabulary entry (a token's `its.uniqueId`). wink's value,
 * type, normal form and stop-word flag of a token are functions of that id alone, except for the
 * parts of a contraction ("ca" + "n't"), and its lemma is a function of the id and the POS tag
 * (the lemmatiser only consults the model's own vocabulary, which reading text never changes). So
 * each is read from wink once per process and id, instead of once per token: reading `its.lemma`,
 * `its.normal`, `its.type`, `its.value` and `its.stopWordFlag` for every token was a third of
 * framelens's time over `readDoc`.
 */
export interface Lexeme {
  /** The text as written. */
  value: string;
  /** wink's token type (`word`, `number`, `punctuation`, `tabCRLF`, …). */
  type: string;
  /** Our normal form (see `normalise`). */
  normal: string;
  /** wink's stop-word flag. */
  stop: boolean;
  /** Whitespace or a line break: not a token of the document. */
  blank: boolean;
  /** Counts as a word (letters or digits, not a clitic). */
  isWord: boolean;
  /** Punctuation or symbol. */
  isPunct: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** The POS tag of the first lemma read, and that lemma (after `lemmaOf`). */
  lemmaPos: string;
  /** The lemma read under `lemmaPos`. */
  lemma: string;
  /** Lemmas under other POS tags. */
  lemmas: Map<string, string> | null;
}

/**
 * Lexemes by wink token id of the model's own vocabulary (a hole: not read yet). Sized to the
 * model's vocabulary on the first read, so that a token's lexeme is one array read away.
 */
let lexemeOfId: Array<Lexeme | undefined> = [];

/** One of wink's `its` token functions, called with the document's raw data. */
type ItsFn = (index: number, rdd: RawDocData, addons: unknown) => unknown;

/**
 * A lexeme from wink's value, type, normal form and stop-word flag of a token (pure: no wink call).
 *
 * @example
 * ```ts
 * makeLexeme('Trump', 'word', 'trump', false).capitalised; // true
 * ```
 */
export function makeLexeme(value: string, type: string, rawNormal: string, stop: boolean): Lexeme {
  const normal = rawNormal === value && c0IsLowerAscii(value) ? value : normalise(rawNormal);
  const isWordType = type === 'word' || type === 'number' || type === 'hashtag' || (type === 'unk' && LETTER_OR_DIGIT.test(value));
  const c0 = value.charCodeAt(0);
  return {
    value,
    type,
    normal,
    stop,
    blank: type === 'tabCRLF' || value.trim() === '',
    isWord: isWordType && !(value.length <= 3 && isClitic(normalise(value))),
    isPunct: type === 'punctuation' || type === 'symbol' || (!isWordType && !LETTER_OR_DIGIT.test(value)),
    capitalised: (c0 >= 65 && c0 <= 90) || (c0 > 127 && UPPER_START.test(value)),
    lemmaPos: '',
    lemma: '',
    lemmas: null,
  };
}

/** wink's reading of a text: per wink token (whitespace tokens included), its lexeme, lemma and tags. */
export interface WinkTokens {
  /** The lexeme of each wink token. */
  lex: Lexeme[];
  /** Each token's lemma (after `lemmaOf`'s repairs). */
  lemmas: string[];
  /** Each token's universal POS tag. */
  pos: string[];
  /** The length of the whitespace before each token. */
  spaceLengths: Int32Array;
  /** 1 where the whitespace before a token holds a line break. */
  spaceBreaks: Uint8Array;
  /** wink's negation flag of each token (1 = negated). */
  negations: Uint8Array;
  /** wink's sentences as inclusive `[first, last]` wink token indices. */
  sentenceSpans: Array<[number, number]>;
  /** Characters read as spaces by the long-run guard (see `long-runs.ts`). */
  masked: number;
}

/** wink's packing of a token (wink-nlp 2.4 `src/constants.js`): 4 numbers, POS bits, spaces mask. */
const TK = 4;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
const SPACES_MASK = 0xffff;
const NEGATED = 2 ** 31;

/** POS tag names by wink's POS index (read once through `its.pos`). */
const posNames: string[] = [];

/**
 * Read `text` once with wink: one `readDoc`, then one loop over wink's raw token data (the packed
 * lexeme id, spaces, POS and negation of each token), and per token only what the vocabulary cache
 * does not know yet, through wink's own `its` functions. The values are those of wink's
 * `tokens().out(its.…)` (the same functions on the same data) without a pass and an array per
 * attribute and an item object per token read.
 *
 * @example
 * ```ts
 * readWink('Kirby said.').lex.map((x) => x.value); // ['Kirby', 'said', '.']
 * ```
 */
export function readWink(text: string): WinkTokens {
  const { nlp: w, intrinsic, addons } = winkInstance();
  const its = w.its as unknown as Record<'value' | 'type' | 'normal' | 'stopWordFlag' | 'lemma' | 'pos', ItsFn>;
  if (lexemeOfId.length < intrinsic) lexemeOfId = grown(lexemeOfId, intrinsic);
  const guarded = maskLongRuns(text);
  const rdd = rawData(w.readDoc(guarded.text), w);
  const packed = rdd.tokens;
  const n = rdd.numOfTokens;
  const lex: Lexeme[] = new Array<Lexeme>(n);
  const lemmas: string[] = new Array<string>(n);
  const pos: string[] = new Array<string>(n);
  const spaceLengths = new Int32Array(n);
  const spaceBreaks = new Uint8Array(n);
  const negations = new Uint8Array(n);
  // lexemes of the model's own vocabulary are cached for the process; the others only for this
  // document (their ids are the instance's, which wink-state.ts may replace)
  const oov = new Map<number, Lexeme>();
  const fresh = (k: number): Lexeme => makeLexeme(its.value(k, rdd, addons) as string, its.type(k, rdd, addons) as string, its.normal(k, rdd, addons) as string, its.stopWordFlag(k, rdd, addons) === true);
  for (let k = 0; k < n; k += 1) {
    const id = packed[k * TK] as number;
    const w1 = packed[k * TK + 1] as number;
    const posIndex = ((packed[k * TK + 2] as number) & POS_MASK) >>> POS_SHIFT;
    const p = (posNames[posIndex] ??= its.pos(k, rdd, addons) as string);
    pos[k] = p;
    const spaces = w1 & SPACES_MASK;
    if (spaces < SPACES_MASK) spaceLengths[k] = spaces;
    else {
      const s = rdd.nonBreakingSpaces[k] ?? '';
      spaceLengths[k] = s.length;
      if (s.includes('\n')) spaceBreaks[k] = 1;
    }
    if ((packed[k * TK + 3] as number) >= NEGATED) negations[k] = 1;
    if (w1 > 65535) {
      // the parts of a contraction: read token by token (rare)
      const x = fresh(k);
      lex[k] = x;
      lemmas[k] = lemmaOf(x.normal, its.lemma(k, rdd, addons) as string | undefined, p);
      continue;
    }
    let x = id < intrinsic ? lexemeOfId[id] : oov.get(id);
    if (x === undefined) {
      x = fresh(k);
      if (id < intrinsic) lexemeOfId[id] = x;
      else oov.set(id, x);
    }
    lex[k] = x;
    if (x.lemmaPos === p) {
      lemmas[k] = x.lemma;
      continue;
    }
    let lemma = x.lemmas?.get(p);
    if (lemma === undefined) {
      lemma = lemmaOf(x.normal, its.lemma(k, rdd, addons) as string | undefined, p);
      if (x.lemmaPos === '') {
        x.lemmaPos = p;
        x.lemma = lemma;
      } else (x.lemmas ??= new Map()).set(p, lemma);
    }
    lemmas[k] = lemma;
  }
  const sentenceSpans = rdd.sentences.map((s): [number, number] => [s[0], s[1]]);
  // everything is read: wink forgets what this document added to its vocabulary (wink-state.ts)
  const keep = new Set<string>();
  for (const x of oov.values()) if (keepable(x.value, x.type)) keep.add(x.value).add(x.value.toLowerCase());
  resetWink(keep);
  return { lex, lemmas, pos, spaceLengths, spaceBreaks, negations, sentenceSpans, masked: guarded.masked };
}

/** `list` copied into a (holey) array of `size` entries. */
function grown(list: ReadonlyArray<Lexeme | undefined>, size: number): Array<Lexeme | undefined> {
  const out = new Array<Lexeme | undefined>(size);
  list.forEach((x, k) => {
    out[k] = x;
  });
  return out;
}

/**
 * Tokenise a lexicon term with the same tokenizer as the text, so that multi-word terms match
 * token sequences exactly ("so-called" is three tokens, "pre-emptive" one).
 *
 * @example
 * ```ts
 * tokenizeTerm('so-called').map((w) => w.normal); // ['so', '-', 'called']
 * ```
 */
export function tokenizeTerm(term: string): Array<{ value: string; normal: string; lemma: string; pos: string }> {
  // the same reading path as documents, so a term's words get exactly the normal forms and lemmas
  // (including lemmaOf's repairs) that the same words get in a text
  const raw = readWink(term);
  const out: Array<{ value: string; normal: string; lemma: string; pos: string }> = [];
  raw.lex.forEach((x, k) => {
    if (x.blank) return;
    out.push({ value: x.value, normal: x.normal, lemma: raw.lemmas[k] ?? x.normal, pos: raw.pos[k] ?? 'X' });
  });
  return out;
}
