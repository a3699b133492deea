/**
 * The API reference: `npm run docs` (typedoc, typedoc.json) writes a static site, and every export,
 * type and property is documented: typedoc runs with --validation.notDocumented and
 * --treatWarningsAsErrors, so an undocumented property or a stale @param fails this test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

test('typedoc: the whole public API documented, no warning; the site is written', () => {
  const out = mkdtempSync(join(tmpdir(), 'framelens-docs-'));
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--validation.notDocumented', '--treatWarningsAsErrors', '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
  expect(r.status).toBe(0);
  for (const page of ['index.html', 'functions/framelens.analyze.html', 'functions/framelens.compare.html', 'functions/framelens_charts.renderCharts.html', 'interfaces/framelens.Comparison.html']) expect(existsSync(join(out, page))).toBe(true);
  expect(readFileSync(join(out, 'interfaces', 'framelens.RateCell.html'), 'utf8')).toMatch(/writer(&#39;|&#x27;|')s own voice/);
}, 180_000);
