// The synthetic article summaries of the aggregate benchmark: generated news-like records (20
// outlets, 20,000 events, two years of dates, ~30 finding cells, ~120 content terms from a
// 40,000-word Zipf vocabulary, 4 speakers, 3 actors each), from a seeded generator, so the same
// arguments give the same records on every machine.
import { readFileSync } from 'node:fs';
import { xorshift } from './random.mjs';

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

/**
 * `n` summaries from `seed`, the i-th with id `a${offset + i}`.
 *
 * @param {number} n
 * @param {number} seed
 * @param {number} [offset]
 */
export function* summaries(n, seed, offset = 0) {
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
