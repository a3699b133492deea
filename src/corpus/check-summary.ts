/**
 * Validation of an {@link ArticleSummary} read from outside (a JSONL line, a user's object): every
 * number that `aggregate()` adds must be an integer in range, so that no sum can become NaN or
 * inexact. One pass over the fields; errors name the path and what was found.
 */
import { FramelensError, describeValue } from '../errors';
import { MARKER_IDS, type MarkerId } from '../types';
import { ATTRIBUTION_KINDS, parseIsoDate, RESERVED_GROUP_KEYS, SOURCE_KINDS, STANCES, VOICES } from './summarize';
import type { ArticleSummary } from './summary-types';

const POSITIONS = new Set(['title', 'lede', 'body']);
const VOICE_SET = new Set<string>(VOICES);
const MARKER_SET = new Set<string>(MARKER_IDS);
const SOURCE_SET = new Set<string>(SOURCE_KINDS);
const SENTIMENT_KEYS: readonly string[] = [...VOICES, 'title'];
const META_KEYS = ['id', 'outlet', 'event', 'date'] as const;
// summaries written before `unattributed` existed are still valid
const KINDS_WITHOUT_UNATTRIBUTED = ATTRIBUTION_KINDS.filter((k) => k !== 'unattributed');

function fail(path: string, expected: string, found: unknown): never {
  throw new FramelensError('E_INPUT', `expected ${path} to be ${expected}, instead found ${describeValue(found)}`, path);
}

// The checks below take the path in pieces and join them only to report a failure: building a path
// string per field would cost more than the checks themselves on a million summaries.

const isInt = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
const what = (min: number): string => (min === 0 ? 'a non-negative integer' : min === 1 ? 'a positive integer' : 'an integer');

function int(v: unknown, base: string, key: string, min = 0): number {
  if (!isInt(v, min)) fail(`${base}${key}`, what(min), v);
  return v;
}

function obj(v: unknown, base: string, key = ''): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${base}${key}`, 'an object', v);
  return v as Record<string, unknown>;
}

function arr(v: unknown, base: string, key: string): unknown[] {
  if (!Array.isArray(v)) fail(`${base}${key}`, 'an array', v);
  return v;
}

function str(v: unknown, base: string, key: string): string {
  if (typeof v !== 'string') fail(`${base}${key}`, 'a string', v);
  return v;
}

function counts(v: unknown, base: string, key: string, keys: readonly string[]): void {
  const o = obj(v, base, key);
  for (const k of keys) if (!isInt(o[k], 0)) fail(`${base}${key}.${k}`, what(0), o[k]);
}

/**
 * Check that `value` is a well-formed {@link ArticleSummary}; returns it typed.
 *
 * @param path - how to name the value in errors (`items[3]`)
 * @throws FramelensError `E_INPUT` naming the first bad field
 * @example
 * ```ts
 * checkSummary(JSON.parse(line), `${file}:${lineNo}`);
 * ```
 */
export function checkSummary(value: unknown, path: string): ArticleSummary {
  const s = obj(value, path);
  if (s.kind !== 'summary') fail(`${path}.kind`, '"summary"', s.kind);
  if (s.schemaVersion !== '1') fail(`${path}.schemaVersion`, '"1"', s.schemaVersion);
  for (const k of META_KEYS) if (s[k] !== null) str(s[k], path, `.${k}`);
  if (typeof s.date === 'string' && parseIsoDate(s.date) === null) fail(`${path}.date`, 'an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp)', s.date);
  const groups = obj(s.groups, path, '.groups');
  for (const k in groups) {
    if (RESERVED_GROUP_KEYS.includes(k)) fail(`${path}.groups`, `keys other than ${RESERVED_GROUP_KEYS.join(', ')}`, k);
    str(groups[k], `${path}.groups.`, k);
  }
  const markers = arr(s.markersRun, path, '.markersRun');
  for (let k = 0; k < markers.length; k += 1) {
    const m = markers[k];
    if (typeof m !== 'string' || !MARKER_SET.has(m)) fail(`${path}.markersRun[${k}]`, `one of ${MARKER_IDS.join(', ')}`, m);
  }
  const words = int(s.words, path, '.words');
  int(s.sentences, path, '.sentences');
  int(s.titleWords, path, '.titleWords');
  counts(s.wordsByVoice, path, '.wordsByVoice', VOICES);
  const findings = arr(s.findings, path, '.findings');
  for (let k = 0; k < findings.length; k += 1) {
    const t = findings[k];
    // the path is built only when a check fails (a closure per tuple would be allocated per article)
    if (!Array.isArray(t) || t.length !== 5) fail(`${path}.findings[${k}]`, 'a [family, category, voice, position, count] tuple', t);
    if (typeof t[0] !== 'string' || !MARKER_SET.has(t[0] as MarkerId)) fail(`${path}.findings[${k}][0]`, `a marker family (${MARKER_IDS.join(', ')})`, t[0]);
    if (typeof t[1] !== 'string') fail(`${path}.findings[${k}][1]`, 'a string', t[1]);
    if (typeof t[2] !== 'string' || !VOICE_SET.has(t[2])) fail(`${path}.findings[${k}][2]`, 'a voice (author, quoted, reported)', t[2]);
    if (typeof t[3] !== 'string' || !POSITIONS.has(t[3])) fail(`${path}.findings[${k}][3]`, 'a position (title, lede, body)', t[3]);
    if (!isInt(t[4], 1)) fail(`${path}.findings[${k}][4]`, what(1), t[4]);
  }
  const at = obj(s.attribution, path, '.attribution');
  counts(at.byStance, path, '.attribution.byStance', STANCES);
  counts(at.bySourceKind, path, '.attribution.bySourceKind', SOURCE_KINDS);
  // summaries written before `unattributed` and `conventional` existed are still valid
  counts(at.byKind, path, '.attribution.byKind', typeof at.byKind === 'object' && at.byKind !== null && 'unattributed' in at.byKind ? ATTRIBUTION_KINDS : KINDS_WITHOUT_UNATTRIBUTED);
  if (at.conventional !== undefined) {
    counts(at.conventional, path, '.attribution.conventional', STANCES);
    const byStance = at.byStance as Record<string, number>;
    const conv = at.conventional as Record<string, number>;
    for (const k of STANCES) if ((conv[k] ?? 0) > (byStance[k] ?? 0)) fail(`${path}.attribution.conventional.${k}`, `at most byStance.${k} (${byStance[k] ?? 0})`, conv[k]);
  }
  if (int(at.quotedWords, path, '.attribution.quotedWords') > words) fail(`${path}.attribution.quotedWords`, `at most the article's ${words} words`, at.quotedWords);
  const speakers = arr(s.speakers, path, '.speakers');
  for (let k = 0; k < speakers.length; k += 1) {
    const o = obj(speakers[k], `${path}.speakers[${k}]`);
    if (typeof o.canonical !== 'string' || typeof o.kind !== 'string' || !SOURCE_SET.has(o.kind) || !isInt(o.attributions, 1) || !isInt(o.quotedWords, 0)) {
      const p = `${path}.speakers[${k}]`;
      str(o.canonical, p, '.canonical');
      if (typeof o.kind !== 'string' || !SOURCE_SET.has(o.kind)) fail(`${p}.kind`, `a source kind (${SOURCE_KINDS.join(', ')})`, o.kind);
      int(o.attributions, p, '.attributions', 1);
      int(o.quotedWords, p, '.quotedWords');
    }
  }
  const labels = arr(s.labels, path, '.labels');
  for (let k = 0; k < labels.length; k += 1) {
    const o = obj(labels[k], path, `.labels[${k}]`);
    const p = (): string => `${path}.labels[${k}]`; // called only on failure
    if (typeof o.actor !== 'string') fail(`${p()}.actor`, 'a string', o.actor);
    if (o.origin !== 'lexicon' && o.origin !== 'person') fail(`${p()}.origin`, '"lexicon" or "person"', o.origin);
    if (!isInt(o.mentions, 1)) fail(`${p()}.mentions`, what(1), o.mentions);
    if (!Array.isArray(o.labels)) fail(`${p()}.labels`, 'an array', o.labels);
    let total = 0;
    for (let j = 0; j < o.labels.length; j += 1) {
      const lo = o.labels[j] as Record<string, unknown> | null;
      if (typeof lo !== 'object' || lo === null || typeof lo.key !== 'string' || typeof lo.label !== 'string' || typeof lo.category !== 'string' || !isInt(lo.count, 1)) {
        const q = `${p()}.labels[${j}]`;
        const l = obj(lo, q);
        for (const f of ['key', 'label', 'category']) str(l[f], q, `.${f}`);
        int(l.count, q, '.count', 1);
      }
      total += (lo as { count: number }).count;
    }
    if (total !== o.mentions) fail(`${p()}.mentions`, `the sum of its labels' counts (${total})`, o.mentions);
  }
  const sent = obj(s.sentiment, path, '.sentiment');
  for (const k of SENTIMENT_KEYS) if (!isInt(sent[k], Number.MIN_SAFE_INTEGER)) fail(`${path}.sentiment.${k}`, what(-1), sent[k]);
  const terms = arr(s.terms, path, '.terms');
  for (let k = 0; k < terms.length; k += 1) {
    const t = terms[k];
    if (!Array.isArray(t) || t.length !== 2 || typeof t[0] !== 'string' || !isInt(t[1], 1)) fail(`${path}.terms[${k}]`, 'a [term, count] pair with a positive integer count', t);
  }
  return value as ArticleSummary;
}
