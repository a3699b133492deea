import type { Comparison } from '../compare';
import { checkReportArgs } from '../args';
import { mdCell as cell, sections } from './format';

/**
 * Render a comparison as a Markdown report (GitHub tables).
 *
 * @example
 * ```ts
 * console.log(toMarkdown(compare(inputs)));
 * ```
 */
export function toMarkdown(c: Comparison, options: { actors?: number; units?: number } = {}): string {
  checkReportArgs(c, options, ['actors', 'units']);
  const out: string[] = [`# framelens comparison of ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`, ''];
  out.push('Scores are cues, not verdicts: every number is traceable to the words behind it.', '');
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
