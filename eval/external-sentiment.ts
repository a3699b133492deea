/**
 * Sentiment polarity on the `sentiment` package's own labelled sentences (`sentiment-labelled.jsonl`
 * of the external folder: its unit cases, and 3,003 review sentences from Amazon, IMDb and Yelp
 * labelled positive or negative). framelens and the package are run on the same sentences in the
 * same process. Polarity follows the package's own rule: `comparative < 0` means negative, anything
 * else positive; for framelens, the comparative score of the whole text (`sentiment.document`).
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import Sentiment from 'sentiment';
import { analyze } from '../src/index';

/** Accuracy of both systems on one set of labelled sentences. */
export interface PolaritySet {
  /** `amazon`, `imdb`, `yelp` or `all`. */
  set: string;
  /** Sentences. */
  n: number;
  /** Sentences framelens labels right. */
  framelens: number;
  /** Sentences the `sentiment` package labels right. */
  pkg: number;
}

/** One unit case of the package, with both systems' scores. */
export interface UnitCase {
  id: string;
  expected: number;
  pkg: number;
  framelens: number;
}

/** The sentiment part of the external report. */
export interface SentimentReport {
  sets: PolaritySet[];
  units: UnitCase[];
  /** Sentences where the two disagree, a few of each way, for reading. */
  disagreements: string[];
}

interface Line {
  suite: string;
  id: string;
  text: string;
  label?: number;
  expected_score?: number;
}

/**
 * Score both systems.
 *
 * @param keep - which labelled sentences to use (by 0-based index among the labelled ones), for the halves
 */
export function scoreSentiment(file: string, keep: (index: number) => boolean = () => true): SentimentReport {
  const pkg = new Sentiment();
  const sets = new Map<string, PolaritySet>();
  const all: PolaritySet = { set: 'all', n: 0, framelens: 0, pkg: 0 };
  const units: UnitCase[] = [];
  const fOnly: string[] = [];
  const pOnly: string[] = [];
  let index = -1;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const c = JSON.parse(raw) as Line;
    if (c.suite === 'sentiment-unit') {
      units.push({ id: c.id, expected: c.expected_score ?? NaN, pkg: pkg.analyze(c.text).score, framelens: analyze(c.text).sentiment.document.score });
      continue;
    }
    index += 1;
    if (!keep(index) || (c.label !== 0 && c.label !== 1)) continue;
    const set = c.id.split(/[-_]/)[0] ?? 'uci';
    let s = sets.get(set);
    if (s === undefined) sets.set(set, (s = { set, n: 0, framelens: 0, pkg: 0 }));
    const want = c.label === 0 ? 'neg' : 'pos';
    const p = pkg.analyze(c.text).comparative < 0 ? 'neg' : 'pos';
    const f = analyze(c.text).sentiment.document.comparative < 0 ? 'neg' : 'pos';
    for (const x of [s, all]) {
      x.n += 1;
      if (p === want) x.pkg += 1;
      if (f === want) x.framelens += 1;
    }
    if (f === want && p !== want && fOnly.length < 8) fOnly.push(`framelens right, package wrong (${want}): ${c.text.slice(0, 90)}`);
    if (p === want && f !== want && pOnly.length < 12) pOnly.push(`package right, framelens wrong (${want}): ${c.text.slice(0, 90)}`);
  }
  return { sets: [...[...sets.values()].sort((a, b) => (a.set < b.set ? -1 : 1)), all], units, disagreements: [...pOnly, ...fOnly] };
}
