/**
 * Boosters: words that close down alternatives and raise commitment (Hyland 1998, 2005): clearly,
 * certainly, in fact, bluntly. Lexicon: `lexicons/boosters.json`.
 */
import type { Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

export const boostersMarker: Marker<'booster'> = {
  id: 'booster',
  description: 'Epistemic boosters (clearly, in fact, undoubtedly).',
  detect(ctx: MarkerContext): Finding[] {
    return lexicalFindings(ctx, 'booster', ctx.lexicons.booster);
  },
};
