/**
 * Hedges: words that withhold full commitment to a claim (Hyland 1998, 2005; Szarvas et al. 2012
 * epistemic and doxastic cues). Lexicon: `lexicons/hedges.json`.
 *
 * Context rules beyond the lexicon's own `pos`/`exclude` constraints:
 * - "May" the month is not the modal: a capitalised "May" that is not sentence-initial (unless after
 *   an opening quotation mark), or that is followed by a number, is skipped ({@link isMonthMay}).
 * - Negated ability ("could not", "couldn't") is excluded in the lexicon; "may not", "might not" and
 *   "not likely" still hedge.
 */
import type { Token } from '../doc/build-doc';
import type { Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

/**
 * Is this token the month May rather than the modal verb? A capitalised "May" is the month when a
 * number follows ("May 5"), when it stands inside a sentence (not after an opening quotation mark
 * or parenthesis: "in May", "since May", "mid-May"), or, opening a sentence, when no verb follows.
 *
 * @example
 * ```ts
 * const { tokens } = buildDoc('The talks may resume in May.');
 * isMonthMay(tokens, 2, 0); // false: the modal
 * isMonthMay(tokens, 5, 0); // true: the month
 * ```
 */
export function isMonthMay(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.normal !== 'may' || t.value[0] !== 'M') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next !== undefined && (next.pos === 'NUM' || /^\d/.test(next.value))) return true;
  if (prev !== undefined && i > sentenceStart && prev.pos === 'NUM') return true;
  // a date word before it ("in May", "early May") needs no list: inside a sentence the capital decides
  if (i > sentenceStart) {
    // capitalised mid-sentence: a name or the month, not the modal (unless after an opening quote)
    return !(prev !== undefined && prev.isPunct && /["“‘(]/.test(prev.value));
  }
  // sentence-initial "May," or "May is" reads as the month when no verb follows directly
  return next !== undefined && (next.value === ',' || next.pos === 'AUX' || next.pos === 'VERB' && next.normal.endsWith('s'));
}

/**
 * The hedge family. Findings: one per hedge (category `hedge.modal`, `hedge.adverb`, `hedge.phrase`,
 * …, weight in [0, 1]); rate per 1,000 words >= 0, higher = more hedged.
 *
 * @example
 * ```ts
 * analyze('The talks may resume in May.', { markers: ['hedge'] }).findings.map((f) => f.text); // ['may']
 * ```
 */
export const hedgesMarker: Marker<'hedge'> = {
  id: 'hedge',
  description: 'Epistemic hedges (may, likely, reportedly, appears to).',
  detect(ctx: MarkerContext): Finding[] {
    const { doc } = ctx;
    return lexicalFindings(ctx, 'hedge', ctx.lexicons.hedge, (m) => {
      if (m.to - m.from !== 1) return true;
      const t = doc.tokens[m.from];
      if (t === undefined) return false;
      const start = doc.sentences[t.sentence]?.tokenStart ?? 0;
      return !isMonthMay(doc.tokens, m.from, start);
    });
  },
};
