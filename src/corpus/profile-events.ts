/**
 * Within-event comparisons: for each pair of groups and measure, the paired difference of their
 * rates over the events (stories) both covered, so that the story is held fixed. Each event counts
 * once (a group's several articles on one event are pooled first), and the mean difference gets a
 * t interval on events - 1 degrees of freedom: events, not words or articles, are the units.
 * When the differences do not vary at all (duplicated data) there is no test: p = 1.
 */
import orderBy from 'lodash/orderBy.js';
import { tQuantile, tTwoSidedP } from '../stats/t-dist';
import type { Aggregate, EventTable, GroupAggregate } from './aggregate-types';
import { scaleOf, type MeasureSpec } from './measures';
import { adjust } from './profile-rates';
import type { EventRates, WithinEventDifference } from './profile-types';

/**
 * A group's rate of measure `id` in each of its events (aligned with `t.ids`), NaN where the
 * denominator there is 0.
 */
function eventRatesOf(t: EventTable, id: string, spec: MeasureSpec): Float64Array {
  const out = new Float64Array(t.ids.length).fill(Number.NaN);
  const xs = t.x[spec.denominator];
  if (xs === undefined) return out;
  const ys = t.y[id];
  const scale = scaleOf(spec);
  for (let i = 0; i < out.length; i += 1) {
    const x = xs[i] as number;
    if (x > 0) out[i] = ((ys === undefined ? 0 : (ys[i] as number)) / x) * scale;
  }
  return out;
}

/**
 * The paired differences of every tested primary measure over every pair's shared events. Each
 * group's event rates are tabulated once (one array per measure over the corpus's sorted events,
 * NaN where the group has none), so a pair costs a pass over arrays, not property lookups.
 */
export function withinEvent(agg: Aggregate, pairs: ReadonlyArray<[GroupAggregate, GroupAggregate]>, measures: readonly string[], alpha: number): WithinEventDifference[] {
  const rows: WithinEventDifference[] = [];
  if (agg.event === null || agg.by.includes('event') || pairs.length === 0) return rows;
  const tested = measures.filter((id) => agg.measures[id]?.primary === true);
  const all = new Set<string>();
  for (const [ga, gb] of pairs) for (const g of [ga, gb]) for (const e of g.events.ids) all.add(e);
  const events = [...all].sort();
  const index = new Map(events.map((e, i) => [e, i]));
  const tables = new Map<GroupAggregate, Float64Array[]>();
  const tableOf = (g: GroupAggregate): Float64Array[] => {
    let t = tables.get(g);
    if (t === undefined) {
      const at = g.events.ids.map((e) => index.get(e) as number);
      const made = tested.map((id) => {
        const table = new Float64Array(events.length).fill(Number.NaN);
        eventRatesOf(g.events, id, agg.measures[id] as MeasureSpec).forEach((r, i) => {
          table[at[i] as number] = r;
        });
        return table;
      });
      tables.set(g, made);
      t = made;
    }
    return t;
  };
  // the t quantile per degrees of freedom, found once (pairs covering the same events share it)
  const quantiles = new Map<number, number>();
  const quantile = (df: number): number => {
    let q = quantiles.get(df);
    if (q === undefined) {
      q = tQuantile(df);
      quantiles.set(df, q);
    }
    return q;
  };
  tested.forEach((id, k) => {
    for (const [ga, gb] of pairs) {
      const ra = tableOf(ga)[k] as Float64Array;
      const rb = tableOf(gb)[k] as Float64Array;
      const row = pairedRow(id, ga.label, gb.label, ra, rb, quantile);
      if (row !== null) rows.push(row);
    }
  });
  return adjust(rows, alpha);
}

/**
 * The paired comparison of two groups' event rates over the events where both have one (both not
 * NaN); null with fewer than 2 such events. Two passes over the arrays, no copies: a corpus of
 * 20,000 events and 190 pairs of outlets is 70 million event pairs per profile.
 */
function pairedRow(measure: string, a: string, b: string, ra: Float64Array, rb: Float64Array, quantile: (df: number) => number): WithinEventDifference | null {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let sd = 0;
  const len = ra.length;
  for (let i = 0; i < len; i += 1) {
    const x = ra[i] as number;
    const y = rb[i] as number;
    if (x === x && y === y) {
      n += 1;
      sa += x;
      sb += y;
      sd += x - y;
    }
  }
  if (n < 2) return null;
  const mean = sd / n;
  let ss = 0;
  for (let i = 0; i < len; i += 1) {
    const x = ra[i] as number;
    const y = rb[i] as number;
    if (x === x && y === y) ss += (x - y - mean) ** 2;
  }
  const se = Math.sqrt(ss / (n - 1) / n);
  const t = se > 0 ? mean / se : 0;
  const half = quantile(n - 1) * se;
  return { measure, a, b, events: n, meanA: sa / n, meanB: sb / n, meanDifference: mean, ci95: [mean - half, mean + half], t, df: n - 1, p: se > 0 ? tTwoSidedP(t, n - 1) : 1, q: 1, significant: false };
}

/** Events covered by each number of groups: `{ events, single }` (single = covered by one group only). */
export function eventCoverage(groups: readonly GroupAggregate[]): { events: number; single: number; perEvent: Map<string, { groups: number; articles: number }> } {
  const perEvent = new Map<string, { groups: number; articles: number }>();
  for (const g of groups) {
    g.events.ids.forEach((e, i) => {
      const c = perEvent.get(e) ?? { groups: 0, articles: 0 };
      c.groups += 1;
      c.articles += g.events.articles[i] as number;
      perEvent.set(e, c);
    });
  }
  let single = 0;
  for (const c of perEvent.values()) if (c.groups === 1) single += 1;
  return { events: perEvent.size, single, perEvent };
}

/** The per-event rates of `measures` for the `max` events covered by most groups. */
export function eventRates(agg: Aggregate, groups: readonly GroupAggregate[], measures: readonly string[], max: number): EventRates {
  const { perEvent } = eventCoverage(groups);
  const chosen = orderBy([...perEvent.entries()], [([, c]) => c.groups, ([, c]) => c.articles, ([e]) => e], ['desc', 'desc', 'asc'])
    .slice(0, max)
    .map(([e]) => e);
  const listed = measures.filter((m) => agg.measures[m]?.primary === true);
  const rows: EventRates['rows'] = [];
  const rates = groups.map((g) => ({ at: new Map(g.events.ids.map((e, i) => [e, i])), byMeasure: listed.map((id) => eventRatesOf(g.events, id, agg.measures[id] as MeasureSpec)) }));
  for (const event of chosen) {
    groups.forEach((g, k) => {
      const { at, byMeasure } = rates[k] as (typeof rates)[number];
      const i = at.get(event);
      if (i === undefined) return;
      listed.forEach((id, m) => {
        const rate = (byMeasure[m] as Float64Array)[i] as number;
        if (rate === rate) rows.push({ event, group: g.label, measure: id, rate, articles: g.events.articles[i] as number });
      });
    });
  }
  return { measures: listed, events: chosen, rows };
}
