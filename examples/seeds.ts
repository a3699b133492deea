/** Load the seed articles listed in `seeds/index.json`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Seed {
  id: string;
  file: string;
  outlet: string;
  description: string;
  text: string;
}

/**
 * Read the three seed articles (three outlets' reports of one event).
 *
 * @example
 * ```ts
 * loadSeeds().map((s) => s.id); // ['000', '002', '004']
 * ```
 */
export function loadSeeds(dir = join(__dirname, '..', 'seeds')): Seed[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { articles: Array<Omit<Seed, 'text'>> };
  return index.articles.map((s) => ({ ...s, text: readFileSync(join(dir, s.file), 'utf8') }));
}
