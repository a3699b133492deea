/**
 * Seeded simulation of news-like corpora as article summaries, with known rates, known
 * over-dispersion and planted differences: the ground truth against which the profile's intervals
 * and tests are checked (`__tests__/corpus/simulation.test.ts`, `eval/simulate.ts`).
 *
 * Each article of an outlet has `words` body words (uniform 300–1,200), 70% of them in the author's
 * voice. Its loaded-term rate is the outlet's rate times a Gamma(k, 1/k) multiplier (mean 1,
 * variance 1/k: the over-dispersion; k = Infinity gives none), times the event's own multiplier when
 * events are simulated (the story effect that within-event comparisons remove), times a planted
 * factor in a planted share of the outlet's articles; the count is Poisson given that rate. So the
 * true pooled rate of an outlet is its rate × (1 + share × (factor - 1)).
 */
import type { ArticleSummary, FindingCount } from '../src/index';

/** A seeded uniform generator on [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate (Box-Muller). */
export function normal(u: () => number): number {
  const a = Math.max(u(), 1e-300);
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
}

/** A Gamma(shape, 1) deviate (Marsaglia & Tsang 2000; shape < 1 by the boost u^(1/shape)). */
export function gamma(u: () => number, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(u);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const w = u();
    if (Math.log(Math.max(w, 1e-300)) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Poisson deviate: multiplication for small means, normal approximation with continuity above 60. */
export function poisson(u: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(u)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k += 1;
    p *= u();
  }
  return k;
}

/** A Binomial(n, p) deviate by n Bernoulli draws (n is small here). */
export function binomial(u: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i += 1) if (u() < p) k += 1;
  return k;
}

/** One simulated outlet. */
export interface SimOutlet {
  name: string;
  /** Loaded terms per 1,000 author-voice words (before multipliers). */
  loaded: number;
  /** Hedges per 1,000 words. Default 6. */
  hedge?: number;
  /** Share of attributions to anonymous sources. Default 0.1. */
  anonymousShare?: number;
  /** A share of the outlet's articles has its loaded rate multiplied by `factor`. */
  planted?: { share: number; factor: number };
  /** Share of "Kiev" among mentions of Ukraine's capital before and after `switchMonth`. */
  kiev?: { before: number; after: number };
  /** A term this outlet uses `perArticle` times on average (distinctive vocabulary). */
  term?: { term: string; perArticle: number };
  /** A value of the `leaning` group. */
  leaning?: string;
  /** Relative probability of covering each event (default: every event in turn). */
  eventWeights?: number[];
}

/** What to simulate. */
export interface SimSpec {
  seed: number;
  outlets: SimOutlet[];
  /** Articles per outlet. */
  articles: number;
  /** Gamma shape k of the article multiplier: variance 1/k (smaller = more over-dispersed); Infinity = Poisson. */
  dispersion: number;
  /** Number of events; each article covers one (round robin, so every outlet covers every event). 0 = no events. */
  events?: number;
  /** Gamma shape of the event multiplier (shared by all outlets on the event). Default Infinity (no story effect). */
  eventDispersion?: number;
  /** Each event's multiplier, instead of drawing them (e.g. hot stories with more loaded wording). */
  eventMultipliers?: number[];
  /** Months the articles are spread over (round robin), e.g. ['2022-01', '2022-02']. */
  months?: string[];
  /** The month from which `kiev.after` applies. */
  switchMonth?: string;
  /** Give every article counts of ten common terms (default true; off for fast interval checks). */
  vocabulary?: boolean;
}

const COMMON = ['government', 'official', 'say', 'war', 'minister', 'country', 'talk', 'week', 'report', 'city'];

/** The true pooled loaded rate (per 1,000 author-voice words) of an outlet. */
export function trueLoadedRate(o: SimOutlet): number {
  return o.loaded * (1 + (o.planted === undefined ? 0 : o.planted.share * (o.planted.factor - 1)));
}

/**
 * The simulated corpus as summaries, outlet by outlet (a generator: nothing is kept).
 *
 * @example
 * ```ts
 * const s = [...simulate({ seed: 1, outlets: [{ name: 'A', loaded: 2 }], articles: 100, dispersion: 2 })];
 * ```
 */
export function* simulate(spec: SimSpec): Generator<ArticleSummary> {
  const u = rng(spec.seed);
  const events = spec.events ?? 0;
  const eventMult = spec.eventMultipliers ?? Array.from({ length: events }, () => (Number.isFinite(spec.eventDispersion ?? Infinity) ? gamma(u, spec.eventDispersion as number) / (spec.eventDispersion as number) : 1));
  for (const o of spec.outlets) {
    const weights = o.eventWeights;
    const totalWeight = weights === undefined ? 0 : weights.reduce((a, b) => a + b, 0);
    const pickEvent = (i: number): number => {
      if (events === 0) return -1;
      if (weights === undefined) return i % events;
      let r = u() * totalWeight;
      for (let e = 0; e < weights.length; e += 1) {
        r -= weights[e] ?? 0;
        if (r < 0) return e;
      }
      return weights.length - 1;
    };
    for (let i = 0; i < spec.articles; i += 1) {
      const words = 300 + Math.floor(u() * 901);
      const author = Math.round(words * 0.7);
      const quoted = Math.round(words * 0.15);
      const event = pickEvent(i);
      const mult = (Number.isFinite(spec.dispersion) ? gamma(u, spec.dispersion) / spec.dispersion : 1) * (event >= 0 ? (eventMult[event] ?? 1) : 1);
      const planted = o.planted !== undefined && u() < o.planted.share ? o.planted.factor : 1;
      const loaded = poisson(u, (o.loaded / 1000) * author * mult * planted);
      const hedge = poisson(u, ((o.hedge ?? 6) / 1000) * words * (Number.isFinite(spec.dispersion) ? gamma(u, spec.dispersion) / spec.dispersion : 1));
      const attributions = poisson(u, words / 40);
      const anonymous = binomial(u, attributions, o.anonymousShare ?? 0.1);
      const month = spec.months === undefined ? undefined : spec.months[i % spec.months.length];
      const findings: FindingCount[] = [];
      if (attributions > 0) findings.push(['attribution', 'neutral', 'author', 'body', attributions]);
      if (hedge > 0) findings.push(['hedge', 'hedge.modal', 'author', 'body', hedge]);
      if (loaded > 0) findings.push(['loaded', 'loaded.emotive', 'author', 'body', loaded]);
      const terms: Array<[string, number]> = [];
      if (spec.vocabulary !== false) for (const t of COMMON) terms.push([t, 1 + poisson(u, 2)]);
      if (o.term !== undefined) {
        const n = poisson(u, o.term.perArticle);
        if (n > 0) terms.push([o.term.term, n]);
      }
      const labels: ArticleSummary['labels'] = [];
      if (o.kiev !== undefined && month !== undefined) {
        const mentions = 1 + poisson(u, 2);
        const share = spec.switchMonth !== undefined && month >= spec.switchMonth ? o.kiev.after : o.kiev.before;
        const kiev = binomial(u, mentions, share);
        const rows = [
          { key: 'sim-kiev', label: 'Kiev', category: 'label.spelling-legacy', count: kiev },
          { key: 'sim-kyiv', label: 'Kyiv', category: 'label.capital-metonym', count: mentions - kiev },
        ].filter((r) => r.count > 0);
        labels.push({ actor: 'Ukraine', origin: 'lexicon', mentions, labels: rows });
      }
      const named = attributions - anonymous;
      yield {
        schemaVersion: '1',
        kind: 'summary',
        id: `${o.name}-${i}`,
        outlet: o.name,
        event: event >= 0 ? `event-${String(event).padStart(4, '0')}` : null,
        date: month === undefined ? null : `${month}-15`,
        groups: o.leaning === undefined ? {} : { leaning: o.leaning },
        markersRun: ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label'],
        words,
        sentences: Math.round(words / 22),
        titleWords: 0,
        wordsByVoice: { author, quoted, reported: words - author - quoted },
        findings,
        attribution: {
          byStance: { neutral: attributions, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 },
          bySourceKind: { named, institutional: 0, anonymous, document: 0, pronoun: 0, unknown: 0 },
          byKind: { direct: named, continuation: 0, indirect: anonymous, 'according-to': 0, colon: 0, unattributed: 0 },
          quotedWords: quoted,
        },
        speakers: named > 0 ? [{ canonical: `Speaker ${i % 7}`, kind: 'named', attributions: named, quotedWords: Math.min(quoted, named * 12) }] : [],
        labels,
        sentiment: { author: 0, quoted: 0, reported: 0, title: 0 },
        terms,
      };
    }
  }
}
