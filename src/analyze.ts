/**
 * `analyze()`: one article in, framing markers with evidence spans out.
 */
import { buildDoc, lowerBound, nameHints, termKey, type AnalyzedDoc } from './doc/build-doc';
import { FramelensError, MAX_TEXT_LENGTH, describeValue } from './errors';
import { looksLikeHtml } from './util/html-tags';
import { recordOf } from './util/records';
import { resolveLexicons, type LexiconSet } from './lexicon/builtin';
import type { LexiconFamily, LexiconOverride } from './lexicon/types';
import { detectAttributions } from './markers/attribution';
import { reportedRegions } from './markers/attribution/voice';
import { loadedWords } from './markers/loaded-terms/words';
import { attributionWords } from './markers/attribution/words';
import { MARKERS } from './markers/index';
import { summariseLabels } from './markers/labels';
import { findScareQuotes } from './markers/scare-quotes';
import { summariseSentiment } from './markers/sentiment';
import {
  ATTRIBUTION_KINDS,
  MARKER_IDS,
  type AnalysisWarning,
  type ArticleAnalysis,
  type Attribution,
  type AttributionKind,
  type AttributionStats,
  type Finding,
  type MarkerId,
  type MarkerSummary,
  type Position,
  type SentenceInfo,
  type SourceKind,
  type Speaker,
  type Stance,
  type Voice,
} from './types';

/**
 * Options of {@link analyze}.
 *
 * @example
 * ```ts
 * analyze(text, { id: '004', outlet: 'Voice of Hope', title: 'Headline', markers: ['loaded', 'hedge'] });
 * ```
 */
export interface AnalyzeOptions {
  /** The headline: analysed as its own region; its findings have `position: 'title'` and offsets into it. */
  title?: string;
  /** An id carried into the result (e.g. a file name). */
  id?: string;
  /** The outlet's name, carried into the result. */
  outlet?: string;
  /** Run only these families (default: all). Attribution is always computed for voice, but reported only when listed. */
  markers?: MarkerId[];
  /** Per family: entries to add to the built-in lexicon, or a replacement lexicon. Validated; never leaks into later calls. */
  lexicons?: Partial<Record<LexiconFamily, LexiconOverride>>;
}

const OPTION_KEYS = new Set(['title', 'id', 'outlet', 'markers', 'lexicons']);
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function checkOptions(options: unknown): { title: string | null; id: string | null; outlet: string | null; markers: MarkerId[]; lexicons: LexiconSet } {
  if (options === undefined) return { title: null, id: null, outlet: null, markers: [...MARKER_IDS], lexicons: resolveLexicons(undefined) };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FramelensError('E_OPTIONS', `expected options to be an object, instead found ${describeValue(options)}`, 'options');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.has(key)) {
      throw new FramelensError('E_OPTIONS', `expected options to have only ${[...OPTION_KEYS].join(', ')}, instead found ${JSON.stringify(key)}`, `options.${key}`);
    }
  }
  const str = (key: 'title' | 'id' | 'outlet'): string | null => {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new FramelensError('E_OPTIONS', `expected options.${key} to be a string, instead found ${describeValue(v)}`, `options.${key}`);
    return v;
  };
  return { title: str('title'), id: str('id'), outlet: str('outlet'), markers: checkMarkers(o.markers), lexicons: resolveLexicons(o.lexicons) };
}

/**
 * `options.markers` checked: the families to run, in registry order (all when `undefined`).
 *
 * @throws FramelensError `E_OPTIONS` (not an array), `E_MARKER_UNKNOWN`
 * @example
 * ```ts
 * checkMarkers(['hedge', 'loaded']); // ['loaded', 'hedge']
 * ```
 */
export function checkMarkers(value: unknown): MarkerId[] {
  if (value === undefined) return [...MARKER_IDS];
  if (!Array.isArray(value)) {
    throw new FramelensError('E_OPTIONS', `expected options.markers to be an array, instead found ${describeValue(value)}`, 'options.markers');
  }
  // a for loop, not map: a sparse array's holes are undefined entries, not skipped ones
  const given: unknown[] = value;
  const markers: MarkerId[] = [];
  for (let k = 0; k < given.length; k += 1) {
    const m = given[k];
    if (typeof m !== 'string' || !(MARKER_IDS as readonly string[]).includes(m)) {
      throw new FramelensError('E_MARKER_UNKNOWN', `expected options.markers[${k}] to be one of ${MARKER_IDS.join(', ')}, instead found ${describeValue(m)}`, `options.markers[${k}]`);
    }
    markers.push(m as MarkerId);
  }
  return MARKER_IDS.filter((m) => markers.includes(m));
}

function emptySummary(): MarkerSummary {
  return { count: 0, per1kWords: 0, weighted: 0, byCategory: {}, byVoice: { author: 0, quoted: 0, reported: 0 } };
}

/**
 * Voice of every token: quoted inside quotation marks (except scare quotes, which are the writer's
 * own distancing), reported inside the reported clauses of indirect speech (`attribution/voice.ts`),
 * author elsewhere.
 */
function tokenVoices(doc: AnalyzedDoc, attributions: readonly Attribution[], lexicons: LexiconSet): Voice[] {
  const voices: Voice[] = doc.tokens.map((t) => (t.quote >= 0 ? 'quoted' : 'author'));
  for (const f of findScareQuotes({ doc, attributions, lexicons })) {
    for (let k = lowerBound(doc.tokens, f.start); k < doc.tokens.length; k += 1) {
      const t = doc.tokens[k];
      if (t === undefined || t.start >= f.end) break;
      voices[k] = 'author';
    }
  }
  for (const [start, end] of reportedRegions(doc, attributions, loadedWords(lexicons.grammar).namingVerbs, attributionWords(lexicons.grammar).characterisingVerbs)) {
    for (let k = lowerBound(doc.tokens, start); k < doc.tokens.length; k += 1) {
      const t = doc.tokens[k];
      if (t === undefined || t.start >= end) break;
      if (voices[k] === 'author') voices[k] = 'reported';
    }
  }
  return voices;
}

interface RegionResult {
  doc: AnalyzedDoc;
  findings: Finding[];
  attributions: Attribution[];
  voices: Voice[];
}

function analyseRegion(text: string, markers: readonly MarkerId[], lexicons: LexiconSet, position: 'title' | 'body', names?: ReadonlySet<string>): RegionResult {
  const doc = buildDoc(text, names);
  const attributions = detectAttributions(doc, lexicons);
  const voices = tokenVoices(doc, attributions, lexicons);
  const ctx = { doc, lexicons, attributions };
  const lede = doc.paragraphs.length > 1 ? { paragraph: 0, sentence: -1 } : { paragraph: -1, sentence: 0 };
  const findings: Finding[] = [];
  for (const marker of MARKERS) {
    if (!markers.includes(marker.id)) continue;
    for (const f of marker.detect(ctx)) {
      const k = lowerBound(doc.tokens, f.start);
      const tok = doc.tokens[k];
      if (marker.id !== 'attribution' && marker.id !== 'scareQuote') f.voice = voices[k] ?? 'author';
      let pos: Position = position;
      if (position === 'body' && tok !== undefined && (tok.paragraph === lede.paragraph || tok.sentence === lede.sentence)) pos = 'lede';
      f.position = pos;
      findings.push(f);
    }
  }
  for (const a of attributions) a.position = position === 'title' ? 'title' : 'body';
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.marker.localeCompare(b.marker));
  return { doc, findings, attributions, voices };
}

/**
 * Sentences with their content terms, and the term counts of the whole body, in one pass over the
 * tokens. Counts go through a Map, so that a token such as "__proto__" is counted like any other.
 */
function sentencesAndTerms(doc: AnalyzedDoc): { sentences: SentenceInfo[]; terms: Record<string, number> } {
  const counts = new Map<string, number>();
  const sentences = doc.sentences.map((s) => {
    const terms: string[] = [];
    const termStarts: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k += 1) {
      const t = doc.tokens[k];
      const key = t === undefined ? null : termKey(t);
      if (t !== undefined && key !== null) {
        terms.push(key);
        termStarts.push(t.start);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), paragraph: s.paragraph, words: s.words, terms, termStarts };
  });
  return { sentences, terms: recordOf(counts) };
}

function per1k(count: number, words: number): number {
  return words > 0 ? (count * 1000) / words : 0;
}

function speakersOf(attributions: readonly Attribution[]): Speaker[] {
  const map = new Map<string, { kinds: Map<SourceKind, number>; forms: Map<string, number>; attributions: number; quotedWords: number; stances: Record<Stance, number> }>();
  for (const a of attributions) {
    if (a.source === null || a.position === 'title') continue;
    const key = a.source.canonical;
    let s = map.get(key);
    if (s === undefined) {
      s = { kinds: new Map(), forms: new Map(), attributions: 0, quotedWords: 0, stances: { neutral: 0, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 } };
      map.set(key, s);
    }
    if (a.kind !== 'continuation') {
      s.attributions += 1;
      s.stances[a.conventional === true ? 'neutral' : a.cue.stance] += 1;
    }
    s.quotedWords += a.quotedWords;
    s.kinds.set(a.source.kind, (s.kinds.get(a.source.kind) ?? 0) + 1);
    const form = a.source.text.replace(/\s+/g, ' ');
    s.forms.set(form, (s.forms.get(form) ?? 0) + 1);
  }
  const out: Speaker[] = [];
  for (const [canonical, s] of map) {
    if (s.attributions === 0) continue;
    const kinds = [...s.kinds.entries()].sort((x, y) => y[1] - x[1]);
    const nonPronoun = kinds.find(([k]) => k !== 'pronoun');
    // a pronoun that was never resolved ("we consider", "according to my knowledge") names no one a
    // reader could identify: it counts in the attribution stats, not as a speaker
    if (nonPronoun === undefined && [...s.forms.keys()].some((f) => f.toLowerCase() === canonical.toLowerCase())) continue;
    // so does a document noun with no owner ("the statement also claimed", "a report says"): the
    // attribution counts as a document source, but "statement" is no speaker a table can list
    if (kinds.every(([k]) => k === 'document') && !/\s/.test(canonical)) continue;
    out.push({
      canonical,
      kind: (nonPronoun ?? kinds[0])?.[0] ?? 'unknown',
      attributions: s.attributions,
      quotedWords: s.quotedWords,
      forms: [...s.forms.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f),
      stances: s.stances,
    });
  }
  return out.sort((x, y) => y.attributions - x.attributions || y.quotedWords - x.quotedWords || x.canonical.localeCompare(y.canonical));
}

function attributionStats(doc: AnalyzedDoc, attributions: readonly Attribution[]): AttributionStats {
  const bySourceKind: Record<SourceKind, number> = { named: 0, institutional: 0, anonymous: 0, document: 0, pronoun: 0, unknown: 0 };
  const byStance: Record<Stance, number> = { neutral: 0, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 };
  const conventional: Record<Stance, number> = { neutral: 0, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 };
  const byKind = Object.fromEntries(ATTRIBUTION_KINDS.map((k) => [k, 0])) as Record<AttributionKind, number>;
  let n = 0;
  for (const a of attributions) {
    if (a.position === 'title') continue;
    byKind[a.kind] += 1;
    // a continuation repeats its speaker; an unattributed quotation has none: neither is a new attribution
    if (a.kind === 'continuation' || a.kind === 'unattributed') continue;
    n += 1;
    byStance[a.cue.stance] += 1;
    if (a.conventional === true) conventional[a.cue.stance] += 1;
    bySourceKind[a.source === null ? 'unknown' : a.source.kind] += 1;
  }
  let quoted = 0;
  for (const t of doc.tokens) if (t.isWord && t.quote >= 0) quoted += 1;
  return {
    per1kWords: per1k(n, doc.words),
    perSentence: doc.sentences.length > 0 ? n / doc.sentences.length : 0,
    quotedWordShare: doc.words > 0 ? quoted / doc.words : 0,
    bySourceKind,
    byStance,
    conventional,
    byKind,
  };
}

/**
 * Analyse one article: every marker family's findings with exact evidence spans, per-family totals
 * and rates per 1,000 words, attributions with speakers, actor labels, sentiment and warnings.
 *
 * Rates are per 1,000 words of the body (`counts.words`); the title's findings are listed (with
 * `position: 'title'`) but not counted in the body totals. Scores are cues, not verdicts.
 *
 * @param text - the article body (any string; empty text gives zero counts and a warning)
 * @param options - see {@link AnalyzeOptions}
 * @returns plain JSON (schema version "1")
 * @throws FramelensError (`E_TEXT_TYPE`, `E_OPTIONS`, `E_MARKER_UNKNOWN`, `E_LEXICON`) for wrong arguments
 * @example
 * ```ts
 * const a = analyze('Kirby claimed the so-called "peace" plan may fail.');
 * a.findings.map((f) => `${f.marker}:${f.text}`);
 * // ['attribution:claimed', 'loaded:so-called', 'scareQuote:"peace"', 'sentiment:peace', 'hedge:may', 'sentiment:fail']
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  if (typeof text !== 'string') {
    throw new FramelensError('E_TEXT_TYPE', `expected text to be a string, instead found ${describeValue(text)}`, 'text');
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new FramelensError('E_TEXT_SIZE', `expected text to be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (split it into its articles), instead found ${text.length.toLocaleString('en')} characters`, 'text');
  }
  const opts = checkOptions(options);
  if (opts.title !== null && opts.title.length > MAX_TEXT_LENGTH) {
    throw new FramelensError('E_TEXT_SIZE', `expected options.title to be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters, instead found ${opts.title.length.toLocaleString('en')} characters`, 'options.title');
  }
  const body = analyseRegion(text, opts.markers, opts.lexicons, 'body');
  // a headline in Title Case is read case-folded with its article's names kept (case-fold.ts)
  const title = opts.title === null ? null : analyseRegion(opts.title, opts.markers, opts.lexicons, 'title', nameHints(body.doc.tokens, body.doc.sentences));
  const { doc } = body;

  const warnings: AnalysisWarning[] = [...doc.warnings];
  if (text.trim() === '') warnings.unshift({ code: 'empty-text', message: 'the text is empty or whitespace only; every count and rate is 0' });
  if (looksLikeHtml(text)) warnings.push({ code: 'looks-like-html', message: 'the text contains HTML tags; they are analysed as text (extract the article text first for clean counts)' });
  if (CONTROL_RE.test(text)) warnings.push({ code: 'control-characters', message: 'the text contains control characters (such as NUL); they are ignored' });
  if (title !== null) for (const w of title.doc.warnings) warnings.push({ ...w, message: `title: ${w.message}`, position: 'title' });

  const markers = {} as Record<MarkerId, MarkerSummary>;
  // categories are counted in Maps: a user's category may be named "toString" or "__proto__"
  const byCategory = new Map<MarkerId, Map<string, number>>();
  for (const id of MARKER_IDS) {
    markers[id] = emptySummary();
    byCategory.set(id, new Map());
  }
  for (const f of body.findings) {
    const s = markers[f.marker];
    s.count += 1;
    s.weighted += f.weight;
    const cats = byCategory.get(f.marker);
    cats?.set(f.category, (cats.get(f.category) ?? 0) + 1);
    s.byVoice[f.voice] += 1;
  }
  for (const id of MARKER_IDS) {
    markers[id].per1kWords = per1k(markers[id].count, doc.words);
    markers[id].byCategory = recordOf(byCategory.get(id) ?? new Map());
  }

  const sentimentFindings = body.findings.filter((f) => f.marker === 'sentiment');
  const sentiment = summariseSentiment(doc, sentimentFindings, body.voices);
  if (title !== null) {
    const t = summariseSentiment(title.doc, title.findings.filter((f) => f.marker === 'sentiment'), title.voices);
    sentiment.title = t.document;
  }
  const labels = opts.markers.includes('label') ? summariseLabels(body.findings, sentiment) : [];
  const attributions = [...(title?.attributions ?? []), ...body.attributions];
  const reportAttributions = opts.markers.includes('attribution');
  const vocabulary = sentencesAndTerms(doc);

  return {
    schemaVersion: '1',
    id: opts.id,
    outlet: opts.outlet,
    title: opts.title,
    counts: { words: doc.words, sentences: doc.sentences.length, tokens: doc.tokens.length, paragraphs: doc.paragraphs.length },
    markersRun: opts.markers,
    findings: [...(title?.findings ?? []), ...body.findings],
    markers,
    attributions: reportAttributions ? attributions : [],
    attributionStats: attributionStats(doc, reportAttributions ? body.attributions : []),
    speakers: reportAttributions ? speakersOf(body.attributions) : [],
    labels,
    sentiment,
    sentences: vocabulary.sentences,
    terms: vocabulary.terms,
    warnings,
  };
}
