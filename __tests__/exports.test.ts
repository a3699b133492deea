import * as framelens from '../src/index';

describe('public surface', () => {
  test('the runtime exports are exactly these', () => {
    expect(Object.keys(framelens).sort()).toEqual([
      'FramelensError',
      'LEXICON_FAMILIES',
      'MARKER_IDS',
      'MAX_TEXT_LENGTH',
      'aggregate',
      'analyze',
      'analyzeMany',
      'compare',
      'escapeHtml',
      'getBuiltinLexicon',
      'mergeAggregates',
      'profile',
      'summarize',
      'toCsv',
      'toHtml',
      'toMarkdown',
      'toProfileHtml',
      'toTable',
      'validateLexicon',
    ]);
  });

  test('corpus profiles are plain JSON: summary, aggregate and profile survive stringify and parse', () => {
    const a = framelens.analyze('Officials said the so-called plan may fail.', { id: 'x', outlet: 'y' });
    const s = framelens.summarize(a, { date: '2024-05-01' });
    const agg = framelens.aggregate([s], { by: ['outlet', 'month'] });
    const p = framelens.profile(agg);
    for (const v of [s, agg, p]) expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect([s.kind, agg.kind, p.kind]).toEqual(['summary', 'aggregate', 'profile']);
    expect(Object.keys(p).sort()).toEqual(['articles', 'by', 'differences', 'distinctive', 'event', 'eventRates', 'groups', 'kind', 'labels', 'method', 'rates', 'schemaVersion', 'sources', 'warnings', 'withinEvent']);
  });

  test('marker ids and lexicon families', () => {
    expect(framelens.MARKER_IDS).toEqual(['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label']);
    expect(framelens.LEXICON_FAMILIES).toEqual(['loaded', 'hedge', 'booster', 'attribution', 'source', 'label', 'grammar']);
  });

  test('the analysis is plain JSON: stringify and parse lose nothing', () => {
    const a = framelens.analyze('“We do not support it,” Kirby said of the so-called “peace” plan.', { title: 'Kirby: no', id: 'x', outlet: 'y' });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.schemaVersion).toBe('1');
    expect(Object.keys(a).sort()).toEqual(
      ['attributionStats', 'attributions', 'counts', 'findings', 'id', 'labels', 'markers', 'markersRun', 'outlet', 'schemaVersion', 'sentences', 'sentiment', 'speakers', 'terms', 'title', 'warnings'].sort(),
    );
  });
});
