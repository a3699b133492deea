import type { AnalyzedDoc } from '../doc/build-doc';
import type { LexiconSet } from '../lexicon/builtin';
import type { Attribution, Finding, MarkerId } from '../types';

/** What a marker reads: the analysed document, this call's lexicons, and the attributions found. */
export interface MarkerContext {
  doc: AnalyzedDoc;
  lexicons: LexiconSet;
  /** Attributions of the document (computed once, before the markers run). */
  attributions: readonly Attribution[];
}

/**
 * A family of framing cues. `detect` is pure: same context, same findings; no I/O, no wink calls.
 * Findings carry `voice: 'author'` and `position: 'body'`; `analyze()` sets both afterwards.
 */
export interface Marker<Id extends MarkerId = MarkerId> {
  readonly id: Id;
  readonly description: string;
  detect(ctx: MarkerContext): Finding[];
}
