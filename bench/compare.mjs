// Benchmark: compare() of 200 articles (Brown corpus documents as the bench corpus), timed
// separately from their analysis. Target: under 2 s beyond the analysis.
import { analyze, compare } from '../dist/index.mjs';
import { brownDocs } from './brown.mjs';

const docs = brownDocs(['a', 'b', 'c', 'd', 'e', 'f', 'g']).slice(0, 200);
let t0 = process.hrtime.bigint();
const analyses = docs.map((d) => analyze(d.text, { id: d.id }));
const analyseS = Number(process.hrtime.bigint() - t0) / 1e9;
compare(analyses.slice(0, 3)); // warm-up
t0 = process.hrtime.bigint();
const c = compare(analyses);
const compareS = Number(process.hrtime.bigint() - t0) / 1e9;
const words = analyses.reduce((s, a) => s + a.counts.words, 0);
const shared = c.coverage.units.filter((u) => u.articles.length >= 2).length;
console.log(`compare(): ${analyses.length} articles, ${words.toLocaleString('en')} words; analysis ${analyseS.toFixed(2)} s, compare ${compareS.toFixed(2)} s (target < 2 s)`);
console.log(`  ${c.differences.length.toLocaleString('en')} pairwise tests, ${c.coverage.units.length.toLocaleString('en')} coverage units (${shared} shared), ${c.labels.length} actors`);
