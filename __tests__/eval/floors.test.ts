/**
 * The validity floors (eval/floors.json) on the DEV gold sets: when the data folder is there
 * (FRAMELENS_EVAL_DATA, or ../shared/eval beside the repository), the evaluation command runs
 * once, each corpus in its own process as always (two commands at a time, each on half of the corpora,
 * so that both cores of a CI machine work), and every floor is one test; without the data the
 * tests are skipped and say why. The data are third-party (research-only or share-alike terms) and
 * never copied into the project.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CORPORA, type MetricRow } from '../../eval/corpora';

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
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-floors-'));
    // PolNeAR takes about as long as the other corpora together: it runs with BASIL and PTC
    const first = new Set(['polnear', 'basil', 'ptc']);
    const parts = [CORPORA.filter((c) => first.has(c.id)), CORPORA.filter((c) => !first.has(c.id))].map((p) => p.map((c) => c.id));
    const runs = await Promise.all(
      parts.map(
        (ids, k) =>
          new Promise<{ status: number | null; stderr: string; rows: MetricRow[] }>((resolve) => {
            const json = path.join(dir, `rows-${k}.json`);
            const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', path.join(root, 'eval', 'run.ts'), '--data', data, '--only', ids.join(','), '--json', json], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
            child.on('close', (code) => resolve({ status: code, stderr: err, rows: fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as MetricRow[]) : [] }));
          }),
      ),
    );
    status = runs.every((r) => r.status === 0) ? 0 : (runs.find((r) => r.status !== 0)?.status ?? null);
    stderr = runs.map((r) => r.stderr).join('');
    rows = runs.flatMap((r) => r.rows);
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
