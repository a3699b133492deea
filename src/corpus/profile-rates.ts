/**
 * Rates per group and measure, and the pairwise differences between groups, from an aggregate's
 * sums (ratio estimator with cluster-robust variance: `src/stats/cluster.ts`).
 */
import groupBy from 'lodash/groupBy.js';
import sortBy from 'lodash/sortBy.js';
import { compareRatios, meanEstimate, ratioEstimate, type RatioSums } from '../stats/cluster';
import { benjaminiHochberg } from '../stats/rates';
import { RATE_SCALE } from './accumulate';
import type { Aggregate, GroupAggregate } from './aggregate-types';
import { measureOrder, scaleOf, unitOf, type MeasureSpec } from './measures';
import type { GroupDifference, GroupRate, MeasureProfile } from './profile-types';

/** The ratio sums of one measure in one group (zeros when the group never has it). */
export function ratioSums(g: GroupAggregate, id: string, spec: MeasureSpec): RatioSums {
  const d = g.denominators[spec.denominator];
  const m = g.measures[id];
  return { n: d.articles, y: m?.sum ?? 0, x: d.sum, yy: m?.sumSq ?? 0, xy: m?.sumCross ?? 0, xx: d.sumSq };
}

const scaled = (v: [number, number], k: number): [number, number] => [v[0] * k, v[1] * k];

/** One group's cell of one measure. */
export function groupRate(g: GroupAggregate, id: string, spec: MeasureSpec): GroupRate {
  const s = ratioSums(g, id, spec);
  const e = ratioEstimate(s, spec.kind);
  const k = scaleOf(spec);
  const m = g.measures[id];
  const mean = meanEstimate(s.n, m?.rateSum ?? 0, m?.rateSumSq ?? 0, RATE_SCALE);
  return {
    group: g.label,
    articles: s.n,
    count: s.y,
    denominator: s.x,
    rate: e.ratio * k,
    ci95: scaled(e.ci, k),
    meanArticleRate: mean.mean * k,
    meanArticleRateCi95: scaled(mean.ci, k),
    articlesWith: m?.articles ?? 0,
    designEffect: e.designEffect,
  };
}

/** The groups of an aggregate, sorted by label (then by key, for equal labels). */
export function sortedGroups(agg: Aggregate): GroupAggregate[] {
  return sortBy(Object.entries(agg.groups), [([, g]) => g.label, ([k]) => k]).map(([, g]) => g);
}

/** Every measure that occurs, with each group's cell: primary measures first. */
export function measureProfiles(agg: Aggregate, groups: readonly GroupAggregate[]): MeasureProfile[] {
  return Object.keys(agg.measures)
    .sort(measureOrder)
    .map((id) => {
      const spec = agg.measures[id] as MeasureSpec;
      return {
        measure: id,
        family: spec.family,
        category: spec.category,
        voice: spec.voice,
        unit: unitOf(spec),
        kind: spec.kind,
        denominator: spec.denominator,
        primary: spec.primary,
        perGroup: groups.map((g) => groupRate(g, id, spec)),
      };
    });
}

const TIME_KEYS = new Set(['month', 'year']);

/**
 * The pairs of groups to compare: groups that differ in exactly one `by` key; for `month` and `year`
 * only consecutive values (the same other keys), so that a series is compared step by step rather
 * than every month with every other.
 */
export function groupPairs(by: readonly string[], groups: readonly GroupAggregate[]): Array<[GroupAggregate, GroupAggregate]> {
  const pairs: Array<[GroupAggregate, GroupAggregate]> = [];
  for (const key of by) {
    const others = by.filter((k) => k !== key);
    const strata = groupBy(groups, (g) => JSON.stringify(others.map((k) => g.keys[k])));
    for (const stratum of Object.keys(strata).sort().map((s) => strata[s] ?? [])) {
      const members = sortBy(stratum, (g) => g.keys[key]);
      if (TIME_KEYS.has(key)) {
        for (let i = 0; i + 1 < members.length; i += 1) pairs.push([members[i] as GroupAggregate, members[i + 1] as GroupAggregate]);
      } else {
        for (let i = 0; i < members.length; i += 1) for (let j = i + 1; j < members.length; j += 1) pairs.push([members[i] as GroupAggregate, members[j] as GroupAggregate]);
      }
    }
  }
  return pairs;
}

/** Apply Benjamini-Hochberg over a list of rows with `p`, setting `q` and `significant`. */
export function adjust<T extends { p: number; q: number; significant: boolean }>(rows: T[], alpha: number): T[] {
  const qs = benjaminiHochberg(rows.map((r) => r.p));
  rows.forEach((r, k) => {
    r.q = qs[k] ?? 1;
    r.significant = r.q < alpha;
  });
  return rows;
}

/** Pairwise differences for each tested measure and pair of groups, BH-adjusted together. */
export function groupDifferences(agg: Aggregate, pairs: ReadonlyArray<[GroupAggregate, GroupAggregate]>, measures: readonly string[], alpha: number): GroupDifference[] {
  const rows: GroupDifference[] = [];
  for (const id of measures) {
    const spec = agg.measures[id];
    if (spec === undefined) continue;
    const k = scaleOf(spec);
    for (const [ga, gb] of pairs) {
      const a = ratioSums(ga, id, spec);
      const b = ratioSums(gb, id, spec);
      if (a.x <= 0 || b.x <= 0) continue;
      const c = compareRatios(a, b, spec.kind);
      rows.push({
        measure: id,
        a: ga.label,
        b: gb.label,
        countA: a.y,
        countB: b.y,
        articlesA: a.n,
        articlesB: b.n,
        rateA: (a.y / a.x) * k,
        rateB: (b.y / b.x) * k,
        rateRatio: c.rateRatio,
        rateRatioCi95: c.rateRatioCi,
        difference: c.difference * k,
        differenceCi95: scaled(c.differenceCi, k),
        t: c.t,
        df: c.df,
        p: c.p,
        q: 1,
        significant: false,
      });
    }
  }
  return adjust(rows, alpha);
}
