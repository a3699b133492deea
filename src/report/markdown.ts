import type { Comparison } from '../compare';
import type { CorpusProfile } from '../corpus/profile-types';
import { checkReportInput } from '../args';
import { mdCell as cell, sections } from './format';
import { isProfile, profileSections } from './profile-format';
import { summaryLines } from './summary';

/**
 * Render a comparison, or a corpus profile, as a Markdown report (GitHub tables). A comparison
 * opens with its significant differences in words, then rates with intervals, rates in the writer's
 * own voice, the significant differences, distinctive terms, labels, speakers and stance, coverage,
 * and the warnings.
 *
 * @param c - a result of `compare()` or of `profile()`
 *
 * @param options - `actors`: actors whose labels are shown (3); `units`: coverage units (12, comparisons);
 *   `rows`: rows of the difference tables (25, profiles)
 * @example
 * ```ts
 * console.log(toMarkdown(compare(inputs)));
 * console.log(toMarkdown(profile(aggregate(summaries, { by: 'outlet' }))));
 * ```
 */
export function toMarkdown(c: Comparison | CorpusProfile, options: { actors?: number; units?: number; rows?: number } = {}): string {
  checkReportInput(c, options, ['actors', 'units', 'rows']);
  const profile = isProfile(c);
  const out: string[] = [profile ? `# framelens profile of ${c.articles} article${c.articles === 1 ? '' : 's'} by ${c.by.join(' × ')}` : `# framelens comparison of ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`, ''];
  out.push('Scores are cues, not verdicts: every number is traceable to the words behind it.', '');
  if (!profile) out.push('## What differs', '', ...summaryLines(c).map((l) => `- ${l}`), '');
  for (const s of profile ? profileSections(c, options) : sections(c, options)) {
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
