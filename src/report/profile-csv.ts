/**
 * A corpus profile as tidy CSV: one row per group × measure, ready for pandas or R.
 */
import type { CorpusProfile } from '../corpus/profile-types';
import { csvField as q } from './format';

/**
 * Render a profile as tidy CSV: one row per group × measure with the columns
 * `group, <one column per by key>, measure, family, category, voice, unit, kind, articles, count,
 * denominator, rate, ci95_low, ci95_high, mean_article_rate, mean_ci95_low, mean_ci95_high,
 * articles_with, design_effect`. Label shares follow as measures `label:<actor>:<label>` (unit
 * `share of mentions`; count = mentions with the label, denominator = the actor's mentions).
 *
 * @example
 * ```ts
 * writeFileSync('profile.csv', toCsv(profile(agg))); // pandas.read_csv('profile.csv')
 * ```
 */
export function profileCsv(p: CorpusProfile): string {
  const keyCols = p.by;
  const keysOf = new Map(p.groups.map((g) => [g.group, keyCols.map((k) => g.keys[k] ?? '')]));
  const header = ['group', ...keyCols, 'measure', 'family', 'category', 'voice', 'unit', 'kind', 'articles', 'count', 'denominator', 'rate', 'ci95_low', 'ci95_high', 'mean_article_rate', 'mean_ci95_low', 'mean_ci95_high', 'articles_with', 'design_effect'];
  const lines = [header.map(q).join(',')];
  for (const r of p.rates) {
    for (const g of r.perGroup) {
      lines.push(
        [g.group, ...(keysOf.get(g.group) ?? []), r.measure, r.family ?? '', r.category ?? '', r.voice ?? '', r.unit, r.kind, g.articles, g.count, g.denominator, g.rate, g.ci95[0], g.ci95[1], g.meanArticleRate, g.meanArticleRateCi95[0], g.meanArticleRateCi95[1], g.articlesWith, g.designEffect]
          .map(q)
          .join(','),
      );
    }
  }
  for (const a of p.labels) {
    for (const g of a.perGroup) {
      for (const l of g.labels) {
        lines.push([g.group, ...(keysOf.get(g.group) ?? []), `label:${a.actor}:${l.label}`, 'label', l.category, '', 'share of mentions', 'share', g.articles, l.count, g.mentions, l.share, l.ci95[0], l.ci95[1], '', '', '', '', ''].map(q).join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
