// Benchmark: aggregate() of 1,000,000 article summaries and profile() of the result (target: under
// 30 s and 500 MB on one core), and the shard check on 10,000 summaries (7 shards aggregated
// separately, merged in a shuffled order, byte-identical profile). The summaries are generated
// news-like records (20 outlets, 20,000 events, two years of dates, ~30 finding cells, ~120 content
// terms from a 40,000-word Zipf vocabulary, 4 speakers, 3 actors each; bench/summaries.mjs), streamed
// from a generator: nothing but the sums is kept.
// npm run bench runs it with the heap policy of the command (`--heap-growing-percent=20`, src/cli/heap.ts).
// Run: npm run bench, or node [--heap-growing-percent=20] bench/aggregate.mjs [--articles 1000000]
//      [--rounds 2] [--shard-articles 10000]
import { loadavg } from 'node:os';
import { aggregate, mergeAggregates, profile } from '../dist/index.mjs';
import { xorshift } from './random.mjs';
import { summaries } from './summaries.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : dflt;
};
const N = opt('articles', 1_000_000);
const SHARD_N = opt('shard-articles', 10_000);
const ROUNDS = opt('rounds', 2);
const CHUNK = 1000;

const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
// calibration: a fixed integer loop, so that runs on a busy machine can be scaled
{
  const t0 = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < 1e8; i += 1) x += i & 7;
  const ms = seconds(t0) * 1000;
  if (x < 0) console.log(x); // keeps the loop observable
  console.log(`aggregate bench: load average ${load()} (2 cores); calibration loop of 1e8 integer adds ${ms.toFixed(0)} ms`);
}

// aggregate() of N generated summaries, then profile(), ROUNDS times (median and range). The
// summaries are generated in chunks of CHUNK by the iterable aggregate() reads, and the time spent
// generating is clocked around each chunk and taken out of the same run, so that the figure is
// aggregate()'s own (a separate generation pass and a subtraction across runs swung the result
// between 25 and 51 s for the same code). The peak RSS is the process's, generation included.
/** The summaries of `summaries(n, seed)`, generated CHUNK at a time; `clock.s` sums the generating time. */
function* chunked(n, seed, clock) {
  const source = summaries(n, seed);
  for (;;) {
    const t0 = process.hrtime.bigint();
    const chunk = [];
    for (let k = 0; k < CHUNK; k += 1) {
      const r = source.next();
      if (r.done) break;
      chunk.push(r.value);
    }
    clock.s += seconds(t0);
    if (chunk.length === 0) return;
    yield* chunk;
  }
}
{
  const runs = [];
  let p;
  let agg;
  let heapAfterAggregate = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    agg = undefined;
    p = undefined;
    const clock = { s: 0 };
    let t0 = process.hrtime.bigint();
    agg = aggregate(chunked(N, 1, clock), { by: 'outlet' });
    const aggS = seconds(t0) - clock.s;
    heapAfterAggregate = process.memoryUsage().heapUsed;
    t0 = process.hrtime.bigint();
    p = profile(agg);
    const profileS = seconds(t0);
    runs.push({ aggS, profileS, genS: clock.s });
    console.log(`  round ${r + 1}: aggregate() ${aggS.toFixed(1)} s (generation ${clock.s.toFixed(1)} s taken out), profile() ${profileS.toFixed(2)} s; load average ${load()}`);
  }
  const peak = process.resourceUsage().maxRSS * 1024; // measured before the other checks
  const aggBytes = JSON.stringify(agg).length;
  const totals = runs.map((x) => x.aggS + x.profileS);
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const aggS = med(runs.map((x) => x.aggS));
  const profileS = med(runs.map((x) => x.profileS));
  console.log(`  aggregate(): ${N.toLocaleString('en')} summaries by outlet, median of ${ROUNDS} rounds ${aggS.toFixed(1)} s (${((aggS / N) * 1e6).toFixed(1)} µs each), profile() ${profileS.toFixed(2)} s; total median ${med(totals).toFixed(1)} s, range ${Math.min(...totals).toFixed(1)}-${Math.max(...totals).toFixed(1)} s (target < 30 s)`);
  console.log(`  memory: peak RSS ${mb(peak)} for the whole process (target < 500 MB; V8 flags: ${process.execArgv.join(' ') || 'none'}), heap after aggregate ${mb(heapAfterAggregate)}; the Aggregate is ${mb(aggBytes)} as JSON (${Object.keys(agg.groups).length} groups, ${p.withinEvent.length.toLocaleString('en')} within-event rows over ${p.groups[0]?.events.toLocaleString('en')} events per outlet); load average ${load()}`);
  if (med(totals) > 30 || peak > 500 * 1048576) console.log('  (over target)');
}

// JSON cost of the same records as JSONL lines, which the CLI pays on top (measured on 20,000)
{
  const lines = [...summaries(20000, 99)].map((s) => JSON.stringify(s));
  const bytes = lines.reduce((s, l) => s + l.length + 1, 0);
  const t0 = process.hrtime.bigint();
  for (const l of lines) JSON.parse(l);
  const parseS = seconds(t0);
  console.log(`  summary line: ${(bytes / lines.length / 1024).toFixed(1)} KB on average; JSON.parse ${((parseS / lines.length) * 1e6).toFixed(1)} µs per line (${((parseS / lines.length) * N).toFixed(1)} s per ${N.toLocaleString('en')})`);
}

// the shard check: 7 shards of a shuffled corpus, merged in a shuffled order
{
  const all = [...summaries(SHARD_N, 7)];
  const u = xorshift(11);
  const order = all.map((_, i) => i).sort(() => u() - 0.5);
  const shards = Array.from({ length: 7 }, () => []);
  order.forEach((i, k) => shards[(k * 7 + Math.floor(u() * 7)) % 7].push(all[i]));
  const options = { by: ['outlet', 'month'] };
  let t0 = process.hrtime.bigint();
  const one = aggregate(all, options);
  const oneProfile = JSON.stringify(profile(one));
  const oneS = seconds(t0);
  t0 = process.hrtime.bigint();
  const parts = shards.map((s) => aggregate(s, options)).sort(() => u() - 0.5);
  const merged = parts.reduce((a, b) => mergeAggregates(a, b));
  const mergedProfile = JSON.stringify(profile(merged));
  const shardS = seconds(t0);
  console.log(`  shards: ${SHARD_N.toLocaleString('en')} summaries by outlet × month in 7 shuffled shards (${shards.map((s) => s.length).join(', ')}), merged in shuffled order: aggregate ${JSON.stringify(merged) === JSON.stringify(one) ? 'identical' : 'DIFFERENT'}, profile ${mergedProfile === oneProfile ? 'identical' : 'DIFFERENT'} (${(oneProfile.length / 1024).toFixed(0)} KB; one pass ${oneS.toFixed(2)} s, shards + merges ${shardS.toFixed(2)} s)`);
  if (mergedProfile !== oneProfile) process.exitCode = 1;
}
