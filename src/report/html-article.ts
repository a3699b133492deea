/**
 * One article of the HTML report: its text with one element per finding (a `<mark>` coloured by
 * family, its evidence in a `title` tooltip), quoted speech in italics, and a table of its counts.
 */
import { checkString } from '../args';
import type { ArticleAnalysis, Finding, MarkerId } from '../types';
import { fmt } from './format';
import { FAMILY_STYLE } from './palette';

/** One article of the report: its analysis and the exact text (and title) that was analysed. */
export interface ReportArticle {
  /** The result of `analyze(text, { title, … })`. */
  analysis: ArticleAnalysis;
  /** The exact text given to `analyze()`: every finding's offsets point into it. */
  text: string;
  /** The headline given to `analyze()` as `options.title`, when there was one (title findings point into it). */
  title?: string;
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

/** The article's counts per family run: all, in the writer's own voice, and in the title. */
function countsTable(a: ArticleAnalysis): string {
  const inTitle = (m: MarkerId): number => a.findings.filter((f) => f.marker === m && f.position === 'title').length;
  const rows = a.markersRun.map((m) => {
    const s = a.markers[m];
    const own = a.counts.words > 0 ? (s.byVoice.author * 1000) / a.counts.words : 0;
    return `<tr><th scope="row"><span class="swatch f-${m}"></span>${FAMILY_STYLE[m].label}</th><td>${s.count}</td><td>${fmt(s.per1kWords)}</td><td>${s.byVoice.author} (${fmt(own)})</td><td>${inTitle(m)}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="counts"><thead><tr><th>family</th><th>findings</th><th title="findings per 1,000 words of the body">per 1k</th><th title="findings in the writer's own voice (outside quotations and reported speech), and per 1,000 words">own voice</th><th title="findings in the headline (not in the body totals)">title</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** One article: heading, title with its highlights, counts, warnings and the highlighted text. */
export function articleHtml(r: ReportArticle, index: number): string {
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
  const title = r.title !== undefined && r.title !== '' ? `<h3 class="article-title">${nest(r.title, intervalsOf(titleFindings, r.title, false))}</h3>` : '';
  const id = a.id ?? `article ${index + 1}`;
  const label = a.outlet !== null && a.outlet !== id ? `${id} — ${a.outlet}` : id;
  const warnings = a.warnings.length > 0 ? `<ul class="warnings">${a.warnings.map((w) => `<li><strong>${escapeHtml(w.code)}</strong>: ${escapeHtml(w.message)}</li>`).join('')}</ul>` : '';
  return `<article class="article" id="article-${index + 1}">
<h2>${escapeHtml(label)}</h2>
${title}
<p class="meta">${a.counts.words.toLocaleString('en-US')} words, ${a.counts.sentences} sentences, ${a.findings.length} findings. Hover or tap a highlight for its evidence.</p>
${countsTable(a)}
${warnings}
<div class="text">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article>`;
}
