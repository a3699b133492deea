/**
 * The main text of an HTML page, in time linear in the page.
 *
 * One streaming pass with htmlparser2's tokenizer (no DOM, no recursion) measures the page: its element count
 * and nesting depth, its `<title>`, and a plain extraction of its text. When the page is within
 * ordinary bounds, Mozilla's Readability (on a linkedom document) picks the article from the
 * boilerplate, and a second streaming pass turns Readability's HTML into paragraphs. Readability's
 * cost grows with the product of depth and size (500 nested elements take seconds, 10,000 overflow
 * the call stack) and it takes seconds per thousands of elements, so beyond the bounds the plain
 * extraction is used: the text of the page's block elements, without scripts, styles, navigation,
 * headers, footers, forms and the parts whose class or id names boilerplate (Readability's own
 * "unlikely candidate" words), restricted to `<article>`/`<main>` when the page has one. The record
 * then carries an `html-simplified` warning saying why.
 *
 * Readability comes in as a parameter ({@link ReadabilityStep}, see `./readability.ts`), so that this
 * module loads without linkedom (whose selector engine is an ES module that jest cannot require).
 */
import { Tokenizer } from 'htmlparser2';

/** Pages deeper than this are not given to Readability (Lighthouse flags a depth over 32). */
export const MAX_HTML_DEPTH = 128;
/** Pages with more elements than this are not given to Readability (Lighthouse flags 1,500). */
export const MAX_HTML_ELEMENTS = 5_000;

/** Readability on a page: the article's title, HTML content and text, or `null` when it finds none. */
export type ReadabilityStep = (html: string) => { title: string | null; content: string | null; textContent: string | null } | null;

/** What the extraction found: paragraphs of text, the title, and why Readability was not used. */
export interface ExtractedHtml {
  text: string;
  title: string;
  /** Set when the plain extraction was used instead of Readability. */
  simplified?: string;
}

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'canvas', 'dialog', 'menu']);
/** Elements that end one paragraph and start another. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'address', 'hr', 'body', 'html',
]); // prettier-ignore
/** Class or id words of boilerplate (from Readability's unlikelyCandidates and okMaybeItsACandidate). */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Elements without content (never on the stack). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Start tags that close an open `<p>` (HTML's "close a p element"). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);
/** Start tags that close an open element of the same kind or its siblings (list items, cells, options). */
const CLOSES_SIBLING: Record<string, readonly string[]> = { li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'] };

/**
 * Paragraph texts of HTML in one pass, optionally skipping boilerplate; also the element count,
 * the deepest nesting and the title. Built on htmlparser2's tokenizer with a stack of its own:
 * htmlparser2's Parser keeps its stack with `unshift`, which makes deep nesting quadratic
 * (40,000 unclosed elements: 14 s), while here every element is pushed and popped once.
 */
function walk(html: string, boilerplate: boolean): { paragraphs: string[]; inArticle: boolean[]; title: string; elements: number; depth: number } {
  const paragraphs: string[] = [];
  const inArticle: boolean[] = [];
  const stack: string[] = [];
  const open = new Map<string, number>(); // open elements per name, so a stray end tag costs O(1)
  let buffer = '';
  let maxDepth = 0;
  let elements = 0;
  let skipDepth = -1; // stack depth at which a skipped subtree began
  let articleDepth = -1;
  let title = '';
  let titleDone = false;
  let tag = '';
  let attr = '';
  let value = '';
  let marker = '';
  const flush = (): void => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    if (t !== '') {
      paragraphs.push(t);
      inArticle.push(articleDepth >= 0);
    }
    buffer = '';
  };
  const text = (t: string): void => {
    if (stack[stack.length - 1] === 'title') {
      if (!titleDone) title += t;
    } else if (skipDepth < 0) buffer += t;
  };
  const pop = (): void => {
    const name = stack.pop();
    if (name === undefined) return;
    open.set(name, (open.get(name) ?? 1) - 1);
    const depth = stack.length + 1;
    if (name === 'title' && title !== '') titleDone = true;
    if (skipDepth === depth) skipDepth = -1;
    else if (skipDepth < 0 && BLOCK.has(name)) flush();
    if (articleDepth === depth) articleDepth = -1;
  };
  /** Close elements down to and including the innermost `name` (when one is open). */
  const closeTo = (name: string): void => {
    if ((open.get(name) ?? 0) === 0) return;
    while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
    pop();
  };
  const start = (name: string): void => {
    elements += 1;
    if (CLOSES_P.has(name) && stack[stack.length - 1] === 'p') pop();
    const siblings = CLOSES_SIBLING[name];
    if (siblings !== undefined && siblings.includes(stack[stack.length - 1] ?? '')) pop();
    if (skipDepth < 0) {
      if (BLOCK.has(name)) flush();
      else if (name === 'br') buffer += ' ';
    }
    if (VOID.has(name)) return;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    const depth = stack.length;
    if (depth > maxDepth) maxDepth = depth;
    if (skipDepth >= 0) return;
    const unlikely = boilerplate && name !== 'body' && name !== 'article' && name !== 'main' && UNLIKELY.test(marker) && !MAYBE.test(marker);
    if (name === 'script' || name === 'style' || (boilerplate && SKIP.has(name)) || unlikely) skipDepth = depth;
    else if ((name === 'article' || name === 'main') && articleDepth < 0) articleDepth = depth;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(s, e) {
        tag = html.slice(s, e).toLowerCase();
        marker = '';
      },
      onattribname(s, e) {
        attr = html.slice(s, e).toLowerCase();
        value = '';
      },
      onattribdata(s, e) {
        value += html.slice(s, e);
      },
      onattribentity(cp) {
        value += String.fromCodePoint(cp);
      },
      onattribend() {
        if (attr === 'class' || attr === 'id') marker += ` ${value}`;
      },
      onopentagend() {
        start(tag);
      },
      onselfclosingtag() {
        start(tag);
        if (!VOID.has(tag) && stack[stack.length - 1] === tag) pop();
      },
      onclosetag(s, e) {
        const name = html.slice(s, e).toLowerCase();
        if (name === 'br') start('br');
        else if (name === 'p' && (open.get('p') ?? 0) === 0) start('p'); // a stray </p> is an empty paragraph
        else closeTo(name);
      },
      ontext(s, e) {
        text(html.slice(s, e));
      },
      ontextentity(cp) {
        text(String.fromCodePoint(cp));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  flush();
  return { paragraphs, inArticle, title: title.replace(/\s+/g, ' ').trim(), elements, depth: maxDepth };
}

/**
 * The article text of an HTML page (paragraphs separated by a blank line) and its title; see the
 * module comment for when Readability is used. Never recurses, so any nesting depth is safe.
 *
 * @param readability - Readability on a linkedom document (`loadReadability()` of `./readability.ts`)
 * @example
 * ```ts
 * extractHtml('<title>T</title><nav>Home</nav><article><p>The regime lied.</p></article>', readability);
 * // { text: 'The regime lied.', title: 'T' }
 * ```
 */
export function extractHtml(html: string, readability: ReadabilityStep): ExtractedHtml {
  const scan = walk(html, true);
  let why: string | undefined;
  if (scan.depth > MAX_HTML_DEPTH) why = `the page nests elements ${scan.depth.toLocaleString('en-US')} deep (Readability is used up to ${MAX_HTML_DEPTH})`;
  else if (scan.elements > MAX_HTML_ELEMENTS) why = `the page has ${scan.elements.toLocaleString('en-US')} elements (Readability is used up to ${MAX_HTML_ELEMENTS.toLocaleString('en-US')})`;
  if (why === undefined) {
    const article = readability(html);
    const title = (article?.title ?? '').trim() || scan.title;
    if (article?.content) {
      const inner = walk(article.content, false).paragraphs;
      const text = inner.length > 0 ? inner.join('\n\n') : (article.textContent ?? '').trim();
      if (text !== '') return { text, title };
    }
  }
  // the plain extraction: within <article>/<main> when the page has them
  const kept = scan.inArticle.includes(true) ? scan.paragraphs.filter((_, k) => scan.inArticle[k]) : scan.paragraphs;
  const out: ExtractedHtml = { text: kept.join('\n\n'), title: scan.title };
  if (why !== undefined) out.simplified = `${why}: its text was extracted without Readability, so some boilerplate may remain`;
  return out;
}
