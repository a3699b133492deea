// Build: esbuild bundles src/ into ESM and CommonJS, and the declarations are rolled up into one
// file per entry point, so that only the public API is published.
//
// dist/index.mjs, dist/index.cjs     the library (ESM, CommonJS); dependencies stay external
// dist/lexicons/*.cjs                the built-in lexicons, once: both builds require them (a
//                                    CommonJS data module is loaded by Node's ESM, CommonJS and by
//                                    every bundler alike)
// dist/wink.cjs                      wink-nlp and its model, required on the first text read (not at
//                                    import: a process that never reads a text never loads them)
// dist/errors.cjs                    FramelensError, once: every build imports it, so `instanceof`
//                                    holds across import and require, and for the command's own
//                                    modules
// dist/charts.mjs, dist/charts.cjs   framelens/charts (Vega and Vega-Lite are ES modules: both
//                                    builds load them with a dynamic import())
// dist/cli.mjs                       the command; it imports ./index.mjs and ./charts.mjs
// dist/worker.mjs                    a thread of analyzeMany's and --jobs' pool: it loads ./index.mjs
// dist/*.d.mts, dist/*.d.cts         declarations: tsc's output rolled up by dts-bundle-generator
// (charts/package.json, committed, points resolvers that read no `exports` (node10) at dist/charts.*)
//
// No source maps by default: they doubled the packed size (about 100 KB of the 500 KB budget) and,
// without the sources they point to (src/ is not published), they help only a developer who has the
// repository. `FRAMELENS_SOURCEMAP=1 npm run build` writes them (mapping to src/, without embedding
// it) for `node --enable-source-maps` stack traces during development.
//
// The library bundles get the built-in lexicons' terms already tokenised (src/lexicon/built-terms.ts
// is `null` in the sources): a generator bundle (scripts/built-terms.ts) runs the tokenizer over
// every built-in entry once here, so that no process or worker thread does it at its first call.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).flatMap((d) => [d, `${d}/*`]);
const node = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });

// the lexicons, as CommonJS data modules (minified JSON)
mkdirSync('dist/lexicons', { recursive: true });
const LEXICON_FILES = readdirSync('lexicons').filter((f) => f.endsWith('.json') && f !== 'lexicon.schema.json');
for (const f of LEXICON_FILES) {
  const data = JSON.parse(readFileSync(`lexicons/${f}`, 'utf8'));
  writeFileSync(`dist/lexicons/${basename(f, '.json')}.cjs`, `'use strict';\nmodule.exports = ${JSON.stringify(data)};\n`);
}

/** Imports of `lexicons/<name>.json` become imports of `./lexicons/<name>.cjs`, next to the bundle. */
const lexiconsExternal = {
  name: 'lexicons-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)lexicons\/[\w-]+\.json$/ }, (args) => ({ path: `./lexicons/${basename(args.path, '.json')}.cjs`, external: true }));
  },
};

/**
 * The command (src/cli.mts and src/cli/) imports the library and the charts from the built entry
 * points, never a copy of them: any import of src/index or src/report/charts becomes external.
 */
const cliExternal = {
  name: 'cli-external',
  setup(b) {
    const src = resolve('src');
    b.onResolve({ filter: /(^|\/)(index|report\/charts|charts)\.m?js$/ }, (args) => {
      if (!args.importer.startsWith(src)) return undefined;
      const target = resolve(dirname(args.importer), args.path).replace(/\.m?js$/, '');
      if (target === join(src, 'index')) return { path: './index.mjs', external: true };
      if (target === join(src, 'report', 'charts')) return { path: './charts.mjs', external: true };
      return undefined;
    });
  },
};

// the tokenised terms, from the sources as they are now (the generator bundle is written inside the
// project, so that it resolves the project's node_modules, and removed)
const scratch = mkdtempSync(join('dist', '.built-terms-'));
let builtTerms;
try {
  const gen = join(scratch, 'built-terms.cjs');
  // (a relative outfile: esbuild writes it under the working directory)
  // (CommonJS: src/doc/wink-load.ts requires wink when the first term is read)
  await build({ bundle: true, platform: 'node', target: 'es2020', external, logLevel: 'warning', mainFields: ['module', 'main'], entryPoints: ['scripts/built-terms.ts'], format: 'cjs', outfile: gen });
  builtTerms = execFileSync(process.execPath, [gen], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, cwd: process.cwd() });
  JSON.parse(builtTerms);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const builtTermsPlugin = {
  name: 'built-terms',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]lexicon[\\/]built-terms\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const marker = 'export const BUILT_TERMS: BuiltTerms | null = null;';
      if (!source.includes(marker)) throw new Error(`${args.path}: expected the line "${marker}"`);
      return { contents: source.replace(marker, `export const BUILT_TERMS: BuiltTerms | null = ${builtTerms};`), loader: 'ts' };
    });
  },
};

/** Imports of src/errors become imports of ./errors.cjs (one FramelensError class for every build). */
const errorsExternal = {
  name: 'errors-external',
  setup(b) {
    const target = resolve('src', 'errors');
    b.onResolve({ filter: /(^|\/)errors(\.js)?$/ }, (args) => (resolve(dirname(args.importer), args.path).replace(/\.js$/, '') === target ? { path: './errors.cjs', external: true } : undefined));
  },
};

/**
 * Imports of src/doc/wink-load become imports of ./wink.cjs: wink-nlp and its model are required
 * there on the first text read, not when the library is imported (see that module).
 */
const winkExternal = {
  name: 'wink-external',
  setup(b) {
    const target = resolve('src', 'doc', 'wink-load');
    b.onResolve({ filter: /(^|\/)wink-load(\.js)?$/ }, (args) => (resolve(dirname(args.importer), args.path).replace(/\.js$/, '') === target ? { path: './wink.cjs', external: true } : undefined));
  },
};

// FRAMELENS_MODULE_URL: where the bundle is, so that the pool (src/many/pool.ts) finds ./worker.mjs;
// import() stays import() in the CommonJS bundle (the pool loads Node built-ins and piscina that
// way, so that browser bundles never see them)
const common = { bundle: true, platform: 'neutral', target: 'es2020', external, sourcemap: process.env.FRAMELENS_SOURCEMAP === '1', sourcesContent: false, logLevel: 'warning', mainFields: ['module', 'main'], plugins: [lexiconsExternal, errorsExternal, winkExternal, builtTermsPlugin], supported: { 'dynamic-import': true } };
const esmUrl = { FRAMELENS_MODULE_URL: 'import.meta.url' };
// platform node: esbuild then annotates the exports so that Node's ESM loader sees them as named exports
await build({ ...common, plugins: [], platform: 'node', entryPoints: ['src/errors.ts'], format: 'cjs', outfile: 'dist/errors.cjs' });
await build({ ...common, plugins: [], platform: 'node', entryPoints: ['src/doc/wink-load.ts'], format: 'cjs', outfile: 'dist/wink.cjs' });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'esm', outfile: 'dist/index.mjs', define: esmUrl });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'cjs', outfile: 'dist/index.cjs', define: { FRAMELENS_MODULE_URL: '__filename' } });
await build({ ...common, entryPoints: ['src/report/charts.mts'], format: 'esm', outfile: 'dist/charts.mjs' });
await build({ ...common, entryPoints: ['src/report/charts.mts'], format: 'cjs', outfile: 'dist/charts.cjs' });
// the pool's worker: a small module that loads the ES bundle next to it
await build({ ...common, platform: 'node', entryPoints: ['src/many/worker.mts'], format: 'esm', outfile: 'dist/worker.mjs', define: esmUrl, plugins: [lexiconsExternal, errorsExternal, cliExternal] });
await build({ ...common, platform: 'node', entryPoints: ['src/cli.mts'], format: 'esm', outfile: 'dist/cli.mjs', define: esmUrl, banner: { js: '#!/usr/bin/env node' }, plugins: [lexiconsExternal, errorsExternal, cliExternal] });
chmodSync('dist/cli.mjs', 0o755);

// declarations: tsc emits every module's, dts-bundle-generator keeps what the entry exports
node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
const dtsConfig = 'dist/types/tsconfig.json';
writeFileSync(dtsConfig, JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, types: ['node'], noEmit: true }, files: ['src/index.d.ts'] }));
node(['node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js', '--silent', '--no-check', '--no-banner', '--export-referenced-types=false', '--project', dtsConfig, '-o', 'dist/index.d.mts', 'dist/types/src/index.d.ts']);
writeFileSync('dist/index.d.cts', readFileSync('dist/index.d.mts', 'utf8'));
// the charts' declarations: charts.d.mts with the modules it re-exports inlined, and every type
// it imports from the library taken from the main entry (the types are declared once)
const typesDir = 'dist/types/src/report';
const inlined = readFileSync(join(typesDir, 'charts.d.mts'), 'utf8').replace(/^export \{[^}]*\} from '\.\/([\w-]+)\.mjs';$/gm, (_, name) => readFileSync(join(typesDir, `${name}.d.mts`), 'utf8'));
const libraryImports = [];
const body = inlined.replace(/^import type \{([^}]*)\} from '\.\.\/[\w/-]+\.js';\n/gm, (_, names) => { libraryImports.push(...names.split(',').map((n) => n.trim()).filter(Boolean)); return ''; });
if (libraryImports.length === 0 || /from '\./.test(body)) throw new Error('build: expected charts.d.mts to import only types from the library');
const chartsDts = (entry) => `import type { ${[...new Set(libraryImports)].sort().join(', ')} } from './${entry}';\n${body}`;
writeFileSync('dist/charts.d.mts', chartsDts('index.mjs'));
writeFileSync('dist/charts.d.cts', chartsDts('index.cjs'));
rmSync('dist/types', { recursive: true, force: true });
console.log('built dist/ (ESM, CommonJS, lexicons, charts, command line, declarations)');
