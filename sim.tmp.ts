import { aggregate, profile } from './src/index';
import { simulate, trueLoadedRate } from './eval/corpus-sim';
import { wilson } from './src/stats/rates';
for (const [k, n] of [[Infinity, 200], [2, 200], [0.7, 200], [2, 30], [0.7, 30]] as const) {
  let cover = 0, wcover = 0, fp = 0, wfp = 0; const N = 300;
  const t0 = Date.now();
  for (let s = 0; s < N; s++) {
    const outlets = [{ name: 'A', loaded: 3 }, { name: 'B', loaded: 3 }];
    const p = profile(aggregate(simulate({ seed: s + 1, outlets, articles: n, dispersion: k }), { by: 'outlet' }), { topTerms: 0 });
    const row = p.rates.find((r) => r.measure === 'loaded@author')!;
    const a = row.perGroup[0]!;
    const truth = trueLoadedRate(outlets[0]!);
    if (a.ci95[0] <= truth && truth <= a.ci95[1]) cover++;
    const [lo, hi] = wilson(a.count, a.denominator);
    if (lo * 1000 <= truth && truth <= hi * 1000) wcover++;
    const d = p.differences.find((x) => x.measure === 'loaded@author')!;
    if (d.p < 0.05) fp++;
  }
  console.log(`k=${k} n=${n}: coverage ${cover / N} wilson ${wcover / N} fp ${fp / N} (${Date.now() - t0} ms)`);
}
