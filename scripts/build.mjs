// Build: esbuild bundles src/ into ESM and CommonJS, and the declarations are rolled up into one
// file per entry point, so that only the public API is published.
//
// dist/index.mjs, dist/index.cjs     the library (ESM, CommonJS); dependencies stay external
// dist/lexicons/*.cjs                the built-in lexicons, once: both builds require them (a
//                                    CommonJS data module is loaded by Node's ESM, CommonJS and by
//                                    every bundler alike)
// dist/errors.cjs                    FramelensError, once: every build imports it, so `instanceof`
//                                    holds across import and require, and for the command's own
//                                    modules
// dist/charts.mjs, dist/charts.cjs   framelens/charts (Vega and Vega-Lite are ES modules: both
//                                    builds load them with a dynamic import())
// dist/cli.mjs                       the command; it imports ./index.mjs and ./charts.mjs
// dist/*.d.mts, dist/*.d.cts         declarations: tsc's output rolled up by dts-bundle-generator
// (charts/package.json, committed, points resolvers that read no `exports` (node10) at dist/charts.*)
//
// No source maps by default: they doubled the packed size (about 100 KB of the 500 KB budget) and,
// without the sources they point to (src/ is not published), they help only a developer who has the
// repository. `FRAMELENS_SOURCEMAP=1 npm run build` writes them (mapping to src/, without embedding
// it) for `node --enable-source-maps` stack traces during development.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Imports of src/errors become imports of ./errors.cjs (one FramelensError class for every build). */
const errorsExternal = {
  name: 'errors-external',
  setup(b) {
    const target = resolve('src', 'errors');
    b.onResolve({ filter: /(^|\/)errors(\.js)?$/ }, (args) => (resolve(dirname(args.importer), args.path).replace(/\.js$/, '') === target ? { path: './errors.cjs', external: true } : undefined));
  },
};

const common = { bundle: true, platform: 'neutral', target: 'es2020', external, sourcemap: process.env.FRAMELENS_SOURCEMAP === '1', sourcesContent: false, logLevel: 'warning', mainFields: ['module', 'main'], plugins: [lexiconsExternal, errorsExternal] };
// platform node: esbuild then annotates the exports so that Node's ESM loader sees them as named exports
await build({ ...common, plugins: [], platform: 'node', entryPoints: ['src/errors.ts'], format: 'cjs', outfile: 'dist/errors.cjs' });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'esm', outfile: 'dist/index.mjs' });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'cjs', outfile: 'dist/index.cjs' });
await build({ ...common, entryPoints: ['src/report/charts.mts'], format: 'esm', outfile: 'dist/charts.mjs' });
await build({ ...common, entryPoints: ['src/report/charts.mts'], format: 'cjs', outfile: 'dist/charts.cjs' });
await build({ ...common, platform: 'node', entryPoints: ['src/cli.mts'], format: 'esm', outfile: 'dist/cli.mjs', banner: { js: '#!/usr/bin/env node' }, plugins: [lexiconsExternal, errorsExternal, cliExternal] });
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
