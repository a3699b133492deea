/**
 * examples/dask/run.py on a real Dask LocalCluster (worker processes, each piping its partitions
 * through a framelens subprocess): the merged profile must be byte-identical to the one-process
 * `framelens aggregate --by outlet --format json <corpus>`. Skipped, with a message saying why, only
 * when no Python with Dask distributed is found (Debian: apt-get install python3-distributed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const script = join(root, 'examples', 'dask', 'run.py');
const dir = mkdtempSync(join(tmpdir(), 'framelens-dask-'));

/** The first Python that has Dask distributed: $PYTHON, python3 on the PATH, Debian's /usr/bin/python3. */
function findPython(): string | null {
  for (const p of [process.env.PYTHON, 'python3', '/usr/bin/python3']) {
    if (p === undefined || p === '') continue;
    const r = spawnSync(p, ['-c', 'import distributed, dask.bag'], { encoding: 'utf8' });
    if (r.status === 0) return p;
  }
  return null;
}
const python = findPython();
if (python === null) {
  // eslint-disable-next-line no-console
  console.warn('dask.test.ts skipped: no python3 with Dask distributed (install it: apt-get install python3-distributed)');
}
const maybe = python === null ? test.skip : test;

function corpus(articles: number): string {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'corpus.mjs'), '--articles', String(articles), '--seed', '7'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(r.status).toBe(0);
  return r.stdout;
}

function oneProcess(file: string, extra: string[] = []): string {
  const r = spawnSync(process.execPath, [cli, 'aggregate', '--by', 'outlet', '--format', 'json', '--jobs', '1', ...extra, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(r.status).toBe(0);
  return r.stdout;
}

function dask(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(python ?? 'python3', [script, ...args, '--framelens', `${process.execPath} ${cli}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('examples/dask/run.py on a LocalCluster', () => {
  const text = corpus(90);
  const plain = join(dir, 'corpus.jsonl');
  writeFileSync(plain, text);
  const gz = join(dir, 'corpus.jsonl.gz');
  writeFileSync(gz, gzipSync(text));

  maybe(
    '.jsonl split in byte ranges on 2 workers: the profile is the bytes of one process',
    () => {
      const expected = oneProcess(plain);
      const r = dask([plain, '--workers', '2', '--by', 'outlet', '--partitions', '5']);
      // dask cuts byte ranges at line ends: about the partitions asked for
      expect(r.err).toMatch(/framelens-dask: [3-6] partitions on 2 workers/);
      expect(r.code).toBe(0);
      expect(r.out).toBe(expected);
      expect((JSON.parse(r.out) as { articles: number }).articles).toBe(90);
    },
    300_000,
  );

  maybe(
    '.jsonl.gz with the summary map step (analyze --format summary | aggregate --partial), by outlet and event: same bytes',
    () => {
      const expected = oneProcess(gz, ['--by', 'outlet,event']);
      const r = dask([gz, '--workers', '3', '--by', 'outlet,event', '--map', 'summary', '--partitions', '4']);
      expect(r.code).toBe(0);
      expect(r.out).toBe(expected);
    },
    300_000,
  );
});
