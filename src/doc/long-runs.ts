/**
 * A guard for wink's tokenizer, which is quadratic in the length of a run of characters without a
 * space (a 16,000-character "word" takes 0.7-14 s in bare `readDoc`, depending on its letters;
 * its regular expressions backtrack over the whole run). Before wink reads a text, every run longer
 * than {@link MAX_RUN} characters gets a space written over one character every {@link MAX_RUN}
 * characters. The masked text has the same length as the original, so every token wink returns is
 * still a substring at the same offset of the caller's text (spans stay exact); the masked
 * characters belong to no token. No word of prose comes near the limit; a long URL keeps its first
 * 128 characters as one token.
 */

/** Longest run of non-space characters wink is given whole. */
export const MAX_RUN = 128;

/** wink's token separators (`trex.helpers.splitter` of the English lite model). */
function isSeparator(c: number): boolean {
  return c === 32 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * The text with a space over one character in every {@link MAX_RUN} of each long run (never inside a
 * surrogate pair: both halves are masked together), and how many characters were masked.
 *
 * @example
 * ```ts
 * const { text, masked } = maskLongRuns('a'.repeat(300));
 * text.length; // 300
 * masked;      // 2 (at offsets 128 and 257)
 * ```
 */
export function maskLongRuns(text: string): { text: string; masked: number } {
  let run = 0;
  let masked = 0;
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      run = 0;
      continue;
    }
    run += 1;
    if (run <= MAX_RUN) continue;
    // never between the halves of a surrogate pair: mask the next character instead
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
    // mask this character (and its partner when it is half of a surrogate pair)
    let width = 1;
    if (isSurrogate(c)) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    parts ??= [];
    parts.push(text.slice(from, i), width === 2 ? '  ' : ' ');
    from = i + width;
    masked += width;
    i += width - 1;
    run = 0;
  }
  if (parts === null) return { text, masked: 0 };
  parts.push(text.slice(from));
  return { text: parts.join(''), masked };
}
