/**
 * The HTML report of a corpus profile: one self-contained page that works offline, with the
 * profile's charts (inline SVG, see `renderProfileCharts` in `framelens/charts`), its tables and
 * its method in words. The page runs no script; every string is escaped and a Content Security
 * Policy forbids scripts, remote resources and forms.
 */
import { checkProfileHtmlArgs } from '../args';
import type { CorpusProfile } from '../corpus/profile-types';
import { escapeHtml } from './html';
import { profileSections, type ProfileSectionOptions } from './profile-format';

/**
 * A chart for the page: its title and inline SVG.
 *
 * @example
 * ```ts
 * const chart: PageChart = { title: 'Rates per group', svg: '<svg>…</svg>' };
 * ```
 */
export interface PageChart {
  /** What the chart shows (escaped on the page). */
  title: string;
  /** The chart as an SVG element, inserted as it is (make it with `renderProfileCharts`). */
  svg: string;
}

/**
 * Options of {@link toProfileHtml}.
 *
 * @example
 * ```ts
 * toProfileHtml(p, { heading: 'Ten stories, five outlets', charts: await renderProfileCharts(p) });
 * ```
 */
export interface ProfileHtmlOptions extends ProfileSectionOptions {
  /** The page's heading (default: "framelens: profile of N articles by …"). */
  heading?: string;
  /** Charts as SVG strings (from `renderProfileCharts`), shown before the tables. */
  charts?: PageChart[];
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:1200px;margin:0 auto;padding:0 20px 40px}
h1{font-size:1.6em;margin:1em 0 .2em}.lead,.note{color:#444}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1.5em;background:#fff}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px}
.chart{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px;margin:0;overflow-x:auto}
.chart svg{max-width:100%;height:auto}.chart h3{font-size:1em;margin:.3em 0}
dl.method dt{font-weight:600;margin-top:.5em}dl.method dd{margin:0 0 0 1.2em;color:#333}
.warning{color:#8a4b00}
`;

/**
 * Render a corpus profile as a self-contained HTML page (charts, tables, method, warnings).
 *
 * @example
 * ```ts
 * const p = profile(aggregate(summaries, { by: ['outlet', 'month'] }));
 * writeFileSync('profile.html', toProfileHtml(p, { charts: await renderProfileCharts(p) }));
 * ```
 */
export function toProfileHtml(p: CorpusProfile, options: ProfileHtmlOptions = {}): string {
  checkProfileHtmlArgs(p, options);
  const heading = options.heading ?? `framelens: profile of ${p.articles} articles by ${p.by.join(' × ')}`;
  const charts =
    options.charts !== undefined && options.charts.length > 0
      ? `<div class="charts">${options.charts.map((c) => `<figure class="chart"><h3>${escapeHtml(c.title)}</h3>${c.svg}</figure>`).join('')}</div>`
      : '';
  const tables = profileSections(p, options)
    .map(
      (s) =>
        `<section><h2>${escapeHtml(s.title)}</h2>${s.note !== undefined ? `<p class="note">${escapeHtml(s.note)}</p>` : ''}${
          s.rows.length === 0
            ? ''
            : `<table><thead><tr>${s.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${s.rows.map((r) => `<tr>${r.map((x) => `<td>${escapeHtml(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
        }</section>`,
    )
    .join('\n');
  const method = Object.entries(p.method)
    .filter(([k]) => k !== 'alpha')
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd>`)
    .join('');
  const warnings = p.warnings.map((w) => `<li class="warning">${escapeHtml(w.code)}: ${escapeHtml(w.message)}</li>`).join('');
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
<main>
<h1>${escapeHtml(heading)}</h1>
<p class="lead">Scores are cues, not verdicts. Intervals are 95%, clustered by article; within-event comparisons hold the story fixed.</p>
${charts}
${tables}
<section><h2>Method</h2><dl class="method">${method}</dl><p class="note">Significance level ${p.method.alpha} after Benjamini-Hochberg.</p></section>
${warnings === '' ? '' : `<section><h2>Warnings</h2><ul>${warnings}</ul></section>`}
</main>
</body>
</html>
`;
}
