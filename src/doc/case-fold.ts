/**
 * Headlines, Title Case lines and runs of capitals, read case-folded. wink's tagger reads "Senator
 * Blasts Rival Over Leak" as five proper nouns, so no lemma, POS filter or cue rule sees "blasts";
 * and "OUTRAGE:" or "VERY DISAPPOINTED." come out as names too. This module finds such runs in the
 * tokens of wink's first reading (a paragraph in Title Case or in capitals, a run of all-capital
 * words, an all-capital kicker before a colon), builds one short text of those runs in lower case (words the document uses
 * as names in its own prose keep their capitals: "Comey" stays a name), and, once wink has read that
 * text, gives each token of a run the POS tag and lemma of its case-folded reading. Values, normal
 * forms, the `capitalised` flag and every offset stay those of the caller's text.
 *
 * Only the runs are read again, never the whole text. The second reading goes through the same
 * `readWink` as the first, so wink's vocabulary is reset after it as after every document
 * (`wink-state.ts`): the result is still a function of the input alone.
 */
import type { DocSentence, Token } from './types';

/** Function words that a Title Case headline leaves in lower case ("Trump Signals Openness to a Deal"). */
const TITLE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'via', 'into', 'onto', 'over', 'up', 'per', 'than', 'off', 'out', 'amid', 'after', 'about', 'is', 'be']);

/** A stretch of the caller's text to read case-folded: characters `[start, end)`. */
export interface FoldRun {
  /** Offset of the run in the caller's text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Offset of the run in the folded text. */
  readonly at: number;
  /** A Title Case line (headline grammar applies), not a run of capitals. */
  readonly title: boolean;
}

/** The text to read case-folded and where each of its runs comes from. */
export interface FoldPlan {
  /** The runs in lower case (name hints kept), separated by blank lines. */
  readonly text: string;
  /** The runs, in text order. */
  readonly runs: readonly FoldRun[];
}

/**
 * Letters of a word all upper case, at least two of them ("OUTRAGE", "U.S."). ASCII is read by
 * character code (most words end the loop at their first lower-case letter); from the first other
 * character on, each code point is compared with its lower and upper case.
 */
function allCaps(t: Token): boolean {
  if (!t.isWord) return false;
  const v = t.value;
  let letters = 0;
  for (let i = 0; i < v.length; i += 1) {
    const c = v.charCodeAt(i);
    if (c >= 128) return allCapsFrom(v.slice(i), letters);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters += 1;
  }
  return letters >= 2;
}

/** {@link allCaps} of the rest of a word, `letters` capitals counted before it. */
function allCapsFrom(rest: string, letters: number): boolean {
  let n = letters;
  for (const ch of rest) {
    if (ch.toLowerCase() !== ch) n += 1;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return n >= 2;
}

/**
 * True when the tokens `[from, to)` of one sentence are a Title Case line: at least three words,
 * every word of four letters or more capitalised, the lower-case ones only function words
 * ({@link TITLE_LOWER}), and at least two capitalised words after the first that are not all capitals.
 */
function titleCaseLine(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let capsAfterFirst = 0;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    if (!t.isWord || /^\d/.test(t.value)) continue;
    words += 1;
    if (!t.capitalised) {
      if (!TITLE_LOWER.has(t.normal) && !(t.normal.startsWith("'") || t.normal === "n't")) return false;
      continue;
    }
    if (words > 1 && !allCaps(t)) capsAfterFirst += 1;
  }
  return words >= 3 && capsAfterFirst >= 2;
}

/** True when every word of the sentence `[from, to)` is in capitals, three words or more (a headline in capitals). */
function allCapsLine(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    if (!t.isWord || /^\d/.test(t.value)) continue;
    if (!allCaps(t)) return false;
    words += 1;
  }
  return words >= 3;
}

/**
 * Words the document writes as names in its own prose: capitalised proper nouns that do not open
 * their sentence, in sentences that are not Title Case. A folded headline keeps their capitals, so
 * "Trump Slams Comey" is read "Trump slams Comey" when the article names both.
 *
 * @example
 * ```ts
 * const doc = buildDoc('Senator Blasts Rival\n\nThe senator said Comey erred.');
 * nameHints(doc.tokens, doc.sentences).has('comey'); // true
 * ```
 */
export function nameHints(tokens: readonly Token[], sentences: readonly DocSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (titleCaseLine(tokens, s.tokenStart, s.tokenEnd)) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k += 1) {
      const t = tokens[k] as Token;
      if (t.capitalised && t.pos === 'PROPN' && !allCaps(t) && !(tokens[k - 1] as Token).isPunct) out.add(t.normal);
    }
  }
  return out;
}

/**
 * True when the sentence `[from, to)` is a paragraph of its own (a headline, a subheading, a title):
 * a Title Case sentence inside a paragraph of prose is a name the splitter cut off ("Rep. Dana Hill
 * (D-Ore.) said …").
 */
function wholeParagraph(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  const before = tokens[from - 1];
  const after = tokens[to];
  return (before === undefined || before.paragraph !== first.paragraph) && (after === undefined || after.paragraph !== first.paragraph);
}

/** Token ranges `[from, to, title]` to fold: Title Case lines (title 1), and runs of all-capital words. */
function foldRanges(tokens: readonly Token[], sentences: readonly DocSentence[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const s of sentences) {
    if ((titleCaseLine(tokens, s.tokenStart, s.tokenEnd) || allCapsLine(tokens, s.tokenStart, s.tokenEnd)) && wholeParagraph(tokens, s.tokenStart, s.tokenEnd)) {
      out.push([s.tokenStart, s.tokenEnd, 1]);
      continue;
    }
    // runs of capitals: two words or more ("VERY DISAPPOINTED", "A TOTAL RACIST"), or one word of
    // four letters or more that is a kicker before a colon or the whole sentence ("OUTRAGE:"); a
    // lone acronym in prose ("the FBI said") is left as it is
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      if (!allCaps(tokens[k] as Token)) {
        k += 1;
        continue;
      }
      let j = k;
      let words = 0;
      let longest = 0;
      let last = k;
      while (j < s.tokenEnd) {
        const t = tokens[j] as Token;
        if (allCaps(t)) {
          words += 1;
          longest = Math.max(longest, t.value.replace(/[^\p{L}]/gu, '').length);
          last = j;
        } else if (!(t.isPunct && t.value !== ':' && /^[-'’,&/]$/.test(t.value))) break;
        j += 1;
      }
      const end = last + 1;
      const after = tokens[end];
      const kicker = after !== undefined && after.value === ':' && after.sentence === s.i;
      const whole = k === s.tokenStart && (end === s.tokenEnd || (tokens[end] as Token).isPunct && end + 1 >= s.tokenEnd);
      if ((words >= 2 && longest >= 3) || (longest >= 4 && (kicker || whole))) out.push([k, end, 0]);
      k = Math.max(end, k + 1);
    }
  }
  return out;
}

/** `s` in lower case, one UTF-16 unit for one (a character whose lower case is longer is kept). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * The runs of a document to read case-folded, or `null` when it has none (most prose).
 *
 * @param extraHints - name words whose capitals stay besides the document's own {@link nameHints}
 *   (for a headline: its article's)
 * @example
 * ```ts
 * const doc = buildDoc('Critics Slam Corrupt Regime Over Sham Vote');
 * foldPlan(doc.text, doc.tokens, doc.sentences)?.text; // 'critics slam corrupt regime over sham vote'
 * ```
 */
export function foldPlan(text: string, tokens: readonly Token[], sentences: readonly DocSentence[], extraHints?: ReadonlySet<string>): FoldPlan | null {
  const ranges = foldRanges(tokens, sentences);
  if (ranges.length === 0) return null;
  const hints = nameHints(tokens, sentences);
  if (extraHints !== undefined) for (const h of extraHints) hints.add(h);
  let folded = '';
  const runs: FoldRun[] = [];
  for (const [from, to, title] of ranges) {
    const a = tokens[from] as Token;
    const b = tokens[to - 1] as Token;
    if (folded !== '') folded += '\n\n';
    const at = folded.length;
    let piece = '';
    let cursor = a.start;
    for (let k = from; k < to; k += 1) {
      const t = tokens[k] as Token;
      piece += text.slice(cursor, t.start);
      piece += hints.has(t.normal) && !allCaps(t) ? t.value : t.value === 'I' ? 'I' : lowerSameLength(t.value);
      cursor = t.end;
    }
    folded += piece;
    runs.push({ start: a.start, end: b.end, at, title: title === 1 });
  }
  return { text: folded, runs };
}

/**
 * Give the tokens of each run the POS tag and lemma of their case-folded reading. `foldedTokens`
 * are the tokens of `plan.text` (offsets into it); a token whose case-folded reading has other
 * boundaries keeps its first reading, and so does one the case-folded reading leaves a proper noun.
 *
 * @returns how many tokens took a new reading
 */
export function applyFolded(tokens: Token[], plan: FoldPlan, foldedTokens: readonly Token[]): number {
  let changed = 0;
  let j = 0;
  for (const run of plan.runs) {
    const shift = run.start - run.at;
    while (j < foldedTokens.length && (foldedTokens[j] as Token).start < run.at) j += 1;
    let k = k0(tokens, run.start);
    for (; j < foldedTokens.length; j += 1) {
      const f = foldedTokens[j] as Token;
      const start = f.start + shift;
      if (start >= run.end) break;
      while (k < tokens.length && (tokens[k] as Token).start < start) k += 1;
      const t = tokens[k];
      if (t === undefined || t.start !== start || t.end !== f.end + shift) continue;
      t.folded = true;
      if (t.pos !== f.pos || t.lemma !== f.lemma) {
        t.pos = f.pos;
        t.lemma = f.lemma;
        changed += 1;
      }
    }
    if (run.title) headlineVerb(tokens, k0(tokens, run.start), run.end);
  }
  return changed;
}

/** Index of the first token starting at or after `offset`. */
function k0(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Parts of speech that open the object or adjunct of a headline verb. */
const AFTER_HEADLINE_VERB = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADP', 'ADV']);

/**
 * Headline grammar (Mårdh 1980, *Headlinese*): a headline's main verb is in the simple present right
 * after its subject ("Senator Blasts Rival Over Leak", "Critics Slam Corrupt Regime"), and a tagger
 * reads it, case-folded or not, as a plural noun in a long compound. When the line has no verb, the
 * first noun-tagged word that agrees with the noun before it as a verb would (an -s form after a
 * singular subject, a base form after a plural one) and has an object or adjunct after it becomes the
 * verb; its lemma (the singular of the noun reading) is the verb's base form.
 */
function headlineVerb(tokens: Token[], from: number, end: number): void {
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).start < end) to += 1;
  for (let k = from; k < to; k += 1) {
    const p = (tokens[k] as Token).pos;
    if (p === 'VERB' || p === 'AUX') return;
  }
  for (let k = from + 1; k + 1 < to; k += 1) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1] as Token;
    if (t.pos !== 'NOUN' || !(prev.pos === 'NOUN' || prev.pos === 'PROPN') || !AFTER_HEADLINE_VERB.has(next.pos)) continue;
    const sForm = t.normal.endsWith('s') && t.lemma !== t.normal;
    const plural = (prev.normal.endsWith('s') && prev.lemma !== prev.normal) || prev.normal.endsWith('ers');
    if ((sForm && !plural) || (!sForm && t.lemma === t.normal && plural)) {
      t.pos = 'VERB';
      return;
    }
  }
}
