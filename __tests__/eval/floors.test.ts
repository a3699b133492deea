/**
 * The validity floors (eval/floors.json) on the DEV gold sets: when the data folder is there
 * (FRAMELENS_EVAL_DATA, or ../shared/eval beside the repository), the evaluation command runs once,
 * each corpus in its own process as always, and every floor is one test; without the data the
 * tests are skipped and say why. The data are third-party (research-only or share-alike terms) and
 * never copied into the project.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { MetricRow } from '../../eval/corpora';

const root = path.join(__dirname, '..', '..');
const data = process.env.FRAMELENS_EVAL_DATA ?? path.join(root, '..', 'shared', 'eval');
const present = fs.existsSync(data) && fs.statSync(data).isDirectory();
const floors = Object.entries(JSON.parse(fs.readFileSync(path.join(root, 'eval', 'floors.json'), 'utf8')) as Record<string, unknown>)
  .filter((e): e is [string, number] => !e[0].startsWith('$') && typeof e[1] === 'number');

let rows: MetricRow[] = [];
let status: number | null = null;
let stderr = '';

if (!present) {
  // eslint-disable-next-line no-console
  console.log(`eval floors skipped: no evaluation data at ${data} (set FRAMELENS_EVAL_DATA to the folder of the DEV JSONL files)`);
}

(present ? describe : describe.skip)(`validity floors on ${data}`, () => {
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-floors-'));
    const json = path.join(dir, 'rows.json');
    const r = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', path.join(root, 'eval', 'run.ts'), '--data', data, '--json', json], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    status = r.status;
    stderr = r.stderr;
    if (fs.existsSync(json)) rows = JSON.parse(fs.readFileSync(json, 'utf8')) as MetricRow[];
    fs.rmSync(dir, { recursive: true, force: true });
  }, 600_000);

  test('the evaluation command ran every corpus without a data error', () => {
    expect({ status, stderr: status === 0 ? '' : stderr }).toEqual({ status: 0, stderr: '' });
  });

  test.each(floors)('%s >= %d', (metric, floor) => {
    const row = rows.find((r) => r.metric === metric);
    // a corpus whose file is absent from the folder is not a failure (the harness skips it too);
    // a metric missing from a corpus that ran is (a renamed metric would otherwise pass unseen)
    const corpus = metric.split('.').slice(0, 2).join('.');
    if (row === undefined) {
      expect(rows.some((r) => r.metric.startsWith(`${corpus}.`)) ? `${metric}: no such metric` : 'corpus not run').toBe('corpus not run');
      return;
    }
    const value: unknown = row.value; // NaN is written as null
    expect(typeof value).toBe('number');
    expect(value as number).toBeGreaterThanOrEqual(floor);
  });
});
