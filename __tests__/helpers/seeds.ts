import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/index';
import type { ArticleAnalysis } from '../../src/index';

const dir = join(__dirname, '..', '..', 'seeds');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { articles: Array<{ id: string; file: string; outlet: string }> };

/** Seed texts by id ('000', '002', '004'). */
export const seedText: Record<string, string> = Object.fromEntries(index.articles.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));

const cache = new Map<string, ArticleAnalysis>();
/** The analysis of one seed (computed once per test file). */
export function seed(id: string): ArticleAnalysis {
  let a = cache.get(id);
  if (a === undefined) {
    const text = seedText[id];
    if (text === undefined) throw new Error(`no seed ${id}`);
    a = analyze(text, { id });
    cache.set(id, a);
  }
  return a;
}

/** Texts of the findings of one marker. */
export function texts(a: ArticleAnalysis, marker: string): string[] {
  return a.findings.filter((f) => f.marker === marker).map((f) => f.text);
}
