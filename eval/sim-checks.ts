/**
 * Checks of the corpus statistics on simulated corpora with known truth (see `corpus-sim.ts`):
 * interval coverage under over-dispersion (ours and the words-independent Wilson interval), false
 * positives on null differences (ours and the G-test of `compare()`), power on planted differences,
 * and confounding by story choice (pooled vs within-event). Used by the fast test and by
 * `eval/simulate.ts` with more corpora.
 */
import { aggregate, profile, type CorpusProfile } from '../src/index';
import { gTest, wilson } from '../src/stats/rates';
import { simulate, trueLoadedRate, type SimOutlet, type SimSpec } from './corpus-sim';

const MEASURE = 'loaded@author';

function profileOf(spec: SimSpec, by: string[] = ['outlet']): CorpusProfile {
  return profile(aggregate(simulate({ ...spec, vocabulary: false }), { by }), { topTerms: 0, topSpeakers: 0, measures: [MEASURE], eventMeasures: [] });
}

/** Coverage of the true rate by the profile's 95% interval and by the Wilson interval, over `trials` corpora. */
export function coverage(o: { trials: number; articles: number; dispersion: number; rate?: number; seed?: number }): { ours: number; wilson: number; meanDesignEffect: number } {
  const outlet: SimOutlet = { name: 'A', loaded: o.rate ?? 3 };
  const truth = trueLoadedRate(outlet);
  let ours = 0;
  let wil = 0;
  let deff = 0;
  for (let t = 0; t < o.trials; t += 1) {
    const p = profileOf({ seed: (o.seed ?? 1000) + t, outlets: [outlet], articles: o.articles, dispersion: o.dispersion });
    const g = p.rates.find((r) => r.measure === MEASURE)?.perGroup[0];
    if (g === undefined) continue;
    if (g.ci95[0] <= truth && truth <= g.ci95[1]) ours += 1;
    const [lo, hi] = wilson(g.count, g.denominator);
    if (lo * 1000 <= truth && truth <= hi * 1000) wil += 1;
    deff += g.designEffect;
  }
  return { ours: ours / o.trials, wilson: wil / o.trials, meanDesignEffect: deff / o.trials };
}

/** Share of corpora in which a test rejects at `alpha`: the profile's Welch test and the G-test on pooled counts. */
export function rejections(o: { trials: number; articles: number; dispersion: number; a: SimOutlet; b: SimOutlet; alpha?: number; seed?: number }): { ours: number; gTest: number } {
  const alpha = o.alpha ?? 0.05;
  let ours = 0;
  let g = 0;
  for (let t = 0; t < o.trials; t += 1) {
    const p = profileOf({ seed: (o.seed ?? 5000) + t, outlets: [o.a, o.b], articles: o.articles, dispersion: o.dispersion });
    const d = p.differences.find((x) => x.measure === MEASURE);
    if (d === undefined) continue;
    if (d.p < alpha) ours += 1;
    const rows = p.rates.find((r) => r.measure === MEASURE)?.perGroup ?? [];
    const [ra, rb] = rows;
    if (ra !== undefined && rb !== undefined && gTest(ra.count, ra.denominator, rb.count, rb.denominator).p < alpha) g += 1;
  }
  return { ours: ours / o.trials, gTest: g / o.trials };
}

/**
 * Confounding by story choice: two outlets with the same loaded rate, but B covers the hot stories
 * (3× the loaded wording) four times as often as A. Share of corpora where the pooled difference
 * and the within-event difference are significant (q < alpha).
 */
export function confounding(o: { trials: number; articles: number; dispersion: number; events: number; seed?: number }): { pooled: number; withinEvent: number } {
  const multipliers = Array.from({ length: o.events }, (_, e) => (e < o.events / 2 ? 3 : 0.5));
  const hot = multipliers.map((m) => (m > 1 ? 4 : 1));
  const even = multipliers.map(() => 1);
  let pooled = 0;
  let within = 0;
  for (let t = 0; t < o.trials; t += 1) {
    const p = profileOf({
      seed: (o.seed ?? 9000) + t,
      outlets: [
        { name: 'A', loaded: 3, eventWeights: even },
        { name: 'B', loaded: 3, eventWeights: hot },
      ],
      articles: o.articles,
      dispersion: o.dispersion,
      events: o.events,
      eventMultipliers: multipliers,
    });
    if (p.differences.find((x) => x.measure === MEASURE)?.significant === true) pooled += 1;
    if (p.withinEvent.find((x) => x.measure === MEASURE)?.significant === true) within += 1;
  }
  return { pooled: pooled / o.trials, withinEvent: within / o.trials };
}
