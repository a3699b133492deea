import fc from 'fast-check';
import { looksLikeHtml } from '../../src/util/html-tags';

// the pattern the scan replaces (linear only because of [^<>]*; still too large for recheck to decide)
const REFERENCE = /<\/?(?:p|div|span|a|script|style|html|body|br|img|h[1-6]|ul|li|table)\b[^<>]*>/i;

describe('looksLikeHtml', () => {
  test('tags of markup, not comparisons or unclosed tags', () => {
    expect(looksLikeHtml('<p class="x">Hi</p>')).toBe(true);
    expect(looksLikeHtml('Text </DIV> more')).toBe(true);
    expect(looksLikeHtml('<br/>')).toBe(true);
    expect(looksLikeHtml('if a <b> c')).toBe(false);
    expect(looksLikeHtml('<abbr>')).toBe(false);
    expect(looksLikeHtml('<p <p <p '.repeat(1000))).toBe(false);
    expect(looksLikeHtml('1 < 2 and 3 > 2')).toBe(false);
  });

  test('property: the same answer as the reference pattern', () => {
    const unit = fc.constantFrom('<', '>', '/', 'p', 'P', 'a', 'b', 'div', 'h1', 'h7', 'br', ' ', '=', '"', 'x', '_', '1', 'table', 'tables');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (parts) => looksLikeHtml(parts.join('')) === REFERENCE.test(parts.join(''))), { numRuns: 3000, seed: 11 });
  });
});
