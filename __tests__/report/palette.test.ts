import { ARTICLE_COLOURS, DEFAULT_SHOWN, FAMILY_STYLE, STANCE_COLOURS } from '../../src/report/palette';

describe('report palettes', () => {
  test('families, articles and stances never share a colour', () => {
    const families = Object.values(FAMILY_STYLE).map((f) => f.colour.toUpperCase());
    const articles = ARTICLE_COLOURS.map((c) => c.toUpperCase());
    const stances = Object.values(STANCE_COLOURS).map((c) => c.toUpperCase());
    const all = [...families, ...articles, ...stances];
    expect(new Set(all).size).toBe(all.length);
    expect([families.length, articles.length, stances.length]).toEqual([7, 8, 5]);
  });

  test('sentiment words and actor labels are not highlighted when the report opens', () => {
    expect([...DEFAULT_SHOWN].sort()).toEqual(['attribution', 'booster', 'hedge', 'loaded', 'scareQuote']);
  });
});
