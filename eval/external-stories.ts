/**
 * The real stories of the external folder (`stories/<story>/index.json` in the CLI's manifest shape,
 * one `.txt` per article): every article analysed, its findings and attributions reduced to one
 * line each, so that a run can be saved and a later run compared with it story by story ("which
 * findings changed"). The saved file holds short evidence strings from the articles: keep it outside
 * the project (the articles are third-party texts).
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/index';
import type { ArticleAnalysis } from '../src/index';

/** One article's findings and attributions, one line each. */
export interface ArticleLines {
  /** Finding lines: `marker category voice position start-end "text"`. */
  findings: string[];
  /** Attribution lines: `kind cue="…" source="…"(kind→canonical) content=start-end [conventional]`. */
  attributions: string[];
}

/** A saved run: story id → article id → lines. */
export interface SavedRun {
  /** Format version. */
  version: 1;
  /** The stories. */
  stories: Record<string, Record<string, ArticleLines>>;
}

/** Per-story totals of one run. */
export interface StoryTotals {
  story: string;
  articles: number;
  /** Loaded findings in the author's voice (body and title). */
  loadedAuthor: number;
  /** Attributions (title and body; continuations included). */
  attributions: number;
  /** Quotations that no cue governs. */
  unattributed: number;
  /** Scare-quote findings per category. */
  scare: Record<string, number>;
}

/** The stories part of the external report. */
export interface StoriesReport {
  totals: StoryTotals[];
  run: SavedRun;
  /** Scare quotes of category `scare.quote` / `scare.so-called`, with the words before them, for reading. */
  scareQuotes: string[];
}

interface Manifest {
  event?: string;
  articles: Array<{ file: string; id: string; outlet?: string; title?: string }>;
}

function linesOf(a: ArticleAnalysis): ArticleLines {
  const findings = a.findings.map((f) => `${f.marker} ${f.category} ${f.voice} ${f.position} ${f.start}-${f.end} ${JSON.stringify(f.text)}`);
  const attributions = a.attributions.map((x) => {
    const src = x.source === null ? 'none' : `${JSON.stringify(x.source.text)}(${x.source.kind}→${x.source.canonical})`;
    const content = x.content === null ? 'none' : `${x.content.start}-${x.content.end}`;
    return `${x.position} ${x.kind} cue=${JSON.stringify(x.cue.text)} ${x.cue.stance}${x.conventional === true ? ' conventional' : ''} source=${src} content=${content}`;
  });
  return { findings, attributions };
}

/** The story folders of `dir`, sorted by their number. */
export function storyFolders(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((s) => fs.existsSync(path.join(dir, s, 'index.json')))
    .sort((a, b) => Number(a.replace(/\D+/g, '')) - Number(b.replace(/\D+/g, '')) || (a < b ? -1 : 1));
}

/**
 * Analyse every article of every story in `dir`.
 *
 * @param keep - which stories to use (by their number), for the halves
 */
export function runStories(dir: string, keep: (storyNumber: number) => boolean = () => true): StoriesReport {
  const totals: StoryTotals[] = [];
  const run: SavedRun = { version: 1, stories: {} };
  const scareQuotes: string[] = [];
  for (const story of storyFolders(dir)) {
    const num = Number(story.replace(/\D+/g, ''));
    if (!keep(num)) continue;
    const m = JSON.parse(fs.readFileSync(path.join(dir, story, 'index.json'), 'utf8')) as Manifest;
    const t: StoryTotals = { story, articles: 0, loadedAuthor: 0, attributions: 0, unattributed: 0, scare: {} };
    const articles: Record<string, ArticleLines> = {};
    for (const art of m.articles) {
      const text = fs.readFileSync(path.join(dir, story, art.file), 'utf8');
      const opts: { id: string; outlet?: string; title?: string } = { id: art.id };
      if (art.outlet !== undefined) opts.outlet = art.outlet;
      if (art.title !== undefined) opts.title = art.title;
      const a = analyze(text, opts);
      t.articles += 1;
      for (const f of a.findings) {
        if (f.marker === 'loaded' && f.voice === 'author') t.loadedAuthor += 1;
        if (f.marker === 'scareQuote') {
          t.scare[f.category] = (t.scare[f.category] ?? 0) + 1;
          if (f.category === 'scare.quote' || f.category === 'scare.so-called') {
            const src = f.position === 'title' ? (art.title ?? '') : text;
            const before = src.slice(Math.max(0, f.start - 40), f.start).replace(/\s+/g, ' ');
            scareQuotes.push(`${art.id} ${f.category}: …${before}${f.text}`);
          }
        }
      }
      t.attributions += a.attributions.length;
      t.unattributed += a.attributions.filter((x) => x.kind === 'unattributed').length;
      articles[art.id] = linesOf(a);
    }
    run.stories[story] = articles;
    totals.push(t);
  }
  return { totals, run, scareQuotes };
}

/** Lines in `a` not in `b` (as multisets). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** What changed in one story against a saved run: per article, lines removed (`-`) and added (`+`). */
export interface StoryChanges {
  story: string;
  added: number;
  removed: number;
  lines: string[];
}

/**
 * Findings and attributions that changed, story by story, between a saved run and this one.
 *
 * @param limit - most lines printed per article (the counts are complete)
 */
export function diffRuns(before: SavedRun, after: SavedRun, limit: number): StoryChanges[] {
  const out: StoryChanges[] = [];
  for (const story of Object.keys(after.stories)) {
    const a = after.stories[story] ?? {};
    const b = before.stories[story] ?? {};
    const c: StoryChanges = { story, added: 0, removed: 0, lines: [] };
    for (const id of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      const now = a[id] ?? { findings: [], attributions: [] };
      const was = b[id] ?? { findings: [], attributions: [] };
      const removed = [...minus(was.findings, now.findings), ...minus(was.attributions, now.attributions)];
      const added = [...minus(now.findings, was.findings), ...minus(now.attributions, was.attributions)];
      c.added += added.length;
      c.removed += removed.length;
      const shown = [...removed.map((x) => `  ${id} - ${x}`), ...added.map((x) => `  ${id} + ${x}`)];
      c.lines.push(...shown.slice(0, limit));
      if (shown.length > limit) c.lines.push(`  ${id} … ${shown.length - limit} more`);
    }
    out.push(c);
  }
  return out;
}

/** Read a saved run, checking its shape. */
export function readSavedRun(file: string): SavedRun {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SavedRun>;
  if (raw.version !== 1 || typeof raw.stories !== 'object' || raw.stories === null) throw new Error(`${file} is not a saved external run (expected {version: 1, stories})`);
  return raw as SavedRun;
}
