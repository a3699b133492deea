/**
 * `summarize()`: one analysis in, the small plain-JSON sufficient statistics of the article out
 * (the map step of a corpus profile). Never holds article text.
 */
import { ANALYSIS_SHAPE, checkShape } from '../args';
import { FramelensError, describeValue } from '../errors';
import { ATTRIBUTION_KINDS, MARKER_IDS, type ArticleAnalysis, type AttributionKind, type SourceKind, type Stance, type Voice } from '../types';
import { byCodeUnit, recordFrom, sortedEntries } from '../util/order';
import type { ArticleSummary, FindingCount, SummaryActor, SummaryMeta } from './summary-types';

/** Keys of `meta.groups` that would shadow a built-in grouping. */
export const RESERVED_GROUP_KEYS: readonly string[] = ['id', 'outlet', 'event', 'date', 'month', 'year'];

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * The calendar year and month of an ISO 8601 date as written (`null` month for `YYYY`), or `null`
 * when the text is not such a date (month 01–12, day 01–31).
 *
 * @example
 * ```ts
 * parseIsoDate('2022-03-01T23:30:00-05:00'); // { year: '2022', month: '2022-03' }
 * parseIsoDate('1 March 2022');             // null
 * ```
 */
export function parseIsoDate(text: string): { year: string; month: string | null } | null {
  const m = DATE_RE.exec(text.trim());
  if (m === null) return null;
  const [, y, mo, d] = m;
  if (y === undefined) return null;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return null;
  return { year: y, month: mo === undefined ? null : `${y}-${mo}` };
}

function checkString(v: unknown, path: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new FramelensError('E_OPTIONS', `expected ${path} to be a string, instead found ${describeValue(v)}`, path);
  return v;
}

/**
 * Validate a {@link SummaryMeta}: strings, an ISO 8601 date, and groups of string values with no
 * reserved key.
 *
 * @throws FramelensError `E_OPTIONS`
 */
export function checkMeta(meta: unknown, path = 'meta'): SummaryMeta {
  if (meta === undefined) return {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new FramelensError('E_OPTIONS', `expected ${path} to be an object { id?, outlet?, event?, date?, groups? }, instead found ${describeValue(meta)}`, path);
  const m = meta as Record<string, unknown>;
  const known = new Set(['id', 'outlet', 'event', 'date', 'groups']);
  for (const k of Object.keys(m)) if (!known.has(k)) throw new FramelensError('E_OPTIONS', `expected ${path} to have only id, outlet, event, date, groups, instead found ${JSON.stringify(k)}`, `${path}.${k}`);
  const out: SummaryMeta = {};
  for (const k of ['id', 'outlet', 'event', 'date'] as const) {
    const v = checkString(m[k], `${path}.${k}`);
    if (v !== undefined) out[k] = v;
  }
  if (out.date !== undefined && parseIsoDate(out.date) === null) {
    throw new FramelensError('E_OPTIONS', `expected ${path}.date to be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp), instead found ${describeValue(out.date)}`, `${path}.date`);
  }
  if (m.groups !== undefined) {
    const g = m.groups;
    if (typeof g !== 'object' || g === null || Array.isArray(g)) throw new FramelensError('E_OPTIONS', `expected ${path}.groups to be an object of key -> string, instead found ${describeValue(g)}`, `${path}.groups`);
    for (const [k, v] of Object.entries(g)) {
      if (RESERVED_GROUP_KEYS.includes(k)) throw new FramelensError('E_OPTIONS', `expected ${path}.groups to use keys other than ${RESERVED_GROUP_KEYS.join(', ')}, instead found ${JSON.stringify(k)}`, `${path}.groups.${k}`);
      if (typeof v !== 'string') throw new FramelensError('E_OPTIONS', `expected ${path}.groups.${k} to be a string, instead found ${describeValue(v)}`, `${path}.groups.${k}`);
    }
    out.groups = g as Record<string, string>;
  }
  return out;
}

/** True when `x` has the shape of an `analyze()` result. */
export function isAnalysis(x: unknown): x is ArticleAnalysis {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Partial<Record<keyof ArticleAnalysis, unknown>>;
  return a.schemaVersion === '1' && Array.isArray(a.findings) && typeof a.counts === 'object' && a.counts !== null && typeof a.sentiment === 'object' && a.sentiment !== null;
}

/** True when `x` claims to be an {@link ArticleSummary} (`kind: 'summary'`); its fields are checked when aggregated. */
export function isSummary(x: unknown): x is ArticleSummary {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'summary';
}

const STANCES: readonly Stance[] = ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'];
const SOURCE_KINDS: readonly SourceKind[] = ['named', 'institutional', 'anonymous', 'document', 'pronoun', 'unknown'];
const VOICES: readonly Voice[] = ['author', 'quoted', 'reported'];

function compareFinding(x: FindingCount, y: FindingCount): number {
  for (let k = 0; k < 4; k += 1) {
    const c = byCodeUnit(String(x[k]), String(y[k]));
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The sufficient statistics of one article for `aggregate()`: words, sentences and headline words;
 * finding counts per family × category × voice × position; attribution counts by stance, source
 * kind and structure, and quoted words; speakers; labels per actor; sentiment sums by voice; and the
 * content-term counts for distinctive vocabulary. Plain JSON, no text: typically 1–5 KB, about 1% of
 * the analysis.
 *
 * @param analysis - an `analyze()` result
 * @param meta - where the article belongs: `{ id?, outlet?, event?, date?, groups? }`; `id` and
 *   `outlet` default to the analysis's own
 * @returns the summary (schema version "1", `kind: 'summary'`)
 * @throws FramelensError `E_INPUT` when `analysis` is not an analysis, `E_OPTIONS` for a bad `meta`
 * @example
 * ```ts
 * const s = summarize(analyze(text, { id: 'a1', outlet: 'Fox News' }), { date: '2022-03-01', event: 'story-7', groups: { leaning: 'right' } });
 * JSON.stringify(s).length; // about 2,000 for an 800-word article
 * ```
 */
export function summarize(analysis: ArticleAnalysis, meta?: SummaryMeta): ArticleSummary {
  checkShape(analysis, ANALYSIS_SHAPE, 'analysis', 'E_INPUT');
  const m = checkMeta(meta);
  const cells = new Map<string, FindingCount>();
  for (const f of analysis.findings) {
    const key = JSON.stringify([f.marker, f.category, f.voice, f.position]);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [f.marker, f.category, f.voice, f.position, 1]);
    else cell[4] += 1;
  }
  const stats = analysis.attributionStats;
  const labels: SummaryActor[] = analysis.labels.map((l) => ({
    actor: l.actor,
    origin: l.origin,
    mentions: l.mentions,
    labels: l.labels.map((x) => ({ key: x.entryId ?? `person:${x.label}`, label: x.label, category: x.category, count: x.count })),
  }));
  const byVoice = analysis.sentiment.byVoice;
  return {
    schemaVersion: '1',
    kind: 'summary',
    id: m.id ?? analysis.id,
    outlet: m.outlet ?? analysis.outlet,
    event: m.event ?? null,
    date: m.date ?? null,
    groups: recordFrom(sortedEntries(m.groups ?? {})),
    markersRun: MARKER_IDS.filter((id) => analysis.markersRun.includes(id)),
    words: analysis.counts.words,
    sentences: analysis.counts.sentences,
    titleWords: analysis.sentiment.title?.words ?? 0,
    wordsByVoice: { author: byVoice.author.words, quoted: byVoice.quoted.words, reported: byVoice.reported.words },
    findings: [...cells.values()].sort(compareFinding),
    attribution: {
      byStance: recordFrom(STANCES.map((s) => [s, stats.byStance[s]])) as Record<Stance, number>,
      conventional: recordFrom(STANCES.map((s) => [s, stats.conventional?.[s] ?? 0])) as Record<Stance, number>,
      bySourceKind: recordFrom(SOURCE_KINDS.map((s) => [s, stats.bySourceKind[s]])) as Record<SourceKind, number>,
      byKind: recordFrom(ATTRIBUTION_KINDS.map((s) => [s, stats.byKind[s] ?? 0])) as Record<AttributionKind, number>,
      quotedWords: Math.round(stats.quotedWordShare * analysis.counts.words),
    },
    speakers: analysis.speakers.map((s) => ({ canonical: s.canonical, kind: s.kind, attributions: s.attributions, quotedWords: s.quotedWords })),
    labels,
    sentiment: { author: byVoice.author.score, quoted: byVoice.quoted.score, reported: byVoice.reported.score, title: analysis.sentiment.title?.score ?? 0 },
    terms: Object.entries(analysis.terms),
  };
}

export { STANCES, SOURCE_KINDS, ATTRIBUTION_KINDS, VOICES };
