// Benchmark: the scale path, through the CLI as a user runs it (each figure with the load average).
//  1. Throughput of `framelens analyze --format summary --jobs N` on a 5,000-article JSONL for N = 1,
//     2 and 4 in one run (rounds interleaved, median): analyses/s, wink tokens/s, speed-up over
//     --jobs 1 (target >= 1.8x with 2 jobs on 2 cores, and 4 jobs not slower than 2).
//  2. A large JSONL.gz (default 1 GB of JSONL before compression, records of 1 to 60 Brown
//     paragraphs) streamed through `framelens analyze --format summary --jobs 2 - | framelens
//     aggregate --jobs 1 --format json -`: wall time, peak RSS of all the processes together
//     (sampled from /proc; target < 500 MB), records in = summary lines out = articles profiled.
//  3. examples/dask/run.py on a 100,000-article corpus (LocalCluster, 2 workers) against one process:
//     wall times and byte equality of the profiles (needs python3 with Dask distributed).
// Run: npm run bench, or node bench/scale.mjs [--only throughput,big,dask] [--articles 5000]
//      [--rounds 2] [--big-bytes 1e9] [--dask-articles 100000] [--dir /tmp]
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGzip } from 'node:zlib';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpusRecords } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const only = new Set(opt('only', 'throughput,big,dask').split(','));
const ARTICLES = Number(opt('articles', '5000'));
const ROUNDS = Number(opt('rounds', '2'));
const BIG_BYTES = Number(opt('big-bytes', '1e9'));
const DASK_ARTICLES = Number(opt('dask-articles', '100000'));
const dir = mkdtempSync(join(opt('dir', tmpdir()), 'framelens-scale-'));
const cli = new URL('../dist/cli.mjs', import.meta.url).pathname;
const load = () => `load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Write `articles` records (or `bytes` of them) to `file` (gzip for .gz); returns records and raw bytes. */
async function writeCorpus(file, o) {
  const out = createWriteStream(file);
  const sink = file.endsWith('.gz') ? createGzip({ level: 6 }) : out;
  if (sink !== out) sink.pipe(out);
  let records = 0;
  let bytes = 0;
  for (const line of corpusRecords(o)) {
    records += 1;
    bytes += Buffer.byteLength(line);
    if (!sink.write(line)) await new Promise((r) => sink.once('drain', r));
  }
  await new Promise((r) => {
    out.once('finish', r);
    sink.end();
  });
  return { records, bytes };
}

/** Resident memory (bytes) of a process and all its descendants, from /proc, with each process's share. */
function treeRss(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const parts = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) {
        total += Number(m[1]) * 1024;
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        // the command's subcommand (analyze, aggregate) or the program's name
        const sub = argv.find((a) => ['analyze', 'aggregate', 'compare'].includes(a));
        parts.push({ name: sub ?? (argv[0] ?? '?').split('/').pop(), bytes: Number(m[1]) * 1024 });
      }
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, parts };
}

/** The processes at the peak, largest first: "analyze 390 MB, aggregate 133 MB, …" (those over 10 MB). */
const peakParts = (m) => m.peakParts.filter((x) => x.bytes > 10 * 2 ** 20).sort((a, b) => b.bytes - a.bytes).map((x) => `${x.name} ${MB(x.bytes)}`).join(', ');

/** Run a shell command; wall time, exit code, stdout, peak RSS of its process tree. */
function measured(command) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    let peak = 0;
    let peakParts = [];
    const timer = setInterval(() => {
      const t = treeRss(child.pid);
      if (t.total > peak) ({ total: peak, parts: peakParts } = t);
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: Number(process.hrtime.bigint() - t0) / 1e9, out: Buffer.concat(out).toString('utf8'), err, peak, peakParts });
    });
  });
}

async function winkTokens(file) {
  const nlp = winkNLP(model, []);
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) n += nlp.readDoc(JSON.parse(line).text).tokens().length();
  return n;
}

const MB = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;

async function throughput() {
  const file = join(dir, 'throughput.jsonl');
  const { records, bytes } = await writeCorpus(file, { articles: ARTICLES });
  const tokens = await winkTokens(file);
  console.log(`throughput: ${records} articles, ${MB(bytes)}, ${tokens.toLocaleString('en')} wink tokens; ${ROUNDS} rounds of --jobs 1, 2, 4 interleaved (${load()})`);
  const times = { 1: [], 2: [], 4: [] };
  let reference = null;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const jobs of [1, 2, 4]) {
      const m = await measured(`node ${cli} analyze --format summary --no-progress --jobs ${jobs} ${file} | md5sum`);
      if (m.code !== 0) throw new Error(m.err);
      reference ??= m.out;
      if (m.out !== reference) throw new Error(`--jobs ${jobs}: output differs from --jobs 1`);
      times[jobs].push(m.seconds);
      console.log(`  round ${r + 1} --jobs ${jobs}: ${m.seconds.toFixed(1)} s, peak RSS ${MB(m.peak)} (${load()})`);
    }
  }
  const base = median(times[1]);
  for (const jobs of [1, 2, 4]) {
    const s = median(times[jobs]);
    console.log(`  --jobs ${jobs}: ${(records / s).toFixed(1)} analyses/s, ${Math.round(tokens / s).toLocaleString('en')} tokens/s, ${(base / s).toFixed(2)}x --jobs 1 (median ${s.toFixed(1)} s)`);
  }
  console.log('  outputs of --jobs 1, 2 and 4 identical');
}

async function big() {
  const file = join(dir, 'big.jsonl.gz');
  const t0 = Date.now();
  const { records, bytes } = await writeCorpus(file, { bytes: BIG_BYTES, seed: 29 });
  const gz = (await import('node:fs')).statSync(file).size;
  console.log(`big: ${records.toLocaleString('en')} records, ${MB(bytes)} of JSONL (${MB(gz)} gzipped), generated in ${((Date.now() - t0) / 1000).toFixed(0)} s (${load()})`);
  const count = join(dir, 'summary-lines');
  const m = await measured(`node ${cli} analyze --format summary --no-progress --jobs 2 ${file} | tee >(wc -l > ${count}) | node ${cli} aggregate --jobs 1 --no-progress --by outlet --format json -`);
  if (m.code !== 0) throw new Error(m.err);
  const lines = Number(readFileSync(count, 'utf8').trim());
  const articles = JSON.parse(m.out).articles;
  console.log(`  analyze --format summary --jobs 2 | aggregate: ${m.seconds.toFixed(0)} s, ${(records / m.seconds).toFixed(1)} records/s, ${MB(bytes / m.seconds)}/s of JSONL; peak RSS of all processes ${MB(m.peak)} (${peakParts(m)}) (${load()})`);
  console.log(`  records in ${records}, summary lines ${lines}, articles profiled ${articles}: ${records === lines && lines === articles ? 'equal' : 'NOT EQUAL'}`);
  if (BIG_BYTES < 1e9) console.log(`  scaled down: 1 GB of JSONL at this rate would take ${((1e9 / bytes) * m.seconds / 60).toFixed(0)} min (time is linear in the input; the peak RSS above is for this size only)`);
  rmSync(file);
}

async function dask() {
  const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
  if (python === undefined) {
    console.log('dask: skipped (no python3 with Dask distributed: apt-get install python3-distributed)');
    return;
  }
  const file = join(dir, 'dask.jsonl');
  const { records, bytes } = await writeCorpus(file, { articles: DASK_ARTICLES, seed: 31 });
  console.log(`dask: ${records.toLocaleString('en')} articles, ${MB(bytes)} (${load()})`);
  const one = await measured(`node ${cli} aggregate --no-progress --by outlet --format json ${file}`);
  if (one.code !== 0) throw new Error(one.err);
  console.log(`  one process (aggregate --jobs 2): ${one.seconds.toFixed(0)} s, peak RSS ${MB(one.peak)} (${peakParts(one)}) (${load()})`);
  const script = new URL('../examples/dask/run.py', import.meta.url).pathname;
  const d = await measured(`${python} ${script} ${file} --workers 2 --by outlet --framelens "node ${cli}"`);
  if (d.code !== 0) throw new Error(d.err);
  console.log(`  Dask LocalCluster, 2 worker processes: ${d.seconds.toFixed(0)} s, peak RSS ${MB(d.peak)} (${load()}); ${d.err.trim().split('\n').pop()}`);
  console.log(`  profiles ${d.out === one.out ? 'byte-identical' : 'DIFFERENT'} (${one.out.length} bytes)`);
  rmSync(file);
}

try {
  if (only.has('throughput')) await throughput();
  if (only.has('big')) await big();
  if (only.has('dask')) await dask();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
