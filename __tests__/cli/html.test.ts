/**
 * HTML extraction (src/cli/html.ts): Readability for ordinary pages, and a linear, non-recursive
 * extraction for pages too deep or too large for it — never a stack overflow.
 */
import { extractHtml as extract, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, type ReadabilityStep } from '../../src/cli/html';

/**
 * Readability itself needs linkedom, which jest cannot load (its selector engine is an ES module):
 * the CLI tests run it. Here a stand-in returns the page's <article> as Readability would, and
 * records that it was asked.
 */
let asked = 0;
const readability: ReadabilityStep = (html) => {
  asked += 1;
  const m = /<article>([\s\S]*)<\/article>/.exec(html);
  return m === null ? null : { title: 'from Readability', content: m[1] ?? '', textContent: null };
};
const extractHtml = (html: string) => extract(html, readability);

const article = '<p>The regime claimed the so-called “peace” plan had failed.</p><p>Officials said talks may resume next week, according to diplomats.</p>';

describe('extractHtml', () => {
  test('an ordinary page goes to Readability; its HTML becomes one paragraph per block', () => {
    const page = `<!DOCTYPE html><html><head><title>Kremlin claims victory | Daily</title></head><body><nav>Home | World | Subscribe</nav><article><h1>Kremlin claims victory</h1>${article}<ul><li>One <b>point</b></li></ul></article><footer>Copyright 2026</footer></body></html>`;
    const before = asked;
    const r = extractHtml(page);
    expect(asked).toBe(before + 1);
    expect(r.simplified).toBeUndefined();
    expect(r.text.split('\n\n')).toEqual(['Kremlin claims victory', 'The regime claimed the so-called “peace” plan had failed.', 'Officials said talks may resume next week, according to diplomats.', 'One point']);
    expect(r.title).toBe('from Readability');
  });

  test('a page where Readability finds nothing: the plain extraction, without a warning', () => {
    const r = extractHtml('<html><head><title>T</title></head><body><nav>Menu</nav><div>The regime lied, officials said.</div></body></html>');
    expect(r).toEqual({ text: 'The regime lied, officials said.', title: 'T' });
  });

  test.each([5_000, 10_000, 20_000])('%i nested elements (plus html, body and p): the text, a warning, no stack overflow', (depth) => {
    const page = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
    const before = asked;
    const r = extractHtml(page);
    expect(asked).toBe(before); // never given to Readability
    expect(r.text).toBe('The regime claimed the so-called “peace” plan had failed.\n\nOfficials said talks may resume next week, according to diplomats.');
    expect(r.title).toBe('Deep');
    expect(r.simplified).toContain(`nests elements ${(depth + 3).toLocaleString('en-US')} deep (Readability is used up to ${MAX_HTML_DEPTH})`);
  });

  test('unclosed nesting (a page of 20,000 "<p " and "<div>" fragments) is read without overflow', () => {
    const r = extractHtml(`<body>${'<div><span>x '.repeat(20_000)}`);
    expect(r.simplified).toBeDefined();
    expect(r.text.split(/\s+/).filter((w) => w === 'x')).toHaveLength(20_000);
    expect(() => extractHtml('<p '.repeat(50_000))).not.toThrow();
  });

  test('more elements than Readability is given: block text, without scripts, navigation, footers and comment sections', () => {
    const n = MAX_HTML_ELEMENTS + 1;
    const paragraphs = Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of the report.</p>`).join('');
    const page = `<html><head><title>Big</title><style>p{color:red}</style></head><body><header>Site header</header><nav><a>Home</a></nav><script>var x = "not text";</script><main>${paragraphs}<div class="comments-section"><p>First!</p></div></main><aside>Related stories</aside><footer>Footer</footer></body></html>`;
    const r = extractHtml(page);
    expect(r.simplified).toContain(`elements (Readability is used up to ${MAX_HTML_ELEMENTS.toLocaleString('en-US')})`);
    const parts = r.text.split('\n\n');
    expect(parts).toHaveLength(n);
    expect(parts[0]).toBe('Paragraph 0 of the report.');
    expect(parts[n - 1]).toBe(`Paragraph ${n - 1} of the report.`);
    expect(r.text).not.toMatch(/Site header|Home|not text|First!|Related stories|Footer|color:red/);
    expect(r.title).toBe('Big');
  });

  test('the plain extraction keeps <article> text when the page has one, and decodes entities', () => {
    const page = `<body>${'<div>'.repeat(MAX_HTML_DEPTH + 5)}<div>Sidebar text</div><article><p>Caf&eacute; owners said &ldquo;no&rdquo;.</p><p>Line one<br>line two</p></article>${'</div>'.repeat(MAX_HTML_DEPTH + 5)}</body>`;
    const r = extractHtml(page);
    expect(r.simplified).toBeDefined();
    expect(r.text).toBe('Café owners said “no”.\n\nLine one line two');
  });
});
