/**
 * `mergeAggregates()`: two aggregates of the same design in, the aggregate of their union out. Exact
 * integer sums and canonical key order make it associative and commutative to the byte.
 */
import { FramelensError, describeValue } from '../errors';
import { checkExact } from '../stats/exact';
import { Accumulator } from './accumulate';
import type { Aggregate } from './aggregate-types';
import { DENOMINATORS, PRIMARY_MEASURES } from './measures';
import { SOURCE_KINDS } from './summarize';

const SOURCE_SET = new Set<string>(SOURCE_KINDS);

function fail(path: string, expected: string, found: unknown): never {
  throw new FramelensError('E_INPUT', `expected ${path} to be ${expected}, instead found ${describeValue(found)}`, path);
}

// Paths are built only to report a failure (`() => string`): building one per term and event would
// cost more than the checks on an aggregate of a million articles.
type Path = () => string;

function obj(v: unknown, path: Path): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path(), 'an object', v);
  return v as Record<string, unknown>;
}

function int(v: unknown, path: Path, min = 0): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(path(), min > 0 ? 'a positive integer' : min < 0 ? 'an integer' : 'a non-negative integer', v);
  return v;
}

function exact(v: unknown, path: Path, nonNegative = false): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || (nonNegative && v < 0)) checkExact(v, path(), nonNegative);
}

const key = (path: Path, k: string): Path => () => `${path()}[${JSON.stringify(k)}]`;
const field = (path: Path, f: string): Path => () => `${path()}.${f}`;

function each(v: unknown, path: Path, f: (value: unknown, path: Path, key: string) => void): void {
  const o = obj(v, path);
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) f(o[k], key(path, k), k);
}

const ints = (min: number) => (v: unknown, p: Path): void => {
  int(v, p, min);
};

const KINDS = new Set(['count', 'share', 'score']);
const DEN_SET = new Set<string>(DENOMINATORS);
const PRIMARY_SET = new Set<string>(PRIMARY_MEASURES);

function checkMeasures(g: Record<string, unknown>, p: Path, measures: Record<string, unknown>): void {
  each(g.measures, field(p, 'measures'), (mv, mp, id) => {
    if (!Object.prototype.hasOwnProperty.call(measures, id)) fail(mp(), 'a measure listed in measures', id);
    const m = obj(mv, mp);
    int(m.sum, field(mp, 'sum'), Number.MIN_SAFE_INTEGER);
    exact(m.sumSq, field(mp, 'sumSq'), true);
    exact(m.sumCross, field(mp, 'sumCross'));
    int(m.articles, field(mp, 'articles'));
    exact(m.rateSum, field(mp, 'rateSum'));
    exact(m.rateSumSq, field(mp, 'rateSumSq'), true);
  });
}

function checkPeople(g: Record<string, unknown>, p: Path): void {
  each(g.speakers, field(p, 'speakers'), (sv, sp) => {
    const s = obj(sv, sp);
    int(s.attributions, field(sp, 'attributions'), 1);
    int(s.quotedWords, field(sp, 'quotedWords'));
    int(s.articles, field(sp, 'articles'), 1);
    each(s.kinds, field(sp, 'kinds'), (v, kp, kind) => {
      if (!SOURCE_SET.has(kind)) fail(field(sp, 'kinds')(), `keys that are source kinds (${SOURCE_KINDS.join(', ')})`, kind);
      ints(1)(v, kp);
    });
  });
  each(g.labels, field(p, 'labels'), (av, ap) => {
    const x = obj(av, ap);
    if (x.origin !== 'lexicon' && x.origin !== 'person') fail(`${ap()}.origin`, '"lexicon" or "person"', x.origin);
    int(x.mentions, field(ap, 'mentions'), 1);
    exact(x.mentionsSq, field(ap, 'mentionsSq'), true);
    int(x.articles, field(ap, 'articles'), 1);
    each(x.labels, field(ap, 'labels'), (lv, lp) => {
      const l = obj(lv, lp);
      if (typeof l.category !== 'string') fail(`${lp()}.category`, 'a string', l.category);
      int(l.count, field(lp, 'count'), 1);
      exact(l.countSq, field(lp, 'countSq'), true);
      exact(l.cross, field(lp, 'cross'), true);
      int(l.articles, field(lp, 'articles'), 1);
      each(l.forms, field(lp, 'forms'), ints(1));
    });
  });
}

/** An array of `n` integers of at least `min` (`n` undefined: any length). */
function column(v: unknown, path: Path, n: number | undefined, min: number, unit = 'event'): number[] {
  if (!Array.isArray(v) || (n !== undefined && v.length !== n)) fail(path(), n === undefined ? 'an array' : `an array of ${n} integers (one per ${unit})`, v);
  for (let i = 0; i < v.length; i += 1) int(v[i], () => `${path()}[${i}]`, min);
  return v as number[];
}

/** The `ids` of a table of columns: strings sorted by code units, each once. */
function sortedIds(ids: unknown, path: Path, what: string): string[] {
  if (!Array.isArray(ids)) fail(`${path()}.ids`, `an array of ${what}`, ids);
  for (let i = 0; i < ids.length; i += 1) {
    const id: unknown = ids[i];
    if (typeof id !== 'string') fail(`${path()}.ids[${i}]`, 'a string', id);
    if (i > 0 && !((ids[i - 1] as string) < id)) fail(`${path()}.ids[${i}]`, `an id after ${JSON.stringify(ids[i - 1])} (ids sorted by code units, each once)`, id);
  }
  return ids as string[];
}

function checkTerms(v: unknown, path: Path): void {
  const t = obj(v, path);
  const ids = sortedIds(t.ids, path, 'terms');
  column(t.counts, field(path, 'counts'), ids.length, 1, 'term');
  column(t.articles, field(path, 'articles'), ids.length, 1, 'term');
}

function checkEvents(v: unknown, path: Path): void {
  const e = obj(v, path);
  const ids = sortedIds(e.ids, path, 'event ids');
  column(e.articles, field(path, 'articles'), ids.length, 1);
  each(e.x, field(path, 'x'), (xv, xp, d) => {
    if (!DEN_SET.has(d)) fail(xp(), 'a denominator', d);
    column(xv, xp, ids.length, 0);
  });
  each(e.y, field(path, 'y'), (yv, yp, m) => {
    if (!PRIMARY_SET.has(m)) fail(yp(), 'a primary measure', m);
    column(yv, yp, ids.length, Number.MIN_SAFE_INTEGER);
  });
}

/**
 * Check that `value` is a well-formed {@link Aggregate} (e.g. a partial read from a file): every sum
 * an integer in canonical exact form, every part where it belongs.
 *
 * @param path - how to name the value in errors (a file name)
 * @throws FramelensError `E_INPUT` naming the first bad field
 * @example
 * ```ts
 * const part = checkAggregate(JSON.parse(readFileSync('part-1.json', 'utf8')), 'part-1.json');
 * ```
 */
export function checkAggregate(value: unknown, path = 'aggregate'): Aggregate {
  const root: Path = () => path;
  const a = obj(value, root);
  if (a.kind !== 'aggregate') fail(`${path}.kind`, '"aggregate"', a.kind);
  if (a.schemaVersion !== '1') fail(`${path}.schemaVersion`, '"1"', a.schemaVersion);
  if (!Array.isArray(a.by) || a.by.length === 0 || a.by.some((k) => typeof k !== 'string')) fail(`${path}.by`, 'a non-empty array of keys', a.by);
  if (a.event !== null && typeof a.event !== 'string') fail(`${path}.event`, 'a key or null', a.event);
  if (typeof a.people !== 'boolean') fail(`${path}.people`, 'a boolean', a.people);
  int(a.articles, field(root, 'articles'));
  each(a.missing, field(root, 'missing'), ints(1));
  each(a.measures, field(root, 'measures'), (v, p) => {
    const s = obj(v, p);
    if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) fail(`${p()}.kind`, 'count, share or score', s.kind);
    if (typeof s.denominator !== 'string' || !DEN_SET.has(s.denominator)) fail(`${p()}.denominator`, `one of ${DENOMINATORS.join(', ')}`, s.denominator);
    if (typeof s.primary !== 'boolean') fail(`${p()}.primary`, 'a boolean', s.primary);
  });
  const by = a.by as string[];
  const measures = a.measures as Record<string, unknown>;
  each(a.groups, field(root, 'groups'), (v, p) => {
    const g = obj(v, p);
    if (typeof g.label !== 'string') fail(`${p()}.label`, 'a string', g.label);
    const keys = obj(g.keys, field(p, 'keys'));
    for (const k of by) if (typeof keys[k] !== 'string') fail(`${p()}.keys.${k}`, 'a string', keys[k]);
    int(g.articles, field(p, 'articles'), 1);
    int(g.sentences, field(p, 'sentences'));
    const den = obj(g.denominators, field(p, 'denominators'));
    for (const d of DENOMINATORS) {
      const dp = field(p, `denominators.${d}`);
      const c = obj(den[d], dp);
      int(c.sum, field(dp, 'sum'));
      exact(c.sumSq, field(dp, 'sumSq'), true);
      int(c.articles, field(dp, 'articles'));
    }
    checkMeasures(g, p, measures);
    checkPeople(g, p);
    checkTerms(g.terms, field(p, 'terms'));
    checkEvents(g.events, field(p, 'events'));
    each(g.markersRun, field(p, 'markersRun'), ints(1));
  });
  return value as Aggregate;
}

/**
 * Check that two aggregates can be merged: the same `by`, `event` and `people`, and one definition
 * per measure.
 *
 * @throws FramelensError `E_INPUT`
 */
export function checkSameDesign(a: Aggregate, b: Aggregate, path = 'b'): void {
  const da = JSON.stringify({ by: a.by, event: a.event, people: a.people });
  const db = JSON.stringify({ by: b.by, event: b.event, people: b.people });
  if (da !== db) throw new FramelensError('E_INPUT', `expected aggregates made with the same by, event and people options, instead found ${da} and ${db}`, path);
  for (const [id, spec] of Object.entries(b.measures)) {
    const other = a.measures[id];
    if (other !== undefined && JSON.stringify(other) !== JSON.stringify(spec)) {
      throw new FramelensError('E_INPUT', `expected measure ${JSON.stringify(id)} to have one definition, instead found ${JSON.stringify(other)} and ${JSON.stringify(spec)}`, `${path}.measures.${id}`);
    }
  }
}

/**
 * Merge two aggregates of the same design (`by`, `event`, `people`) into the aggregate of both
 * corpora. Associative and commutative, to the byte: `JSON.stringify` of any merge tree over any
 * sharding equals that of one pass over all articles.
 *
 * An article present in both inputs is counted twice: shard by article, not by overlapping ranges.
 *
 * @throws FramelensError `E_INPUT` when an input is malformed or the designs differ
 * @example
 * ```ts
 * const all = parts.reduce(mergeAggregates);
 * JSON.stringify(all) === JSON.stringify(aggregate(everything, { by: 'outlet' })); // true
 * ```
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  checkAggregate(a, 'a');
  checkAggregate(b, 'b');
  checkSameDesign(a, b);
  const acc = new Accumulator({ by: [...a.by], event: a.event, people: a.people });
  acc.addAggregate(a);
  acc.addAggregate(b);
  return acc.result(true);
}
