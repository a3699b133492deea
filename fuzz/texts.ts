/**
 * Generators of hostile article texts for the property-test harness (fast-check). Every sentence
 * here is our own. A text is a random sequence of fragments — news sentences and the pieces that
 * break text tools — joined by random separators, sometimes whole in one unusual shape (whitespace
 * only, one very long word or line, HTML, Markdown).
 */
import fc from 'fast-check';

/** News sentences of our own, with quotes, attributions, hedges, boosters, loaded terms and dates. */
export const NEWS = [
  'The minister said on Tuesday that the plan would “clearly” cut costs.',
  '“We will not back down,” the governor told reporters in Albany.',
  'Critics called the so-called reform a giveaway, according to two officials familiar with the talks.',
  "The senator's aides, who declined to be named, claimed the regime had rejected the offer.",
  'A spokeswoman for the agency may have misled Congress, the report suggested.',
  'Officials reportedly believe the deal could collapse by May 5.',
  'Mr. Alvarez insisted: "This is a historic day for the city."',
  'The company’s chief executive, Dana Whitfield, denied the allegations outright.',
  'Protesters blasted the “peace” plan as a sham, while supporters praised it.',
  'It is perhaps the most important vote of the decade, analysts noted.',
  'U.S. officials and the E.U. delegation met in Geneva on 5 May 2024.',
  'THE PRESIDENT SAID THE VOTE WAS RIGGED, WITHOUT EVIDENCE.',
  'According to the court filing, the firm admitted wrongdoing.',
  'She added that “nobody” had warned them — not once.',
  'Trump’s lawyers argued the case; Biden’s team did not respond.',
];

/** Pieces that break tokenizers, quote scanners and offset bookkeeping. */
export const PIECES = [
  '"', '“', '”', '‘', '’', "'", '„', '«', '»', '‟', '""', '“”', '“ “', '” ”', '"“nested” quote"', '‘single’', '“open', 'close”',
  "don't", "it's", "Trump's", "trump's..", "trump's.. ", "the states'", "rock 'n' roll", "'90s", 'O’Brien',
  '—', '–', '-', '--', '---', '―', '‐', 'well-known', 'anti-vaxxers', 'so-called', 'x-ray',
  '...', '…', '?!', '!!!', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '/', '\\', '|', '@', '#tag', '$5', '5%', '1,000', '3.14', '½',
  'May 5', 'May', 'may', '5 May', 'May 5, 2024', '2024-05-05', 'Tuesday', 'U.S.', 'Mr.', 'Dr.', 'e.g.', 'a.m.', 'No.',
  'NATO', 'THE CCP', 'BREAKING:', 'Kirby', 'kirby', 'KIRBY',
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f',
  '\r', '\r\n', '\n', '\n\n', '\n\n\n', '\t', '\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u3000', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  'e\u0301', 'a\u0300\u0301\u0302\u0303', '\u0301', 'Z\u0351\u0352\u0353\u0354\u0355',
  '\ud800', '\udc00', '\udbff', '\udfff', '\ud83d', '😀', '🇺🇦', '👍🏽', '👨‍👩‍👧', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎', '\u{10ffff}', '\u{e0041}',
  'مرحبا بالعالم', 'שלום', 'Привет, мир', '你好，世界。', 'こんにちは', 'नमस्ते', 'ﷺ', 'ǅ', 'ß', 'İ', 'ﬁ',
  '<p>', '</p>', '<p ', '<div class="x">', '</div>', '<br/>', '<script>alert(1)</script>', '<a href="http://x">link</a>', '&amp;', '&nbsp;', '<!-- c -->', '<<>>', '<',
  '# Heading', '## Sub', '**bold**', '*em*', '_x_', '[link](http://example.org)', '```', '> quote', '- item', '1. item', '| a | b |',
  'http://example.org/a?b=c', 'someone@example.org', '@handle', ':)', ':-(', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '  ', '\u00a0', '\r'];

/** A random code point from any plane, or a lone surrogate. */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

/** A long run: one word, a word with hyphens or apostrophes, a line of words with no sentence end. */
const longPiece = (maxLength: number): fc.Arbitrary<string> =>
  fc.integer({ min: 50, max: maxLength }).chain((n) =>
    fc.constantFrom(
      'a'.repeat(n),
      'ab-'.repeat(Math.ceil(n / 3)),
      "x'".repeat(Math.ceil(n / 2)),
      'Word'.repeat(Math.ceil(n / 4)),
      '“'.repeat(Math.min(n, 2000)),
      'the so called plan '.repeat(Math.ceil(n / 19)),
      'Yes.\n'.repeat(Math.ceil(n / 5)),
      '<p '.repeat(Math.ceil(n / 3)),
    ),
  );

/** A fragment: a news sentence (sometimes all caps), a piece, random units, or a long run. */
const fragment = (maxLong: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
    { weight: 1, arbitrary: fc.constantFrom(...NEWS).map((s) => s.toUpperCase()) },
    { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '’', ' ', 'a', '.', '\n'), maxLength: 20 }) },
    { weight: 1, arbitrary: longPiece(maxLong) },
  );

/** Options of {@link articleText}. */
export interface TextOptions {
  /** Longest long run (a word, a line) in characters. */
  maxLong: number;
  /** Most fragments per text. */
  maxFragments: number;
}

/**
 * A hostile article text.
 *
 * @example
 * ```ts
 * fc.sample(articleText({ maxLong: 2000, maxFragments: 40 }), { seed: 1, numRuns: 3 });
 * ```
 */
export function articleText(o: TextOptions): fc.Arbitrary<string> {
  const joined = fc
    .array(fc.tuple(fragment(o.maxLong), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: o.maxFragments })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));
  return fc.oneof(
    { weight: 20, arbitrary: joined },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u3000', '\u200b'), maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 200 }) },
    { weight: 1, arbitrary: longPiece(o.maxLong) },
  );
}
