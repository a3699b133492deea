/**
 * Argument checks shared by every public function: each wrong argument throws a `FramelensError`
 * with a stable code and the message "expected <path> to be <what>, instead found <what was
 * found>", never a `TypeError` from inside. Shapes are checked by own properties only, so an object
 * with an inherited `toString` or a `__proto__` key is judged by what it really holds.
 */
import { FramelensError, describeValue, type FramelensErrorCode } from './errors';

/**
 * The shape of a value, for {@link checkShape}: a primitive kind, `count` (a finite number >= 0),
 * an array or a record of one shape, an object with named fields, one of some strings, or a shape
 * that may also be null.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'count'
  | 'boolean'
  | { array: Shape }
  | { record: Shape }
  | { object: Readonly<Record<string, Shape>>; optional?: readonly string[]; name?: string }
  | { oneOf: readonly string[] }
  | { nullable: Shape };

/** Throw the standard error: `expected <path> to be <expected>, instead found <found>`. */
export function fail(code: FramelensErrorCode, path: string, expected: string, found: unknown): never {
  throw new FramelensError(code, `expected ${path} to be ${expected}, instead found ${describeFound(found)}`, path);
}

/** A value for a message: {@link describeValue}, and an object's first own keys. */
function describeFound(v: unknown): string {
  if (isRecord(v)) {
    const keys = Object.keys(v);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  return describeValue(v);
}

/** A plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object's own value under `key` (never an inherited one). */
export function ownValue(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** `v` is an object; returns it. */
export function checkRecord(v: unknown, path: string, code: FramelensErrorCode, expected = 'an object'): Record<string, unknown> {
  if (!isRecord(v)) fail(code, path, expected, v);
  return v;
}

/** Every own key of `o` is one of `allowed`. */
export function checkKeys(o: Record<string, unknown>, allowed: readonly string[], path: string, code: FramelensErrorCode): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) {
      throw new FramelensError(code, `expected ${path} to have only ${allowed.join(', ')}, instead found ${JSON.stringify(key)}`, `${path}.${key}`);
    }
  }
}

/**
 * The options object of a function: `undefined` gives `{}`; anything but an object with only the
 * allowed keys throws `E_OPTIONS`.
 */
export function checkOptionsObject(v: unknown, allowed: readonly string[], path = 'options'): Record<string, unknown> {
  if (v === undefined) return {};
  const o = checkRecord(v, path, 'E_OPTIONS');
  checkKeys(o, allowed, path, 'E_OPTIONS');
  return o;
}

/** An optional whole number in [lo, hi] at `o[key]`. */
export function checkOptionalInteger(o: Record<string, unknown>, key: string, lo: number, hi: number, path = 'options'): number | undefined {
  const v = ownValue(o, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) fail('E_OPTIONS', `${path}.${key}`, `a whole number in [${lo}, ${hi}]`, v);
  return v;
}

/** An optional string at `o[key]`. */
export function checkOptionalString(o: Record<string, unknown>, key: string, path = 'options'): string | undefined {
  const v = ownValue(o, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') fail('E_OPTIONS', `${path}.${key}`, 'a string', v);
  return v;
}

/** A readable name of a shape, for messages. */
export function describeShape(s: Shape): string {
  if (typeof s === 'string') return s === 'count' ? 'a finite number >= 0' : s === 'number' ? 'a finite number' : `a ${s}`;
  if ('array' in s) return `an array of ${describeShape(s.array).replace(/^an? /, '')}s`;
  if ('record' in s) return `an object of ${describeShape(s.record).replace(/^an? /, '')}s`;
  if ('oneOf' in s) return `one of ${s.oneOf.join(', ')}`;
  if ('nullable' in s) return `${describeShape(s.nullable)} or null`;
  return s.name ?? `an object with ${Object.keys(s.object).join(', ')}`;
}

/**
 * Check a value against a shape, depth first; the first mismatch throws `code` with the path of the
 * offending part (`inputs[1].markers.loaded.count`).
 *
 * @example
 * ```ts
 * checkShape({ a: 1 }, { object: { a: 'count', b: 'string' } }, 'x', 'E_INPUT');
 * // throws: framelens: expected x.b to be a string, instead found undefined
 * ```
 */
export function checkShape(v: unknown, shape: Shape, path: string, code: FramelensErrorCode): void {
  if (typeof shape === 'string') {
    const ok =
      shape === 'string' ? typeof v === 'string' : shape === 'boolean' ? typeof v === 'boolean' : typeof v === 'number' && Number.isFinite(v) && (shape === 'number' || v >= 0);
    if (!ok) fail(code, path, describeShape(shape), v);
    return;
  }
  if ('nullable' in shape) {
    if (v !== null) checkShape(v, shape.nullable, path, code);
    return;
  }
  if ('oneOf' in shape) {
    if (typeof v !== 'string' || !shape.oneOf.includes(v)) fail(code, path, describeShape(shape), v);
    return;
  }
  if ('array' in shape) {
    if (!Array.isArray(v)) fail(code, path, describeShape(shape), v);
    for (let k = 0; k < v.length; k += 1) checkShape(v[k], shape.array, `${path}[${k}]`, code);
    return;
  }
  if (!isRecord(v)) fail(code, path, describeShape(shape), v);
  if ('record' in shape) {
    for (const [k, x] of Object.entries(v)) checkShape(x, shape.record, `${path}.${k}`, code);
    return;
  }
  if (shape.name !== undefined) {
    // a value that lacks a field of a named shape is reported whole: "expected comparison to be a
    // compare() result (missing articles), instead found an object with keys schemaVersion, …"
    const missing = Object.keys(shape.object).filter((k) => ownValue(v, k) === undefined && shape.optional?.includes(k) !== true);
    if (missing.length > 0) fail(code, path, `${shape.name} (missing ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ', …' : ''})`, v);
  }
  for (const [k, s] of Object.entries(shape.object)) {
    const x = ownValue(v, k);
    if (x === undefined && shape.optional?.includes(k) === true) continue;
    checkShape(x, s, `${path}.${k}`, code);
  }
}

// Shapes of framelens's own results, as far as compare() and the report functions read them.

const STANCES = ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'] as const;
const SOURCE_KINDS = ['named', 'institutional', 'anonymous', 'document', 'pronoun', 'unknown'] as const;
const VOICES = ['author', 'quoted', 'reported'] as const;
const MARKERS = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label'] as const;
const POSITIONS = ['title', 'lede', 'body'] as const;
const KINDS = ['direct', 'continuation', 'indirect', 'according-to', 'colon', 'unattributed'] as const;

const fields = (keys: readonly string[], s: Shape): Record<string, Shape> => Object.fromEntries(keys.map((k) => [k, s]));
const SPAN: Shape = { object: { start: 'count', end: 'count', text: 'string' }, name: 'a span { start, end, text }' };
const SCORE: Shape = { object: { score: 'number', words: 'count', comparative: 'number' } };
const SUMMARY: Shape = { object: { count: 'count', per1kWords: 'count', weighted: 'number', byCategory: { record: 'count' }, byVoice: { object: fields(VOICES, 'count') } } };

/** The parts of an `analyze()` result that `compare()` and the reports read. */
export const ANALYSIS_SHAPE: Shape = {
  name: 'an analyze() result',
  object: {
    schemaVersion: { oneOf: ['1'] },
    id: { nullable: 'string' },
    outlet: { nullable: 'string' },
    title: { nullable: 'string' },
    counts: { object: { words: 'count', sentences: 'count', tokens: 'count', paragraphs: 'count' } },
    findings: {
      array: {
        name: 'a finding { marker, category, start, end, text, weight, voice, position }',
        object: { marker: { oneOf: MARKERS }, category: 'string', start: 'count', end: 'count', text: 'string', weight: 'number', voice: { oneOf: VOICES }, position: { oneOf: POSITIONS } },
      },
    },
    // the command writes only the families it ran (`--markers`): the others may be absent
    markers: { object: fields(MARKERS, SUMMARY), optional: MARKERS },
    attributions: {
      array: {
        name: 'an attribution { kind, cue, source, content, position }',
        object: { kind: { oneOf: KINDS }, cue: { object: { start: 'count', end: 'count', text: 'string', stance: { oneOf: STANCES } } }, source: { nullable: { object: { start: 'count', end: 'count', text: 'string', kind: { oneOf: SOURCE_KINDS }, canonical: 'string' } } }, content: { nullable: SPAN }, conventional: 'boolean', position: { oneOf: POSITIONS } },
        optional: ['conventional'],
      },
    },
    attributionStats: { object: { quotedWordShare: 'count', byStance: { object: fields(STANCES, 'count') }, conventional: { object: fields(STANCES, 'count') }, bySourceKind: { object: fields(SOURCE_KINDS, 'count') } }, optional: ['conventional'] },
    speakers: { array: { object: { canonical: 'string', kind: { oneOf: SOURCE_KINDS }, attributions: 'count', quotedWords: 'count' } } },
    labels: { array: { object: { actor: 'string', mentions: 'count', meanSentiment: 'number', labels: { array: { object: { label: 'string', count: 'count' } } } } } },
    sentiment: { object: { byVoice: { object: fields(VOICES, SCORE) } } },
    sentences: { array: { object: { start: 'count', end: 'count', text: 'string', terms: { array: 'string' }, termStarts: { array: 'count' } } } },
    terms: { record: 'count' },
  },
};

const RATE_CELL: Shape = { object: { id: 'string', count: 'count', words: 'count', per1kWords: 'count', ci95: { array: 'number' }, z: 'number', rank: 'count' } };

/** The parts of a `compare()` result that the report functions read. */
export const COMPARISON_SHAPE: Shape = {
  name: 'a compare() result',
  object: {
    schemaVersion: { oneOf: ['1'] },
    articles: { array: { object: { id: 'string', outlet: { nullable: 'string' }, title: { nullable: 'string' }, words: 'count', sentences: 'count' } } },
    method: { object: { rates: 'string', differences: 'string', alpha: 'number' } },
    rates: { array: { object: { measure: 'string', family: { oneOf: MARKERS }, category: { nullable: 'string' }, perArticle: { array: RATE_CELL } } } },
    differences: { array: { object: { measure: 'string', a: 'string', b: 'string', per1kA: 'count', per1kB: 'count', rateRatio: 'number', rateRatioCi95: { array: 'number' }, q: 'number', significant: 'boolean' } } },
    distinctive: { array: { object: { id: 'string', terms: { array: { object: { term: 'string', count: 'count', z: 'number' } } } } } },
    labels: { array: { object: { actor: 'string', perArticle: { array: { object: { id: 'string', mentions: 'count', counts: { record: 'count' }, shares: { record: 'number' }, meanSentiment: 'number' } } } } } },
    sources: {
      array: {
        object: {
          id: 'string',
          speakers: { array: { object: { canonical: 'string', kind: { oneOf: SOURCE_KINDS }, attributions: 'count', quotedWords: 'count', quotedShare: 'number' } } },
          stances: { record: { object: { count: 'count', share: 'number' } } },
          sourceKinds: { record: { object: { count: 'count', share: 'number' } } },
        },
      },
    },
    coverage: {
      object: {
        units: { array: { object: { unit: 'string', kind: { oneOf: ['quote', 'claim'] }, text: 'string', articles: { array: 'string' } } } },
        perArticle: { array: { object: { id: 'string', units: 'count', ownShare: 'number', omitted: { array: 'string' } } } },
      },
    },
    warnings: { array: { object: { code: 'string', message: 'string' } } },
  },
};

/**
 * A `compare()` result, for the report functions (`E_ARGUMENT` otherwise).
 *
 * @example
 * ```ts
 * checkComparison(compare(inputs), 'comparison'); // returns it
 * checkComparison(analyze(text), 'comparison');   // throws: expected comparison.articles to be …
 * ```
 */
export function checkComparison<T>(c: T, path = 'comparison'): T {
  checkShape(c, COMPARISON_SHAPE, path, 'E_ARGUMENT');
  return c;
}

/**
 * The arguments of `toMarkdown`, `toTable`, `toCsv` and `renderCharts`: a `compare()` result, and
 * options with only the given whole-number keys (`actors`, `units`: 0–10,000; `width`,
 * `narrowWidth`: 8–10,000).
 */
export function checkReportArgs(comparison: unknown, options: unknown, allowed: ReadonlyArray<'actors' | 'units' | 'width' | 'narrowWidth'>): void {
  checkComparison(comparison);
  const o = checkOptionsObject(options, allowed);
  for (const key of allowed) checkOptionalInteger(o, key, key === 'width' || key === 'narrowWidth' ? 8 : 0, 10_000);
}

const MEASURE_ROW: Shape = { object: { measure: 'string', a: 'string', b: 'string' } };

/** The parts of a `profile()` result that the report functions read at their top level. */
export const PROFILE_SHAPE: Shape = {
  name: 'a profile() result',
  object: {
    schemaVersion: { oneOf: ['1'] },
    kind: { oneOf: ['profile'] },
    by: { array: 'string' },
    event: { nullable: 'string' },
    articles: 'count',
    groups: { array: { object: { group: 'string', articles: 'count', words: 'count' } } },
    method: { object: { rates: 'string', intervals: 'string', differences: 'string', alpha: 'number' } },
    rates: { array: { object: { measure: 'string', unit: 'string', primary: 'boolean', perGroup: { array: { object: { group: 'string', articles: 'count' } } } } } },
    differences: { array: MEASURE_ROW },
    withinEvent: { array: MEASURE_ROW },
    sources: { array: { object: { group: 'string' } } },
    labels: { array: { object: { actor: 'string' } } },
    distinctive: { array: { object: { group: 'string' } } },
    warnings: { array: { object: { code: 'string', message: 'string' } } },
  },
};

/**
 * The arguments of `toMarkdown`, `toTable` and `toCsv`: a `compare()` result or a `profile()` result
 * (told apart by `kind: 'profile'`), and options with only the given whole-number keys (`actors`,
 * `units`, `rows`: 0–10,000; `width`: 8–10,000).
 *
 * @example
 * ```ts
 * checkReportInput(profile(agg), { rows: 10 }, ['actors', 'units', 'rows']); // passes
 * ```
 */
export function checkReportInput(report: unknown, options: unknown, allowed: ReadonlyArray<'actors' | 'units' | 'width' | 'rows'>): void {
  if (isRecord(report) && ownValue(report, 'kind') === 'profile') checkShape(report, PROFILE_SHAPE, 'profile', 'E_ARGUMENT');
  else checkComparison(report);
  const o = checkOptionsObject(options, allowed);
  for (const key of allowed) checkOptionalInteger(o, key, key === 'width' ? 8 : 0, 10_000);
}

/**
 * The arguments of `toProfileHtml`: a `profile()` result and `{ heading?, charts?, rows? }`.
 *
 * @example
 * ```ts
 * checkProfileHtmlArgs(profile(agg), { heading: 'Outlets, 2024' }); // passes
 * ```
 */
export function checkProfileHtmlArgs(report: unknown, options: unknown): void {
  checkShape(report, PROFILE_SHAPE, 'profile', 'E_ARGUMENT');
  const o = checkOptionsObject(options, ['heading', 'charts', 'rows']);
  checkOptionalString(o, 'heading');
  checkOptionalInteger(o, 'rows', 0, 10_000);
  const charts = ownValue(o, 'charts');
  if (charts !== undefined) checkShape(charts, { array: { object: { title: 'string', svg: 'string' }, name: 'a chart { title, svg }' } }, 'options.charts', 'E_OPTIONS');
}

const REPORT_ARTICLE: Shape = { name: 'a report article { analysis, text, title? } (an analyze() result and the text it was given)', object: { analysis: ANALYSIS_SHAPE, text: 'string', title: 'string' }, optional: ['title'] };

/**
 * The arguments of `toHtml`: `{ analysis, text, title? }` items (a plain analysis is refused with a
 * message naming that shape), a `compare()` result or null, and `{ heading?, charts? }`.
 */
export function checkHtmlArgs(articles: unknown, comparison: unknown, options: unknown): void {
  if (!Array.isArray(articles)) fail('E_ARGUMENT', 'articles', 'an array of { analysis, text, title? } report articles', articles);
  // Array.from: a sparse array's holes are undefined items, not skipped ones
  Array.from(articles as unknown[]).forEach((a, k) => {
    if (isRecord(a) && ownValue(a, 'schemaVersion') !== undefined && ownValue(a, 'analysis') === undefined) {
      fail('E_ARGUMENT', `articles[${k}]`, '{ analysis, text, title? } (wrap an analyze() result with the text it was given)', a);
    }
    checkShape(a, REPORT_ARTICLE, `articles[${k}]`, 'E_ARGUMENT');
  });
  if (comparison !== null) checkComparison(comparison);
  const o = checkOptionsObject(options, ['heading', 'charts']);
  checkOptionalString(o, 'heading');
  const charts = ownValue(o, 'charts');
  if (charts !== undefined) checkShape(charts, { array: { object: { title: 'string', svg: 'string' }, name: 'a chart { title, svg }' } }, 'options.charts', 'E_OPTIONS');
}

/** A string argument (`E_ARGUMENT` otherwise). */
export function checkString(v: unknown, path: string): string {
  if (typeof v !== 'string') fail('E_ARGUMENT', path, 'a string', v);
  return v;
}

/** One of some names (`E_ARGUMENT` otherwise). */
export function checkName<T extends string>(v: unknown, names: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(names as readonly string[]).includes(v)) fail('E_ARGUMENT', path, `one of ${names.join(', ')}`, v);
  return v as T;
}
