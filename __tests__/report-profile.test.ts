/**
 * Renderers of a corpus profile: Markdown, terminal tables, tidy CSV and the HTML page (charts are
 * rendered in Node from the built `framelens/charts`, as a user would).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { aggregate, profile, toCsv, toMarkdown, toProfileHtml, toTable } from '../src/index';
import { simulate } from '../eval/corpus-sim';

const corpus = [
  ...simulate({
    seed: 5,
    outlets: [
      { name: 'Alpha <b>', loaded: 2, kiev: { before: 0.9, after: 0.1 }, term: { term: 'regime', perArticle: 2 } },
      { name: 'Beta', loaded: 5, kiev: { before: 0.8, after: 0.8 } },
    ],
    articles: 120,
    dispersion: 2,
    events: 12,
    months: ['2022-02', '2022-03'],
    switchMonth: '2022-03',
  }),
];
const byOutlet = profile(aggregate(corpus, { by: 'outlet' }));
const byMonth = profile(aggregate(corpus, { by: ['outlet', 'month'] }));

describe('profile renderers', () => {
  test('Markdown: groups, rates with intervals, differences, within-event rows, labels over time', () => {
    const md = toMarkdown(byOutlet);
    expect(md.split('\n')[0]).toBe('# framelens profile of 240 articles by outlet');
    const alpha = byOutlet.rates.find((r) => r.measure === 'loaded@author')?.perGroup[0];
    const shown = `${(alpha?.rate ?? 0).toFixed(2)} [${(alpha?.ci95[0] ?? 0).toFixed(2)}, ${(alpha?.ci95[1] ?? 0).toFixed(2)}]`;
    expect(md).toContain(`| Alpha <b> | `);
    expect(md).toContain(shown);
    expect(md).toMatch(/\| loaded@author \| Alpha <b> vs Beta \| [0-9.]+ vs [0-9.]+ \| 0\.[0-9]+ \[0\.[0-9]+, 0\.[0-9]+\] \|/);
    expect(md).toContain('## Within-event comparisons (same stories; paired t over shared events)');
    const series = toMarkdown(byMonth);
    expect(series).toContain('## How Ukraine is named, by month (share of mentions)');
    expect(series).toMatch(/\| Alpha <b> \| Kiev \| 9[0-9]% \| 1?[0-9]% \|/);
  });

  test('terminal tables and tidy CSV: one row per group × measure', () => {
    expect(toTable(byOutlet).split('\n')[0]).toBe('Groups');
    const lines = toCsv(byMonth).trim().split('\n');
    expect(lines[0]?.startsWith('group,outlet,month,measure,family,category,voice,unit,kind,articles,count,denominator,rate,')).toBe(true);
    const rows = byMonth.rates.reduce((n, r) => n + r.perGroup.length, 0);
    const labelRows = byMonth.labels.reduce((n, a) => n + a.perGroup.reduce((m, g) => m + g.labels.length, 0), 0);
    expect(lines.length - 1).toBe(rows + labelRows);
    const row = lines.find((l) => l.startsWith('Beta|2022-03,Beta,2022-03,loaded@author,loaded,,author,per 1,000 author-voice words'));
    expect(row).toBeUndefined(); // the unit has a comma: the field is quoted
    expect(lines.some((l) => l.startsWith('Beta|2022-03,Beta,2022-03,loaded@author,loaded,,author,"per 1,000 author-voice words",count,60,'))).toBe(true);
  });

  test('the HTML page escapes every name and runs no script; charts come from framelens/charts', () => {
    const script = `const f = await import('framelens'); const c = await import('framelens/charts');
      const p = JSON.parse(process.argv[1]);
      const charts = await c.renderProfileCharts(p);
      process.stdout.write(JSON.stringify(charts.map((x) => [x.title, x.svg.startsWith('<svg')])));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(byMonth)], { cwd: join(__dirname, '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const titles = (JSON.parse(out) as Array<[string, boolean]>).map(([t, svg]) => (svg ? t : `not svg: ${t}`));
    expect(titles).toEqual([
      'Rates per group with 95% intervals (clustered by article)',
      'Within-event dot plot: loaded@author in each story (per 1,000 author-voice words)',
      'Within-event differences: loaded@author, mean over shared stories with 95% interval',
      'How Ukraine is named over time (share of mentions)',
    ]);
    const html = toProfileHtml(byOutlet, { charts: [{ title: 'x <i>', svg: '<svg></svg>' }] });
    expect(html).toContain('Alpha &lt;b&gt;');
    expect(html).not.toContain('Alpha <b>');
    expect(html).toContain('<h3>x &lt;i&gt;</h3><svg></svg>');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).not.toMatch(/<script/i);
  });
});
