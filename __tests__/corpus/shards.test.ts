/**
 * The contract of corpus sums: a corpus aggregated in one pass, or in shards aggregated separately
 * and merged in any order, gives byte-identical aggregates and profiles.
 */
import { aggregate, analyze, mergeAggregates, profile, summarize, type Aggregate, type ArticleSummary } from '../../src/index';
import { rng, simulate } from '../../eval/corpus-sim';
import { loadSeeds } from '../../examples/seeds';
import { thrown } from '../helpers/errors';
import { summary } from '../helpers/summaries';

const seedSummaries = loadSeeds().map((s, k) => summarize(analyze(s.text, { id: s.id, outlet: ['Alpha', 'Beta', 'Gamma'][k] ?? s.outlet }), { event: 'event-0001', date: '2022-02-15' }));
const corpus: ArticleSummary[] = [
  ...simulate({
    seed: 7,
    outlets: [
      { name: 'Alpha', loaded: 2, kiev: { before: 0.9, after: 0.2 }, term: { term: 'regime', perArticle: 1.5 } },
      { name: 'Beta', loaded: 4, planted: { share: 0.5, factor: 2 }, kiev: { before: 0.8, after: 0.7 } },
      { name: 'Gamma', loaded: 3, anonymousShare: 0.3 },
    ],
    articles: 300,
    dispersion: 1.5,
    events: 40,
    eventDispersion: 2,
    months: ['2022-01', '2022-02', '2022-03', '2022-04'],
    switchMonth: '2022-03',
  }),
  ...seedSummaries,
];

function shuffled<T>(xs: readonly T[], u: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(u() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('shards merge to the same bytes', () => {
  const options = { by: ['outlet', 'month'] } as const;
  const one = aggregate(corpus, options);
  const oneJson = JSON.stringify(one);
  const oneProfile = JSON.stringify(profile(one));

  test('7 random shards, aggregated separately, merged in shuffled orders and trees', () => {
    for (const seed of [1, 2, 3]) {
      const u = rng(seed);
      const shards: ArticleSummary[][] = Array.from({ length: 7 }, () => []);
      for (const s of shuffled(corpus, u)) shards[Math.floor(u() * 7)]?.push(s);
      const parts = shards.map((sh) => aggregate(sh, options));
      // a left fold in shuffled order
      const folded = shuffled(parts, u).reduce((a, b) => mergeAggregates(a, b));
      expect(JSON.stringify(folded)).toBe(oneJson);
      // a balanced tree in another order
      let level: Aggregate[] = shuffled(parts, u);
      while (level.length > 1) {
        const next: Aggregate[] = [];
        for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? mergeAggregates(level[i + 1] as Aggregate, level[i] as Aggregate) : (level[i] as Aggregate));
        level = next;
      }
      expect(JSON.stringify(level[0])).toBe(oneJson);
      expect(JSON.stringify(profile(folded))).toBe(oneProfile);
    }
  });

  test('a round trip through JSON text changes nothing', () => {
    const half = Math.floor(corpus.length / 2);
    const a = JSON.parse(JSON.stringify(aggregate(corpus.slice(0, half), options))) as Aggregate;
    const b = JSON.parse(JSON.stringify(aggregate(corpus.slice(half), options))) as Aggregate;
    expect(JSON.stringify(mergeAggregates(b, a))).toBe(oneJson);
  });

  test('merging an empty aggregate is the identity; designs must match', () => {
    const empty = aggregate([], options);
    expect(empty.articles).toBe(0);
    expect(JSON.stringify(mergeAggregates(empty, one))).toBe(oneJson);
    const other = aggregate(corpus.slice(0, 10), { by: 'outlet' });
    expect(thrown(() => mergeAggregates(one, other)).message).toBe(
      'framelens: expected aggregates made with the same by, event and people options, instead found {"by":["outlet","month"],"event":"event","people":false} and {"by":["outlet"],"event":"event","people":false}',
    );
    const broken = JSON.parse(oneJson) as Aggregate;
    const g = Object.values(broken.groups)[0];
    if (g !== undefined) (g.denominators.words as { sumSq: unknown }).sumSq = 1.5;
    expect(thrown(() => mergeAggregates(broken, one)).message).toMatch(/^framelens: expected a\.groups\["\[\\"Alpha\\",\\"2022-01\\"\]"\]\.denominators\.words\.sumSq to be an exact non-negative integer/);
  });

  test('per-event sums are a table of columns aligned with sorted ids; a misshapen table is refused', () => {
    const g = one.groups['["Beta","2022-03"]'];
    const events = g?.events;
    expect(events?.ids.length).toBeGreaterThan(5);
    expect(events?.ids).toEqual([...(events?.ids ?? [])].sort());
    // the simulated articles have no headline: a column of zeros is left out
    expect(g?.denominators.titleWords.sum).toBe(0);
    expect(Object.keys(events?.x ?? {})).toEqual(['attributions', 'authorWords', 'quotedVoiceWords', 'words']);
    for (const col of [events?.articles, ...Object.values(events?.x ?? {}), ...Object.values(events?.y ?? {})]) expect(col?.length).toBe(events?.ids.length);
    // the columns add up to the group's sums
    expect(events?.articles.reduce((s, n) => s + n, 0)).toBe(g?.articles);
    expect(events?.x.words?.reduce((s, n) => s + n, 0)).toBe(g?.denominators.words.sum);
    expect(events?.y['loaded@author']?.reduce((s, n) => s + n, 0)).toBe(g?.measures['loaded@author']?.sum);
    const broken = (edit: (e: NonNullable<typeof events>) => void): string => {
      const b = JSON.parse(oneJson) as Aggregate;
      edit((b.groups['["Beta","2022-03"]'] as NonNullable<typeof g>).events);
      return thrown(() => mergeAggregates(one, b)).message;
    };
    expect(broken((e) => e.ids.reverse())).toBe('framelens: expected b.groups["[\\"Beta\\",\\"2022-03\\"]"].events.ids[1] to be an id after "event-0038" (ids sorted by code units, each once), instead found string "event-0034"');
    expect(broken((e) => e.x.words?.pop())).toMatch(/\.events\.x\["words"\] to be an array of \d+ integers \(one per event\)/);
    expect(broken((e) => (e.y['loaded.deceit'] = e.articles))).toMatch(/\.events\.y\["loaded\.deceit"\] to be a primary measure/);
    const badKind = JSON.parse(oneJson) as Aggregate;
    const speaker = Object.values(Object.values(badKind.groups)[0]?.speakers ?? {})[0];
    if (speaker !== undefined) (speaker.kinds as Record<string, number>).rumour = 2;
    const badTerms = JSON.parse(oneJson) as Aggregate;
    const tg = Object.values(badTerms.groups)[0];
    if (tg !== undefined) tg.terms.counts.pop();
    expect(thrown(() => mergeAggregates(one, badTerms)).message).toMatch(/\.terms\.counts to be an array of \d+ integers \(one per term\)/);
    if (tg !== undefined) tg.terms.ids.reverse();
    expect(thrown(() => mergeAggregates(one, badTerms)).message).toMatch(/\.terms\.ids\[1\] to be an id after /);
    expect(thrown(() => mergeAggregates(one, badKind)).message).toMatch(/\.kinds to be keys that are source kinds \(named, institutional, anonymous, document, pronoun, unknown\), instead found string "rumour"$/);
  });

  test('term counts past 2^32 stay exact (the table moves from 32-bit to double counts)', () => {
    const big = 3_000_000_000; // one article cannot say a word this often, but merged partials can
    const words = 4_000_000_000;
    const a = summary({ words, outlet: 'Alpha', terms: [['regime', big], ['tanks', 2]] });
    const b = summary({ words, outlet: 'Alpha', terms: [['regime', big], ['ceasefire', 1]] });
    const agg = aggregate([a, b, summary({ words: 300, outlet: 'Alpha', terms: [['regime', 1]] })], { by: 'outlet' });
    expect(agg.groups['["Alpha"]']?.terms).toEqual({ ids: ['ceasefire', 'regime', 'tanks'], counts: [1, 2 * big + 1, 2], articles: [1, 3, 1] });
    const merged = mergeAggregates(aggregate([a], { by: 'outlet' }), aggregate([b, summary({ words: 300, outlet: 'Alpha', terms: [['regime', 1]] })], { by: 'outlet' }));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(agg));
  });

  test('per-event sums past 2^31 stay exact, signed ones too (32-bit rows move to doubles)', () => {
    const huge = (sentiment: number): ArticleSummary => ({ ...summary({ words: 3_000_000_000, outlet: 'Alpha', event: 'e1' }), sentiment: { author: sentiment, quoted: 0, reported: 0, title: 0 } });
    const agg = aggregate([huge(-2_000_000_000), huge(-2_000_000_000), summary({ words: 10, outlet: 'Alpha', event: 'e2' })], { by: 'outlet' });
    const events = agg.groups['["Alpha"]']?.events;
    expect(events?.ids).toEqual(['e1', 'e2']);
    expect(events?.x.words).toEqual([6_000_000_000, 10]);
    expect(events?.y['sentiment@author']).toEqual([-4_000_000_000, 0]);
  });
});
