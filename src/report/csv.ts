import type { Comparison } from '../compare';
import type { CorpusProfile } from '../corpus/profile-types';
import { checkReportInput } from '../args';
import { csvField as q } from './format';
import { profileCsv } from './profile-csv';
import { isProfile } from './profile-format';

/**
 * Render a comparison as tidy CSV: one row per article × measure, with the columns
 * `article, outlet, measure, family, category, count, words, per1k_words, ci95_low, ci95_high, z,
 * rank, share, author_count, author_per1k_words` (the last two: findings in the writer's own voice).
 * Label shares and speaker shares follow as measures `label:<actor>:<label>` (`share`: of the actor's
 * mentions), `speaker:<canonical>` (`count`: attributions, `share`: of the quoted words),
 * `stance:<stance>` (`count` and `share` in [0, 1] of the attributions by the writer's stance, a
 * document's conventional verb such as "the lawsuit alleges" counted as neutral) and
 * `stance:conventional` (`count`: how many such verbs). Numbers
 * have at most 12 significant digits. A corpus profile is one row per group × measure instead (see
 * `profileCsv`).
 *
 * @param c - a result of `compare()`, or a corpus profile of `profile()`
 * @returns the CSV text (RFC 4180), ending with a line break
 *
 * @example
 * ```ts
 * writeFileSync('rates.csv', toCsv(compare(inputs)));
 * ```
 */
export function toCsv(c: Comparison | CorpusProfile): string {
  checkReportInput(c, undefined, []);
  if (isProfile(c)) return profileCsv(c);
  const lines = ['article,outlet,measure,family,category,count,words,per1k_words,ci95_low,ci95_high,z,rank,share,author_count,author_per1k_words'];
  const outlet = (id: string): string => c.articles.find((a) => a.id === id)?.outlet ?? '';
  for (const r of c.rates) {
    for (const x of r.perArticle) {
      lines.push([x.id, outlet(x.id), r.measure, r.family, r.category ?? '', x.count, x.words, x.per1kWords, x.ci95[0], x.ci95[1], x.z, x.rank, '', x.authorCount, x.authorPer1kWords].map(q).join(','));
    }
  }
  for (const l of c.labels) {
    for (const p of l.perArticle) {
      for (const [label, n] of Object.entries(p.counts)) {
        lines.push([p.id, outlet(p.id), `label:${l.actor}:${label}`, 'label', l.actor, n, c.articles.find((a) => a.id === p.id)?.words ?? 0, '', '', '', '', '', p.shares[label] ?? 0, '', ''].map(q).join(','));
      }
    }
  }
  for (const s of c.sources) {
    const words = c.articles.find((a) => a.id === s.id)?.words ?? 0;
    for (const sp of s.speakers) {
      lines.push([s.id, outlet(s.id), `speaker:${sp.canonical}`, 'attribution', sp.kind, sp.attributions, words, '', '', '', '', '', sp.quotedShare, '', ''].map(q).join(','));
    }
    // the writer's stances (a document's conventional verb counted as neutral), then those conventional verbs
    for (const [stance, x] of Object.entries(s.stances)) lines.push([s.id, outlet(s.id), `stance:${stance}`, 'attribution', stance, x.count, words, '', '', '', '', '', x.share, '', ''].map(q).join(','));
    lines.push([s.id, outlet(s.id), 'stance:conventional', 'attribution', 'conventional', s.conventional, words, '', '', '', '', '', '', '', ''].map(q).join(','));
  }
  return `${lines.join('\n')}\n`;
}
