/**
 * Boosters: words that close down alternatives and raise commitment (Hyland 1998, 2005): clearly,
 * certainly, in fact, bluntly. Lexicon: `lexicons/boosters.json`.
 */
import type { Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

/**
 * The booster family. Findings: one per booster (category `booster.adverb`, `booster.phrase`, …,
 * weight in [0, 1]); rate per 1,000 words >= 0, higher = more emphatic certainty in the text.
 *
 * @example
 * ```ts
 * analyze('It is clearly a failure.', { markers: ['booster'] }).findings[0]?.text; // 'clearly'
 * ```
 */
export const boostersMarker: Marker<'booster'> = {
  id: 'booster',
  description: 'Epistemic boosters (clearly, in fact, undoubtedly).',
  detect(ctx: MarkerContext): Finding[] {
    return lexicalFindings(ctx, 'booster', ctx.lexicons.booster);
  },
};
