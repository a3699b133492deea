import type { Comparison } from '../compare';
import type { CorpusProfile } from '../corpus/profile-types';
import { checkReportInput } from '../args';
import { sections } from './format';
import { isProfile, profileSections } from './profile-format';
import { summaryLines } from './summary';

function wrap(s: string, width: number): string[] {
  if (s.length <= width) return [s];
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) out.push(line);
  return out;
}

/**
 * Render a comparison, or a corpus profile, as plain-text tables for a terminal (no colour,
 * fixed-width columns). A comparison opens with its significant differences in words, then the
 * tables (see `toMarkdown`), then the warnings.
 *
 * @param c - a result of `compare()` or of `profile()`
 * @param options - `width`: widest a column gets before its text wraps (48); `actors`: actors whose
 *   labels are shown (3); `units`: coverage units (12, comparisons); `rows`: rows of the difference
 *   tables (25, profiles)
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * process.stdout.write(toTable(compare(inputs)));
 * ```
 */
export function toTable(c: Comparison | CorpusProfile, options: { width?: number; actors?: number; units?: number; rows?: number } = {}): string {
  checkReportInput(c, options, ['width', 'actors', 'units', 'rows']);
  const maxWidth = options.width ?? 48;
  const out: string[] = [];
  if (!isProfile(c)) for (const line of ['What differs', '='.repeat(12), ...summaryLines(c).flatMap((l) => [...wrap(`- ${l}`, 100), ''])]) out.push(line);
  for (const s of isProfile(c) ? profileSections(c, options) : sections(c, options)) {
    out.push(s.title, '='.repeat(Math.min(s.title.length, 100)));
    if (s.note !== undefined) out.push(...wrap(s.note, 100));
    if (s.rows.length > 0) {
      const all = [s.header, ...s.rows];
      const widths = s.header.map((_, k) => Math.min(maxWidth, Math.max(...all.map((r) => (r[k] ?? '').length))));
      for (const [n, r] of all.entries()) {
        const cells = r.map((x, k) => wrap(x, widths[k] ?? maxWidth));
        const height = Math.max(...cells.map((x) => x.length));
        for (let h = 0; h < height; h += 1) out.push(cells.map((x, k) => (x[h] ?? '').padEnd(widths[k] ?? 0)).join('  ').trimEnd());
        if (n === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
      }
    }
    out.push('');
  }
  for (const w of c.warnings) out.push(`warning ${w.code}: ${w.message}`);
  return `${out.join('\n').trimEnd()}\n`;
}
