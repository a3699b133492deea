/**
 * Charts of a comparison as SVG strings, rendered in Node (or a browser) with Vega-Lite: no script
 * in the page that shows them.
 *
 * - rates per 1,000 words of each family with 95% intervals, with the writer's own voice drawn over
 *   the total;
 * - how each article names the most mentioned actors (shares of mentions);
 * - the stance mix of each article's speech verbs (shares, so articles of any length compare);
 * - the top speakers of each article.
 *
 * Each chart is rendered twice, at the width it is shown: `svg` for wide screens and `narrowSvg`
 * for phones, both with text of 12 px, so that no chart is scaled down into illegible text. Vega and
 * Vega-Lite are ES modules only; they are loaded on the first call with a dynamic `import()`, which
 * works from CommonJS too.
 *
 * @packageDocumentation
 * @module framelens/charts
 */
import type * as vl from 'vega-lite';
import { checkReportArgs } from '../args.js';
import type { Comparison } from '../compare.js';
import type { Stance } from '../types.js';
import { ARTICLE_COLOURS, FAMILY_STYLE, RATE_FAMILIES, STANCE_COLOURS } from './palette.js';
import { vegaModules } from './vega.mjs';

/**
 * A chart of a comparison: its title, a caption saying how to read it, and the same chart as SVG
 * at two widths.
 *
 * @example
 * ```ts
 * const [rates] = await renderCharts(comparison);
 * rates.id;                      // 'rates'
 * writeFileSync('rates.svg', rates.svg);
 * ```
 */
export interface Chart {
  /** Stable id: `rates`, `labels-1`, `labels-2` (by actor rank), `stance`, `speakers`. */
  id: string;
  /** The chart's title, in words. */
  title: string;
  /** How to read it (what the shades and colours mean). */
  caption: string;
  /** SVG markup rendered at `options.width` pixels (the rates chart; the others at three quarters of it). */
  svg: string;
  /** SVG markup rendered at `options.narrowWidth` pixels (for small screens). */
  narrowSvg: string;
}

/**
 * Options of {@link renderCharts}.
 *
 * @example
 * ```ts
 * await renderCharts(comparison, { actors: 3, width: 720 });
 * ```
 */
export interface ChartOptions {
  /** How many actors get a label-share chart (most mentioned first). Default 2. */
  actors?: number;
  /** Width of the rates chart's `svg` in pixels (axes and legend included; the other charts get three quarters of it). Default 640. */
  width?: number;
  /** Width of `narrowSvg` in pixels (axes and legend included). Default 320. */
  narrowWidth?: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Text of 12 px everywhere, the report's font, no frame around the plot. */
const CONFIG = {
  font: FONT,
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const, labelLimit: 180 },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const, labelLimit: 180, symbolOpacity: 1, orient: 'bottom' as const, direction: 'horizontal' as const },
  view: { stroke: null },
};

/** A single-view Vega-Lite spec without data, size and config (filled in by `render`). */
type ViewSpec = Omit<Extract<vl.TopLevelSpec, { mark: unknown }>, 'data' | 'width' | 'config' | '$schema'> | Omit<Extract<vl.TopLevelSpec, { layer: unknown }>, 'data' | 'width' | 'config' | '$schema'>;

async function toSvg(spec: vl.TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await vegaModules();
  const quiet = vega.logger(vega.None);
  const view = new vega.View(vega.parse(vegaLite.compile(spec, { logger: quiet }).spec), { renderer: 'none', logger: quiet });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Legend columns that fit a width: the legend starts where the plot does (after the axis labels), a column takes about 200 px. */
const columns = (width: number): number => Math.max(1, Math.floor((width - 150) / 200));

/** Render a view at a total width (autosize fit: axes and legends included). */
function render(spec: ViewSpec, values: object[], width: number): Promise<string> {
  const legend = { ...CONFIG.legend, columns: columns(width) };
  return toSvg({ $schema: SCHEMA, data: { values }, width, autosize: { type: 'fit', contains: 'padding' }, config: { ...CONFIG, legend }, ...spec } as vl.TopLevelSpec);
}

/**
 * One bar per article, split by `part` into shares of 100% (rows `{ article, [part], count, share }`):
 * articles of any length compare.
 */
function sharesSpec(domain: string[], part: string, scale: { scheme: 'tableau20' } | { domain: string[]; range: string[] }, of: string): ViewSpec {
  return {
    mark: { type: 'bar' },
    height: { step: 24 },
    encoding: {
      y: { field: 'article', type: 'nominal', sort: domain, title: null },
      x: { field: 'share', type: 'quantitative', stack: 'normalize', title: `share of ${of}`, axis: { format: '%' } },
      color: { field: part, type: 'nominal', scale, legend: { title: null } },
      tooltip: [{ field: 'article' }, { field: part }, { field: 'count', title: of }, { field: 'share', format: '.0%' }],
    },
  };
}

function articleName(c: Comparison, id: string): string {
  const a = c.articles.find((x) => x.id === id);
  return a?.outlet !== null && a?.outlet !== undefined && a.outlet !== id ? `${id} ${a.outlet}` : id;
}

/**
 * Render the charts of a comparison: the rates chart first, then label shares for the most
 * mentioned actors, the stance mix and the top speakers (charts without data are left out).
 *
 * @param c - a result of `compare()` with two or more articles
 * @param options - see {@link ChartOptions}
 * @returns the charts in report order
 * @example
 * ```ts
 * const charts = await renderCharts(compare(inputs));
 * writeFileSync('report.html', toHtml(articles, comparison, { charts }));
 * charts.map((x) => x.id); // ['rates', 'labels-1', 'labels-2', 'stance', 'speakers']
 * ```
 */
export async function renderCharts(c: Comparison, options: ChartOptions = {}): Promise<Chart[]> {
  checkReportArgs(c, options, ['actors', 'width', 'narrowWidth']);
  const width = options.width ?? 640;
  const narrow = options.narrowWidth ?? 320;
  const domain = c.articles.map((a) => articleName(c, a.id));
  const range = domain.map((_, k) => ARTICLE_COLOURS[k % ARTICLE_COLOURS.length] ?? '#332288');
  const articleColour = { field: 'article', type: 'nominal' as const, scale: { domain, range }, legend: { title: null } };
  const specs: Array<{ id: string; title: string; caption: string; spec: ViewSpec; values: object[] }> = [];

  const families = RATE_FAMILIES.filter((f) => c.rates.some((r) => r.family === f && r.category === null));
  const labelOf = (f: string): string => FAMILY_STYLE[f as keyof typeof FAMILY_STYLE]?.label ?? f;
  const rateRows = c.rates
    .filter((r) => r.category === null && families.includes(r.family))
    .flatMap((r) => r.perArticle.map((x) => ({ family: labelOf(r.family), article: articleName(c, x.id), rate: x.per1kWords, author: x.authorPer1kWords, low: x.ci95[0], high: x.ci95[1], count: x.count, authorCount: x.authorCount })));
  specs.push({
    id: 'rates',
    title: 'Rates per 1,000 words, with 95% intervals',
    caption: "Dark bar: the writer's own voice (outside quotations and reported speech). Light bar: all findings. Line: 95% Wilson interval of the total.",
    values: rateRows,
    spec: {
      height: { step: 16 },
      encoding: { y: { field: 'family', type: 'nominal', sort: families.map(labelOf), title: null }, yOffset: { field: 'article', sort: domain } },
      layer: [
        { mark: { type: 'bar', opacity: 0.35 }, encoding: { x: { field: 'rate', type: 'quantitative', title: 'per 1,000 words' }, color: articleColour, tooltip: [{ field: 'article' }, { field: 'family' }, { field: 'rate', format: '.1f', title: 'all, per 1,000' }, { field: 'count', title: 'findings' }] } },
        { mark: { type: 'bar' }, encoding: { x: { field: 'author', type: 'quantitative' }, color: articleColour, tooltip: [{ field: 'article' }, { field: 'family' }, { field: 'author', format: '.1f', title: "writer's own voice, per 1,000" }, { field: 'authorCount', title: 'findings' }] } },
        { mark: { type: 'rule', color: '#222222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      ],
    },
  });

  c.labels.slice(0, options.actors ?? 2).forEach((l, k) => {
    const values = l.perArticle.flatMap((p) => Object.entries(p.counts).map(([label, count]) => ({ article: articleName(c, p.id), label, count, share: p.shares[label] ?? 0 })));
    if (values.length === 0) return;
    specs.push({
      id: `labels-${k + 1}`,
      title: `How each article names ${l.actor}`,
      caption: `Share of each article's mentions of ${l.actor} by the label used.`,
      values,
      spec: sharesSpec(domain, 'label', { scheme: 'tableau20' }, 'mentions'),
    });
  });

  const stances = Object.keys(STANCE_COLOURS) as Stance[];
  const stanceRows = c.sources.flatMap((s) => stances.filter((st) => s.stances[st].count > 0).map((st) => ({ article: articleName(c, s.id), stance: st, count: s.stances[st].count, share: s.stances[st].share })));
  if (stanceRows.length > 0) {
    specs.push({
      id: 'stance',
      title: 'Speech-verb stance of each article’s attributions',
      caption: 'Share of each article’s attributions by the stance of the verb: neutral (said), emphatic (stressed), distancing (claimed), endorsing (revealed), accusing (accused).',
      values: stanceRows,
      spec: sharesSpec(domain, 'stance', { domain: stances, range: stances.map((st) => STANCE_COLOURS[st]) }, 'attributions'),
    });
  }

  const speakerRows = c.sources.flatMap((s) => s.speakers.slice(0, 4).map((sp) => ({ article: articleName(c, s.id), speaker: sp.canonical, attributions: sp.attributions })));
  if (speakerRows.length > 0) {
    specs.push({
      id: 'speakers',
      title: 'Top speakers of each article',
      caption: 'Attributions to each article’s four most quoted speakers.',
      values: speakerRows,
      spec: {
        mark: { type: 'bar' },
        height: { step: 14 },
        encoding: {
          y: { field: 'speaker', type: 'nominal', sort: '-x', title: null },
          yOffset: { field: 'article', sort: domain },
          x: { field: 'attributions', type: 'quantitative', title: 'attributions' },
          color: articleColour,
          tooltip: [{ field: 'article' }, { field: 'speaker' }, { field: 'attributions' }],
        },
      },
    });
  }

  const charts: Chart[] = [];
  for (const s of specs) {
    // the rates chart at full width; the others three quarters of it, two to a row on a desktop page
    const wide = s.id === 'rates' ? width : Math.max(narrow, Math.round(width * 0.75));
    const [svg, narrowSvg] = await Promise.all([render(s.spec, s.values, wide), render(s.spec, s.values, narrow)]);
    charts.push({ id: s.id, title: s.title, caption: s.caption, svg, narrowSvg });
  }
  return charts;
}

export { renderProfileCharts, type ProfileChart } from './profile-charts.mjs';
