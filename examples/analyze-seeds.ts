/**
 * Analyse each seed article and print its marker table: counts, rates per 1,000 words and the
 * words behind them.  Run: npm run analyze-seeds
 */
import { analyze, MARKER_IDS, type ArticleAnalysis } from '../src/index';
import { loadSeeds } from './seeds';

function pad(s: string | number, n: number): string {
  const str = String(s);
  return str.length >= n ? str : str + ' '.repeat(n - str.length);
}

function table(a: ArticleAnalysis): string {
  const lines = [`${pad('marker', 12)} ${pad('count', 6)} ${pad('per 1k', 8)} ${pad('weighted', 9)} examples`];
  for (const id of MARKER_IDS) {
    const m = a.markers[id];
    const examples = [...new Set(a.findings.filter((f) => f.marker === id && f.position !== 'title').map((f) => f.text.replace(/\s+/g, ' ')))].slice(0, 6);
    lines.push(`${pad(id, 12)} ${pad(m.count, 6)} ${pad(m.per1kWords.toFixed(1), 8)} ${pad(m.weighted.toFixed(2), 9)} ${examples.join(' | ')}`);
  }
  return lines.join('\n');
}

for (const seed of loadSeeds()) {
  const a = analyze(seed.text, { id: seed.id, outlet: seed.outlet });
  console.log(`\n=== ${seed.id} (${seed.outlet}): ${a.counts.words} words, ${a.counts.sentences} sentences, ${a.counts.paragraphs} paragraphs`);
  console.log(table(a));
  const speakers = a.speakers.slice(0, 5).map((s) => `${s.canonical} [${s.kind}] ${s.attributions} attr, ${s.quotedWords} quoted words`);
  console.log(`speakers: ${speakers.join('; ')}`);
  const stance = Object.entries(a.attributionStats.byStance).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  console.log(`speech-verb stance: ${stance.join(', ')}; quoted word share ${(a.attributionStats.quotedWordShare * 100).toFixed(0)}%`);
  const china = a.labels.find((l) => l.actor === 'China');
  if (china !== undefined) console.log(`China is named: ${china.labels.map((l) => `${l.label} ×${l.count}`).join(', ')}`);
  console.log(`sentiment (author voice): ${a.sentiment.byVoice.author.comparative.toFixed(3)} per word; quoted: ${a.sentiment.byVoice.quoted.comparative.toFixed(3)}`);
  if (a.warnings.length > 0) console.log(`warnings: ${a.warnings.map((w) => w.code).join(', ')}`);
}
