/**
 * Mozilla's Readability on a linkedom document: the step of `./html.ts` that picks an article from
 * a page's boilerplate. Only called on pages within `MAX_HTML_DEPTH` and `MAX_HTML_ELEMENTS`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReadabilityStep } from './html.js';

/** The article Readability finds in a page, or `null`. */
export const readability: ReadabilityStep = (html) => {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article === null ? null : { title: article.title ?? null, content: article.content ?? null, textContent: article.textContent ?? null };
};
