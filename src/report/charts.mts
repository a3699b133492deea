/**
 * Charts of a comparison, rendered to SVG in Node with Vega-Lite (no script in the page):
 * rates per 1,000 words with 95% intervals, label shares per actor, and the stance mix of each
 * article's attributions. ESM only (Vega is an ES module): import from `framelens/charts`.
 */
import type * as vl from 'vega-lite';
import { checkReportArgs } from '../args.js';
import type { Comparison } from '../compare.js';
import type { MarkerId } from '../types.js';

/** A chart: its title and inline SVG markup. */
export interface Chart {
  title: string;
  svg: string;
}

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];
const FAMILIES: readonly MarkerId[] = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote'];

/** Vega and Vega-Lite, loaded on the first chart (not by a command or page that draws none). */
let engines: Promise<[typeof import('vega'), typeof import('vega-lite')]> | null = null;
const loadVega = (): Promise<[typeof import('vega'), typeof import('vega-lite')]> => (engines ??= Promise.all([import('vega'), import('vega-lite')]));

async function toSvg(spec: vl.TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** The encoding of a single-view (unit) Vega-Lite spec. */
type UnitEncoding = NonNullable<Extract<vl.TopLevelSpec, { mark: unknown }>['encoding']>;
const WIDTH = 300;

/** A horizontal bar chart of `values`, one band of `step` pixels per y value. */
async function barChart(title: string, values: object[], step: number, encoding: UnitEncoding): Promise<Chart> {
  return { title, svg: await toSvg({ $schema: SCHEMA, data: { values }, width: WIDTH, height: { step }, mark: { type: 'bar' }, encoding }) };
}

function articleName(c: Comparison, id: string): string {
  const a = c.articles.find((x) => x.id === id);
  return a?.outlet !== null && a?.outlet !== undefined && a.outlet !== id ? `${id} ${a.outlet}` : id;
}

/**
 * Render the comparison's charts.
 *
 * @param actors - how many actors get a label-share chart (most mentioned first), default 2
 * @example
 * ```ts
 * const charts = await renderCharts(compare(inputs));
 * writeFileSync('report.html', toHtml(articles, comparison, { charts }));
 * ```
 */
export async function renderCharts(c: Comparison, options: { actors?: number } = {}): Promise<Chart[]> {
  checkReportArgs(c, options, ['actors']);
  const charts: Chart[] = [];
  const domain = c.articles.map((a) => articleName(c, a.id));
  const colour = { field: 'article', type: 'nominal' as const, scale: { domain, range: PALETTE }, legend: { title: 'article' } };

  const rateRows = c.rates
    .filter((r) => r.category === null && FAMILIES.includes(r.family))
    .flatMap((r) => r.perArticle.map((x) => ({ family: r.family, article: articleName(c, x.id), rate: x.per1kWords, low: x.ci95[0], high: x.ci95[1] })));
  charts.push({
    title: 'Rates per 1,000 words with 95% Wilson intervals',
    svg: await toSvg({
      $schema: SCHEMA,
      data: { values: rateRows },
      width: WIDTH,
      height: { step: 14 },
      encoding: { y: { field: 'family', type: 'nominal', sort: [...FAMILIES], title: null }, yOffset: { field: 'article', sort: domain } },
      layer: [
        { mark: { type: 'bar' }, encoding: { x: { field: 'rate', type: 'quantitative', title: 'per 1,000 words' }, color: colour } },
        { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      ],
    }),
  });

  for (const l of c.labels.slice(0, options.actors ?? 2)) {
    const rows = l.perArticle.flatMap((p) => Object.entries(p.counts).map(([label, count]) => ({ article: articleName(c, p.id), label, count, share: p.shares[label] ?? 0 })));
    if (rows.length === 0) continue;
    charts.push(
      await barChart(`How each article names ${l.actor} (share of mentions)`, rows, 22, {
        y: { field: 'article', type: 'nominal', sort: domain, title: null },
        x: { field: 'count', type: 'quantitative', stack: 'normalize', title: 'share of mentions', axis: { format: '%' } },
        color: { field: 'label', type: 'nominal', scale: { scheme: 'tableau20' }, legend: { title: 'label', columns: 2 } },
        tooltip: [{ field: 'label' }, { field: 'count' }],
      }),
    );
  }

  const stanceRows = c.sources.flatMap((s) =>
    Object.entries(s.stances)
      .filter(([, v]) => v.count > 0)
      .map(([stance, v]) => ({ article: articleName(c, s.id), stance, count: v.count })),
  );
  if (stanceRows.length > 0) {
    charts.push(
      await barChart('Speech-verb stance of each article’s attributions', stanceRows, 22, {
        y: { field: 'article', type: 'nominal', sort: domain, title: null },
        x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'attributions' },
        color: { field: 'stance', type: 'nominal', scale: { domain: ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'], range: ['#999999', '#0072B2', '#D55E00', '#009E73', '#CC79A7'] } },
      }),
    );
  }

  const speakerRows = c.sources.flatMap((s) => s.speakers.slice(0, 5).map((sp) => ({ article: articleName(c, s.id), speaker: sp.canonical, attributions: sp.attributions })));
  if (speakerRows.length > 0) {
    charts.push(
      await barChart('Top speakers per article (attributions)', speakerRows, 12, {
        y: { field: 'speaker', type: 'nominal', sort: '-x', title: null },
        yOffset: { field: 'article', sort: domain },
        x: { field: 'attributions', type: 'quantitative' },
        color: colour,
      }),
    );
  }
  return charts;
}

export { renderProfileCharts, type ProfileChart } from './profile-charts.mjs';
