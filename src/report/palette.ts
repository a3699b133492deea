/**
 * The report's colours and names. Three palettes that never share a colour, so a colour means one
 * thing on the page: marker families (text highlights and their legend: Okabe & Ito's colour-blind
 * safe palette), articles or outlets (charts: Paul Tol's "muted" scheme), and speech-verb stances
 * (Tol's "bright" scheme, grey for neutral). A test checks that they are disjoint.
 */
import type { MarkerId, Stance } from '../types';

/** Family colours and names: `label` in tables and charts, `short` in the legend, `words` in sentences. */
export const FAMILY_STYLE: Record<MarkerId, { colour: string; label: string; short: string; words: string }> = {
  loaded: { colour: '#D55E00', label: 'Loaded terms', short: 'Loaded terms', words: 'loaded terms' },
  hedge: { colour: '#0072B2', label: 'Hedges', short: 'Hedges', words: 'hedges' },
  booster: { colour: '#CC79A7', label: 'Boosters', short: 'Boosters', words: 'boosters' },
  attribution: { colour: '#009E73', label: 'Attribution cues', short: 'Attributions', words: 'attribution cues' },
  scareQuote: { colour: '#E69F00', label: 'Scare quotes', short: 'Scare quotes', words: 'scare quotes' },
  sentiment: { colour: '#999999', label: 'Sentiment words', short: 'Sentiment', words: 'sentiment words' },
  label: { colour: '#56B4E9', label: 'Actor labels', short: 'Labels', words: 'actor labels' },
};

/** Article colours in charts, in article order (repeated beyond eight articles). */
export const ARTICLE_COLOURS: readonly string[] = ['#332288', '#44AA99', '#882255', '#999933', '#88CCEE', '#CC6677', '#AA4499', '#117733'];

/** Stance colours in charts. */
export const STANCE_COLOURS: Record<Stance, string> = { neutral: '#BBBBBB', emphatic: '#4477AA', distancing: '#EE6677', endorsing: '#228833', accusing: '#AA3377' };

/** The families shown in the rates chart and tested (sentiment is a score, not a count of cues). */
export const RATE_FAMILIES: readonly MarkerId[] = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'label'];

/** The families highlighted when the report opens; the others are one click away. */
export const DEFAULT_SHOWN: ReadonlySet<MarkerId> = new Set<MarkerId>(['loaded', 'hedge', 'booster', 'attribution', 'scareQuote']);
