// Stress benchmark: texts that defeat sentence and paragraph structure, at 0.25, 0.5 and 1 MB. Each
// row reports the time of one analyze() call and the size of the largest piece of output; time must
// grow about linearly with size (a quadratic step shows as a 4x jump per doubling) and no span may
// grow with the text (an attribution's content is capped at 120 tokens).
// Run: npm run bench (or node bench/stress.mjs after npm run build)
import { analyze } from '../dist/index.mjs';

const unit =
  'Washington: A spokesman for the White House stated that Chinese calls for a truce, as this would “reward” aggression, were rejected, said Kirby, who, according to my knowledge, was widely criticized. "We may never know," he added, noting that the so-called “peace” plan ';
const kinds = {
  'one paragraph, many quotes': (n) => unit.repeat(Math.ceil(n / unit.length)),
  'no sentence end, no quotes': (n) => unit.replace(/[.,"“”]/g, '').repeat(Math.ceil(n / unit.length)),
  'a quotation left open': (n) => '“' + unit.replace(/[“”"]/g, '').repeat(Math.ceil(n / unit.length)),
};
analyze('warm-up: Kirby said the “peace” plan may fail.');
console.log('stress: one analyze() call per row');
console.log('text                          size      time     findings  attributions  longest content (chars)');
for (const [name, make] of Object.entries(kinds)) {
  for (const size of [250_000, 500_000, 1_000_000]) {
    const text = make(size);
    const t0 = process.hrtime.bigint();
    const a = analyze(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let longest = 0;
    for (const x of a.attributions) if (x.content !== null && x.kind !== 'direct') longest = Math.max(longest, x.content.end - x.content.start);
    console.log(`${name.padEnd(28)}  ${(text.length / 1e6).toFixed(2)} MB  ${ms.toFixed(0).padStart(6)} ms  ${String(a.findings.length).padStart(8)}  ${String(a.attributions.length).padStart(12)}  ${String(longest).padStart(10)}`);
  }
}
