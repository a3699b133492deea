/**
 * Loaded terms: pejorative labels, delegitimising qualifiers, deceit framing, emotive condemnation,
 * militarised metaphors, exaggeration (Recasens et al. 2013; Da San Martino et al. 2019; Fan et al.
 * 2019). Lexicon: `lexicons/loaded.json`.
 */
import type { Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

export const loadedTermsMarker: Marker<'loaded'> = {
  id: 'loaded',
  description: 'Loaded and pejorative wording, by category and weight.',
  detect(ctx: MarkerContext): Finding[] {
    return lexicalFindings(ctx, 'loaded', ctx.lexicons.loaded);
  },
};
