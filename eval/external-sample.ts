/**
 * A seeded random sample of the real stories' findings, for reading by a person
 * (`eval/run.ts --external <folder> --sample <n> --seed <s> [--half even|odd]`): `n` loaded-term
 * findings in the author's voice and `n` attributions (unattributed quotations left out: they have
 * no cue or speaker to judge), each printed with its sentence in context. The same folder, half,
 * seed and code give the same sample, so a judgement can be repeated after a change; draw the
 * sample that finds error classes on one half with one seed, and keep the other half and another
 * seed for the held-out judgement.
 *
 * Output goes to stdout only: it quotes third-party articles, so it is never saved into the project.
 *
 * Marks: `[[…]]` the loaded span; for attributions `{{…}}` the cue, `<<…>>` the source and
 * `[[…]]` the content (nested marks are opened and closed in text order).
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/index';
import type { ArticleAnalysis, Span } from '../src/index';
import { rng } from './corpus-sim';
import { storyFolders } from './external-stories';

/** `n` items of `pool` drawn without replacement (a seeded partial Fisher-Yates shuffle), in draw order. */
export function drawSample<T>(pool: readonly T[], n: number, seed: number): T[] {
  const rnd = rng(seed);
  const a = [...pool];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(rnd() * (a.length - i));
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
  return a.slice(0, k);
}

interface Manifest {
  articles: Array<{ file: string; id: string; outlet?: string; title?: string }>;
}

interface Item {
  article: string;
  /** The region's text (title or body). */
  text: string;
  /** Sentence spans of the region (the title is one span). */
  sentences: Span[];
  describe: string;
  marks: Array<{ span: Span; open: string; close: string }>;
}

/** Context: the sentence(s) covering every mark, with the previous sentence, at most ~700 characters. */
function render(it: Item): string {
  const lo = Math.min(...it.marks.map((m) => m.span.start));
  const hi = Math.max(...it.marks.map((m) => m.span.end));
  let si = it.sentences.findIndex((s) => s.end > lo);
  if (si < 0) si = 0;
  let ei = si;
  while (ei + 1 < it.sentences.length && (it.sentences[ei] as Span).end < hi) ei += 1;
  const start = Math.max(0, (it.sentences[Math.max(0, si - 1)] ?? { start: 0 }).start);
  const end = Math.min(it.text.length, Math.max(hi, (it.sentences[ei] ?? { end: it.text.length }).end));
  const ins: Array<{ at: number; s: string; order: number }> = [];
  for (const m of it.marks) {
    ins.push({ at: m.span.start, s: m.open, order: 1 });
    ins.push({ at: m.span.end, s: m.close, order: 0 });
  }
  ins.sort((a, b) => b.at - a.at || b.order - a.order);
  let out = it.text.slice(start, end);
  for (const x of ins) out = out.slice(0, x.at - start) + x.s + out.slice(x.at - start);
  out = out.replace(/\s+/g, ' ').trim();
  if (out.length > 900) out = `${out.slice(0, 450)} … ${out.slice(-400)}`;
  return out;
}

function collect(a: ArticleAnalysis, id: string, body: string, title: string): { loaded: Item[]; attrs: Item[] } {
  const region = (pos: string): { text: string; sentences: Span[] } =>
    pos === 'title' ? { text: title, sentences: [{ start: 0, end: title.length, text: title }] } : { text: body, sentences: a.sentences };
  const loaded: Item[] = [];
  for (const f of a.findings) {
    if (f.marker !== 'loaded' || f.voice !== 'author') continue;
    const r = region(f.position);
    loaded.push({ article: id, ...r, describe: `${f.category} w=${f.weight} ${f.position} "${f.text}"`, marks: [{ span: f, open: '[[', close: ']]' }] });
  }
  const attrs: Item[] = [];
  for (const x of a.attributions) {
    if (x.kind === 'unattributed') continue;
    const r = region(x.position);
    const marks: Item['marks'] = [{ span: x.cue, open: '{{', close: '}}' }];
    if (x.source !== null) marks.push({ span: x.source, open: '<<', close: '>>' });
    if (x.content !== null) marks.push({ span: x.content, open: '[[', close: ']]' });
    const src = x.source === null ? 'none' : `"${x.source.text}" (${x.source.kind}→${x.source.canonical})`;
    attrs.push({ article: id, ...r, describe: `${x.kind} cue="${x.cue.text}" ${x.cue.stance} source=${src} ${x.position}`, marks });
  }
  return { loaded, attrs };
}

/**
 * Print a seeded sample of `n` author-voice loaded findings and `n` attributions of the stories
 * kept by `keep` (by story number).
 */
export function printSample(dir: string, keep: (storyNumber: number) => boolean, n: number, seed: number, out: (s: string) => void): void {
  const loaded: Item[] = [];
  const attrs: Item[] = [];
  for (const story of storyFolders(dir)) {
    if (!keep(Number(story.replace(/\D+/g, '')))) continue;
    const m = JSON.parse(fs.readFileSync(path.join(dir, story, 'index.json'), 'utf8')) as Manifest;
    for (const art of m.articles) {
      const text = fs.readFileSync(path.join(dir, story, art.file), 'utf8');
      const opts: { id: string; outlet?: string; title?: string } = { id: art.id };
      if (art.outlet !== undefined) opts.outlet = art.outlet;
      if (art.title !== undefined) opts.title = art.title;
      const c = collect(analyze(text, opts), art.id, text, art.title ?? '');
      loaded.push(...c.loaded);
      attrs.push(...c.attrs);
    }
  }
  const show = (label: string, pool: Item[], s: number): void => {
    const got = drawSample(pool, n, s);
    out(`== ${label}: ${got.length} of ${pool.length}, seed ${s}`);
    got.forEach((it, i) => {
      out(`${label[0]}${i + 1}. ${it.article} ${it.describe}`);
      out(`    ${render(it)}`);
    });
    out('');
  };
  show('Loaded (author voice)', loaded, seed);
  show('Attributions', attrs, seed + 1);
}
