import * as framelens from '../src/index';

describe('public surface', () => {
  test('the runtime exports are exactly these', () => {
    expect(Object.keys(framelens).sort()).toEqual(['FramelensError', 'LEXICON_FAMILIES', 'MARKER_IDS', 'analyze', 'compare', 'escapeHtml', 'getBuiltinLexicon', 'toCsv', 'toHtml', 'toMarkdown', 'toTable', 'validateLexicon']);
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
