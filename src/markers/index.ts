/**
 * The registry of marker families. Adding a family: its module here, its lexicon in `lexicons/`,
 * its test in `__tests__/markers/`, and one line in this list.
 */
import { attributionMarker } from './attribution';
import { boostersMarker } from './boosters';
import { hedgesMarker } from './hedges';
import { labelsMarker } from './labels';
import { loadedTermsMarker } from './loaded-terms';
import { scareQuotesMarker } from './scare-quotes';
import { sentimentMarker } from './sentiment';
import type { Marker } from './types';

/** Every marker family, in report order. */
export const MARKERS: readonly Marker[] = [
  loadedTermsMarker,
  hedgesMarker,
  boostersMarker,
  attributionMarker,
  scareQuotesMarker,
  sentimentMarker,
  labelsMarker,
];
