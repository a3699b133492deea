/**
 * Bad arguments to every public function: each call must throw a `FramelensError` with a stable
 * code (never a `TypeError` from inside), leave Object.prototype as it was, and leave the next call
 * unaffected. Values come from a pool of hostile values (wrong types, prototype-named keys, objects
 * that look like framelens results but lack fields) and from fast-check's `anything()`.
 */
import fc from 'fast-check';
import type * as Framelens from '../src/index';
import { prototypeKeys } from './check';

/** The public functions under test (from `src/index` or from the built bundle). */
export type Api = Pick<
  typeof Framelens,
  'analyze' | 'compare' | 'getBuiltinLexicon' | 'validateLexicon' | 'toMarkdown' | 'toCsv' | 'toTable' | 'toHtml' | 'escapeHtml' | 'FramelensError' | 'summarize' | 'aggregate' | 'mergeAggregates' | 'profile' | 'toProfileHtml'
> & {
  /** `renderCharts` of `framelens/charts`, when it can be loaded (ESM only). */
  renderCharts?: ((c: unknown, o?: unknown) => Promise<unknown>) | undefined;
};

/** The stable codes. */
export const CODES = ['E_TEXT_TYPE', 'E_TEXT_SIZE', 'E_OPTIONS', 'E_MARKER_UNKNOWN', 'E_LEXICON', 'E_INPUT', 'E_ARGUMENT'];

/** Values that are wrong for nearly every slot. */
function hostileValues(api: Api): unknown[] {
  const analysis = api.analyze('Kirby said the plan may fail.');
  const { counts: _c, ...noCounts } = analysis;
  const { markers: _m, ...noMarkers } = analysis;
  return [
    undefined, null, 0, -1, 5, Number.NaN, Number.POSITIVE_INFINITY, 1n, true, false, Symbol('s'), '', 'nope', '__proto__', 'constructor',
    [], [1, 2], [null], {}, Object.create(null), JSON.parse('{"__proto__": {"polluted": 1}}'), JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
    { toString: 5 }, { valueOf: () => 1 }, () => 1, new Date(0), /x/, new Map([['a', 1]]), new Uint8Array(2),
    noCounts, noMarkers, { ...analysis, schemaVersion: '2' }, { ...analysis, findings: 'x' }, { ...analysis, markers: { loaded: 1 } },
    { schemaVersion: '1' }, { analysis }, { text: 5 },
    { kind: 'profile' }, { kind: 'aggregate' }, { kind: 'summary' }, { schemaVersion: '1', kind: 'profile', by: 'outlet' },
  ];
}

/** One function call with one bad slot. */
interface BadCall {
  name: string;
  call: () => unknown;
  codes: readonly string[];
}

/** Every public function with each slot given a bad value (the other slots valid). */
function badCalls(api: Api, v: unknown): BadCall[] {
  const text = 'Officials said the so-called plan may fail.';
  const analysis = api.analyze(text, { id: 'a' });
  const comparison = api.compare([analysis, api.analyze('The regime clearly lied, critics claimed.', { id: 'b' })]);
  const isString = typeof v === 'string';
  const isObjectish = typeof v === 'object' && v !== null && !Array.isArray(v);
  const out: BadCall[] = [];
  const add = (name: string, call: () => unknown, codes: readonly string[], when = true): void => {
    if (when) out.push({ name, call, codes });
  };
  add('analyze(text)', () => api.analyze(v as string), ['E_TEXT_TYPE'], !isString);
  add('analyze(text, options)', () => api.analyze(text, v as never), ['E_OPTIONS'], v !== undefined && !isObjectish);
  add('analyze(text, { markers })', () => api.analyze(text, { markers: v as never }), ['E_OPTIONS', 'E_MARKER_UNKNOWN'], v !== undefined && !(Array.isArray(v) && v.length === 0));
  add('analyze(text, { title })', () => api.analyze(text, { title: v as string }), ['E_OPTIONS'], v !== undefined && v !== null && !isString);
  add('analyze(text, { lexicons })', () => api.analyze(text, { lexicons: v as never }), ['E_OPTIONS', 'E_LEXICON'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  add('analyze(text, { lexicons: { loaded } })', () => api.analyze(text, { lexicons: { loaded: v as never } }), ['E_OPTIONS', 'E_LEXICON'], v !== undefined);
  add('analyze(text, { lexicons: { hedge: { add } } })', () => api.analyze(text, { lexicons: { hedge: { add: v as never } } }), ['E_OPTIONS', 'E_LEXICON'], !(Array.isArray(v) && v.length === 0));
  add('analyze(text, { lexicons: { hedge: { add: [entry] } } })', () => api.analyze(text, { lexicons: { hedge: { add: [v as never] } } }), ['E_LEXICON']);
  add('analyze(text, { lexicons: { hedge: { replace } } })', () => api.analyze(text, { lexicons: { hedge: { replace: v as never } } }), ['E_OPTIONS', 'E_LEXICON'], v !== undefined);
  const validInput = (x: unknown): boolean => typeof x === 'string' || (typeof x === 'object' && x !== null && typeof (x as { text?: unknown }).text === 'string');
  // an array of texts or records is a valid input
  add('compare(inputs)', () => api.compare(v as never), ['E_INPUT', 'E_TEXT_SIZE'], !(Array.isArray(v) && v.length > 0 && Array.from(v as unknown[]).every(validInput)));
  add('compare([input])', () => api.compare([v as never]), ['E_INPUT', 'E_TEXT_TYPE'], !validInput(v));
  add('compare([analysis, input])', () => api.compare([analysis, v as never]), ['E_INPUT'], !validInput(v));
  add('compare(inputs, options)', () => api.compare([analysis], v as never), ['E_OPTIONS'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  add('getBuiltinLexicon(family)', () => api.getBuiltinLexicon(v as never), ['E_ARGUMENT']);
  add('validateLexicon(raw)', () => api.validateLexicon(v, 'x.json'), ['E_LEXICON']);
  add('validateLexicon(raw, where)', () => api.validateLexicon(api.getBuiltinLexicon('hedge'), v as string), ['E_ARGUMENT'], !isString);
  add('validateLexicon(raw, where, family)', () => api.validateLexicon(api.getBuiltinLexicon('hedge'), 'x', v as never), ['E_ARGUMENT', 'E_LEXICON'], v !== undefined && v !== 'hedge');
  for (const [name, fn] of [['toMarkdown', api.toMarkdown], ['toTable', api.toTable], ['toCsv', api.toCsv]] as const) {
    add(`${name}(comparison)`, () => (fn as (c: unknown, o?: unknown) => unknown)(v), ['E_ARGUMENT']);
    if (name !== 'toCsv') add(`${name}(comparison, options)`, () => (fn as (c: unknown, o?: unknown) => unknown)(comparison, v), ['E_OPTIONS'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  }
  add('toHtml(articles)', () => api.toHtml(v as never, null), ['E_ARGUMENT'], !(Array.isArray(v) && v.length === 0));
  add('toHtml([article])', () => api.toHtml([v as never], null), ['E_ARGUMENT']);
  add('toHtml([analysis])', () => api.toHtml([analysis as never], null), ['E_ARGUMENT']);
  add('toHtml(articles, comparison)', () => api.toHtml([{ analysis, text }], v as never), ['E_ARGUMENT'], v !== null);
  add('toHtml(articles, null, options)', () => api.toHtml([{ analysis, text }], null, v as never), ['E_OPTIONS'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  add('escapeHtml(s)', () => api.escapeHtml(v as string), ['E_ARGUMENT'], !isString);
  // corpus profiles
  const summary = api.summarize(analysis, { outlet: 'A', event: 'e1', date: '2024-05-01' });
  const agg = api.aggregate([summary, api.summarize(comparisonAnalysis(api), { outlet: 'B', event: 'e1' })], { by: 'outlet', event: 'event' });
  add('summarize(analysis)', () => api.summarize(v as never), ['E_INPUT']);
  add('summarize(analysis, meta)', () => api.summarize(analysis, v as never), ['E_OPTIONS', 'E_INPUT'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  // an empty array, Map, Set or typed array is a valid empty corpus (counted without consuming v)
  const emptyIterable = (Array.isArray(v) && v.length === 0) || ((v instanceof Map || v instanceof Set) && v.size === 0) || (ArrayBuffer.isView(v) && !(v instanceof DataView) && (v as unknown as ArrayLike<unknown>).length === 0);
  add('aggregate(items)', () => api.aggregate(v as never, { by: 'outlet' }), ['E_INPUT', 'E_OPTIONS'], !emptyIterable);
  add('aggregate([item])', () => api.aggregate([v as never], { by: 'outlet' }), ['E_INPUT']);
  add('aggregate(items, options)', () => api.aggregate([summary], v as never), ['E_OPTIONS']);
  add('mergeAggregates(a, b)', () => api.mergeAggregates(v as never, agg), ['E_INPUT', 'E_OPTIONS']);
  add('mergeAggregates(a, b) (b)', () => api.mergeAggregates(agg, v as never), ['E_INPUT', 'E_OPTIONS']);
  add('profile(aggregate)', () => api.profile(v as never), ['E_INPUT']);
  add('profile(aggregate, options)', () => api.profile(agg, v as never), ['E_OPTIONS'], v !== undefined && !(isObjectish && Object.keys(v as object).length === 0));
  add('toProfileHtml(profile)', () => api.toProfileHtml(v as never), ['E_INPUT', 'E_ARGUMENT']);
  return out;
}

function comparisonAnalysis(api: Api): ReturnType<Api['analyze']> {
  return api.analyze('The regime clearly lied, critics claimed.', { id: 'b' });
}

/** The result of {@link runBadArguments}. */
export interface BadArgumentReport {
  calls: number;
  problems: string[];
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message.slice(0, 160)}` : String(e);
}

/**
 * Call every public function with bad values in every slot: the hostile pool, then `runs` values
 * of fast-check's `anything()` from `seed`.
 */
export function runBadArguments(api: Api, runs: number, seed: number): BadArgumentReport {
  const problems: string[] = [];
  let calls = 0;
  const protoBefore = prototypeKeys();
  const baseline = JSON.stringify(api.analyze('Officials said the so-called plan may fail.'));
  const values = [...hostileValues(api), ...fc.sample(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 }), { seed, numRuns: runs })];
  for (const v of values) {
    for (const bad of badCalls(api, v)) {
      calls += 1;
      try {
        bad.call();
        problems.push(`${bad.name} with ${preview(v)}: no error`);
      } catch (e) {
        if (!(e instanceof api.FramelensError)) problems.push(`${bad.name} with ${preview(v)}: ${describeError(e)} (not a FramelensError)`);
        else if (!bad.codes.includes(e.code) || !CODES.includes(e.code)) problems.push(`${bad.name} with ${preview(v)}: code ${e.code}, expected ${bad.codes.join(' or ')}`);
        else if (!/^framelens: expected /.test(e.message) && !/^framelens: lexicon /.test(e.message)) problems.push(`${bad.name}: message ${JSON.stringify(e.message)} does not say what was expected`);
      }
      if (prototypeKeys() !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined) problems.push(`${bad.name} with ${preview(v)}: Object.prototype changed`);
    }
  }
  if (JSON.stringify(api.analyze('Officials said the so-called plan may fail.')) !== baseline) problems.push('a bad call changed the result of a later good call');
  return { calls, problems: [...new Set(problems)] };
}

/** Bad arguments to `renderCharts` (async: each must reject with a FramelensError). */
export async function runBadChartArguments(api: Api, values: readonly unknown[]): Promise<BadArgumentReport> {
  const problems: string[] = [];
  if (api.renderCharts === undefined) return { calls: 0, problems };
  for (const v of values) {
    try {
      await api.renderCharts(v);
      problems.push(`renderCharts(${preview(v)}): no error`);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'FramelensError' || (e as { code?: string }).code !== 'E_ARGUMENT') problems.push(`renderCharts(${preview(v)}): ${describeError(e)}`);
    }
  }
  return { calls: values.length, problems };
}

function preview(v: unknown): string {
  try {
    const s = typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? String(v) : JSON.stringify(v);
    return (s ?? String(v)).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
