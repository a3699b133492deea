import { aggregate, profile, type ArticleSummary } from '../../src/index';
import { tQuantile, tTwoSidedP } from '../../src/stats/t-dist';
import { thrown } from '../helpers/errors';
import { loaded, summary } from '../helpers/summaries';

/** An article of `outlet` on `event` with `n` author-voice loaded terms in 1,000 words (700 author words). */
const art = (outlet: string, event: string, n: number, extra: Partial<ArticleSummary> = {}): ArticleSummary => summary({ id: `${outlet}-${event}`, outlet, event, words: 1000, ...extra }, loaded(n));

describe('profile(): rates, intervals and tests from the sums', () => {
  // A: 7, 14, 0 author-voice loaded terms in three events; B: 0, 7, 7; C covers only e1
  const items = [art('A', 'e1', 7), art('A', 'e2', 14), art('A', 'e3', 0), art('B', 'e1', 0), art('B', 'e2', 7), art('B', 'e3', 7), art('C', 'e1', 1), art('C', 'e9', 2)];
  const p = profile(aggregate(items, { by: 'outlet' }));
  const row = p.rates.find((r) => r.measure === 'loaded@author');

  test('pooled rate, cluster-robust interval and mean of article rates', () => {
    const a = row?.perGroup.find((g) => g.group === 'A');
    // 21 findings in 2,100 author words: 10 per 1,000; residuals 0, 7, -7 -> V = 3/2 * 98 / 2100^2
    expect([a?.count, a?.denominator, a?.articles, a?.articlesWith]).toEqual([21, 2100, 3, 2]);
    expect(a?.rate).toBeCloseTo(10, 12);
    const se = Math.sqrt((1.5 * 98) / 2100 ** 2) / 0.01;
    expect(a?.ci95[0]).toBeCloseTo(10 * Math.exp(-tQuantile(2) * se), 9);
    expect(a?.ci95[1]).toBeCloseTo(10 * Math.exp(tQuantile(2) * se), 9);
    expect(a?.designEffect).toBeCloseTo((1.5 * 98) / 21, 9);
    expect(a?.meanArticleRate).toBeCloseTo(10, 9);
    expect(row?.unit).toBe('per 1,000 author-voice words');
    expect(p.groups.map((g) => [g.group, g.articles, g.events])).toEqual([
      ['A', 3, 3],
      ['B', 3, 3],
      ['C', 2, 2],
    ]);
  });

  test('differences between groups: every pair, BH q over all rows', () => {
    const d = p.differences.filter((x) => x.measure === 'loaded@author');
    expect(d.map((x) => [x.a, x.b])).toEqual([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ]);
    expect(d[0]?.rateRatio).toBeCloseTo(1.5, 12);
    expect(d[0]?.difference).toBeCloseTo(10 - 20 / 3, 9);
    const all = [...p.differences].sort((x, y) => x.p - y.p);
    const m = all.length;
    expect(all[0]?.q).toBeCloseTo(Math.min(...all.map((x, i) => Math.min(1, (x.p * m) / (i + 1)))), 12);
    for (const x of p.differences) expect(x.q).toBeGreaterThanOrEqual(x.p);
  });

  test('within-event: paired differences over the shared events', () => {
    const w = p.withinEvent.find((x) => x.measure === 'loaded@author' && x.a === 'A' && x.b === 'B');
    // per event (per 1,000 author words): A 10, 20, 0; B 0, 10, 10 -> differences 10, 10, -10
    expect(w?.events).toBe(3);
    expect([w?.meanA, w?.meanB]).toEqual([10, 20 / 3]);
    expect(w?.meanDifference).toBeCloseTo(10 / 3, 12);
    const sd = Math.sqrt(((20 / 3) ** 2 * 2 + (40 / 3) ** 2) / 2);
    const se = sd / Math.sqrt(3);
    expect(w?.ci95[1]).toBeCloseTo(10 / 3 + tQuantile(2) * se, 9);
    expect(w?.p).toBeCloseTo(tTwoSidedP(10 / 3 / se, 2), 12);
    // A and C share only e1: no test; e9 is covered by C only
    expect(p.withinEvent.some((x) => x.a === 'A' && x.b === 'C')).toBe(false);
    expect(p.warnings.map((x) => x.code)).toEqual(['small-group', 'small-group', 'small-group', 'single-group-events', 'few-shared-events']);
    expect(p.warnings[3]?.message).toBe('1 of 4 events are covered by one group only: they take no part in the within-event comparisons');
    expect(p.eventRates.events).toEqual(['e1', 'e2', 'e3', 'e9']);
    expect(p.eventRates.rows.filter((r) => r.event === 'e2' && r.measure === 'loaded@author').map((r) => [r.group, r.rate])).toEqual([
      ['A', 20],
      ['B', 10],
    ]);
  });

  test('by outlet and month: outlets compared within a month, months compared step by step', () => {
    const dated = ['2022-01', '2022-02', '2022-03'].flatMap((m) => ['A', 'B'].map((o) => art(o, `e-${m}`, 3, { date: `${m}-10`, id: `${o}-${m}` })));
    const q = profile(aggregate(dated, { by: ['outlet', 'month'] }));
    const pairs = [...new Set(q.differences.map((x) => `${x.a} vs ${x.b}`))];
    expect(pairs).toEqual(['A|2022-01 vs B|2022-01', 'A|2022-02 vs B|2022-02', 'A|2022-03 vs B|2022-03', 'A|2022-01 vs A|2022-02', 'A|2022-02 vs A|2022-03', 'B|2022-01 vs B|2022-02', 'B|2022-02 vs B|2022-03']);
  });

  test('sources, labels and distinctive terms', () => {
    const withSources = (outlet: string, k: number): ArticleSummary =>
      summary({
        id: `${outlet}${k}`,
        outlet,
        words: 500,
        attribution: {
          byStance: { neutral: 3, emphatic: 0, distancing: 1, endorsing: 0, accusing: 0 },
          bySourceKind: { named: 2, institutional: 0, anonymous: outlet === 'A' ? 2 : 0, document: 0, pronoun: 0, unknown: outlet === 'A' ? 0 : 2 },
          byKind: { direct: 2, continuation: 0, indirect: 2, 'according-to': 0, colon: 0, unattributed: 0 },
          quotedWords: 50,
        },
        speakers: [{ canonical: k % 2 === 0 ? 'John Kirby' : 'Mary Lane', kind: 'named', attributions: 2, quotedWords: 25 }],
        labels: [{ actor: 'Ukraine', origin: 'lexicon', mentions: 4, labels: [{ key: 'kyiv', label: 'Kyiv', category: 'label.capital-metonym', count: outlet === 'A' ? 1 : 3 }, { key: 'kiev', label: k === 0 ? 'Kiev’s' : 'Kiev', category: 'label.spelling-legacy', count: outlet === 'A' ? 3 : 1 }] }],
        terms: outlet === 'A' ? [['regime', 4], ['war', 2]] : [['government', 4], ['war', 2]],
      });
    const q = profile(aggregate([0, 1, 2, 3].flatMap((k) => [withSources('A', k), withSources('B', k)]), { by: 'outlet' }));
    const a = q.sources.find((s) => s.group === 'A');
    expect(a?.attributions).toBe(16);
    expect(a?.sourceKinds.anonymous.count).toBe(8);
    expect(a?.sourceKinds.anonymous.share).toBe(0.5);
    expect(a?.stances.distancing.share).toBe(0.25);
    expect(a?.quotedWordShare.share).toBe(0.1);
    expect(a?.topSpeakers.map((s) => [s.canonical, s.attributions, s.share])).toEqual([
      ['John Kirby', 4, 0.25],
      ['Mary Lane', 4, 0.25],
    ]);
    const ukraine = q.labels.find((l) => l.actor === 'Ukraine');
    expect(ukraine?.mentions).toBe(32);
    expect(ukraine?.perGroup.find((g) => g.group === 'A')?.labels.map((l) => [l.label, l.count, l.share])).toEqual([
      ['Kiev', 12, 0.75],
      ['Kyiv', 4, 0.25],
    ]);
    expect(q.distinctive.find((d) => d.group === 'A')?.terms.map((t) => [t.term, t.count, t.articles])).toEqual([['regime', 16, 4]]);
    expect(q.distinctive.find((d) => d.group === 'B')?.terms.map((t) => t.term)).toEqual(['government']);
  });

  test('the same aggregate gives the same bytes; options are validated', () => {
    const agg = aggregate(items, { by: 'outlet' });
    expect(JSON.stringify(profile(agg))).toBe(JSON.stringify(profile(JSON.parse(JSON.stringify(agg)))));
    expect(thrown(() => profile(agg, { alpha: 2 })).message).toBe('framelens: expected options.alpha to be a number in (0, 1), instead found number 2');
    expect(thrown(() => profile(agg, { measures: ['loaded@nowhere'] })).path).toBe('options.measures[0]');
    expect(thrown(() => profile(agg, { topTerms: 1.5 })).code).toBe('E_OPTIONS');
    expect(thrown(() => profile({ kind: 'aggregate' } as never)).message).toBe('framelens: expected aggregate.schemaVersion to be "1", instead found undefined');
    expect(profile(agg, { measures: ['hedge@author'] }).differences).toEqual([]);
  });

  test('an empty corpus and mixed marker runs are warned about', () => {
    expect(profile(aggregate([], { by: 'outlet' })).warnings).toEqual([{ code: 'no-groups', message: 'the aggregate holds no article' }]);
    const mixed = profile(aggregate([art('A', 'e1', 1), { ...art('A', 'e2', 1), markersRun: ['loaded'] }, summary({ words: 10 })], { by: 'outlet' }));
    expect(mixed.warnings.map((w) => w.code)).toContain('mixed-markers');
    expect(mixed.warnings.find((w) => w.code === 'missing-key')?.message).toBe('1 article has no outlet: grouped under "(none)"');
  });
});
