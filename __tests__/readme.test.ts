/**
 * The README's "real output" blocks stay real: the first example of "Use" is run as it stands (its
 * code block, against the built package) and its output compared with the block after it, and every line of the abridged seed outputs it shows must appear in the
 * output of `npm run analyze-seeds` and `npm run compare-seeds -- --md`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The body of the first fenced block after `marker` (the line with ``` excluded). */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README: expected the text "${marker}", instead found none`);
  const open = readme.indexOf('```', at);
  const bodyStart = readme.indexOf('\n', open) + 1;
  const close = readme.indexOf('\n```', bodyStart);
  return readme.slice(bodyStart, close);
}

/** Lines of a Markdown table that follows `marker`, up to the first blank line. */
function tableAfter(marker: string): string[] {
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README: expected the text "${marker}", instead found none`);
  const lines = readme.slice(at).split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('|'));
  const out: string[] = [];
  for (const l of lines.slice(start)) {
    if (!l.startsWith('|')) break;
    out.push(l);
  }
  return out;
}

function runExample(file: string, args: string[] = []): string {
  const r = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', join(root, 'examples', file), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`examples/${file} exited with ${String(r.status)}: ${r.stderr}`);
  return r.stdout;
}

describe('README examples print what the README says', () => {
  test('the first example of "Use": the snippet itself, run against the built package, prints the README\'s output', async () => {
    const code = blockAfter('## Use');
    expect(code).toContain("from 'framelens'");
    // the snippet as a user runs it: TypeScript stripped, the package name resolved to dist/
    const js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replace(/from ["']framelens["']/, `from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.mjs')).href)}`);
    const file = join(mkdtempSync(join(tmpdir(), 'framelens-readme-')), 'use.mjs');
    writeFileSync(file, js);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd()).toBe(blockAfter('prints (real output').trimEnd());
  });

  test('npm run analyze-seeds: the lines the README shows', () => {
    const out = runExample('analyze-seeds.ts').split('\n');
    const shown = blockAfter('`npm run analyze-seeds` prints, among others:').split('\n');
    for (const line of shown) {
      // a line the README abridges with "..." must begin an output line
      const abridged = /,? ?(?:\.\.\.|…)$/.exec(line);
      if (abridged === null) expect(out).toContain(line);
      else expect(out.filter((o) => o.startsWith(line.slice(0, abridged.index)))).toHaveLength(1);
    }
  });

  test('npm run compare-seeds -- --md: the table rows the README shows', () => {
    const out = runExample('compare-seeds.ts', ['--md']).split('\n');
    const rows = [...tableAfter('`npm run compare-seeds -- --md` prints'), ...tableAfter('| measure | articles | per 1k |')];
    expect(rows.length).toBeGreaterThan(6);
    for (const row of rows) expect(out).toContain(row);
  });
});
