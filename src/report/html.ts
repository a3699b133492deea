/**
 * The HTML report: one self-contained file that works offline. Each article's text with every
 * finding highlighted (one element per finding, coloured by family, a tooltip with the evidence),
 * checkboxes that show or hide each family (pure CSS: the page runs no script), and, for two or more
 * articles, charts rendered to SVG at build time with Vega-Lite plus the tables of `compare()`.
 *
 * Security: every piece of text, title, outlet name and lexicon note is HTML-escaped, and a Content
 * Security Policy forbids scripts, remote resources and forms, so hostile input is shown literally.
 */
import type { Comparison } from '../compare';
import type { ArticleAnalysis, Finding, MarkerId } from '../types';
import { MARKER_IDS } from '../types';
import { checkHtmlArgs, checkString } from '../args';
import { sections } from './format';

/** One article of the report: its analysis and the exact text (and title) that was analysed. */
export interface ReportArticle {
  analysis: ArticleAnalysis;
  text: string;
  title?: string;
}

/** Options of {@link toHtml}. */
export interface HtmlReportOptions {
  /** The report's heading. */
  heading?: string;
  /** Charts as SVG strings (see `renderCharts`), inserted in the comparison section. */
  charts?: Array<{ title: string; svg: string }>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<img onerror="x">'); // '&lt;img onerror=&quot;x&quot;&gt;'
 * ```
 */
export function escapeHtml(s: string): string {
  checkString(s, 's');
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Family colours (colour-blind-safe Okabe-Ito palette) and labels. */
export const FAMILY_STYLE: Record<MarkerId, { colour: string; label: string }> = {
  loaded: { colour: '#D55E00', label: 'Loaded terms' },
  hedge: { colour: '#0072B2', label: 'Hedges' },
  booster: { colour: '#CC79A7', label: 'Boosters' },
  attribution: { colour: '#009E73', label: 'Attribution cues' },
  scareQuote: { colour: '#E69F00', label: 'Scare quotes' },
  sentiment: { colour: '#999999', label: 'Sentiment words' },
  label: { colour: '#56B4E9', label: 'Actor labels' },
};

function tooltip(f: Finding, a: ArticleAnalysis): string {
  const parts = [`${FAMILY_STYLE[f.marker].label}: ${f.category}`, `weight ${f.weight}`, `voice ${f.voice}`];
  if (f.actor !== undefined) parts.push(`actor ${f.actor}`);
  if (f.marker === 'attribution') {
    const at = a.attributions.find((x) => x.cue.start === f.start && x.cue.end === f.end && x.position === f.position);
    if (at !== undefined) {
      parts.push(`cue "${at.cue.text}" (${at.cue.stance}, ${at.kind})`);
      parts.push(at.source === null ? 'speaker unknown' : `speaker ${at.source.canonical} (${at.source.kind})`);
    }
  }
  if (f.note !== undefined) parts.push(f.note);
  if (f.entryId !== undefined) parts.push(`entry ${f.entryId}`);
  return parts.join(' · ');
}

interface Interval {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Lower numbers open first at equal starts (outer elements). */
  order: number;
}

/**
 * Text with nested elements: intervals are sorted so that an outer interval opens first; an interval
 * that crosses the end of an enclosing one is clipped to it (so every interval still produces exactly
 * one element).
 */
function nest(text: string, intervals: Interval[]): string {
  const sorted = intervals
    .filter((x) => x.end > x.start)
    .sort((x, y) => x.start - y.start || y.end - x.end || x.order - y.order);
  const out: string[] = [];
  const stack: Interval[] = [];
  let pos = 0;
  const emit = (to: number): void => {
    if (to > pos) out.push(escapeHtml(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeUntil = (at: number): void => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined || top.end > at) break;
      emit(top.end);
      out.push(top.close);
      stack.pop();
    }
  };
  for (const iv of sorted) {
    closeUntil(iv.start);
    emit(iv.start);
    const parent = stack[stack.length - 1];
    const end = parent !== undefined ? Math.min(iv.end, parent.end) : iv.end;
    out.push(iv.open);
    stack.push({ ...iv, end });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  emit(text.length);
  return out.join('');
}

function articleHtml(r: ReportArticle, index: number): string {
  const a = r.analysis;
  const bodyFindings = a.findings.filter((f) => f.position !== 'title');
  const titleFindings = a.findings.filter((f) => f.position === 'title');
  const intervalsOf = (fs: readonly Finding[], text: string, quotes: boolean): Interval[] => {
    const ivs: Interval[] = fs.map((f, k) => ({
      start: f.start,
      end: Math.min(f.end, text.length),
      open: `<mark class="hl f-${f.marker}" data-marker="${f.marker}" data-category="${escapeHtml(f.category)}" title="${escapeHtml(tooltip(f, a))}">`,
      close: '</mark>',
      order: 10 + k,
    }));
    if (quotes) {
      for (const at of a.attributions) {
        if (at.position === 'title' || at.content === null || at.kind === 'indirect' || at.kind === 'according-to') continue;
        ivs.push({
          start: at.content.start,
          end: at.content.end,
          open: `<q class="voice-quoted" title="${escapeHtml(`quoted voice: ${at.source?.canonical ?? 'unknown speaker'}`)}">`,
          close: '</q>',
          order: 0,
        });
      }
    }
    return ivs;
  };
  const paragraphs = nest(r.text, intervalsOf(bodyFindings, r.text, true))
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const counts = MARKER_IDS.map((m) => `<li><span class="swatch f-${m}"></span>${FAMILY_STYLE[m].label}: ${a.markers[m].count} (${a.markers[m].per1kWords.toFixed(1)} per 1,000 words)</li>`).join('');
  const title = r.title !== undefined && r.title !== '' ? `<h3 class="article-title">${nest(r.title, intervalsOf(titleFindings, r.title, false))}</h3>` : '';
  const id = a.id ?? `article ${index + 1}`;
  const label = a.outlet !== null && a.outlet !== id ? `${id} — ${a.outlet}` : id;
  return `<article class="article" id="article-${index + 1}">
<h2>${escapeHtml(label)}</h2>
${title}
<p class="meta">${a.counts.words} words, ${a.counts.sentences} sentences, ${a.findings.length} findings. Hover a highlight for its evidence.</p>
<ul class="counts">${counts}</ul>
<div class="text">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article>`;
}

function tablesHtml(c: Comparison): string {
  return sections(c, { actors: 4, units: 40 })
    .map(
      (s) => `<section class="table"><h3>${escapeHtml(s.title)}</h3>${s.note !== undefined ? `<p>${escapeHtml(s.note)}</p>` : ''}${
        s.rows.length === 0
          ? ''
          : `<table><thead><tr>${s.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${s.rows.map((r) => `<tr>${r.map((x) => `<td>${escapeHtml(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      }</section>`,
    )
    .join('\n');
}

const CSS = `
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
h1{font-size:1.6em;margin:1em 0 .2em}.lead{color:#444;margin:.2em 0 1em}
.legend{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 20px;z-index:2;display:flex;flex-wrap:wrap;gap:14px;font-size:.9em}
.legend label{cursor:pointer;white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin:0 4px -1px 0}
.article{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 24px 16px;margin:20px 0}
.meta{color:#555;font-size:.9em}.counts{columns:2;font-size:.88em;color:#333;padding-left:1.2em}
.text p{max-width:75ch}
mark.hl{background:transparent;color:inherit;border-bottom:3px solid var(--c);padding:0 1px;cursor:help}
mark.hl.f-loaded,mark.hl.f-scareQuote,mark.hl.f-hedge,mark.hl.f-booster{background:color-mix(in srgb,var(--c) 18%,transparent)}
mark.hl.f-sentiment{border-bottom-width:1px;border-bottom-style:dotted}
q.voice-quoted{quotes:none;font-style:italic;background:#f1f1f1}
${MARKER_IDS.map((m) => `.f-${m}{--c:${FAMILY_STYLE[m].colour}}.swatch.f-${m}{background:${FAMILY_STYLE[m].colour}}`).join('\n')}
${MARKER_IDS.map((m) => `#show-${m}:not(:checked) ~ main mark.hl.f-${m}{border-bottom-color:transparent;background:transparent;cursor:auto}`).join('\n')}
.toggle{position:absolute;left:-9999px}
.legend label::before{content:"\\2611\\00a0"}
${MARKER_IDS.map((m) => `#show-${m}:not(:checked) ~ .legend label[data-toggle="${m}"]{opacity:.45;text-decoration:line-through}#show-${m}:not(:checked) ~ .legend label[data-toggle="${m}"]::before{content:"\\2610\\00a0"}`).join('\n')}
.legend-row{position:sticky;top:0;z-index:3}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1.5em;background:#fff}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
.chart{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px;margin:0;overflow-x:auto}
.chart svg{max-width:100%;height:auto}
.chart h3{font-size:1em;margin:.3em 0}.note{font-size:.85em;color:#555}
`;

/**
 * Render the HTML report for one or more articles, with the comparison section when a comparison is
 * given. The page has no script: family toggles are CSS (checkboxes), tooltips are `title`
 * attributes, charts are inline SVG.
 *
 * @example
 * ```ts
 * const html = toHtml([{ analysis, text }], comparison, { charts: await renderCharts(comparison) });
 * ```
 */
export function toHtml(articles: readonly ReportArticle[], comparison: Comparison | null, options: HtmlReportOptions = {}): string {
  checkHtmlArgs(articles, comparison, options);
  const heading = options.heading ?? (comparison !== null ? `framelens: ${articles.length} articles compared` : 'framelens report');
  // the checkboxes precede <main> so that CSS sibling selectors can hide a family's highlights
  const toggles = MARKER_IDS.map((m) => `<input type="checkbox" class="toggle" id="show-${m}" checked>`).join('');
  const legend = MARKER_IDS.map((m) => `<label for="show-${m}" data-toggle="${m}"><span class="swatch f-${m}"></span>${FAMILY_STYLE[m].label}</label>`).join('');
  const charts =
    options.charts !== undefined && options.charts.length > 0
      ? `<div class="charts">${options.charts.map((c) => `<figure class="chart"><h3>${escapeHtml(c.title)}</h3>${c.svg}</figure>`).join('')}</div>`
      : '';
  const compareSection =
    comparison !== null && articles.length >= 2
      ? `<section id="comparison"><h2>Comparison</h2><p class="note">${escapeHtml(comparison.method.rates)}. ${escapeHtml(comparison.method.differences)}.</p>${charts}${tablesHtml(comparison)}</section>`
      : '';
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
<div class="legend" role="group" aria-label="Show or hide marker families"><strong>Show:</strong>${legend}<span class="note">Scores are cues, not verdicts.</span></div>
<main>
<header><h1>${escapeHtml(heading)}</h1><p class="lead">Every highlight is a finding; hover it for the family, category, weight, voice and the lexicon entry's note. Italic passages are quoted speech.</p></header>
${compareSection}
${articles.map((r, k) => articleHtml(r, k)).join('\n')}
</main>
</body>
</html>
`;
}
