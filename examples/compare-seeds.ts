/**
 * Compare the three seed articles (three outlets' reports of one event) and print a readable report:
 * rates with intervals, significant differences, distinctive words, how China is named, speakers and
 * stance, and the coverage matrix.  Run: npm run compare-seeds  (add --md for Markdown, --json for JSON)
 */
import { compare, toMarkdown, toTable } from '../src/index';
import { loadSeeds } from './seeds';

const seeds = loadSeeds();
const comparison = compare(seeds.map((s) => ({ id: s.id, outlet: s.outlet, text: s.text })));
const format = process.argv.includes('--json') ? 'json' : process.argv.includes('--md') ? 'md' : 'table';
if (format === 'json') process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
else if (format === 'md') process.stdout.write(toMarkdown(comparison));
else process.stdout.write(toTable(comparison));
