/**
 * Whether a text contains an HTML tag of common block or inline markup (`<p>`, `</div>`, `<a
 * href=…>`, `<br/>`, …): one linear scan. A regular expression such as `/<\/?(?:p|div|…)\b[^>]*>/i`
 * backtracks over the rest of the text from every unclosed `<p ` (quadratic on `"<p ".repeat(n)`),
 * and its case-insensitive alternation is too large for the ReDoS analyser to decide in time.
 */

const TAGS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'a', 'script', 'style', 'html', 'body', 'br', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'table']);

const isNameChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isWordChar = (c: number): boolean => isNameChar(c) || c === 95;

/**
 * True when `text` has `<name` or `</name` (name one of the common tags, any case, ending at a word
 * boundary) followed by a `>` before the next `<`.
 *
 * @example
 * ```ts
 * looksLikeHtml('<p class="x">Hi</p>'); // true
 * looksLikeHtml('a <b> c');             // false (b is not listed)
 * looksLikeHtml('<p <p <p');            // false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    let k = i + 1;
    if (text.charCodeAt(k) === 47) k += 1; // '/'
    const from = k;
    while (k < text.length && isNameChar(text.charCodeAt(k)) && k - from < 7) k += 1;
    const name = text.slice(from, k).toLowerCase();
    if (!TAGS.has(name) || (k < text.length && isWordChar(text.charCodeAt(k)))) continue;
    // the tag's end: a '>' before any '<' (the next '<' starts the next candidate)
    for (let j = k; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 62) return true;
      if (c === 60) break;
    }
  }
  return false;
}
