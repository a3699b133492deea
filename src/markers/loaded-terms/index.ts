/**
 * Loaded terms: pejorative labels, delegitimising qualifiers, deceit framing, emotive condemnation,
 * militarised metaphors, exaggeration (Recasens et al. 2013; Da San Martino et al. 2019; Fan et al.
 * 2019). Lexicon: `lexicons/loaded.json`; word classes: the `loaded-terms.*` categories of
 * `lexicons/grammar.json`.
 *
 * The marker runs the lexicon with the context rules (`context.ts`, `proper-names.ts`) and the span
 * rules (`widen.ts`).
 */
import type { Finding } from '../../types';
import { lexicalFindings } from '../lexical';
import type { Marker, MarkerContext } from '../types';
import { acceptLoaded } from './context';
import { widenLabel, widenLabelStart } from './widen';
import { loadedWords } from './words';

export { acceptLoaded } from './context';
export { MAX_WIDEN, widenLabel, widenLabelStart } from './widen';

/**
 * The loaded-terms family. Findings: one per loaded term (category `loaded.*`, weight in [0, 1]);
 * rate per 1,000 words >= 0, higher = more loaded wording.
 *
 * @example
 * ```ts
 * analyze('Critics call it a brutal regime.', { markers: ['loaded'] }).findings.map((f) => f.text); // ['brutal', 'regime']
 * ```
 */
export const loadedTermsMarker: Marker<'loaded'> = {
  id: 'loaded',
  description: 'Loaded and pejorative wording, by category and weight.',
  detect(ctx: MarkerContext): Finding[] {
    const words = loadedWords(ctx.lexicons.grammar);
    return lexicalFindings(ctx, 'loaded', ctx.lexicons.loaded, acceptLoaded(ctx.doc.tokens, ctx.attributions, words), (m, tokens, limit) => widenLabel(m, tokens, limit, words), (m, tokens, floor) => widenLabelStart(m, tokens, floor, words));
  },
};
