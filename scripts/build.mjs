// Build: esbuild bundles src/ into ESM and CommonJS (lexicons inlined, dependencies external), and
// tsc emits the declarations. Both entry points get their own declaration entry.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).flatMap((d) => [d, `${d}/*`]);

rmSync('dist', { recursive: true, force: true });
const common = { bundle: true, platform: 'neutral', target: 'es2020', external, sourcemap: true, logLevel: 'warning', mainFields: ['module', 'main'] };
await build({ ...common, entryPoints: ['src/index.ts'], format: 'esm', outfile: 'dist/index.mjs' });
await build({ ...common, entryPoints: ['src/index.ts'], format: 'cjs', outfile: 'dist/index.cjs' });
// charts (Vega is ESM-only) and the command line are ES modules
await build({ ...common, entryPoints: ['src/report/charts.mts'], format: 'esm', outfile: 'dist/charts.mjs' });
await build({ ...common, platform: 'node', entryPoints: ['src/cli.mts'], format: 'esm', outfile: 'dist/cli.mjs', banner: { js: '#!/usr/bin/env node' } });
chmodSync('dist/cli.mjs', 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
writeFileSync('dist/index.d.ts', "export * from './types/src/index';\n");
writeFileSync('dist/index.d.mts', "export * from './types/src/index.js';\n");
writeFileSync('dist/charts.d.mts', "export * from './types/src/report/charts.mjs';\n");
console.log('built dist/index.mjs, dist/index.cjs and declarations');

