import { aggregate, analyze, mergeAggregates, summarize, type ArticleAnalysis } from '../../src/index';
import { thrown } from '../helpers/errors';
import { loaded, summary } from '../helpers/summaries';

// our own sentences: a pejorative label and a conflict verb in the headline, a distancing verb, a
// so-called scare quote, a quotation, anonymous officials, and both spellings of Ukraine's capital
const TEXT = 'The regime claimed the so-called "peace" plan may fail. "We will not accept it," Kirby said. Officials said Kiev would respond, and the talks could resume in Kyiv.';
const analysis = analyze(TEXT, { id: 'n1', outlet: 'North Ledger', title: 'Regime slams plan' });

describe('summarize()', () => {
  const s = summarize(analysis, { date: '2022-03-04', event: 'talks', groups: { leaning: 'left' } });

  test('holds the counts, never the text', () => {
    expect([s.kind, s.id, s.outlet, s.event, s.date, s.groups]).toEqual(['summary', 'n1', 'North Ledger', 'talks', '2022-03-04', { leaning: 'left' }]);
    expect([s.words, s.sentences, s.titleWords]).toEqual([analysis.counts.words, 3, 3]);
    expect(s.wordsByVoice.author + s.wordsByVoice.quoted + s.wordsByVoice.reported).toBe(s.words);
    const json = JSON.stringify(s);
    for (const phrase of ['so-called "peace', 'peace" plan', 'We will not accept', 'would respond']) expect(json).not.toContain(phrase);
    expect(JSON.parse(json)).toEqual(s);
  });

  test('findings per family × category × voice × position add up to the analysis', () => {
    for (const family of ['loaded', 'hedge', 'scareQuote', 'label', 'attribution'] as const) {
      const body = s.findings.filter(([f, , , p]) => f === family && p !== 'title').reduce((n, c) => n + c[4], 0);
      expect(body).toBe(analysis.markers[family].count);
    }
    expect(s.findings).toContainEqual(['scareQuote', 'scare.so-called', 'author', 'lede', 1]);
    expect(s.findings.filter(([f, , , p]) => f === 'loaded' && p === 'title').map((c) => c[1]).sort()).toEqual(['loaded.conflict-verb', 'loaded.pejorative-label']);
  });

  test('attributions, speakers, labels, sentiment and terms', () => {
    expect(s.attribution.byStance.distancing).toBe(1);
    expect(s.attribution.bySourceKind.anonymous).toBe(1);
    expect(s.speakers.find((x) => x.canonical === 'Kirby')).toEqual({ canonical: 'Kirby', kind: 'named', attributions: 1, quotedWords: 5 });
    const ukraine = s.labels.find((l) => l.actor === 'Ukraine');
    expect(ukraine?.labels.map((l) => [l.label, l.count])).toEqual([
      ['Kiev', 1],
      ['Kyiv', 1],
    ]);
    expect(s.sentiment.quoted).toBe(analysis.sentiment.byVoice.quoted.score);
    expect(Object.fromEntries(s.terms)).toEqual(analysis.terms);
    expect(s.terms[0]).toEqual(['regime', 1]);
  });

  test('meta defaults to the analysis; bad input is a FramelensError', () => {
    const d = summarize(analysis);
    expect([d.id, d.outlet, d.event, d.date]).toEqual(['n1', 'North Ledger', null, null]);
    expect(thrown(() => summarize({ findings: [] } as unknown as ArticleAnalysis)).message).toBe('framelens: expected analysis to be an analyze() result (missing schemaVersion, id, outlet, title, …), instead found an object with keys findings');
    // an analysis whose parts have the wrong shape is refused too, with the path of the part
    expect(thrown(() => summarize({ ...analysis, findings: [{ marker: 'loaded' }] } as unknown as ArticleAnalysis)).message).toMatch(/^framelens: expected analysis\.findings\[0\]/);
    expect(thrown(() => summarize(analysis, { date: '4 March 2022' })).message).toBe(
      'framelens: expected meta.date to be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp), instead found string "4 March 2022"',
    );
    expect(thrown(() => summarize(analysis, { date: '2022-13-01' })).code).toBe('E_OPTIONS');
    expect(thrown(() => summarize(analysis, { groups: { month: 'x' } })).path).toBe('meta.groups.month');
    expect(thrown(() => summarize(analysis, { groups: { leaning: 3 as unknown as string } })).message).toBe('framelens: expected meta.groups.leaning to be a string, instead found number 3');
    expect(thrown(() => summarize(analysis, { site: 'x' } as never)).message).toBe('framelens: expected meta to have only id, outlet, event, date, groups, instead found "site"');
  });
});

describe('aggregate()', () => {
  const items = [
    summary({ id: 'a1', outlet: 'A', date: '2022-02-27', words: 100 }, loaded(2)),
    summary({ id: 'a2', outlet: 'A', date: '2022-03-01T09:00:00Z', words: 300 }, loaded(0)),
    summary({ id: 'b1', outlet: 'B', date: '2022-03-02', words: 200 }, loaded(6)),
  ];

  test('sums per group: counts, squares and cross products as exact integers', () => {
    const agg = aggregate(items, { by: 'outlet' });
    expect(Object.keys(agg.groups)).toEqual(['["A"]', '["B"]']);
    const a = agg.groups['["A"]'];
    expect(a?.articles).toBe(2);
    expect(a?.denominators.words).toEqual({ sum: 400, sumSq: 100 * 100 + 300 * 300, articles: 2 });
    expect(a?.denominators.authorWords).toEqual({ sum: 70 + 210, sumSq: 70 * 70 + 210 * 210, articles: 2 });
    // loaded@author: y = 2 in x = 70 author words (the other article has none)
    expect(a?.measures['loaded@author']).toEqual({ sum: 2, sumSq: 4, sumCross: 140, articles: 1, rateSum: Math.round((2 * 1e6) / 70), rateSumSq: Math.round((2 * 1e6) / 70) ** 2 });
    expect(agg.measures['loaded@author']).toEqual({ family: 'loaded', category: null, voice: 'author', denominator: 'authorWords', kind: 'count', primary: true });
  });

  test('month, year and groups keys; articles without a value are grouped under "(none)"', () => {
    const agg = aggregate([...items, summary({ id: 'c1', outlet: 'C', words: 50, groups: { leaning: 'right' } })], { by: ['outlet', 'month'] });
    expect(Object.values(agg.groups).map((g) => g.label)).toEqual(['A|2022-02', 'A|2022-03', 'B|2022-03', 'C|(none)']);
    expect(agg.missing).toEqual({ month: 1 });
    const byYear = aggregate(items, { by: 'year' });
    expect(Object.keys(byYear.groups)).toEqual(['["2022"]']);
    const lean = aggregate([...items, summary({ id: 'c1', outlet: 'C', words: 50, groups: { leaning: 'right' } })], { by: 'leaning' });
    expect(Object.values(lean.groups).map((g) => [g.label, g.articles])).toEqual([
      ['(none)', 3],
      ['right', 1],
    ]);
  });

  test('a generator works, and analyses are summarised on the way', () => {
    function* gen() {
      yield analysis;
      yield* items;
    }
    const agg = aggregate(gen(), { by: 'outlet' });
    expect(agg.articles).toBe(4);
    expect(agg.groups['["North Ledger"]']?.measures.loaded?.sum).toBe(analysis.markers.loaded.count);
    expect(agg.groups['["North Ledger"]']?.labels.Ukraine?.labels['actor-ukraine-kiev']?.forms).toEqual({ Kiev: 1 });
  });

  test('a term "__proto__" is counted like any other', () => {
    const agg = aggregate([summary({ outlet: 'A', words: 10, terms: [['__proto__', 2], ['war', 1]] })], { by: 'outlet' });
    expect(agg.groups['["A"]']?.terms).toEqual({ ids: ['__proto__', 'war'], counts: [2, 1], articles: [1, 1] });
    const twice = mergeAggregates(agg, JSON.parse(JSON.stringify(agg)) as typeof agg);
    expect(twice.groups['["A"]']?.terms).toEqual({ ids: ['__proto__', 'war'], counts: [4, 2], articles: [2, 2] });
  });

  test('bad options and items are FramelensErrors naming what was expected', () => {
    expect(thrown(() => aggregate(items, {} as never)).message).toBe(
      'framelens: expected options.by to be a key (outlet, event, month, year or a groups key) or a non-empty array of keys, instead found undefined',
    );
    expect(thrown(() => aggregate(items, { by: ['outlet', 'outlet'] })).path).toBe('options.by[1]');
    expect(thrown(() => aggregate(items, { by: 'date' })).code).toBe('E_OPTIONS');
    expect(thrown(() => aggregate(42 as never, { by: 'outlet' })).message).toBe('framelens: expected items to be an iterable of analyses or summaries, instead found number 42');
    expect(thrown(() => aggregate(['text'] as never, { by: 'outlet' })).message).toBe('framelens: expected items[0] to be an analyze() result or a summarize() result, instead found string "text"');
    const bad = { ...summary({ words: 10 }), words: -1 };
    expect(thrown(() => aggregate([items[0], bad] as never, { by: 'outlet' })).message).toBe('framelens: expected items[1].words to be a non-negative integer, instead found number -1');
    const badFinding = summary({ words: 10 }, [['loaded', 'x', 'author', 'body', 1.5]]);
    expect(thrown(() => aggregate([badFinding], { by: 'outlet' })).path).toBe('items[0].findings[0][4]');
    const badDate = summary({ words: 10, date: 'yesterday' });
    expect(thrown(() => aggregate([badDate], { by: 'month' })).path).toBe('items[0].date');
  });
});
