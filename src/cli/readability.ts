/**
 * Mozilla's Readability on a linkedom document: the step of `./html.ts` that picks an article from
 * a page's boilerplate. Only called on pages within `MAX_HTML_DEPTH` and `MAX_HTML_ELEMENTS`.
 * linkedom and Readability are imported on the first HTML page, so the command starts without
 * them (about 0.3 s) when it reads no HTML.
 */
import type { ReadabilityStep } from './html.js';

let step: Promise<ReadabilityStep> | undefined;

/** The Readability step, its modules imported once. */
export function loadReadability(): Promise<ReadabilityStep> {
  step ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([{ parseHTML }, { Readability }]): ReadabilityStep => (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return article === null ? null : { title: article.title ?? null, content: article.content ?? null, textContent: article.textContent ?? null };
  });
  return step;
}
