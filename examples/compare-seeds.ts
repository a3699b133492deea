/**
 * Compare the three seed articles (three outlets' reports of one event) and print a readable report:
 * rates with intervals, significant differences, distinctive words, how China is named, speakers and
 * stance, and the coverage matrix.
 *
 *   npm run compare-seeds                          terminal tables
 *   npm run compare-seeds -- --md                  Markdown
 *   npm run compare-seeds -- --json --out c.json   JSON, written to a file
 *
 * `--out <file>` writes the report to a file. Redirecting instead (`> c.json`) also captures the
 * lines npm prints before running the script; use `npm run -s compare-seeds -- --json > c.json`.
 */
import { writeFileSync } from 'node:fs';
import { compare, toMarkdown, toTable } from '../src/index';
import { loadSeeds } from './seeds';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && (out === undefined || out.startsWith('--'))) {
  process.stderr.write('compare-seeds: --out needs a file name\n');
  process.exit(2);
}
const seeds = loadSeeds();
const comparison = compare(seeds.map((s) => ({ id: s.id, outlet: s.outlet, text: s.text })));
const report = args.includes('--json') ? `${JSON.stringify(comparison, null, 2)}\n` : args.includes('--md') ? toMarkdown(comparison) : toTable(comparison);
if (out === undefined) process.stdout.write(report);
else {
  writeFileSync(out, report);
  process.stderr.write(`compare-seeds: wrote ${out}\n`);
}
