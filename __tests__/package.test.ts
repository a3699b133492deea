/**
 * The built package (`npm run build` runs before jest in `npm test`): both entry points resolve by
 * the package name through `exports`, carry the lexicons, and give the same results as src/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index';

const root = join(__dirname, '..');
const sample = 'Kirby claimed the so-called “peace” plan may be a CCP masquerade.';

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('built package', () => {
  const built = existsSync(join(root, 'dist', 'index.cjs'));

  test('dist exists (npm test builds first)', () => {
    expect(built).toBe(true);
  });

  test('exports lists types first for import and require', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: { '.': Record<string, Record<string, string>> } };
    expect(Object.keys(pkg.exports['.']?.import ?? {})[0]).toBe('types');
    expect(Object.keys(pkg.exports['.']?.require ?? {})[0]).toBe('types');
    for (const f of ['dist/index.d.ts', 'dist/index.d.mts', 'dist/index.mjs', 'dist/index.cjs']) expect(existsSync(join(root, f))).toBe(true);
  });

  test('require("framelens") and import("framelens") give the same findings as src/', () => {
    const expected = JSON.stringify(analyze(sample).findings.map((f) => [f.marker, f.text]));
    const cjs = run(['-e', `const f = require('framelens'); process.stdout.write(JSON.stringify(f.analyze(${JSON.stringify(sample)}).findings.map((x) => [x.marker, x.text])))`]);
    const esm = run(['--input-type=module', '-e', `const f = await import('framelens'); process.stdout.write(JSON.stringify(f.analyze(${JSON.stringify(sample)}).findings.map((x) => [x.marker, x.text])))`]);
    expect(cjs).toBe(expected);
    expect(esm).toBe(expected);
  });

  test('the built package carries the lexicons (no file reads at run time)', () => {
    const out = run(['-e', "process.chdir('/'); const f = require(process.argv[1]); process.stdout.write(String(f.getBuiltinLexicon('loaded').entries.length))", join(root, 'dist', 'index.cjs')]);
    expect(Number(out)).toBeGreaterThan(400);
  });
});
