// Benchmark: aggregate() of 1,000,000 article summaries and profile() of the result (target: under
// 30 s and 500 MB on one core), and the shard check on 10,000 summaries (7 shards aggregated
// separately, merged in a shuffled order, byte-identical profile). The summaries are generated
// news-like records (20 outlets, 20,000 events, two years of dates, ~30 finding cells, ~120 content
// terms from a 40,000-word Zipf vocabulary, 4 speakers, 3 actors each), streamed from a generator:
// nothing but the sums is kept. Generation is timed on its own and subtracted.
// Run: npm run bench, or node bench/aggregate.mjs [--articles 1000000] [--shard-articles 10000]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { aggregate, mergeAggregates, profile } from '../dist/index.mjs';
import { xorshift } from './random.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : dflt;
};
const N = opt('articles', 1_000_000);
const SHARD_N = opt('shard-articles', 10_000);

const categories = (file) => [...new Set(JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8')).entries.map((e) => e.category))];
const CATS = { loaded: categories('loaded.json'), hedge: categories('hedges.json'), booster: categories('boosters.json'), label: categories('actors.json') };
const STANCES = ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'];
const KINDS = ['named', 'institutional', 'anonymous', 'document', 'pronoun', 'unknown'];
const VOICES = ['author', 'quoted', 'reported'];
const OUTLETS = Array.from({ length: 20 }, (_, i) => `Outlet ${String.fromCharCode(65 + i)}`);
const VOCAB = Array.from({ length: 40000 }, (_, i) => `term${i.toString(36)}`);
const SPEAKERS = Array.from({ length: 5000 }, (_, i) => `Speaker ${i}`);
const ACTORS = Array.from({ length: 37 }, (_, i) => ({ actor: `Actor ${i}`, labels: [0, 1, 2].map((k) => ({ key: `actor-${i}-${k}`, label: `Label ${i}.${k}`, category: CATS.label[(i + k) % CATS.label.length] })) }));
const DATES = Array.from({ length: 730 }, (_, d) => new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10));
const MARKERS = ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label'];

/** A small Poisson deviate. */
function poisson(u, mean) {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k += 1;
    p *= u();
  }
  return k;
}

function* summaries(n, seed, offset = 0) {
  const u = xorshift(seed);
  for (let j = 0; j < n; j += 1) {
    const i = j + offset;
    const words = 200 + Math.floor(u() * 1300);
    const author = Math.round(words * (0.55 + u() * 0.3));
    const quoted = Math.round((words - author) * u());
    const cells = new Map();
    const add = (family, category, voice, position, k) => {
      if (k <= 0) return;
      const key = `${family}\u0000${category}\u0000${voice}\u0000${position}`;
      const c = cells.get(key);
      if (c === undefined) cells.set(key, [family, category, voice, position, k]);
      else c[4] += k;
    };
    for (const [family, mean, picks] of [['loaded', 1.2, 4], ['hedge', 2, 4], ['booster', 1, 2], ['label', 3, 5]]) {
      for (let k = 0; k < picks; k += 1) add(family, CATS[family][Math.floor(u() * CATS[family].length)], VOICES[Math.floor(u() * 3)], u() < 0.15 ? 'lede' : 'body', poisson(u, mean));
    }
    if (u() < 0.3) add('loaded', CATS.loaded[Math.floor(u() * 4)], 'author', 'title', 1);
    add('scareQuote', 'scare.quote', 'author', 'body', poisson(u, 0.3));
    const byStance = { neutral: 0, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 };
    const bySourceKind = { named: 0, institutional: 0, anonymous: 0, document: 0, pronoun: 0, unknown: 0 };
    const attributions = poisson(u, words / 60);
    for (let k = 0; k < attributions; k += 1) {
      byStance[STANCES[u() < 0.7 ? 0 : 1 + Math.floor(u() * 4)]] += 1;
      bySourceKind[KINDS[Math.floor(u() * u() * 6)]] += 1;
    }
    for (const s of STANCES) add('attribution', s, 'author', 'body', byStance[s]);
    for (const v of VOICES) {
      add('sentiment', 'positive', v, 'body', poisson(u, 4));
      add('sentiment', 'negative', v, 'body', poisson(u, 5));
    }
    const speakers = [];
    for (let k = 0; k < 4; k += 1) speakers.push({ canonical: SPEAKERS[Math.floor(SPEAKERS.length * u() ** 3)], kind: 'named', attributions: 1 + poisson(u, 1), quotedWords: poisson(u, 15) });
    const labels = [];
    for (let k = 0; k < 3; k += 1) {
      const a = ACTORS[Math.floor(ACTORS.length * u() ** 2)];
      if (labels.some((l) => l.actor === a.actor)) continue;
      const rows = a.labels.map((l) => ({ ...l, count: poisson(u, 1.2) })).filter((l) => l.count > 0);
      if (rows.length > 0) labels.push({ actor: a.actor, origin: 'lexicon', mentions: rows.reduce((s, l) => s + l.count, 0), labels: rows });
    }
    const counts = new Map();
    for (let k = 0; k < 120; k += 1) {
      const t = VOCAB[Math.floor(VOCAB.length * u() ** 3)];
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const terms = [...counts];
    yield {
      schemaVersion: '1',
      kind: 'summary',
      id: `a${i}`,
      outlet: OUTLETS[i % OUTLETS.length],
      event: `story-${Math.floor(i / 50) % 20000}`,
      date: DATES[(i * 17) % DATES.length],
      groups: { leaning: i % 3 === 0 ? 'left' : i % 3 === 1 ? 'centre' : 'right' },
      markersRun: MARKERS,
      words,
      sentences: Math.round(words / 22),
      titleWords: 10,
      wordsByVoice: { author, quoted, reported: words - author - quoted },
      findings: [...cells.values()].sort((x, y) => (x.join('\u0000') < y.join('\u0000') ? -1 : 1)),
      attribution: { byStance, bySourceKind, byKind: { direct: Math.floor(attributions / 2), continuation: 0, indirect: attributions - Math.floor(attributions / 2), 'according-to': 0, colon: 0 }, quotedWords: quoted },
      speakers,
      labels,
      sentiment: { author: poisson(u, 3) - poisson(u, 5), quoted: poisson(u, 2) - poisson(u, 3), reported: poisson(u, 2) - poisson(u, 3), title: 0 },
      terms,
    };
  }
}

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

// generation alone, then generation + aggregate(), then profile()
{
  let t0 = process.hrtime.bigint();
  let n = 0;
  for (const s of summaries(N, 1)) n += s.words > 0 ? 1 : 0;
  const genS = seconds(t0);
  t0 = process.hrtime.bigint();
  const agg = aggregate(summaries(N, 1), { by: 'outlet' });
  const totalS = seconds(t0);
  const heapAfterAggregate = process.memoryUsage().heapUsed;
  t0 = process.hrtime.bigint();
  const p = profile(agg);
  const profileS = seconds(t0);
  const aggBytes = JSON.stringify(agg).length;
  const peak = process.resourceUsage().maxRSS * 1024; // measured before the other checks
  const aggS = totalS - genS;
  console.log(`  aggregate(): ${n.toLocaleString('en')} summaries by outlet in ${aggS.toFixed(1)} s (${((aggS / N) * 1e6).toFixed(1)} µs each; generation ${genS.toFixed(1)} s on top), profile() ${profileS.toFixed(2)} s; total ${(aggS + profileS).toFixed(1)} s (target < 30 s)`);
  console.log(`  memory: peak RSS ${mb(peak)} for the whole process (target < 500 MB), heap after aggregate ${mb(heapAfterAggregate)}; the Aggregate is ${mb(aggBytes)} as JSON (${Object.keys(agg.groups).length} groups, ${p.withinEvent.length.toLocaleString('en')} within-event rows over ${p.groups[0]?.events.toLocaleString('en')} events per outlet); load average ${load()}`);
  if (aggS + profileS > 30 || peak > 500 * 1048576) console.log('  (over target)');
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
