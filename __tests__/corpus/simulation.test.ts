/**
 * The corpus statistics against known truth, on seeded simulated corpora (eval/corpus-sim.ts):
 * over-dispersed loaded-term rates, planted differences, confounding by story choice and a planted
 * label switch. `npm run eval:simulate` runs the same checks on many more corpora.
 */
import { aggregate, profile } from '../../src/index';
import { simulate } from '../../eval/corpus-sim';
import { confounding, coverage, rejections } from '../../eval/sim-checks';

describe('simulated corpora with known truth', () => {
  test('the clustered interval covers the true rate about 95% of the time; Wilson does not', () => {
    // article rates vary as Gamma(1, 1) around the outlet's rate: a design effect near 3
    const c = coverage({ trials: 200, articles: 100, dispersion: 1 });
    expect(c.ours).toBeGreaterThanOrEqual(0.91);
    expect(c.ours).toBeLessThanOrEqual(0.99);
    expect(c.wilson).toBeLessThan(0.86);
    expect(c.meanDesignEffect).toBeGreaterThan(2);
  });

  test('without over-dispersion both cover', () => {
    const c = coverage({ trials: 100, articles: 100, dispersion: Infinity, seed: 77 });
    expect(c.ours).toBeGreaterThanOrEqual(0.9);
    expect(c.wilson).toBeGreaterThanOrEqual(0.9);
  });

  test('null differences: false positives near alpha (the words-independent G-test: far above)', () => {
    const r = rejections({ trials: 200, articles: 100, dispersion: 1, a: { name: 'A', loaded: 3 }, b: { name: 'B', loaded: 3 } });
    expect(r.ours).toBeLessThanOrEqual(0.09);
    expect(r.gTest).toBeGreaterThan(0.15);
  });

  test('planted: B has twice A’s loaded rate in half of its articles; found in most corpora', () => {
    const r = rejections({ trials: 60, articles: 150, dispersion: 1.5, a: { name: 'A', loaded: 3 }, b: { name: 'B', loaded: 3, planted: { share: 0.5, factor: 2 } } });
    expect(r.ours).toBeGreaterThanOrEqual(0.8);
  });

  test('story choice confounds the pooled comparison; the within-event comparison holds the story fixed', () => {
    const r = confounding({ trials: 30, articles: 200, dispersion: 1.5, events: 20 });
    expect(r.pooled).toBeGreaterThanOrEqual(0.6);
    expect(r.withinEvent).toBeLessThanOrEqual(0.15);
  });

  test('a planted Kiev -> Kyiv switch shows as a series; a planted term is distinctive', () => {
    const corpus = simulate({
      seed: 3,
      outlets: [
        { name: 'Alpha', loaded: 2, kiev: { before: 0.9, after: 0.1 }, term: { term: 'regime', perArticle: 2 } },
        { name: 'Beta', loaded: 2, kiev: { before: 0.9, after: 0.85 } },
      ],
      articles: 400,
      dispersion: 2,
      months: ['2022-01', '2022-02', '2022-03', '2022-04'],
      switchMonth: '2022-03',
    });
    const p = profile(aggregate(corpus, { by: ['outlet', 'month'] }));
    const ukraine = p.labels.find((l) => l.actor === 'Ukraine');
    const kiev = (group: string) => ukraine?.perGroup.find((g) => g.group === group)?.labels.find((l) => l.label === 'Kiev');
    expect(kiev('Alpha|2022-02')?.share).toBeGreaterThan(0.8);
    expect(kiev('Alpha|2022-03')?.share).toBeLessThan(0.2);
    expect(kiev('Alpha|2022-03')?.ci95[1]).toBeLessThan(kiev('Alpha|2022-02')?.ci95[0] ?? 0);
    expect(kiev('Beta|2022-03')?.share).toBeGreaterThan(0.75);
    expect(p.distinctive.find((d) => d.group === 'Alpha|2022-01')?.terms[0]?.term).toBe('regime');
    expect(p.distinctive.find((d) => d.group === 'Beta|2022-01')?.terms.map((t) => t.term)).not.toContain('regime');
  });
});
