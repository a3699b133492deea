/**
 * `npm run fuzz`: the property-test harness at full size (100,000 texts from a fixed seed by
 * default), the bad-argument suite, and a cross-process determinism check: a child process analyses
 * every `replayEvery`-th text in reverse order and must give the same bytes.
 *
 * ```sh
 * npm run fuzz [-- --runs 100000 --seed 20240611 --max-long 20000 --bad 2000 --shard 1/2]
 * ```
 * `--shard k/n` runs the k-th of n shards (1-based) of the same inputs: batches b with
 * b % n = k - 1; the n shards in n processes cover the whole run.
 * Exit code 0 when no problem was found, 1 otherwise. A short run is part of `npm test`
 * (`__tests__/fuzz.test.ts`).
 *
 * Corpus profiles are covered too: summarize / aggregate / mergeAggregates / profile / toProfileHtml
 * in the bad-argument suite, and every compare() set is also aggregated in one pass and in shuffled
 * shards (the same bytes).
 *
 * @packageDocumentation
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseArgs } from 'util';
import * as framelens from '../src/index';
import { runBadArguments, runBadChartArguments, type Api } from './arguments';
import { hashesOf, runTextFuzz, type FuzzConfig } from './harness';

function config(argv: readonly string[]): FuzzConfig & { badRuns: number } {
  const { values } = parseArgs({
    args: [...argv],
    options: { runs: { type: 'string' }, seed: { type: 'string' }, 'max-long': { type: 'string' }, bad: { type: 'string' }, child: { type: 'string' }, shard: { type: 'string' } },
    strict: true,
  });
  const num = (k: string, d: number): number => {
    const v = values[k as keyof typeof values];
    return typeof v === 'string' ? Number(v) : d;
  };
  const shardArg = /^(\d+)\/(\d+)$/.exec(values.shard ?? '1/1');
  const shard = shardArg === null ? null : { index: Number(shardArg[1]) - 1, count: Number(shardArg[2]) };
  if (shard === null || shard.count < 1 || shard.index < 0 || shard.index >= shard.count) throw new Error(`--shard: expected k/n with 1 <= k <= n, instead found ${values.shard ?? ''}`);
  return { shard, runs: num('runs', 100_000), seed: num('seed', 20240611), maxLong: num('max-long', 20_000), maxFragments: 40, batch: 1000, compareEvery: 97, replayEvery: 50, badRuns: num('bad', 2000) };
}

async function loadCharts(): Promise<Api['renderCharts']> {
  try {
    const url = pathToFileURL(path.join(__dirname, '..', 'dist', 'charts.mjs')).href;
    const m = (await import(url)) as { renderCharts: Api['renderCharts'] };
    return m.renderCharts;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const cfg = config(argv);
  const childAt = argv.indexOf('--child');
  if (childAt >= 0) {
    // the cross-process check: these indices, in this order, in a fresh process
    const indices = (argv[childAt + 1] ?? '').split(',').filter(Boolean).map(Number);
    process.stdout.write(JSON.stringify([...hashesOf(framelens, cfg, indices)]));
    return;
  }
  const t0 = Date.now();
  const api: Api = { ...framelens, renderCharts: await loadCharts() };
  const bad = runBadArguments(api, cfg.badRuns, cfg.seed);
  const badCharts = await runBadChartArguments(api, [undefined, null, 5, 'x', {}, framelens.analyze('Kirby said so.'), { schemaVersion: '1', articles: 'x' }]);
  console.log(`bad arguments: ${bad.calls + badCharts.calls} calls, ${bad.problems.length + badCharts.problems.length} problems`);
  for (const p of [...bad.problems, ...badCharts.problems].slice(0, 40)) console.log(`  ${p}`);

  const r = runTextFuzz(api, cfg, (done, t, problems) => {
    process.stderr.write(`\r${done} texts, ${t.analyses} analyze() calls, ${t.findings} findings, ${t.spans} spans, ${problems} problems, ${r0(Date.now() - t0)} s`);
  });
  process.stderr.write('\n');
  const t = r.tally;
  console.log(`texts: ${t.inputs} inputs (seed ${cfg.seed}${cfg.shard !== undefined && cfg.shard.count > 1 ? `, shard ${cfg.shard.index + 1}/${cfg.shard.count}` : ''}), ${t.analyses} analyze() calls, ${t.findings} findings, ${t.spans} spans checked, ${t.comparisons} compare() calls`);

  // another process, reverse order: the same bytes
  const indices = [...r.hashes.keys()].reverse();
  const child = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, ...argv, '--child', indices.join(',')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let crossProblems = 0;
  if (child.status !== 0) {
    console.log(`cross-process check failed to run: ${child.stderr.slice(0, 400)}`);
    crossProblems += 1;
  } else {
    const theirs = new Map<number, string>(JSON.parse(child.stdout) as Array<[number, string]>);
    const differ = indices.filter((i) => theirs.get(i) !== r.hashes.get(i));
    crossProblems += differ.length;
    console.log(`cross-process, reverse order: ${indices.length - differ.length}/${indices.length} texts give the same bytes${differ.length > 0 ? ` (differ: ${differ.slice(0, 10).join(', ')})` : ''}`);
  }
  console.log(`problems: ${r.problems.length} kinds`);
  for (const p of r.problems) console.log(`  ${p.count}x ${p.first}\n     input #${p.input.index}: ${JSON.stringify(p.input.text).slice(0, 200)} options ${p.input.options.slice(0, 160)}`);
  console.log(`time: ${r0(Date.now() - t0)} s`);
  if (r.problems.length + bad.problems.length + badCharts.problems.length + crossProblems > 0) process.exitCode = 1;
}

const r0 = (ms: number): string => (ms / 1000).toFixed(0);

void main();
