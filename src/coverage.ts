/**
 * Coverage: which quotes and claims each article includes or leaves out (selection bias; BASIL's
 * informational bias). Passages (direct quotations and sentences) are aligned across articles by
 * the idf-weighted overlap (Dice) of their content words, which tolerates re-translation and paraphrase
 * ("We don't think it would be a step toward a just and lasting peace" / "We do not consider this to
 * be a step towards a just and lasting peace").
 *
 * Cost: candidate pairs come from an inverted index over content terms, skipping terms so frequent
 * that they would pair nearly everything; exact similarity is computed only for candidates. No step
 * compares all passages of all articles with each other.
 */
import type { ArticleAnalysis } from './types';

/** One article's passage in a coverage unit: a span of that article's text. */
export interface CoverageMember {
  /** Article id. */
  id: string;
  /** A quotation (direct, continuing, colon, or unattributed: a quoted passage no cue governs, with no `speaker`), or a sentence (claim). */
  kind: 'quote' | 'claim';
  /** Offset of the passage in the article's text (UTF-16 code units). */
  start: number;
  /** Offset one past the passage's end. */
  end: number;
  /** The passage, exactly `text.slice(start, end)` of the article. */
  text: string;
  /** For quotes: the canonical speaker, when known. */
  speaker?: string;
}

/** Passages of several articles that say the same thing. */
export interface CoverageUnit {
  /** Stable within one comparison: `u1`, `u2`, … */
  unit: string;
  /** `quote` when any member is a direct quotation. */
  kind: 'quote' | 'claim';
  /** A representative text (the longest quotation member, else the first member). */
  text: string;
  /** Ids of the articles that include it. */
  articles: string[];
  /** The passages, at most one per article. */
  members: CoverageMember[];
}

/** One article's coverage figures. */
export interface CoverageArticle {
  /** Article id. */
  id: string;
  /** Units this article includes. */
  units: number;
  /** Units that no other article has. */
  ownUnits: number;
  /** `ownUnits / units`, in [0, 1]: the article's own angle. 0 when it has no units. */
  ownShare: number;
  /** Units shared by all other articles (at least two of them) that this article leaves out. */
  omitted: string[];
}

/**
 * Coverage of a comparison: which passages the articles share and which each leaves out.
 *
 * @example
 * ```ts
 * const { coverage } = compare(inputs);
 * coverage.units.filter((u) => u.articles.length === 3).map((u) => u.text); // passages all three carry
 * coverage.perArticle.map((p) => [p.id, p.omitted]);                        // what each leaves out
 * ```
 */
export interface Coverage {
  /** Every unit, shared ones first. */
  units: CoverageUnit[];
  /** Units × articles, for the units that two or more articles include: `present[u][a]`. */
  matrix: {
    /** Unit ids (rows). */
    units: string[];
    /** Article ids (columns). */
    articles: string[];
    /** `present[u][a]`: whether article `a` includes unit `u`. */
    present: boolean[][];
  };
  /** One entry per article, in input order. */
  perArticle: CoverageArticle[];
}

interface Passage {
  article: number;
  member: CoverageMember;
  terms: Set<string>;
  weight: number;
}

/** Minimum shared content terms for two passages to align. */
const MIN_SHARED = 3;

function passagesOf(a: ArticleAnalysis, article: number, id: string): Passage[] {
  const out: Passage[] = [];
  const seenQuote = new Set<string>();
  for (const at of a.attributions) {
    if (at.position === 'title' || at.content === null || (at.kind !== 'direct' && at.kind !== 'continuation' && at.kind !== 'colon' && at.kind !== 'unattributed')) continue;
    const key = `${at.content.start}:${at.content.end}`;
    if (seenQuote.has(key)) continue;
    seenQuote.add(key);
    const member: CoverageMember = { id, kind: 'quote', start: at.content.start, end: at.content.end, text: at.content.text };
    if (at.source !== null) member.speaker = at.source.canonical;
    out.push({ article, member, terms: new Set(), weight: 0 });
  }
  for (const s of a.sentences) out.push({ article, member: { id, kind: 'claim', start: s.start, end: s.end, text: s.text }, terms: new Set(), weight: 0 });
  // terms of a passage: the content terms of the analysis' sentences that fall inside it
  for (const p of out) {
    for (const sent of a.sentences) {
      if (sent.end <= p.member.start || sent.start >= p.member.end) continue;
      sent.terms.forEach((t, k) => {
        const at = sent.termStarts[k] ?? -1;
        if (at >= p.member.start && at < p.member.end) p.terms.add(t);
      });
    }
  }
  // a sentence that is mostly one of its quotations is represented by the quotation
  const quotes = out.filter((p) => p.member.kind === 'quote');
  return out.filter((p) => {
    if (p.terms.size < MIN_SHARED) return false;
    if (p.member.kind === 'quote') return true;
    return !quotes.some((q) => q.member.start >= p.member.start && q.member.end <= p.member.end && q.terms.size * 2 >= p.terms.size);
  });
}

/**
 * Align the passages of several analyses into coverage units.
 *
 * @param threshold - idf-weighted Dice overlap (2 × shared weight / summed weights), in [0, 1]
 */
export function alignCoverage(analyses: readonly ArticleAnalysis[], ids: readonly string[], threshold: number): Coverage {
  const passages: Passage[] = [];
  analyses.forEach((a, i) => passages.push(...passagesOf(a, i, ids[i] ?? '')));
  const df = new Map<string, number>();
  for (const p of passages) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = passages.length;
  const idfOf = new Map<string, number>();
  for (const [t, d] of df) idfOf.set(t, Math.log(1 + n / d));
  const idf = (t: string): number => idfOf.get(t) ?? 0;
  for (const p of passages) {
    let w = 0;
    for (const t of p.terms) w += idf(t);
    p.weight = w;
  }
  // inverted index without the terms too common to tell passages apart: more than one passage per
  // article on average (and at least 20); aligned passages still share rarer terms
  const cap = Math.max(20, analyses.length);
  const postings = new Map<string, number[]>();
  passages.forEach((p, k) => {
    for (const t of p.terms) {
      if ((df.get(t) ?? 0) > cap) continue;
      let list = postings.get(t);
      if (list === undefined) postings.set(t, (list = []));
      list.push(k);
    }
  });
  const parent = passages.map((_, k) => k);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    let y = x;
    while (parent[y] !== r) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  // candidates share a rare term; their overlap is accumulated while walking the postings, and the
  // common terms are added afterwards for the candidates only
  const links: Array<{ k: number; j: number; sim: number }> = [];
  const articlesOf = new Map<number, Set<number>>(passages.map((p, k) => [k, new Set([p.article])]));
  const sharedCount = new Int32Array(n);
  const sharedWeight = new Float64Array(n);
  const touched: number[] = [];
  passages.forEach((p, k) => {
    const common: string[] = [];
    for (const t of p.terms) {
      const list = postings.get(t);
      if (list === undefined) {
        common.push(t);
        continue;
      }
      const w = idf(t);
      for (const j of list) {
        if (j <= k || passages[j]?.article === p.article) continue;
        if (sharedCount[j] === 0) touched.push(j);
        sharedCount[j] = (sharedCount[j] ?? 0) + 1;
        sharedWeight[j] = (sharedWeight[j] ?? 0) + w;
      }
    }
    const best = new Map<number, { j: number; sim: number }>();
    for (const j of touched) {
      const q = passages[j];
      let shared = sharedCount[j] ?? 0;
      let weight = sharedWeight[j] ?? 0;
      sharedCount[j] = 0;
      sharedWeight[j] = 0;
      if (q === undefined) continue;
      for (const t of common) {
        if (q.terms.has(t)) {
          shared += 1;
          weight += idf(t);
        }
      }
      if (shared < MIN_SHARED) continue;
      const sim = (2 * weight) / (p.weight + q.weight);
      if (sim < threshold) continue;
      const prev = best.get(q.article);
      if (prev === undefined || sim > prev.sim) best.set(q.article, { j, sim });
    }
    touched.length = 0;
    links.push(...[...best.values()].map(({ j, sim }) => ({ k, j, sim })));
  });
  // merge the most similar pairs first; a unit never holds two passages of one article
  links.sort((x, y) => y.sim - x.sim);
  for (const { k, j } of links) {
    const a = find(k);
    const b = find(j);
    if (a === b) continue;
    const sa = articlesOf.get(a) ?? new Set<number>();
    const sb = articlesOf.get(b) ?? new Set<number>();
    let clash = false;
    for (const x of sb) if (sa.has(x)) clash = true;
    if (clash) continue;
    parent[b] = a;
    for (const x of sb) sa.add(x);
    articlesOf.set(a, sa);
    articlesOf.delete(b);
  }
  // clusters -> units
  const clusters = new Map<number, number[]>();
  passages.forEach((_, k) => {
    const r = find(k);
    let list = clusters.get(r);
    if (list === undefined) clusters.set(r, (list = []));
    list.push(k);
  });
  const raw = [...clusters.values()].map((members) => {
    const ms = members.map((k) => passages[k]).filter((p): p is Passage => p !== undefined);
    const articles = [...new Set(ms.map((p) => p.article))].sort((x, y) => x - y);
    const quotes = ms.filter((p) => p.member.kind === 'quote').sort((x, y) => y.member.text.length - x.member.text.length);
    const rep = quotes[0] ?? ms[0];
    return { ms, articles, kind: (quotes.length > 0 ? 'quote' : 'claim') as 'quote' | 'claim', text: rep?.member.text ?? '', first: Math.min(...ms.map((p) => p.article * 1e9 + p.member.start)) };
  });
  const units: CoverageUnit[] = raw
    .sort((x, y) => y.articles.length - x.articles.length || x.first - y.first)
    .map((u, k) => ({
      unit: `u${k + 1}`,
      kind: u.kind,
      text: u.text,
      articles: u.articles.map((a) => ids[a] ?? ''),
      members: u.ms.sort((x, y) => x.article - y.article || x.member.start - y.member.start).map((p) => p.member),
    }));
  const shared = units.filter((u) => u.articles.length >= 2);
  const perArticle: CoverageArticle[] = ids.map((id) => {
    const mine = units.filter((u) => u.articles.includes(id));
    const own = mine.filter((u) => u.articles.length === 1).length;
    const others = ids.filter((x) => x !== id);
    const omitted = others.length >= 2 ? shared.filter((u) => !u.articles.includes(id) && others.every((o) => u.articles.includes(o))).map((u) => u.unit) : [];
    return { id, units: mine.length, ownUnits: own, ownShare: mine.length > 0 ? own / mine.length : 0, omitted };
  });
  return {
    units,
    matrix: { units: shared.map((u) => u.unit), articles: [...ids], present: shared.map((u) => ids.map((id) => u.articles.includes(id))) },
    perArticle,
  };
}
