/**
 * The only module that talks to wink-nlp. It reads a text once and returns an `AnalyzedDoc`: tokens
 * with exact offsets, sentences split at paragraph breaks, paragraphs and quotation regions. Every
 * marker reads this structure; none calls wink.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalysisWarning } from '../types';
import { findQuoteRegions, type QuoteRegion } from './quotes';

export type { QuoteRegion } from './quotes';

/** One token of the analysed text. Offsets are UTF-16 indices into the original string. */
export interface Token {
  /** Index in `AnalyzedDoc.tokens`. */
  i: number;
  /** The text as written. */
  value: string;
  /** Lower case, curly apostrophes made straight. */
  normal: string;
  /** Base form (wink lemma; the normal form when wink gives none). */
  lemma: string;
  /** Universal POS tag from wink. */
  pos: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Sentence index. */
  sentence: number;
  /** Paragraph index. */
  paragraph: number;
  /** Inside the scope of a negation (wink's negation flag: after not / n't / never up to punctuation). */
  negated: boolean;
  /** Counts as a word (letters or digits, not a clitic such as 's or n't). */
  isWord: boolean;
  /** Punctuation or symbol. */
  isPunct: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** A stop word (wink's list: the, of, and, …). */
  stop: boolean;
  /** Index of the innermost quotation region whose content contains the token, or -1. */
  quote: number;
}

/** A sentence: wink's sentence split, also split at paragraph breaks. */
export interface DocSentence {
  i: number;
  start: number;
  end: number;
  /** First token index. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
  paragraph: number;
  words: number;
}

/** A paragraph: text between line breaks. */
export interface DocParagraph {
  i: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** The analysed text: everything the markers need, computed in one wink pass. */
export interface AnalyzedDoc {
  text: string;
  tokens: Token[];
  sentences: DocSentence[];
  paragraphs: DocParagraph[];
  quotes: QuoteRegion[];
  /** Number of word tokens. */
  words: number;
  warnings: AnalysisWarning[];
}

type WinkNlp = ReturnType<typeof winkNLP>;
let shared: WinkNlp | null = null;

/**
 * wink's pipeline steps framelens needs: sentence boundaries, negation scope and POS tags (lemmas
 * come with POS). wink's own sentiment and entity recognisers are skipped: framelens scores
 * sentiment itself and the lite model finds no people or organisations. Token values, POS, lemmas,
 * normal forms, negation flags and sentence spans are identical to the default pipeline (checked on
 * the Brown press sections: 0 differences in 1.48 million attribute values); readDoc is about a
 * third faster.
 */
export const WINK_PIPE = ['sbd', 'negation', 'pos'] as const;

/** The one wink instance of the process (creating many leaks memory: see STYLE.md). */
function nlp(): WinkNlp {
  if (shared === null) shared = winkNLP(model, [...WINK_PIPE]);
  return shared;
}

const CURLY_APOS = /[\u2018\u2019\u02bc]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

function normalise(s: string): string {
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
interface Lexeme {
  value: string;
  type: string;
  /** Our normal form (see `normalise`). */
  normal: string;
  stop: boolean;
  /** Whitespace or a line break: not a token of the document. */
  blank: boolean;
  isWord: boolean;
  isPunct: boolean;
  capitalised: boolean;
  /** The POS tag of the first lemma read, and that lemma (after `lemmaOf`). */
  lemmaPos: string;
  lemma: string;
  /** Lemmas under other POS tags. */
  lemmas: Map<string, string> | null;
}

/** Lexeme slot + 1 by wink token id (0: not read yet). */
let slotOfId = new Int32Array(1 << 16);
const lexemes: Lexeme[] = [];

type ItsFn = (index: number, rdd: never, addons: never) => unknown;
type OutFn = (f: unknown) => unknown;

function makeLexeme(value: string, type: string, rawNormal: string, stop: boolean): Lexeme {
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

/** Token facts of a document: per token, its lexeme and its lemma. */
interface FastTokens {
  lex: Lexeme[];
  lemmas: string[];
  pos: string[];
  spaces: string[];
  negations: boolean[];
  sentenceSpans: Array<[number, number]>;
}

function readFast(text: string): FastTokens {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const out = tokens.out.bind(tokens) as OutFn;
  const ids = out(its.uniqueId) as number[];
  const contraction = out(its.contractionFlag) as boolean[];
  const pos = out(its.pos) as string[];
  const spaces = out(its.precedingSpaces) as string[];
  const negations = out(its.negationFlag) as boolean[];
  const sentences = doc.sentences();
  const sentenceSpans = (sentences.out.bind(sentences) as OutFn)(its.span) as Array<[number, number]>;
  const n = ids.length;
  const lex: Lexeme[] = new Array<Lexeme>(n);
  const lemmas: string[] = new Array<string>(n);
  const one = (k: number): ((f: ItsFn) => unknown) => {
    const item = tokens.itemAt(k);
    return item.out.bind(item) as OutFn;
  };
  for (let k = 0; k < n; k += 1) {
    const p = pos[k] ?? 'X';
    if (contraction[k] === true) {
      // the parts of a contraction: read token by token (rare)
      const item = one(k);
      const x = makeLexeme(item(its.value) as string, item(its.type) as string, item(its.normal) as string, item(its.stopWordFlag) === true);
      lex[k] = x;
      lemmas[k] = lemmaOf(x.normal, item(its.lemma) as string | undefined, p);
      continue;
    }
    const id = ids[k] ?? 0;
    if (id >= slotOfId.length) {
      let size = slotOfId.length;
      while (size <= id) size *= 2;
      const grown = new Int32Array(size);
      grown.set(slotOfId);
      slotOfId = grown;
    }
    let slot = (slotOfId[id] ?? 0) - 1;
    if (slot < 0) {
      const item = one(k);
      lexemes.push(makeLexeme(item(its.value) as string, item(its.type) as string, item(its.normal) as string, item(its.stopWordFlag) === true));
      slot = lexemes.length - 1;
      slotOfId[id] = slot + 1;
    }
    const x = lexemes[slot] as Lexeme;
    lex[k] = x;
    if (x.lemmaPos === p) {
      lemmas[k] = x.lemma;
      continue;
    }
    let lemma = x.lemmas?.get(p);
    if (lemma === undefined) {
      lemma = lemmaOf(x.normal, one(k)(its.lemma) as string | undefined, p);
      if (x.lemmaPos === '') {
        x.lemmaPos = p;
        x.lemma = lemma;
      } else (x.lemmas ??= new Map()).set(p, lemma);
    }
    lemmas[k] = lemma;
  }
  return { lex, lemmas, pos, spaces, negations, sentenceSpans };
}

/**
 * Tokenise a lexicon term with the same tokenizer as the text, so that multi-word terms match
 * token sequences exactly ("so-called" is three tokens, "pre-emptive" one).
 */
export function tokenizeTerm(term: string): Array<{ value: string; normal: string; lemma: string; pos: string }> {
  // the same reading path as documents, so a term's words get exactly the normal forms and lemmas
  // (including lemmaOf's repairs) that the same words get in a text
  const raw = readFast(term);
  const out: Array<{ value: string; normal: string; lemma: string; pos: string }> = [];
  raw.lex.forEach((x, k) => {
    if (x.blank) return;
    out.push({ value: x.value, normal: x.normal, lemma: raw.lemmas[k] ?? x.normal, pos: raw.pos[k] ?? 'X' });
  });
  return out;
}

/** A document token from a lexeme (sentence and quotation are filled in later). */
function tokenOf(i: number, x: Lexeme, lemma: string, pos: string, start: number, end: number, paragraph: number, negated: boolean): Token {
  return {
    i,
    value: x.value,
    normal: x.normal,
    lemma,
    pos,
    start,
    end,
    sentence: 0,
    paragraph,
    negated,
    isWord: x.isWord,
    isPunct: x.isPunct,
    capitalised: x.capitalised,
    stop: x.stop,
    quote: -1,
  };
}

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
 */
function splitPossessive(x: Lexeme): [Lexeme, Lexeme] | null {
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
  possessiveParts.set(v, parts);
  return parts;
}

/**
 * Read `text` once with wink-nlp and build the analysed document.
 *
 * Offsets: wink keeps each token's preceding whitespace, so summing whitespace and token lengths
 * walks the original string; where a token is not found at the expected offset (never seen, but
 * cheap to guard), it is searched forward and a warning is recorded.
 */
export function buildDoc(text: string): AnalyzedDoc {
  const warnings: AnalysisWarning[] = [];
  if (text.trim() === '') {
    return { text, tokens: [], sentences: [], paragraphs: [], quotes: [], words: 0, warnings };
  }
  const raw = readFast(text);
  const n = raw.lex.length;

  // 1. offsets of every wink token, and which of them start a new paragraph
  const tokens: Token[] = [];
  const tokenOfRaw = new Int32Array(n).fill(-1);
  const lastOfRaw = new Int32Array(n).fill(-1);
  let cursor = 0;
  let pendingBreak = false;
  const paragraphStartsAt: number[] = []; // token indices starting a paragraph
  let mismatchWarned = false;
  for (let k = 0; k < n; k += 1) {
    const x = raw.lex[k] as Lexeme;
    const value = x.value;
    const space = raw.spaces[k] ?? '';
    let start = cursor + space.length;
    if (text.startsWith(value, start)) {
      // expected
    } else {
      const found = text.indexOf(value, cursor);
      if (found < 0) {
        if (!mismatchWarned) {
          warnings.push({ code: 'offset-mismatch', message: `framelens could not place the token ${JSON.stringify(value)} in the text; it was skipped`, start: cursor, end: cursor });
          mismatchWarned = true;
        }
        continue;
      }
      start = found;
    }
    if (start === cursor + space.length ? space.length > 0 && space.includes('\n') : text.slice(cursor, start).includes('\n')) pendingBreak = true;
    const end = start + value.length;
    cursor = end;
    if (x.blank) {
      if (value.includes('\n')) pendingBreak = true;
      continue;
    }
    if (pendingBreak || tokens.length === 0) paragraphStartsAt.push(tokens.length);
    pendingBreak = false;
    tokenOfRaw[k] = tokens.length;
    const paragraph = paragraphStartsAt.length - 1;
    const negated = raw.negations[k] === true;
    const possessive = x.isWord ? splitPossessive(x) : null;
    if (possessive !== null) {
      // "Trump’s" read as one token: the same two tokens wink gives when it splits the clitic
      const [base, clitic] = possessive;
      const mid = start + base.value.length;
      tokens.push(tokenOf(tokens.length, base, base.normal, base.capitalised ? 'PROPN' : 'NOUN', start, mid, paragraph, negated));
      tokens.push(tokenOf(tokens.length, clitic, clitic.normal, 'PART', mid, end, paragraph, negated));
    } else {
      tokens.push(tokenOf(tokens.length, x, raw.lemmas[k] as string, raw.pos[k] ?? 'X', start, end, paragraph, negated));
    }
    lastOfRaw[k] = tokens.length - 1;
  }

  // 2. sentences: wink's spans, split at paragraph starts
  const sentences: DocSentence[] = [];
  const isParagraphStart = new Uint8Array(tokens.length + 1);
  for (const p of paragraphStartsAt) isParagraphStart[p] = 1;
  const pushSentence = (from: number, to: number): void => {
    if (to <= from) return;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (first === undefined || last === undefined) return;
    let words = 0;
    for (let t = from; t < to; t += 1) {
      const tok = tokens[t];
      if (tok !== undefined) {
        tok.sentence = sentences.length;
        if (tok.isWord) words += 1;
      }
    }
    sentences.push({ i: sentences.length, start: first.start, end: last.end, tokenStart: from, tokenEnd: to, paragraph: first.paragraph, words });
  };
  for (const [a, b] of raw.sentenceSpans) {
    // map raw token indices to our token indices (skipping whitespace tokens)
    let from = -1;
    let to = -1;
    for (let k = a; k <= b && k < n; k += 1) {
      const t = tokenOfRaw[k] ?? -1;
      if (t >= 0) {
        if (from < 0) from = t;
        to = (lastOfRaw[k] ?? t) + 1;
      }
    }
    if (from < 0) continue;
    let segStart = from;
    for (let t = from + 1; t < to; t += 1) {
      if (isParagraphStart[t] === 1) {
        pushSentence(segStart, t);
        segStart = t;
      }
    }
    pushSentence(segStart, to);
  }

  // 3. paragraphs
  const paragraphs: DocParagraph[] = [];
  for (let p = 0; p < paragraphStartsAt.length; p += 1) {
    const tokenStart = paragraphStartsAt[p] ?? 0;
    const tokenEnd = paragraphStartsAt[p + 1] ?? tokens.length;
    const first = tokens[tokenStart];
    const last = tokens[tokenEnd - 1];
    if (first === undefined || last === undefined) continue;
    paragraphs.push({ i: p, start: first.start, end: last.end, tokenStart, tokenEnd, sentenceStart: first.sentence, sentenceEnd: last.sentence + 1 });
  }

  // 4. quotation regions, and each token's innermost region
  const quotes = findQuoteRegions(text, paragraphs, warnings);
  for (const region of quotes) {
    let lo = lowerBound(tokens, region.contentStart);
    while (lo < tokens.length) {
      const tok = tokens[lo];
      if (tok === undefined || tok.start >= region.contentEnd) break;
      const current = tok.quote >= 0 ? quotes[tok.quote] : undefined;
      if (current === undefined || current.depth <= region.depth) tok.quote = region.i;
      lo += 1;
    }
  }

  let words = 0;
  for (const t of tokens) if (t.isWord) words += 1;

  if (sentences.length === 1 && tokens.length > 0) {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && !/[.!?"”’)\]]$/.test(last.value) && words > 40) {
      warnings.push({ code: 'no-sentence-end', message: `the text has ${words} words and no sentence end; sentence-level measures treat it as one sentence` });
    }
  }
  return { text, tokens, sentences, paragraphs, quotes, words, warnings };
}

/**
 * The token at index `k` if it lies in sentence `sentence`, else `undefined`: the neighbour lookup
 * of the context rules ("the word before the cue, when it is in the cue's sentence").
 *
 * @example
 * ```ts
 * const { tokens } = buildDoc('He left. She said so.');
 * neighbour(tokens, 1, 0)?.value; // 'left'
 * neighbour(tokens, 3, 0);        // undefined ("She" opens sentence 1)
 * neighbour(tokens, -1, 0);       // undefined
 * ```
 */
export function neighbour(tokens: readonly Token[], k: number, sentence: number): Token | undefined {
  const t = tokens[k];
  return t !== undefined && t.sentence === sentence ? t : undefined;
}

/** First token index whose start is >= offset. */
export function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = tokens[mid];
    if (t !== undefined && t.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The key a token is counted under in vocabulary statistics: proper nouns keep their written form
 * (with straight apostrophes: "CCP", "Kirby"), other words their lemma ("claimed" -> "claim").
 * Stop words, punctuation, numbers and one-letter tokens have no key.
 */
export function termKey(t: Token): string | null {
  if (!t.isWord || t.stop || t.pos === 'NUM' || t.value.length < 2) return null;
  const c0 = t.value.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return null;
  if (t.pos === 'PROPN' && t.capitalised) return t.value.includes('\u2019') || t.value.includes('\u2018') ? t.value.replace(/[\u2018\u2019]/g, "'") : t.value;
  return t.lemma;
}
