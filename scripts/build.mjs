// Build: esbuild bundles src/ into ESM and CommonJS (lexicons inlined, dependencies external), and
// tsc emits the declarations. Both entry points get their own declaration entry.
//
// The bundles also get the built-in lexicons' terms already tokenised (src/lexicon/built-terms.ts is
// `null` in the sources): a generator bundle (scripts/built-terms.ts) runs the tokenizer over every
// built-in entry once here, so that no process or worker thread does it at its first call.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).flatMap((d) => [d, `${d}/*`]);

rmSync('dist', { recursive: true, force: true });
const base = { bundle: true, platform: 'neutral', target: 'es2020', external, logLevel: 'warning', mainFields: ['module', 'main'] };

// the tokenised terms, from the sources as they are now (the generator bundle is written inside the
// project, so that it resolves the project's node_modules, and removed)
mkdirSync('dist', { recursive: true });
const scratch = mkdtempSync(join('dist', '.built-terms-'));
let builtTerms;
try {
  const gen = join(scratch, 'built-terms.mjs');
  // (a relative outfile: esbuild writes it under the working directory)
  await build({ ...base, platform: 'node', entryPoints: ['scripts/built-terms.ts'], format: 'esm', outfile: gen });
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

// FRAMELENS_MODULE_URL: where the bundle is, so that analyzeMany's pool finds dist/worker.mjs
// (src/many/pool.ts); import() stays import() in the CommonJS bundle (the pool loads Node built-ins
// and piscina that way, so that browser bundles never see them)
const common = { ...base, sourcemap: true, plugins: [builtTermsPlugin], supported: { 'dynamic-import': true } };
const esm = { ...common, format: 'esm', define: { FRAMELENS_MODULE_URL: 'import.meta.url' } };
await build({ ...esm, entryPoints: ['src/index.ts'], outfile: 'dist/index.mjs' });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'cjs', outfile: 'dist/index.cjs', define: { FRAMELENS_MODULE_URL: '__filename' } });
// the pool's worker: a small module that loads the ES bundle next to it
const packageEntry = { name: 'package-entry', setup: (b) => b.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.mjs', external: true })) };
await build({ ...esm, platform: 'node', entryPoints: ['src/many/worker.mts'], outfile: 'dist/worker.mjs', plugins: [packageEntry] });
// charts (Vega is ESM-only) and the command line are ES modules
await build({ ...esm, entryPoints: ['src/report/charts.mts'], outfile: 'dist/charts.mjs' });
await build({ ...esm, platform: 'node', entryPoints: ['src/cli.mts'], outfile: 'dist/cli.mjs', banner: { js: '#!/usr/bin/env node' } });
chmodSync('dist/cli.mjs', 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
writeFileSync('dist/index.d.ts', "export * from './types/src/index';\n");
writeFileSync('dist/index.d.mts', "export * from './types/src/index.js';\n");
writeFileSync('dist/charts.d.mts', "export * from './types/src/report/charts.mjs';\n");
console.log('built dist/index.mjs, dist/index.cjs and declarations');
