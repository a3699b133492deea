import type { Comparison } from '../compare';
import { mdCell as cell, sections } from './format';
import { summaryLines } from './summary';

/**
 * Render a comparison as a Markdown report (GitHub tables): the significant differences in words,
 * rates with intervals, rates in the writer's own voice, the significant differences, distinctive
 * terms, labels, speakers and stance, coverage, and the warnings.
 *
 * @param c - a result of `compare()`
 * @param options - how much of the long tables to show
 * @returns the Markdown text, ending with a line break
 *
 * @example
 * ```ts
 * console.log(toMarkdown(compare(inputs)));
 * ```
 */
export function toMarkdown(
  c: Comparison,
  options: {
    /** How many actors (most mentioned first) get a label table. Default 3. */
    actors?: number;
    /** How many shared coverage units are listed. Default 12. */
    units?: number;
  } = {},
): string {
  const out: string[] = [`# framelens comparison of ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`, ''];
  out.push('Scores are cues, not verdicts: every number is traceable to the words behind it.', '');
  out.push('## What differs', '', ...summaryLines(c).map((l) => `- ${l}`), '');
  for (const s of sections(c, options)) {
    out.push(`## ${s.title}`, '');
    if (s.note !== undefined) out.push(s.note, '');
    if (s.rows.length === 0) continue;
    out.push(`| ${s.header.map(cell).join(' | ')} |`, `|${s.header.map(() => '---').join('|')}|`);
    for (const r of s.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
    out.push('');
  }
  for (const w of c.warnings) out.push(`> ${w.code}: ${w.message}`);
  return `${out.join('\n').trimEnd()}\n`;
}
