/**
 * Lookups over a document's tokens that markers share: a neighbour in the same sentence, the token
 * at an offset, and a token's vocabulary key.
 */
import type { Token } from './types';

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

/**
 * First token index whose start is >= offset (binary search; `tokens.length` when none).
 *
 * @example
 * ```ts
 * const { tokens } = buildDoc('He left. She said so.');
 * lowerBound(tokens, 3);  // 1 ("left" starts at 3)
 * lowerBound(tokens, 99); // 7
 * ```
 */
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
 *
 * @example
 * ```ts
 * buildDoc('Kirby claimed the plan failed.').tokens.map(termKey); // ['Kirby', 'claim', null, 'plan', 'fail', null]
 * ```
 */
export function termKey(t: Token): string | null {
  if (!t.isWord || t.stop || t.pos === 'NUM' || t.value.length < 2) return null;
  const c0 = t.value.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return null;
  if (t.pos === 'PROPN' && t.capitalised) return t.value.includes('\u2019') || t.value.includes('\u2018') ? t.value.replace(/[\u2018\u2019]/g, "'") : t.value;
  return t.lemma;
}

/**
 * True when the token's capital is evidence of a name: it is capitalised and, if it lies in a Title
 * Case line or a run of capitals read case-folded (`Token.folded`), its case-folded reading is still
 * a proper noun. "Corrupt" in the headline "Critics Slam Corrupt Regime" has its capital from the
 * line's style and is no name; "Comey" in "Senator Blasts Comey" keeps it.
 *
 * @example
 * ```ts
 * const doc = buildDoc('Critics Slam Corrupt Regime Over Sham Vote');
 * nameCapital(doc.tokens[2]!); // false ("Corrupt")
 * ```
 */
export function nameCapital(t: Token): boolean {
  return t.capitalised && (!t.folded || t.pos === 'PROPN');
}
