// Benchmark: analyze() against bare wink-nlp readDoc() on the same corpus in the same process.
// Reports wink tokens per second for both and their ratio (the share of wink's own speed that
// framelens keeps; target >= 0.6). Run: npm run bench [-- --sections abc --rounds 5]
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../dist/index.mjs';
import { brownDocs } from './brown.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const sections = opt('sections', 'abc').split('');
const rounds = Number(opt('rounds', '5'));

const docs = brownDocs(sections);
const nlp = winkNLP(model);
// the pipeline framelens itself uses (no wink sentiment / NER): the like-for-like floor
const lean = winkNLP(model, ['sbd', 'negation', 'pos']);
const chars = docs.reduce((s, d) => s + d.text.length, 0);
let tokens = 0;
for (const d of docs) tokens += nlp.readDoc(d.text).tokens().length();

// first call pays for lexicon validation and compilation: report it separately
let t0 = process.hrtime.bigint();
analyze('warm-up: the regime may have clearly claimed a "peace" plan, Kirby said.');
const firstCallMs = Number(process.hrtime.bigint() - t0) / 1e6;

function timeIt(fn) {
  const start = process.hrtime.bigint();
  for (const d of docs) fn(d.text);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// warm both paths, then alternate rounds so machine noise hits both alike
timeIt((t) => nlp.readDoc(t));
timeIt((t) => analyze(t));
timeIt((t) => lean.readDoc(t));
const wink = [];
const winkLean = [];
const ours = [];
for (let r = 0; r < rounds; r += 1) {
  wink.push(timeIt((t) => nlp.readDoc(t)));
  winkLean.push(timeIt((t) => lean.readDoc(t)));
  ours.push(timeIt((t) => analyze(t)));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const winkS = median(wink);
const leanS = median(winkLean);
const oursS = median(ours);
const mem = process.memoryUsage();
let findings = 0;
for (const d of docs) findings += analyze(d.text).findings.length;

console.log(`corpus: Brown sections ${sections.join('')} — ${docs.length} documents, ${chars.toLocaleString('en')} characters, ${tokens.toLocaleString('en')} wink tokens; ${rounds} rounds, medians`);
console.log(`first analyze() call (lexicon validation + compilation): ${firstCallMs.toFixed(0)} ms`);
console.log(`wink readDoc (default pipeline)            : ${(tokens / winkS).toFixed(0).padStart(9)} tokens/s  (${(winkS * 1000).toFixed(0)} ms per pass)`);
console.log(`wink readDoc (framelens pipeline sbd,negation,pos): ${(tokens / leanS).toFixed(0).padStart(9)} tokens/s  (${(leanS * 1000).toFixed(0)} ms per pass)`);
console.log(`analyze()                                  : ${(tokens / oursS).toFixed(0).padStart(9)} tokens/s  (${(oursS * 1000).toFixed(0)} ms per pass, ${findings.toLocaleString('en')} findings)`);
console.log(`ratio analyze/readDoc (default pipeline): ${(winkS / oursS).toFixed(2)} (target >= 0.75 on the whole corpus, issue 13; 0.60 on the press sections)`);
console.log(`ratio analyze/readDoc (same pipeline)   : ${(leanS / oursS).toFixed(2)} (framelens's own overhead over the wink pass it makes)`);
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
