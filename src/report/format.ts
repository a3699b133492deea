import type { Comparison } from '../compare';

/** A number with `digits` decimals for reports; empty when not finite. Shared by the renderers. */
export const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '');

/** A Markdown table cell: pipes escaped, line breaks flattened. */
export const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * A number for CSV: at most 12 significant digits, so binary float noise is gone
 * (`2.4000000000000004` → `2.4`, `0.30000000000000004` → `0.3`) and every real digit stays; empty
 * when not finite.
 */
export const csvNumber = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(12)) + 0) : '');

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; numbers as {@link csvNumber}. */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? csvNumber(v) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A p-value for reports: exponent form below 0.001, else three decimals. */
export const fmtP = (p: number): string => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/** The family-level rate rows (no categories). */
export const familyRows = (c: Comparison) => c.rates.filter((r) => r.category === null);

/** Label of an article: "id (outlet)". */
export function articleLabel(c: Comparison, id: string): string {
  const a = c.articles.find((x) => x.id === id);
  return a?.outlet !== null && a?.outlet !== undefined && a.outlet !== id ? `${id} (${a.outlet})` : id;
}

/** Sections of a report as rows of cells: one definition shared by the Markdown and terminal renderers. */
export interface Section {
  title: string;
  note?: string;
  header: string[];
  rows: string[][];
}

/**
 * The report's sections: rates with intervals, rates in the writer's own voice, significant
 * differences, distinctive terms, labels of the most mentioned actors, speakers and stance, coverage.
 */
export function sections(c: Comparison, options: { actors?: number; units?: number } = {}): Section[] {
  const ids = c.articles.map((a) => a.id);
  const out: Section[] = [];
  out.push({
    title: 'Rates per 1,000 words (95% Wilson interval)',
    note: `Words: ${c.articles.map((a) => `${a.id} ${a.words}`).join(', ')}. z against the pooled rate; rank 1 = highest.`,
    header: ['measure', ...ids.map((id) => articleLabel(c, id))],
    rows: familyRows(c).map((r) => [r.measure, ...r.perArticle.map((x) => `${fmt(x.per1kWords)} [${fmt(x.ci95[0])}–${fmt(x.ci95[1])}] z=${fmt(x.z, 2)}`)]),
  });
  out.push({
    title: "Rates in the writer's own voice, per 1,000 words (count)",
    note: 'Findings outside quotations and reported speech: the wording the outlet chose itself.',
    header: ['measure', ...ids.map((id) => articleLabel(c, id))],
    rows: familyRows(c).map((r) => [r.measure, ...r.perArticle.map((x) => `${fmt(x.authorPer1kWords)} (${x.authorCount})`)]),
  });
  const sig = c.differences.filter((d) => d.significant).sort((x, y) => x.q - y.q);
  out.push({
    title: `Significant differences (G-test, Benjamini-Hochberg q < ${c.method.alpha})`,
    note: sig.length === 0 ? `None of ${c.differences.length} tests.` : `${sig.length} of ${c.differences.length} tests.`,
    header: ['measure', 'articles', 'per 1k', 'rate ratio (95% CI)', 'q'],
    rows: sig.map((d) => [d.measure, `${d.a} vs ${d.b}`, `${fmt(d.per1kA)} vs ${fmt(d.per1kB)}`, `${fmt(d.rateRatio, 2)} (${fmt(d.rateRatioCi95[0], 2)}–${fmt(d.rateRatioCi95[1], 2)})`, fmtP(d.q)]),
  });
  out.push({
    title: "Distinctive terms (Fightin' Words log-odds z, article vs the rest)",
    header: ['article', 'terms (count, z)'],
    rows: c.distinctive.map((d) => [articleLabel(c, d.id), d.terms.map((t) => `${t.term} (${t.count}, ${fmt(t.z, 2)})`).join(', ')]),
  });
  for (const l of c.labels.slice(0, options.actors ?? 3)) {
    out.push({
      title: `How ${l.actor} is named`,
      header: ['article', 'mentions', 'labels (share)', 'mean sentiment'],
      rows: l.perArticle.map((p) => [
        articleLabel(c, p.id),
        String(p.mentions),
        Object.entries(p.counts)
          .sort((x, y) => y[1] - x[1])
          .map(([k, n]) => `${k} ${fmt((p.shares[k] ?? 0) * 100, 0)}% (${n})`)
          .join(', '),
        fmt(p.meanSentiment, 3),
      ]),
    });
  }
  out.push({
    title: 'Speakers and speech-verb stance',
    header: ['article', 'top speakers (attributions, quoted words)', 'stance', 'sources'],
    rows: c.sources.map((s) => [
      articleLabel(c, s.id),
      s.speakers
        .slice(0, 4)
        .map((x) => `${x.canonical} (${x.attributions}, ${x.quotedWords})`)
        .join('; '),
      Object.entries(s.stances)
        .filter(([, v]) => v.count > 0)
        .map(([k, v]) => `${k} ${v.count}`)
        .join(', '),
      Object.entries(s.sourceKinds)
        .filter(([, v]) => v.count > 0)
        .map(([k, v]) => `${k} ${fmt(v.share * 100, 0)}%`)
        .join(', '),
    ]),
  });
  const shared = c.coverage.units.filter((u) => u.articles.length >= 2).slice(0, options.units ?? 12);
  out.push({
    title: 'Coverage: passages shared by two or more articles',
    note: c.coverage.perArticle.map((p) => `${p.id}: ${p.units} passages, ${fmt(p.ownShare * 100, 0)}% its own${p.omitted.length > 0 ? `, omits ${p.omitted.join(' ')}` : ''}`).join('; '),
    header: ['unit', 'kind', ...ids, 'text'],
    rows: shared.map((u) => [u.unit, u.kind, ...ids.map((id) => (u.articles.includes(id) ? 'x' : '')), u.text.replace(/\s+/g, ' ').slice(0, 90)]),
  });
  return out;
}
