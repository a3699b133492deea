/**
 * The HTML report, checked in a real browser: Debian's Chromium driven by playwright-core (never a
 * downloaded browser). `.ci/run` installs chromium when it is missing; on a machine without it the
 * test is skipped with a message, except under CI, where it fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ArticleAnalysis } from '../src/index';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');

const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== undefined) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);
const describeBrowser = available ? describe : describe.skip;
if (!available) console.warn(`skipping the browser test: ${CHROMIUM} not found (apt-get install chromium)`);

function framelens(args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describeBrowser('HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));
  const seedsReport = join(dir, 'seeds.html');

  beforeAll(async () => {
    framelens(['compare', '--format', 'html', '--out', seedsReport, join(root, 'seeds')]); // the manifest names the outlets
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    return { page, errors };
  }

  test('one highlight per finding, charts with marks, no console errors', async () => {
    const analyses = JSON.parse(framelens(['analyze', '--format', 'json', join(root, 'seeds')])) as ArticleAnalysis[];
    const findings = analyses.reduce((s, a) => s + a.findings.length, 0);
    const { page, errors } = await open(seedsReport);
    expect(await page.locator('mark.hl').count()).toBe(findings);
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (let k = 0; k < (await charts.count()); k += 1) {
      const marks = await charts.nth(k).locator('g.mark-rect path, g.mark-rule line, g.mark-rect rect').count();
      expect(marks).toBeGreaterThan(0);
    }
    expect(await page.locator('#comparison table').count()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the report leads with the differences in words, then the rates chart, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
      await page.goto(pathToFileURL(seedsReport).href);
      const summary = page.locator('#summary');
      expect(await summary.isVisible()).toBe(true);
      const box = await summary.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(width === 390 ? 500 : 300); // in the first screen, under the heading
      expect(await summary.innerText()).toContain('004 (Voice of Hope) uses loaded terms 11.5 times as often as 000 (Outlet 000): 17.0 vs 1.5 per 1,000 words (q = 0.006)');
      const order = await page.evaluate(() => ['#summary', '#chart-rates', '#rates table', '#chart-labels-1', '#article-1'].map((sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1));
      expect(order.every((y, k) => y >= 0 && (k === 0 || y > (order[k - 1] ?? 0)))).toBe(true);
      await page.close();
    }
  });

  test('chart text is at least 11 px as rendered, and nothing overflows sideways at 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(seedsReport).href);
      const sizes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('figure.chart svg'))
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).width.baseVal.value;
            const px = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
            return { scale, smallest: Math.min(...px), texts: px.length };
          }),
      );
      expect(sizes.length).toBeGreaterThanOrEqual(5); // rates, two actors, stance, speakers: one rendering each shown
      for (const s of sizes) {
        expect(s.texts).toBeGreaterThan(5);
        expect(s.smallest).toBeGreaterThanOrEqual(11);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      if (width === 390) {
        const legend = await page.evaluate(() => ({ height: document.querySelector('.legend')?.getBoundingClientRect().height ?? 0, position: getComputedStyle(document.querySelector('.legend') as Element).position }));
        expect(legend.height).toBeLessThan(900 / 6);
        expect(legend.position).toBe('static'); // it scrolls away instead of covering the text
      }
      await page.close();
    }
  });

  test('articles, families and stances have colours of their own; the stance chart shows shares', async () => {
    const { page } = await open(seedsReport);
    const fills = (id: string) => page.evaluate((sel) => [...new Set(Array.from(document.querySelectorAll(`${sel} .wide g.mark-rect path`)).map((p) => (p.getAttribute('fill') ?? '').toUpperCase()))], id);
    const families = ['#D55E00', '#0072B2', '#CC79A7', '#009E73', '#E69F00', '#999999', '#56B4E9'];
    const articles = await fills('#chart-rates');
    expect(articles.sort()).toEqual(['#332288', '#44AA99', '#882255']);
    const stances = await fills('#chart-stance');
    expect(stances.length).toBeGreaterThanOrEqual(4);
    for (const c of [...articles, ...stances]) expect(families).not.toContain(c);
    for (const c of stances) expect(articles).not.toContain(c);
    expect(await page.locator('#chart-stance .wide').innerText()).toMatch(/share of attributions[\s\S]*100%|100%[\s\S]*share of attributions/);
    await page.close();
  });

  test('loaded terms, scare quotes and attributions are highlighted when the page opens; sentiment and labels are not', async () => {
    const { page } = await open(seedsReport);
    const shown = (m: string) => page.locator(`mark.hl.f-${m}`).first().evaluate((el) => getComputedStyle(el).borderBottomColor !== 'rgba(0, 0, 0, 0)');
    expect(await Promise.all(['loaded', 'scareQuote', 'attribution', 'hedge', 'booster', 'sentiment', 'label'].map(shown))).toEqual([true, true, true, true, true, false, false]);
    await page.click('label[for="show-label"]');
    expect(await shown('label')).toBe(true);
    await page.close();
  });

  test("toggling a family's checkbox hides its highlights", async () => {
    const { page } = await open(seedsReport);
    const first = page.locator('mark.hl.f-loaded').first();
    const style = () => first.evaluate((el) => getComputedStyle(el).borderBottomColor);
    const before = await style();
    expect(before).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('label[for="show-loaded"]');
    expect(await page.isChecked('#show-loaded')).toBe(false);
    expect(await style()).toBe('rgba(0, 0, 0, 0)');
    // other families stay visible
    const hedge = await page.locator('mark.hl.f-hedge').first().evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(hedge).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('label[for="show-loaded"]');
    expect(await style()).toBe(before);
    await page.close();
  });

  test('a hostile input runs no script and is shown literally', async () => {
    const hostileDir = mkdtempSync(join(tmpdir(), 'framelens-hostile-'));
    const payloads = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2">',
      '</style><script>window.__pwned = 3</script>',
      '<a href="javascript:window.__pwned = 4">click me</a>',
      '" onmouseover="window.__pwned = 5" data-x="',
      "' autofocus onfocus='window.__pwned = 6",
    ];
    const text = `The regime claimed "peace" ${payloads.join(' and ')} while officials said it may fail.`;
    writeFileSync(join(hostileDir, 'a.jsonl'), [
      JSON.stringify({ id: '<b>x</b>', outlet: '<script>window.__pwned = 7</script>', title: '</title><script>window.__pwned = 8</script>', text }),
      JSON.stringify({ id: 'y" onload="window.__pwned=9', outlet: '<img src=x onerror=window.__pwned=10>', text: `Kirby said: "${payloads[1]}" was a masquerade.` }),
    ].join('\n'));
    const out = join(hostileDir, 'hostile.html');
    framelens(['compare', '--format', 'html', '--out', out, join(hostileDir, 'a.jsonl')]);
    const { page, errors } = await open(out);
    for (const el of await page.locator('mark.hl').all()) await el.hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main img, main a[href]').count()).toBe(0);
    const body = await page.locator('body').innerText();
    expect(body).toContain('<script>window.__pwned = 1</script>');
    expect(body).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(body).toContain('<script>window.__pwned = 7</script>');
    expect(await page.title()).toContain('framelens');
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await page.close();
  });
});
