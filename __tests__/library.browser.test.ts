/**
 * The library in a browser: `dist/index.mjs` bundled for the browser by esbuild (as an app's bundler
 * would), loaded into Debian's Chromium by playwright-core, and run on the seeds. Its results must be
 * identical to Node's, with no network request and no console error. Skipped with a message when
 * /usr/bin/chromium is missing, except under CI, where it fails.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { analyze, analyzeMany, compare, type AnalyzeManyResult, type ArticleAnalysis } from '../src/index';
import { seedText } from './helpers/seeds';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const root = join(__dirname, '..');

const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== undefined) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);
const describeBrowser = available ? describe : describe.skip;
if (!available) console.warn(`skipping the browser test: ${CHROMIUM} not found (apt-get install chromium)`);

/** What the page exposes: the two entry points, taking and returning plain JSON. */
interface PageApi {
  framelens: { analyze: typeof analyze; analyzeMany: typeof analyzeMany; compare: typeof compare };
}

/** A copy with every number rounded to 12 significant digits. */
function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}

describeBrowser('the library in Chromium', () => {
  let browser: Browser;
  let bundle = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-browser-'));
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, `import { analyze, analyzeMany, compare } from ${JSON.stringify(join(root, 'dist', 'index.mjs'))};\nglobalThis.framelens = { analyze, analyzeMany, compare };\n`);
    const out = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent', nodePaths: [join(root, 'node_modules')] });
    bundle = out.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a browser bundle needs no Node built-in', () => {
    expect(bundle.length).toBeGreaterThan(1_000_000); // the wink model is inside
    expect(bundle).not.toMatch(/require\(["']node:/);
  });

  test('analyze() and compare() in the page: analyses identical to Node, statistics to 12 digits', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"><title>framelens</title></head><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const ids = Object.keys(seedText).sort();
    const texts = ids.map((id) => seedText[id] ?? '');
    const inPage = await page.evaluate((input: string[]) => {
      const { framelens } = globalThis as unknown as PageApi;
      const analyses = input.map((text, k) => framelens.analyze(text, { id: String(k), outlet: `outlet ${k}` }));
      return { analyses, comparison: framelens.compare(analyses) };
    }, texts);
    const inNode = texts.map((text, k) => analyze(text, { id: String(k), outlet: `outlet ${k}` }));
    expect(inPage.analyses.map((a: ArticleAnalysis) => a.findings.length)).toEqual(inNode.map((a) => a.findings.length));
    expect(inPage.analyses).toEqual(JSON.parse(JSON.stringify(inNode)));
    // statistics go through Math.exp/log/sqrt, whose last bit may differ between V8 builds
    expect(roundDeep(inPage.comparison)).toEqual(roundDeep(JSON.parse(JSON.stringify(compare(inNode)))));
    // the seeds' known values hold in the page too (not only equality with Node)
    const voiceOfHope = inPage.analyses[ids.indexOf('004')] as ArticleAnalysis;
    expect(voiceOfHope.markers.scareQuote.count).toBe(9);
    expect(voiceOfHope.speakers[0]?.canonical).toBe('John Kirby');
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  test('analyzeMany() in the page: no workers there, so one thread, with the same results in order', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"><title>framelens</title></head><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const ids = Object.keys(seedText).sort();
    const items: unknown[] = ids.map((id) => ({ id, text: seedText[id] ?? '' }));
    items.push(7);
    const inPage = await page.evaluate(async (input: unknown[]) => {
      const { framelens } = globalThis as unknown as PageApi;
      const out: AnalyzeManyResult[] = [];
      for await (const r of framelens.analyzeMany(input as string[], { concurrency: 4 })) out.push(r);
      return out;
    }, items);
    expect(inPage.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, false],
    ]);
    inPage.forEach((r, k) => {
      if (r.ok) expect(r.analysis).toEqual(JSON.parse(JSON.stringify(analyze(seedText[ids[k] ?? ''] ?? '', { id: ids[k] ?? '' }))));
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
