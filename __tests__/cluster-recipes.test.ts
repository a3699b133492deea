/**
 * The README's Spark `RDD.pipe` and Hadoop Streaming recipes, which cannot run here, simulated in
 * the shell with the commands exactly as the README writes them: the corpus cut into parts with
 * `split` (and an empty part, as an engine can make), each part piped through the map command, the
 * map output shuffled with `sort` (Hadoop: a tab after each line, as its reducer receives them),
 * then the reduce command. The profile must be the bytes of one process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const readme = spawnSync('cat', [join(root, 'README.md')], { encoding: 'utf8' }).stdout;
const dir = mkdtempSync(join(tmpdir(), 'framelens-recipes-'));
const framelens = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`;

/** A README command with `framelens` replaced by this build. */
const local = (command: string): string => command.replace(/^framelens /, `${framelens} `);

function sh(script: string): string {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
  if (r.status !== 0) throw new Error(`shell simulation failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const spark = /\.pipe\("([^"]+)"\)/.exec(readme)?.[1] ?? '';
const sparkMerge = /# then: (framelens aggregate --merge [^>\n]+?) >/.exec(readme)?.[1] ?? '';
const mapper = /-mapper "([^"]+)"/.exec(readme)?.[1] ?? '';
const reducer = /-reducer "([^"]+)"/.exec(readme)?.[1] ?? '';

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'corpus.mjs'), '--articles', '70', '--seed', '5'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(dir, 'corpus.jsonl'), r.stdout);
  // three parts by lines, and an empty fourth (an empty split or partition)
  sh('split -n l/3 -d corpus.jsonl part- && : > part-03');
});

let once: string | undefined;
/** The one-process profile (computed once: every recipe must give these bytes). */
const expected = (): string => (once ??= sh(`${framelens} aggregate --by outlet --format json --jobs 1 corpus.jsonl`));

/** Runs `command` on every part at the same time, as an engine's executors do; `<part>.out` holds each output. */
const mapParts = (command: string): string => `for p in part-0?; do (${command} < "$p" > "$p.out") & done; wait`;

describe('cluster recipes of the README, simulated', () => {
  test('the README holds the commands', () => {
    expect(spark).toBe('framelens aggregate --partial --by outlet --jobs 1 --no-progress -');
    expect(sparkMerge).toBe('framelens aggregate --merge --format json partials.jsonl');
    expect(mapper).toBe(spark);
    expect(reducer).toBe('framelens aggregate --merge --format json -');
  });

  test('Spark RDD.pipe: one map process per partition, partitions collected in order, then the merge', () => {
    sh(`${mapParts(local(spark))}; cat part-00.out part-01.out part-02.out part-03.out > partials.jsonl`);
    expect(sh('wc -l < partials.jsonl').trim()).toBe('4');
    expect(sh(local(sparkMerge))).toBe(expected());
  }, 180_000);

  test('Hadoop Streaming: mapper per split, shuffle-sort, lines with a tab, one reducer', () => {
    const out = sh(`${mapParts(local(mapper))}; cat part-03.out part-02.out part-00.out part-01.out | sort | sed 's/$/\\t/' | ${local(reducer)}`);
    expect(out).toBe(expected());
  }, 180_000);

  test('the summary map step: analyze --format summary per part, shuffled, then aggregate', () => {
    const out = sh(`${mapParts(`${framelens} analyze --format summary --jobs 1 --no-progress -`)}; cat part-0?.out | sort -r | ${framelens} aggregate --by outlet --format json -`);
    expect(out).toBe(expected());
  }, 180_000);
});
