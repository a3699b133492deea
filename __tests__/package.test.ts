/**
 * The package as users get it. `npm test` builds `dist/` first; this file packs it as `npm publish`
 * would (the tarball's files, size and contents), checks it with arethetypeswrong and publint,
 * installs the tarball into an empty project with `npm install --engine-strict` and uses every entry
 * point there, and checks that the declared Node range holds for the whole production dependency tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subset, validRange } from 'semver';
import { analyze } from '../src/index';

const root = join(__dirname, '..');
const sample = 'Kirby claimed the so-called “peace” plan may be a CCP masquerade.';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  exports: Record<string, Record<string, Record<string, string>> | string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  repository?: { url?: string };
  homepage?: string;
  bugs?: { url?: string };
  license?: string;
  type?: string;
};
/** Packed size budget (the wink model is a dependency, not in the tarball). */
const BUDGET_PACKED = 500 * 1024;

function node(args: string[], cwd = root): string {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });
}

/** Run a command; on failure, the error message carries its output. */
function sh(cmd: string, args: string[], cwd: string, timeout = 180_000): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${String(r.status)}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('built package', () => {
  test('dist exists (npm test builds first)', () => {
    for (const f of ['index.mjs', 'index.cjs', 'index.d.mts', 'index.d.cts', 'charts.mjs', 'charts.cjs', 'charts.d.mts', 'charts.d.cts', 'cli.mjs']) expect(existsSync(join(root, 'dist', f))).toBe(true);
  });

  test('exports: import and require, each with its types first, for both entry points', () => {
    for (const entry of ['.', './charts']) {
      const e = pkg.exports[entry] as Record<string, Record<string, string>>;
      expect(Object.keys(e)).toEqual(['import', 'require']);
      expect(Object.keys(e.import ?? {})).toEqual(['types', 'default']);
      expect(Object.keys(e.require ?? {})).toEqual(['types', 'default']);
    }
    expect(pkg.type).toBe('commonjs');
    expect(pkg.scripts.prepack).toBe('npm run build');
  });

  test('require("framelens") and import("framelens") give the same findings as src/', () => {
    const expected = JSON.stringify(analyze(sample).findings.map((f) => [f.marker, f.text]));
    const cjs = node(['-e', `const f = require('framelens'); process.stdout.write(JSON.stringify(f.analyze(${JSON.stringify(sample)}).findings.map((x) => [x.marker, x.text])))`]);
    const esm = node(['--input-type=module', '-e', `const f = await import('framelens'); process.stdout.write(JSON.stringify(f.analyze(${JSON.stringify(sample)}).findings.map((x) => [x.marker, x.text])))`]);
    expect(cjs).toBe(expected);
    expect(esm).toBe(expected);
  });

  test('the built package carries the lexicons, once, as modules next to the bundles', () => {
    const out = node(['-e', "process.chdir('/'); const f = require(process.argv[1]); process.stdout.write(String(f.getBuiltinLexicon('loaded').entries.length))", join(root, 'dist', 'index.cjs')]);
    expect(Number(out)).toBe(JSON.parse(readFileSync(join(root, 'lexicons', 'loaded.json'), 'utf8')).entries.length);
    for (const bundle of ['index.mjs', 'index.cjs', 'cli.mjs']) {
      const code = readFileSync(join(root, 'dist', bundle), 'utf8');
      expect(code).not.toContain('loaded-masquerade'); // an entry id: the data are not inlined
    }
    expect(readFileSync(join(root, 'dist', 'index.mjs'), 'utf8')).toContain('from "./lexicons/loaded.cjs"');
  });

  test('wink-nlp and its model are loaded on the first text read, not on import (both builds)', () => {
    // which of the two packages Node's module cache holds after import, aggregation of a summary, and analysis
    const probe = `
      const loaded = () => ['wink-nlp', 'wink-eng-lite-web-model'].filter((p) => Object.keys(req.cache).some((k) => k.includes('/node_modules/' + p + '/'))).join('+') || 'none';
      const steps = [loaded()];
      const summary = f.summarize(JSON.parse(${JSON.stringify(JSON.stringify(analyze(sample)))}));
      f.profile(f.aggregate([summary], { by: ['outlet'] }));
      steps.push(loaded());
      f.analyze('Kirby said the plan may fail.');
      steps.push(loaded());
      process.stdout.write(steps.join(' '));`;
    const cjs = node(['-e', `const req = require; const f = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});${probe}`]);
    const esm = node(['--input-type=module', '-e', `import { createRequire } from 'node:module'; const req = createRequire(import.meta.url); const f = await import(${JSON.stringify(join(root, 'dist', 'index.mjs'))});${probe}`]);
    expect(cjs).toBe('none none wink-nlp+wink-eng-lite-web-model');
    expect(esm).toBe('none none wink-nlp+wink-eng-lite-web-model');
    // the two are required in one place, dist/wink.cjs, which both bundles import
    for (const bundle of ['index.mjs', 'index.cjs']) expect(readFileSync(join(root, 'dist', bundle), 'utf8')).not.toMatch(/(from|require\()\s*"wink-(nlp|eng-lite-web-model)"/);
  });

  test('the command imports the built library instead of bundling a copy', () => {
    const cli = readFileSync(join(root, 'dist', 'cli.mjs'), 'utf8');
    expect(cli).toMatch(/from "\.\/index\.mjs"/);
    expect(cli).not.toMatch(/from "wink-nlp"/);
    // no analysis code: the batch runner for --jobs is in the command, analyze() is not
    expect(cli).not.toMatch(/function (readWink|findHits|detectAttributions)\b/);
    // the command's own modules (inputs, corpus sums, --jobs, resumable batches) are about 107 KB;
    // the library is about 370 KB, so a copy of it would not fit
    expect(cli.length).toBeLessThan(130_000);
  });

  test('the declared Node range is within the engines of every production dependency', () => {
    expect(validRange(pkg.engines.node)).not.toBeNull();
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean; engines?: { node?: string } | string[] }> };
    const narrower: string[] = [];
    let checked = 0;
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path === '' || p.dev === true || p.devOptional === true) continue;
      const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
      if (range === undefined) continue;
      checked += 1;
      if (!subset(pkg.engines.node, range)) narrower.push(`${path}: ${range}`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(narrower).toEqual([]);
  });

  test('package.json names the repository, homepage, bug tracker and licence; LICENSE and CHANGELOG exist', () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/framelens\.git$/);
    const repo = (pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.homepage).toBe(`${repo}#readme`);
    expect(pkg.bugs?.url).toBe(`${repo}/issues`);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## 0\.1\.0\b/m);
    expect(changelog).toContain(`## ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string}`);
  });

  test('the lodash dependency is used (per-method imports) by the built code', () => {
    const code = readFileSync(join(root, 'dist', 'index.cjs'), 'utf8') + readFileSync(join(root, 'dist', 'cli.mjs'), 'utf8');
    expect(code).toMatch(/require\("lodash\/\w+\.js"\)|from "lodash\/\w+\.js"/);
    expect(code).not.toMatch(/require\("lodash"\)|from "lodash"/);
  });
});

describe('the packed tarball', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-pack-'));
  let tarball = '';
  let files: Array<{ path: string; size: number }> = [];
  let packed = 0;

  beforeAll(() => {
    // dist/ was just built by `npm test`; prepack would build it again (npm pack on a fresh clone
    // runs prepack, whose script is checked above)
    const [info] = JSON.parse(sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)) as Array<{ filename: string; size: number; files: Array<{ path: string; size: number }> }>;
    if (info === undefined) throw new Error('npm pack printed no result');
    tarball = join(dir, info.filename);
    files = info.files;
    packed = info.size;
  });

  test(`packed size under ${BUDGET_PACKED / 1024} KB; no internal declarations, no source maps, lexicons once`, () => {
    expect(packed).toBeLessThan(BUDGET_PACKED);
    const paths = files.map((f) => f.path).sort();
    expect(paths.filter((p) => p.endsWith('.d.ts') || p.endsWith('.d.mts') || p.endsWith('.d.cts'))).toEqual(['dist/charts.d.cts', 'dist/charts.d.mts', 'dist/index.d.cts', 'dist/index.d.mts']);
    expect(paths.filter((p) => p.startsWith('lexicons/'))).toEqual(['lexicons/FORMAT.md', 'lexicons/lexicon.schema.json']);
    const families = readdirSync(join(root, 'lexicons')).filter((f) => f.endsWith('.json') && f !== 'lexicon.schema.json');
    expect(paths.filter((p) => p.startsWith('dist/lexicons/'))).toHaveLength(families.length);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md', 'charts/package.json', 'package.json']));
    // LEXICONS.md (about 80 KB packed) is documentation for the repository; the lists themselves are
    // in the bundles and readable with getBuiltinLexicon()
    expect(paths.filter((p) => p.endsWith('.map') || p === 'LEXICONS.md')).toEqual([]);
    // the declarations name no internal module
    const dts = readFileSync(join(root, 'dist', 'index.d.mts'), 'utf8');
    expect(dts).not.toMatch(/build-doc|AnalyzedDoc|CompiledLexicon|InputRecord/);
    expect(dts).toMatch(/export declare function analyze\(/);
  });

  test('arethetypeswrong: every entry point resolves with types under node10, node16 (CJS and ESM) and bundler', () => {
    const out = sh(join(root, 'node_modules', '.bin', 'attw'), [tarball, '--format', 'json'], dir);
    const report = JSON.parse(out) as { problems?: unknown[]; analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './charts', './package.json']);
    expect(report.analysis.problems).toEqual([]);
  }, 120_000);

  test('publint --strict: no error, warning or suggestion', () => {
    const out = sh(join(root, 'node_modules', '.bin', 'publint'), ['run', tarball, '--strict'], dir);
    expect(out).toContain('All good!');
  });

  test('npm install --engine-strict of the tarball on this Node, then every entry point and the command', () => {
    const app = mkdtempSync(join(tmpdir(), 'framelens-app-'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    sh('npm', ['install', '--engine-strict', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app, 300_000);
    const cjs = node(['-e', `const f = require('framelens'); const { renderCharts } = require('framelens/charts'); const c = f.compare(['Officials said the talks may fail.', 'The regime lied, Kirby said.']); renderCharts(c).then((charts) => process.stdout.write(JSON.stringify([f.analyze(${JSON.stringify(sample)}).findings.length, charts.length, charts.every((x) => x.svg.startsWith('<svg'))])))`], app);
    const esm = node(['--input-type=module', '-e', `import { analyze, compare } from 'framelens'; import { renderCharts } from 'framelens/charts'; const charts = await renderCharts(compare(['Officials said the talks may fail.', 'The regime lied, Kirby said.'])); process.stdout.write(JSON.stringify([analyze(${JSON.stringify(sample)}).findings.length, charts.length, charts.every((x) => x.svg.startsWith('<svg'))]))`], app);
    const n = analyze(sample).findings.length;
    expect(JSON.parse(cjs)).toEqual([n, expect.any(Number), true]);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
    expect(JSON.parse(cjs)[1]).toBeGreaterThanOrEqual(2);
    const version = sh(join(app, 'node_modules', '.bin', 'framelens'), ['--version'], app).trim();
    expect(version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  }, 300_000);
});
