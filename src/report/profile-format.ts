/**
 * The sections of a corpus profile's report, as rows of cells: one definition shared by the
 * Markdown, terminal and HTML renderers (as `format.ts` is for comparisons).
 */
import groupBy from 'lodash/groupBy.js';
import orderBy from 'lodash/orderBy.js';
import type { Comparison } from '../compare';
import type { CorpusProfile, GroupRate, MeasureProfile } from '../corpus/profile-types';
import { fmt, fmtP, type Section } from './format';

/** True when a report input is a corpus profile rather than a comparison. */
export function isProfile(x: Comparison | CorpusProfile): x is CorpusProfile {
  return (x as { kind?: unknown }).kind === 'profile';
}

/** The measures shown as columns of the rates table, when they occur. */
export const HEADLINE_MEASURES: readonly string[] = ['loaded', 'loaded@author', 'hedge@author', 'scareQuote@author', 'attribution', 'quotedWordShare', 'source.anonymous', 'sentiment@author'];

/** Options of the profile's report sections. */
export interface ProfileSectionOptions {
  /** Rows of the difference and within-event tables, most significant first. Default 25. */
  rows?: number;
  /** Actors whose labels are shown. Default 3. */
  actors?: number;
}

/** A value in its measure's unit: shares as percentages, rates with one or two decimals. */
export function fmtValue(m: Pick<MeasureProfile, 'kind'>, v: number): string {
  if (m.kind === 'share') return `${fmt(v * 100, 1)}%`;
  return fmt(v, Math.abs(v) < 10 ? 2 : 1);
}

function cell(m: MeasureProfile, g: GroupRate | undefined): string {
  if (g === undefined || g.articles === 0) return '–';
  return `${fmtValue(m, g.rate)} [${fmtValue(m, g.ci95[0])}, ${fmtValue(m, g.ci95[1])}]`;
}

const pct = (share: number): string => `${fmt(share * 100, 0)}%`;

/** Label-share series over months: one row per series (the group without its month) and label. */
function labelSeries(p: CorpusProfile, actors: number): Section[] {
  if (!p.by.includes('month')) return [];
  const monthOf = new Map(p.groups.map((g) => [g.group, g.keys.month ?? '']));
  const seriesOf = new Map(p.groups.map((g) => [g.group, p.by.filter((k) => k !== 'month').map((k) => g.keys[k] ?? '').join('|') || 'all']));
  const months = [...new Set(p.groups.map((g) => g.keys.month ?? ''))].sort();
  return p.labels.slice(0, actors).map((actor) => {
    const cells = actor.perGroup.flatMap((g) => g.labels.map((l) => ({ series: seriesOf.get(g.group) ?? g.group, month: monthOf.get(g.group) ?? '', label: l.label, share: l.share, count: l.count })));
    const bySeries = groupBy(cells, (c) => `${c.series}\u0000${c.label}`);
    const totals = orderBy(Object.entries(bySeries), [([, cs]) => cs.reduce((n, c) => n + c.count, 0), ([k]) => k], ['desc', 'asc']).slice(0, 12);
    return {
      title: `How ${actor.actor} is named, by month (share of mentions)`,
      header: ['series', 'label', ...months],
      rows: orderBy(totals, [([k]) => k]).map(([k, cs]) => {
        const [series, label] = k.split('\u0000');
        return [series ?? '', label ?? '', ...months.map((m) => {
          const c = cs.find((x) => x.month === m);
          return c === undefined ? '' : pct(c.share);
        })];
      }),
    };
  });
}

/**
 * The report's sections: groups, rates with intervals, significant differences, within-event
 * comparisons, sources, labels (and label series over months), distinctive vocabulary.
 */
export function profileSections(p: CorpusProfile, options: ProfileSectionOptions = {}): Section[] {
  const rows = options.rows ?? 25;
  const out: Section[] = [];
  out.push({
    title: 'Groups',
    note: `${p.articles} articles grouped by ${p.by.join(' × ')}${p.event !== null ? `; events from "${p.event}"` : ''}.`,
    header: ['group', 'articles', 'words', 'author-voice words', 'events'],
    rows: p.groups.map((g) => [g.group, String(g.articles), String(g.words), String(g.authorWords), String(g.events)]),
  });
  const headline = HEADLINE_MEASURES.map((id) => p.rates.find((r) => r.measure === id)).filter((m): m is MeasureProfile => m !== undefined);
  out.push({
    title: 'Rates (95% interval clustered by article)',
    note: `${headline.map((m) => `${m.measure}: ${m.unit}`).join('; ')}. Intervals: cluster-robust (linearised) variance of the ratio estimator.`,
    header: ['group', ...headline.map((m) => m.measure)],
    rows: p.groups.map((g, k) => [g.group, ...headline.map((m) => cell(m, m.perGroup[k]))]),
  });
  const sig = orderBy(p.differences.filter((d) => d.significant), [(d) => d.q, (d) => d.measure, (d) => d.a, (d) => d.b]);
  out.push({
    title: `Significant differences between groups (Welch t, clustered; Benjamini-Hochberg q < ${p.method.alpha})`,
    note: `${sig.length} of ${p.differences.length} tests${sig.length > rows ? `; the ${rows} smallest q shown` : ''}.`,
    header: ['measure', 'groups', 'rates', 'ratio (95% CI)', 'q'],
    rows: sig.slice(0, rows).map((d) => {
      const m = p.rates.find((r) => r.measure === d.measure);
      const v = (x: number): string => (m === undefined ? fmt(x, 2) : fmtValue(m, x));
      const ratio = d.rateRatio === null || d.rateRatioCi95 === null ? `diff ${v(d.difference)} [${v(d.differenceCi95[0])}, ${v(d.differenceCi95[1])}]` : `${fmt(d.rateRatio, 2)} [${fmt(d.rateRatioCi95[0], 2)}, ${fmt(d.rateRatioCi95[1], 2)}]`;
      return [d.measure, `${d.a} vs ${d.b}`, `${v(d.rateA)} vs ${v(d.rateB)}`, ratio, fmtP(d.q)];
    }),
  });
  if (p.event !== null && !p.by.includes('event')) {
    const within = orderBy(p.withinEvent, [(d) => d.q, (d) => d.measure, (d) => d.a, (d) => d.b]);
    out.push({
      title: 'Within-event comparisons (same stories; paired t over shared events)',
      note: `${within.filter((d) => d.significant).length} of ${within.length} significant at q < ${p.method.alpha}${within.length > rows ? `; the ${rows} smallest q shown` : ''}. Mean difference = a − b over the events both covered.`,
      header: ['measure', 'groups', 'events', 'mean a vs b', 'mean difference (95% CI)', 'q'],
      rows: within.slice(0, rows).map((d) => {
        const m = p.rates.find((r) => r.measure === d.measure);
        const v = (x: number): string => (m === undefined ? fmt(x, 2) : fmtValue(m, x));
        return [d.measure, `${d.a} vs ${d.b}`, String(d.events), `${v(d.meanA)} vs ${v(d.meanB)}`, `${v(d.meanDifference)} [${v(d.ci95[0])}, ${v(d.ci95[1])}]`, fmtP(d.q)];
      }),
    });
  }
  out.push({
    title: 'Sources and speech-verb stance (share of attributions)',
    header: ['group', 'attributions', 'named / institutional / anonymous', 'distancing / endorsing / accusing', 'quoted words', 'top speakers (attributions)'],
    rows: p.sources.map((s) => [
      s.group,
      String(s.attributions),
      `${pct(s.sourceKinds.named.share)} / ${pct(s.sourceKinds.institutional.share)} / ${pct(s.sourceKinds.anonymous.share)}`,
      `${pct(s.stances.distancing.share)} / ${pct(s.stances.endorsing.share)} / ${pct(s.stances.accusing.share)}`,
      pct(s.quotedWordShare.share),
      s.topSpeakers
        .slice(0, 5)
        .map((x) => `${x.canonical} (${x.attributions})`)
        .join('; '),
    ]),
  });
  for (const a of p.labels.slice(0, options.actors ?? 3)) {
    out.push({
      title: `How ${a.actor} is named (share of mentions)`,
      header: ['group', 'mentions', 'labels'],
      rows: a.perGroup.map((g) => [
        g.group,
        String(g.mentions),
        g.labels
          .slice(0, 6)
          .map((l) => `${l.label} ${pct(l.share)} (${l.count})`)
          .join(', '),
      ]),
    });
  }
  out.push(...labelSeries(p, options.actors ?? 3));
  out.push({
    title: "Distinctive terms (Fightin' Words log-odds z, group vs the rest of the corpus)",
    note: 'z treats words as independent: read it as a ranking (count = occurrences in the group, articles = its articles using the term).',
    header: ['group', 'terms (count, articles, z)'],
    rows: p.distinctive.map((d) => [d.group, d.terms.map((t) => `${t.term} (${t.count}, ${t.articles}, ${fmt(t.z, 1)})`).join(', ')]),
  });
  return out;
}
