/**
 * The HTML report: one self-contained file that works offline. With two or more articles it opens
 * with what differs, in words; then the rates chart (the writer's own voice drawn over the total)
 * and the rate tables; then the other charts and tables; then each article's text with every
 * finding highlighted (one element per finding, coloured by family, a tooltip with the evidence) and
 * checkboxes that show or hide each family (pure CSS: the page runs no script). Loaded terms,
 * hedges, boosters, attribution cues and scare quotes are highlighted when the page opens;
 * sentiment words and actor labels, which are many, are one click away.
 *
 * Layout: charts are inline SVG rendered at the width they are shown (a wide and a narrow
 * rendering, switched by a media query), so their text is never scaled below 12 px; below 700 px
 * the page is one column and the legend scrolls with the page instead of covering it.
 *
 * Security: every piece of text, title, outlet name and lexicon note is HTML-escaped, and a Content
 * Security Policy forbids scripts, remote resources and forms, so hostile input is shown literally.
 */
import { checkHtmlArgs } from '../args';
import type { Comparison } from '../compare-types';
import type { MarkerId } from '../types';
import { MARKER_IDS } from '../types';
import { sections, type Section } from './format';
import { articleHtml, escapeHtml, type ReportArticle } from './html-article';
import { DEFAULT_SHOWN, FAMILY_STYLE } from './palette';
import { summaryLines } from './summary';

export { escapeHtml } from './html-article';
export type { ReportArticle } from './html-article';

/**
 * A chart for the report: what `renderCharts` of `framelens/charts` returns.
 *
 * @example
 * ```ts
 * const chart: ReportChart = { title: 'Rates', svg: '<svg …></svg>' };
 * ```
 */
export interface ReportChart {
  /** Stable id (`rates` is shown first, beside the rate tables). */
  id?: string;
  /** The chart's title. */
  title: string;
  /** How to read it, shown under the chart. */
  caption?: string;
  /** SVG markup for wide screens. */
  svg: string;
  /** SVG markup for screens narrower than 700 px; `svg` is used when absent. */
  narrowSvg?: string;
}

/**
 * Options of {@link toHtml}.
 *
 * @example
 * ```ts
 * toHtml(articles, comparison, { heading: 'Three outlets, one day', charts: await renderCharts(comparison) });
 * ```
 */
export interface HtmlReportOptions {
  /** The report's heading. Default "framelens: N articles compared" (or "framelens report"). */
  heading?: string;
  /** Charts (see `renderCharts` in `framelens/charts`), shown in the comparison section. */
  charts?: ReportChart[];
}

const CSS = `
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:0 20px 40px}
h1{font-size:1.6em;line-height:1.25;margin:.8em 0 .2em}h2{font-size:1.3em;margin:1.2em 0 .4em}h3{font-size:1.05em;margin:.8em 0 .3em}
.lead,.note,figcaption{color:#444}.note,figcaption{font-size:.88em}
.legend{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:6px 20px;z-index:2;display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px;font-size:.86em}
.legend label{cursor:pointer;white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin:0 5px -1px 0}
.summary{background:#fff;border:1px solid #d8d8d8;border-left:5px solid #332288;border-radius:6px;padding:4px 20px 8px;margin:16px 0}
.summary h2{margin-top:.5em}.summary li{margin:.35em 0}
.article{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 24px 16px;margin:20px 0}
.meta{color:#555;font-size:.9em}
.text p{max-width:75ch;overflow-wrap:anywhere}
.warnings{font-size:.88em;color:#7a4a00}
mark.hl{background:transparent;color:inherit;border-bottom:3px solid var(--c);padding:0 1px;cursor:help}
mark.hl.f-loaded,mark.hl.f-scareQuote,mark.hl.f-hedge,mark.hl.f-booster{background:color-mix(in srgb,var(--c) 18%,transparent)}
mark.hl.f-sentiment{border-bottom-width:1px;border-bottom-style:dotted}
q.voice-quoted{quotes:none;font-style:italic;background:#f1f1f1}
${MARKER_IDS.map((m) => `.f-${m}{--c:${FAMILY_STYLE[m].colour}}.swatch.f-${m}{background:${FAMILY_STYLE[m].colour}}`).join('\n')}
${MARKER_IDS.map((m) => `#show-${m}:not(:checked) ~ main mark.hl.f-${m}{border-bottom-color:transparent;background:transparent;cursor:auto}`).join('\n')}
.toggle{position:absolute;left:-9999px}
.legend label::before{content:"\\2611\\00a0"}
${MARKER_IDS.map((m) => `#show-${m}:not(:checked) ~ .legend label[data-toggle="${m}"]{opacity:.5;text-decoration:line-through}#show-${m}:not(:checked) ~ .legend label[data-toggle="${m}"]::before{content:"\\2610\\00a0"}`).join('\n')}
.table-wrap{overflow-x:auto;margin:.4em 0 1.2em}
table{border-collapse:collapse;font-size:.85em;background:#fff}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}thead th{background:#f3f3f3}
table.counts th[scope=row]{font-weight:normal;white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.chart{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 12px;margin:0;max-width:100%;width:fit-content}
.chart h3,.chart figcaption{width:0;min-width:100%}
.chart svg{display:block;max-width:100%;height:auto}
.chart .narrow{display:none}
@media (max-width:700px){
  main{padding:0 12px 32px}
  h1{font-size:1.3em}
  .legend{position:static;padding:6px 12px;gap:2px 10px;font-size:.82em}
  .summary{padding:2px 14px 6px}.summary ul{padding-left:1.1em}
  .article{padding:6px 12px 12px}
  .chart{padding:6px}
  .chart .wide{display:none}.chart .narrow{display:block}
}
`;

function tableHtml(s: Section): string {
  const table = s.rows.length === 0 ? '' : `<div class="table-wrap"><table><thead><tr>${s.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${s.rows.map((r) => `<tr>${r.map((x) => `<td>${escapeHtml(x)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
  return `<section class="table"><h3>${escapeHtml(s.title)}</h3>${s.note !== undefined ? `<p class="note">${escapeHtml(s.note)}</p>` : ''}${table}</section>`;
}

function chartHtml(c: ReportChart): string {
  const narrow = c.narrowSvg !== undefined ? `<div class="narrow">${c.narrowSvg}</div>` : '';
  const wide = c.narrowSvg !== undefined ? `<div class="wide">${c.svg}</div>` : `<div>${c.svg}</div>`;
  return `<figure class="chart" id="chart-${escapeHtml(c.id ?? c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'))}"><h3>${escapeHtml(c.title)}</h3>${wide}${narrow}${c.caption !== undefined ? `<figcaption>${escapeHtml(c.caption)}</figcaption>` : ''}</figure>`;
}

/** The comparison: summary in words, the rates chart with the rate tables, then the rest. */
function comparisonHtml(comparison: Comparison, charts: readonly ReportChart[]): string {
  const all = sections(comparison, { actors: 4, units: 40 });
  // rates, rates in the writer's own voice, significant differences: beside the rates chart
  const first = all.slice(0, 3);
  const rest = all.slice(3);
  const rates = charts.filter((c) => c.id === 'rates');
  const others = charts.filter((c) => c.id !== 'rates');
  const summary = `<section id="summary" class="summary" aria-label="Summary"><h2>What differs</h2><ul>${summaryLines(comparison).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul><p class="note">Scores are cues, not verdicts: read the highlighted words below before concluding anything about an outlet.</p></section>`;
  const warnings = comparison.warnings.length > 0 ? `<section class="table"><h3>Warnings</h3><ul class="warnings">${comparison.warnings.map((w) => `<li><strong>${escapeHtml(w.code)}</strong>: ${escapeHtml(w.message)}</li>`).join('')}</ul></section>` : '';
  return `${summary}
<section id="rates"><h2>Rates</h2>${rates.length > 0 ? `<div class="charts">${rates.map(chartHtml).join('')}</div>` : ''}${first.map(tableHtml).join('\n')}</section>
<section id="comparison"><h2>Labels, sources and coverage</h2>${others.length > 0 ? `<div class="charts">${others.map(chartHtml).join('')}</div>` : ''}${rest.map(tableHtml).join('\n')}${warnings}
<p class="note">${escapeHtml(comparison.method.rates)}. ${escapeHtml(comparison.method.differences)}.</p></section>`;
}

/**
 * Render the HTML report for one or more articles, with the comparison when one is given.
 *
 * Each item of `articles` is `{ analysis, text, title? }`: the result of `analyze()` together with
 * the exact text (and headline) it was made from, because the report shows that text with every
 * finding highlighted at its offsets. An analysis alone is not enough: analyses do not carry their
 * text. The page has no script: family toggles are CSS (checkboxes), tooltips are `title`
 * attributes, charts are inline SVG.
 *
 * @param articles - `{ analysis, text, title? }` per article, in the order of the comparison
 * @param comparison - `compare()` of the same analyses, or `null` for a report of the articles alone
 * @param options - heading and charts
 * @returns a complete HTML document
 * @example
 * ```ts
 * const articles = inputs.map((x) => ({ analysis: analyze(x.text, { id: x.id, title: x.title }), text: x.text, title: x.title }));
 * const comparison = compare(articles.map((a) => a.analysis));
 * const html = toHtml(articles, comparison, { charts: await renderCharts(comparison) });
 * ```
 */
export function toHtml(articles: readonly ReportArticle[], comparison: Comparison | null, options: HtmlReportOptions = {}): string {
  checkHtmlArgs(articles, comparison, options);
  const heading = options.heading ?? (comparison !== null ? `framelens: ${articles.length} articles compared` : 'framelens report');
  const families = MARKER_IDS.filter((m) => articles.some((r) => r.analysis.markersRun.includes(m)));
  const count = (m: MarkerId): number => articles.reduce((n, r) => n + (r.analysis.markersRun.includes(m) ? r.analysis.markers[m].count : 0), 0);
  // the checkboxes precede <main> so that CSS sibling selectors can hide a family's highlights
  const toggles = MARKER_IDS.map((m) => `<input type="checkbox" class="toggle" id="show-${m}"${DEFAULT_SHOWN.has(m) ? ' checked' : ''}>`).join('');
  const legend = families.map((m) => `<label for="show-${m}" data-toggle="${m}"><span class="swatch f-${m}"></span>${FAMILY_STYLE[m].short} (${count(m)})</label>`).join('');
  const compared = comparison !== null && articles.length >= 2 ? comparisonHtml(comparison, options.charts ?? []) : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
${toggles}
<div class="legend" role="group" aria-label="Show or hide marker families"><strong>Highlight:</strong>${legend}</div>
<main>
<header><h1>${escapeHtml(heading)}</h1><p class="lead">Every highlight in the articles below is a finding; hover or tap it for the family, category, weight, voice and the lexicon entry's note. Italic passages are quoted speech.</p></header>
${compared}
<section id="articles">${articles.map((r, k) => articleHtml(r, k)).join('\n')}</section>
</main>
</body>
</html>
`;
}
