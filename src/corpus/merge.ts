/**
 * `mergeAggregates()`: two aggregates of the same design in, the aggregate of their union out. Exact
 * integer sums and canonical key order make it associative and commutative to the byte.
 */
import { FramelensError, describeValue } from '../errors';
import { checkExact } from '../stats/exact';
import { Accumulator } from './accumulate';
import type { Aggregate } from './aggregate-types';
import { DENOMINATORS } from './measures';

function fail(path: string, expected: string, found: unknown): never {
  throw new FramelensError('E_INPUT', `expected ${path} to be ${expected}, instead found ${describeValue(found)}`, path);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Record<string, unknown>;
}

function int(v: unknown, path: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(path, min > 0 ? 'a positive integer' : min < 0 ? 'an integer' : 'a non-negative integer', v);
  return v;
}

function each(v: unknown, path: string, f: (value: unknown, path: string, key: string) => void): void {
  const o = obj(v, path);
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) f(o[k], `${path}[${JSON.stringify(k)}]`, k);
}

const ints = (min: number) => (v: unknown, p: string): void => {
  int(v, p, min);
};

const KINDS = new Set(['count', 'share', 'score']);
const DEN_SET = new Set<string>(DENOMINATORS);

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
  const a = obj(value, path);
  if (a.kind !== 'aggregate') fail(`${path}.kind`, '"aggregate"', a.kind);
  if (a.schemaVersion !== '1') fail(`${path}.schemaVersion`, '"1"', a.schemaVersion);
  if (!Array.isArray(a.by) || a.by.length === 0 || a.by.some((k) => typeof k !== 'string')) fail(`${path}.by`, 'a non-empty array of keys', a.by);
  if (a.event !== null && typeof a.event !== 'string') fail(`${path}.event`, 'a key or null', a.event);
  if (typeof a.people !== 'boolean') fail(`${path}.people`, 'a boolean', a.people);
  int(a.articles, `${path}.articles`);
  each(a.missing, `${path}.missing`, ints(1));
  each(a.measures, `${path}.measures`, (v, p) => {
    const s = obj(v, p);
    if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) fail(`${p}.kind`, 'count, share or score', s.kind);
    if (typeof s.denominator !== 'string' || !DEN_SET.has(s.denominator)) fail(`${p}.denominator`, `one of ${DENOMINATORS.join(', ')}`, s.denominator);
    if (typeof s.primary !== 'boolean') fail(`${p}.primary`, 'a boolean', s.primary);
  });
  const by = a.by as string[];
  each(a.groups, `${path}.groups`, (v, p) => {
    const g = obj(v, p);
    if (typeof g.label !== 'string') fail(`${p}.label`, 'a string', g.label);
    const keys = obj(g.keys, `${p}.keys`);
    for (const k of by) if (typeof keys[k] !== 'string') fail(`${p}.keys.${k}`, 'a string', keys[k]);
    int(g.articles, `${p}.articles`, 1);
    int(g.sentences, `${p}.sentences`);
    const den = obj(g.denominators, `${p}.denominators`);
    for (const d of DENOMINATORS) {
      const c = obj(den[d], `${p}.denominators.${d}`);
      int(c.sum, `${p}.denominators.${d}.sum`);
      checkExact(c.sumSq, `${p}.denominators.${d}.sumSq`, true);
      int(c.articles, `${p}.denominators.${d}.articles`);
    }
    each(g.measures, `${p}.measures`, (mv, mp, id) => {
      if (!Object.prototype.hasOwnProperty.call(a.measures, id)) fail(mp, 'a measure listed in measures', id);
      const m = obj(mv, mp);
      int(m.sum, `${mp}.sum`, Number.MIN_SAFE_INTEGER);
      checkExact(m.sumSq, `${mp}.sumSq`, true);
      checkExact(m.sumCross, `${mp}.sumCross`);
      int(m.articles, `${mp}.articles`);
      checkExact(m.rateSum, `${mp}.rateSum`);
      checkExact(m.rateSumSq, `${mp}.rateSumSq`, true);
    });
    each(g.speakers, `${p}.speakers`, (sv, sp) => {
      const s = obj(sv, sp);
      int(s.attributions, `${sp}.attributions`, 1);
      int(s.quotedWords, `${sp}.quotedWords`);
      int(s.articles, `${sp}.articles`, 1);
      each(s.kinds, `${sp}.kinds`, ints(1));
    });
    each(g.labels, `${p}.labels`, (av, ap) => {
      const x = obj(av, ap);
      if (x.origin !== 'lexicon' && x.origin !== 'person') fail(`${ap}.origin`, '"lexicon" or "person"', x.origin);
      int(x.mentions, `${ap}.mentions`, 1);
      checkExact(x.mentionsSq, `${ap}.mentionsSq`, true);
      int(x.articles, `${ap}.articles`, 1);
      each(x.labels, `${ap}.labels`, (lv, lp) => {
        const l = obj(lv, lp);
        if (typeof l.category !== 'string') fail(`${lp}.category`, 'a string', l.category);
        int(l.count, `${lp}.count`, 1);
        checkExact(l.countSq, `${lp}.countSq`, true);
        checkExact(l.cross, `${lp}.cross`, true);
        int(l.articles, `${lp}.articles`, 1);
        each(l.forms, `${lp}.forms`, ints(1));
      });
    });
    each(g.terms, `${p}.terms`, (tv, tp) => {
      if (!Array.isArray(tv) || tv.length !== 2) fail(tp, 'an [occurrences, articles] pair', tv);
      int(tv[0], `${tp}[0]`, 1);
      int(tv[1], `${tp}[1]`, 1);
    });
    each(g.events, `${p}.events`, (ev, ep) => {
      const e = obj(ev, ep);
      int(e.articles, `${ep}.articles`, 1);
      each(e.x, `${ep}.x`, (xv, xp, d) => {
        if (!DEN_SET.has(d)) fail(xp, 'a denominator', d);
        int(xv, xp, 1);
      });
      each(e.y, `${ep}.y`, ints(Number.MIN_SAFE_INTEGER));
    });
    each(g.markersRun, `${p}.markersRun`, ints(1));
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
  return acc.result();
}
