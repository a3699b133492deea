// HTML extraction benchmark (the CLI's HTML input, src/cli/html.ts): time per page at 0.25, 1 and
// 4 MB of paragraphs, of short paragraphs, and of nesting 5,000 to 80,000 elements deep. Time must
// grow linearly with size (a quadratic step shows as a 4x jump per doubling, 16x per 4x).
// Run: npm run bench (or node bench/html.mjs); it bundles src/cli/html.ts with esbuild first.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// bundled under node_modules/ so that the bundles' imports of the dependencies resolve
const dir = join(process.cwd(), 'node_modules', '.cache', 'framelens-bench');
await build({ entryPoints: ['src/cli/html.ts', 'src/cli/readability.ts'], outdir: dir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { extractHtml, MAX_HTML_ELEMENTS } = await import(pathToFileURL(join(dir, 'html.mjs')).href);
const readability = await (await import(pathToFileURL(join(dir, 'readability.mjs')).href)).loadReadability();

const para = '<p>The regime claimed the so-called “peace” plan had failed, officials said on Monday.</p>\n';
const short = '<p>Yes, he said.</p>\n';
const page = (body) => `<!DOCTYPE html><html><head><title>Bench</title></head><body><nav>Home | World</nav><article>${body}</article><footer>Footer</footer></body></html>`;
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length));
const kinds = {
  paragraphs: (n) => page(fill(para, n)),
  'short paragraphs': (n) => page(fill(short, n)),
};
extractHtml(page(para.repeat(20)), readability); // warm-up
console.log(`html: one extraction per row (Readability up to ${MAX_HTML_ELEMENTS.toLocaleString('en-US')} elements)`);
console.log('page                       size      time    ms per MB  path');
const row = (name, html) => {
  const t0 = process.hrtime.bigint();
  const r = extractHtml(html, readability);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const mb = html.length / 1048576;
  console.log(`${name.padEnd(25)}  ${mb.toFixed(2)} MB  ${ms.toFixed(0).padStart(6)} ms  ${(ms / mb).toFixed(0).padStart(7)}  ${r.simplified === undefined ? 'Readability' : 'plain'}`);
};
for (const [name, make] of Object.entries(kinds)) for (const size of [250_000, 1_000_000, 4_000_000]) row(name, make(size));
for (const depth of [5_000, 20_000, 80_000]) row(`nested ${depth.toLocaleString('en-US')} deep`, page(`${'<div>'.repeat(depth)}${para}${'</div>'.repeat(depth)}`));
row('unclosed 80,000 deep', page('<div><span>x '.repeat(80_000)));
