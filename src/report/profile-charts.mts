/**
 * Charts of a corpus profile, rendered to SVG in Node with Vega-Lite (no script in the page): rates
 * with 95% intervals per group, a within-event dot plot (each story's rate per group) with the
 * paired differences, and label shares (over months when the profile is by month). Import from
 * `framelens/charts` (ES module and CommonJS: Vega is loaded on the first call).
 */
import type * as vl from 'vega-lite';
import type { CorpusProfile } from '../corpus/profile-types.js';
import { ARTICLE_COLOURS } from './palette.js';
import { vegaModules } from './vega.mjs';

/** A chart of a profile: its title and inline SVG markup. */
export interface ProfileChart {
  /** What the chart shows. */
  title: string;
  /** The chart as an SVG element (no script). */
  svg: string;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** Groups get the article colours of the comparison report, never a marker family's colour. */
const PALETTE = ARTICLE_COLOURS;
const RATE_MEASURES = ['loaded@author', 'hedge@author', 'scareQuote@author', 'source.anonymous'];

async function svgOf(spec: vl.TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await vegaModules();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function colour(domain: string[], title: string): object {
  return { field: 'group', type: 'nominal', scale: { domain, range: PALETTE }, legend: { title } };
}

/**
 * Render the profile's charts.
 *
 * @param options - `measures`: the measures of the rates chart (default loaded@author, hedge@author,
 *   scareQuote@author, source.anonymous, those that occur); `actors`: actors with a label chart (1)
 * @example
 * ```ts
 * const p = profile(agg);
 * writeFileSync('profile.html', toProfileHtml(p, { charts: await renderProfileCharts(p) }));
 * ```
 */
export async function renderProfileCharts(p: CorpusProfile, options: { measures?: string[]; actors?: number } = {}): Promise<ProfileChart[]> {
  const charts: ProfileChart[] = [];
  const groups = p.groups.map((g) => g.group);
  const wanted = options.measures ?? RATE_MEASURES;
  const rows = p.rates
    .filter((r) => wanted.includes(r.measure))
    .flatMap((r) => r.perGroup.filter((g) => g.articles > 0).map((g) => ({ measure: `${r.measure} (${r.unit})`, group: g.group, rate: g.rate, low: g.ci95[0], high: g.ci95[1] })));
  if (rows.length > 0) {
    charts.push({
      title: 'Rates per group with 95% intervals (clustered by article)',
      svg: await svgOf({
        $schema: SCHEMA,
        data: { values: rows },
        facet: { row: { field: 'measure', type: 'nominal', title: null, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' } } },
        spec: {
          width: 360,
          height: { step: 16 },
          encoding: { y: { field: 'group', type: 'nominal', sort: groups, title: null } },
          layer: [
            { mark: { type: 'rule', color: '#555' }, encoding: { x: { field: 'low', type: 'quantitative', title: null }, x2: { field: 'high' } } },
            { mark: { type: 'point', filled: true, size: 50 }, encoding: { x: { field: 'rate', type: 'quantitative' }, color: colour(groups, 'group') } },
          ],
        },
        resolve: { scale: { x: 'independent' } },
      }),
    });
  }

  const measure = p.eventRates.measures[0];
  const dots = p.eventRates.rows.filter((r) => r.measure === measure);
  if (measure !== undefined && dots.length > 0) {
    const unit = p.rates.find((r) => r.measure === measure)?.unit ?? '';
    charts.push({
      title: `Within-event dot plot: ${measure} in each story (${unit})`,
      svg: await svgOf({
        $schema: SCHEMA,
        data: { values: dots },
        width: 360,
        height: { step: 14 },
        mark: { type: 'point', filled: true, size: 45, opacity: 0.85 },
        encoding: {
          y: { field: 'event', type: 'nominal', sort: p.eventRates.events, title: null, axis: { labelLimit: 220 } },
          x: { field: 'rate', type: 'quantitative', title: unit },
          color: colour(groups, 'group'),
          tooltip: [{ field: 'event' }, { field: 'group' }, { field: 'rate', format: '.2f' }, { field: 'articles' }],
        },
      }),
    });
    const pairs = p.withinEvent.filter((d) => d.measure === measure).map((d) => ({ pair: `${d.a} − ${d.b}`, mean: d.meanDifference, low: d.ci95[0], high: d.ci95[1], events: d.events }));
    if (pairs.length > 0) {
      charts.push({
        title: `Within-event differences: ${measure}, mean over shared stories with 95% interval`,
        svg: await svgOf({
          $schema: SCHEMA,
          data: { values: pairs },
          width: 360,
          height: { step: 16 },
          encoding: { y: { field: 'pair', type: 'nominal', title: null, sort: null, axis: { labelLimit: 260 } } },
          layer: [
            { mark: { type: 'rule', color: '#999', strokeDash: [3, 3] }, encoding: { x: { datum: 0 } } },
            { mark: { type: 'rule', color: '#555' }, encoding: { x: { field: 'low', type: 'quantitative', title: unit }, x2: { field: 'high' } } },
            { mark: { type: 'point', filled: true, size: 50, color: '#332288' }, encoding: { x: { field: 'mean', type: 'quantitative' } } },
          ],
        }),
      });
    }
  }

  const byMonth = p.by.includes('month');
  const monthOf = new Map(p.groups.map((g) => [g.group, g.keys.month ?? '']));
  const seriesOf = new Map(p.groups.map((g) => [g.group, p.by.filter((k) => k !== 'month').map((k) => g.keys[k] ?? '').join('|') || 'all']));
  for (const actor of p.labels.slice(0, options.actors ?? 1)) {
    const cells = actor.perGroup.flatMap((g) => g.labels.map((l) => ({ group: g.group, series: seriesOf.get(g.group) ?? g.group, month: monthOf.get(g.group) ?? '', label: l.label, share: l.share, count: l.count })));
    if (cells.length === 0) continue;
    if (byMonth) {
      charts.push({
        title: `How ${actor.actor} is named over time (share of mentions)`,
        svg: await svgOf({
          $schema: SCHEMA,
          data: { values: cells },
          facet: { row: { field: 'series', type: 'nominal', title: null } },
          spec: {
            width: 360,
            height: 90,
            mark: { type: 'line', point: true },
            encoding: {
              x: { field: 'month', type: 'ordinal', title: null },
              y: { field: 'share', type: 'quantitative', axis: { format: '%' }, title: null, scale: { domain: [0, 1] } },
              color: { field: 'label', type: 'nominal', scale: { scheme: 'tableau10' } },
            },
          },
        }),
      });
    } else {
      charts.push({
        title: `How each group names ${actor.actor} (share of mentions)`,
        svg: await svgOf({
          $schema: SCHEMA,
          data: { values: cells },
          width: 360,
          height: { step: 20 },
          mark: { type: 'bar' },
          encoding: {
            y: { field: 'group', type: 'nominal', sort: groups, title: null },
            x: { field: 'count', type: 'quantitative', stack: 'normalize', title: 'share of mentions', axis: { format: '%' } },
            color: { field: 'label', type: 'nominal', scale: { scheme: 'tableau20' } },
            tooltip: [{ field: 'label' }, { field: 'count' }, { field: 'share', format: '.0%' }],
          },
        }),
      });
    }
  }
  return charts;
}
