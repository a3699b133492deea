// Regenerate docs/report.png, docs/report-article.png and docs/report-mobile.png: the seeds' HTML
// report, rendered by Debian's Chromium at 1280 and 390 px.
// Run: npm run build && node scripts/screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(mkdtempSync(join(tmpdir(), 'framelens-shot-')), 'report.html');
execFileSync(process.execPath, ['dist/cli.mjs', 'compare', '--format', 'html', '--out', out, 'seeds'], { stdio: 'inherit' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(out).href);
await page.screenshot({ path: 'docs/report.png', fullPage: false });
// the third seed's text with its highlights (the legend is hidden so it does not cover the text)
await page.addStyleTag({ content: '.legend{position:static}' });
const box = await page.locator('#article-3').boundingBox();
const scrollY = await page.evaluate(() => window.scrollY);
if (box !== null) await page.screenshot({ path: 'docs/report-article.png', fullPage: true, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, 1000) } });
// a phone: 390 px wide, the top of the report
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await phone.goto(pathToFileURL(out).href);
await phone.screenshot({ path: 'docs/report-mobile.png' });
await browser.close();
console.log('wrote docs/report.png, docs/report-article.png and docs/report-mobile.png');
