import { thrown as err } from './helpers/errors';
import { analyze, compare, toCsv, toMarkdown, toTable } from '../src/index';
import type { Comparison } from '../src/index';
import { seedText } from './helpers/seeds';

const seeds = ['000', '002', '004'].map((id) => ({ id, text: seedText[id] ?? '' }));
const c: Comparison = compare(seeds);


describe('compare() on the seeds', () => {
  test("004's loaded-term rate is significantly higher than 000's at alpha 0.05 after correction", () => {
    const d = c.differences.find((x) => x.measure === 'loaded' && x.a === '000' && x.b === '004');
    expect(d?.significant).toBe(true);
    expect(d?.q).toBeLessThan(0.05);
    expect(d?.per1kB).toBeGreaterThan(d?.per1kA ?? Infinity);
    expect(d?.rateRatio).toBeLessThan(1);
  });

  test('"CCP" is among 004\'s distinctive terms', () => {
    const terms = c.distinctive.find((d) => d.id === '004')?.terms.map((t) => t.term);
    expect(terms).toContain('CCP');
  });

  test('the shared Kirby quote aligns across all three seeds despite three wordings', () => {
    const unit = c.coverage.units.find((u) => u.members.some((m) => /just and lasting peace/.test(m.text)));
    expect(unit?.articles).toEqual(['000', '002', '004']);
    const texts = unit?.members.map((m) => m.text) ?? [];
    expect(texts.some((t) => /We don't think it would be a step toward/.test(t))).toBe(true);
    expect(texts.some((t) => /We do not consider this to be a step towards/.test(t))).toBe(true);
    expect(texts.some((t) => /We don’t see this as a step towards/.test(t))).toBe(true);
  });

  test('the ICC arrest-warrant passage is unique to 004', () => {
    const units = c.coverage.units.filter((u) => u.members.some((m) => /arrest warrant/.test(m.text)));
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(u.articles).toEqual(['004']);
  });

  test("the British prime minister's spokesman is unique to 000", () => {
    const units = c.coverage.units.filter((u) => u.members.some((m) => /British Prime Minister/.test(m.text)));
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(u.articles).toEqual(['000']);
  });

  test('rates carry intervals, z and ranks; the pooled rate is the weighted mean', () => {
    const loaded = c.rates.find((r) => r.measure === 'loaded');
    expect(loaded?.perArticle.map((x) => x.rank)).toEqual([2, 3, 1]);
    for (const x of loaded?.perArticle ?? []) {
      expect(x.ci95[0]).toBeLessThanOrEqual(x.per1kWords);
      expect(x.ci95[1]).toBeGreaterThanOrEqual(x.per1kWords);
    }
    const total = c.articles.reduce((s, a) => s + a.words, 0);
    const count = loaded?.perArticle.reduce((s, x) => s + x.count, 0) ?? 0;
    expect(loaded?.pooledPer1kWords).toBeCloseTo((count * 1000) / total, 10);
    expect(c.rates.some((r) => r.measure === 'loaded.deceit')).toBe(true);
  });

  test('labels, sources and fingerprints', () => {
    const china = c.labels.find((l) => l.actor === 'China');
    const p004 = china?.perArticle.find((p) => p.id === '004');
    expect(p004?.counts.CCP).toBeGreaterThanOrEqual(8);
    expect(china?.perArticle.find((p) => p.id === '000')?.counts.CCP).toBeUndefined();
    expect(c.sources.map((s) => s.speakers[0]?.canonical)).toEqual(['John Kirby', 'John Kirby', 'John Kirby']);
    expect(c.sources.find((s) => s.id === '004')?.stances.distancing.count).toBeGreaterThanOrEqual(2);
    expect(c.fingerprints.distance[0]?.[0]).toBe(0);
    expect(c.fingerprints.distance[0]?.[2]).toBeCloseTo(c.fingerprints.distance[2]?.[0] ?? NaN, 10);
  });

  test('existing analyses are reused, not recomputed', () => {
    const a = analyze(seedText['002'] ?? '', { id: 'x2' });
    const marked = { ...a, markers: { ...a.markers, loaded: { ...a.markers.loaded, count: 99 } } };
    const r = compare([marked, { id: 'y', text: 'The regime lied.' }]);
    expect(r.rates.find((x) => x.measure === 'loaded')?.perArticle[0]?.count).toBe(99);
  });

  test('renderers: Markdown, CSV (tidy), terminal table', () => {
    const md = toMarkdown(c);
    expect(md).toContain('## Rates per 1,000 words');
    expect(md).toContain('| loaded |');
    const csv = toCsv(c).trim().split('\n');
    expect(csv[0]).toBe('article,outlet,measure,family,category,count,words,per1k_words,ci95_low,ci95_high,z,rank,share,author_count,author_per1k_words');
    expect(csv.filter((l) => /^004,,loaded,loaded,,/.test(l))).toEqual(['004,,loaded,loaded,,25,1472,16.9836956522,11.5300031751,24.9518685726,2.54743554496,1,,14,9.51086956522']);
    // the writer's stances per article, then the documents' conventional verbs
    expect(csv.filter((l) => /^004,,stance:/.test(l)).map((l) => l.split(',')[2])).toEqual(['stance:neutral', 'stance:emphatic', 'stance:distancing', 'stance:endorsing', 'stance:accusing', 'stance:conventional']);
    expect(toTable(c)).toContain('Significant differences');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  test("rates carry the writer's own voice: 14 of 004's 25 loaded terms, none of 000's one", () => {
    const loaded = c.rates.find((r) => r.measure === 'loaded')?.perArticle.map((x) => [x.id, x.count, x.authorCount]);
    expect(loaded).toEqual([
      ['000', 1, 0],
      ['002', 0, 0],
      ['004', 25, 14],
    ]);
    // a category's author count is counted from its findings, and never exceeds the total
    for (const r of c.rates) for (const x of r.perArticle) expect(x.authorCount).toBeLessThanOrEqual(x.count);
    const deceit = c.rates.find((r) => r.measure === 'loaded.deceit')?.perArticle[2];
    const a004 = analyze(seedText['004'] ?? '');
    expect(deceit?.authorCount).toBe(a004.findings.filter((f) => f.category === 'loaded.deceit' && f.voice === 'author' && f.position !== 'title').length);
    expect(toMarkdown(c)).toContain("| loaded | 0.0 (0) | 0.0 (0) | 9.5 (14) |");
  });

  test('the reports open with the significant differences in words', () => {
    const first = "004 uses loaded terms 11.5 times as often as 000: 17.0 vs 1.5 per 1,000 words (q = 0.006); in the writer's own voice 9.5 vs 0.0.";
    expect(toMarkdown(c).split('\n').slice(4, 8)).toEqual(['## What differs', '', `- ${first}`, "- 004 uses loaded terms (17.0 per 1,000 words) and 002 none (q = 0.006); in the writer's own voice 9.5 vs 0.0."]);
    expect(toTable(c).startsWith(`What differs\n============\n- 004 uses loaded terms 11.5 times as often as 000: 17.0 vs 1.5 per 1,000 words (q = 0.006); in`)).toBe(true);
    const none = compare([{ id: 'a', text: 'Officials said the talks may resume.' }, { id: 'b', text: 'The talks may resume, officials said.' }]);
    expect(toMarkdown(none)).toContain("- No family's rate differs significantly between these articles (6 tests, Benjamini-Hochberg q < 0.05). With 6–6 words per article the intervals are wide");
  });

  test("every article's warnings, and families run on some articles only", () => {
    const open = analyze('Kirby said "the talks may resume.\n\nThe regime lied.', { id: 'open', markers: ['loaded', 'hedge'] });
    const r = compare([open, analyze('Officials said it may fail.', { id: 'plain' })]);
    expect(r.warnings.map((w) => [w.code, w.article])).toEqual([
      ['markers-differ', undefined],
      ['quote-unclosed', 'open'],
    ]);
    expect([...new Set(r.rates.map((x) => x.family))]).toEqual(['loaded', 'hedge']);
    expect(r.fingerprints.measures).toEqual(['loaded.per1kWords', 'hedge.per1kWords']);
  });
});

describe('compare() degenerate inputs', () => {
  test('zero articles, duplicate ids and malformed inputs are clear errors', () => {
    expect(err(() => compare([])).message).toBe('framelens: expected at least one article to compare, instead found an empty array');
    expect(err(() => compare([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).message).toContain('expected article ids to be unique, instead found "a" at inputs[0] and inputs[1]');
    expect(err(() => compare([42 as never])).code).toBe('E_INPUT');
    expect(err(() => compare('text' as never)).code).toBe('E_INPUT');
    expect(err(() => compare(['a'], { alpha: 2 })).message).toContain('expected options.alpha to be a number in [0, 1], instead found number 2');
  });

  test('one article: a valid result with nothing to test', () => {
    const r = compare(['The regime lied again.']);
    expect(r.differences).toEqual([]);
    expect(r.rates[0]?.perArticle[0]).toMatchObject({ id: 'article-1', z: 0, rank: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(['single-article']);
    expect(JSON.stringify(r)).not.toMatch(/NaN|null,"z"/);
  });

  test('an article with zero words: rates 0, interval [0, 0], never NaN', () => {
    const r = compare(['', 'The regime lied.']);
    const first = r.rates.find((x) => x.measure === 'loaded')?.perArticle[0];
    expect(first).toMatchObject({ count: 0, words: 0, per1kWords: 0, ci95: [0, 0], z: 0 });
    expect(JSON.stringify(r)).not.toContain('NaN');
    expect(r.warnings.map((w) => w.code)).toContain('empty-article');
  });
});
