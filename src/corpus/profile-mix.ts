/**
 * The mixes of a profile: whom each group quotes (stance and source-kind shares, top speakers), how
 * it names each actor (label shares with intervals clustered by article), and its distinctive
 * vocabulary against the rest of the corpus.
 */
import orderBy from 'lodash/orderBy.js';
import { ratioEstimate, type RatioSums } from '../stats/cluster';
import { byZ, logOddsTerm } from '../stats/log-odds';
import type { SourceKind, Stance } from '../types';
import { recordFrom } from '../util/order';
import type { GroupAggregate, LabelSums } from './aggregate-types';
import { type MeasureSpec } from './measures';
import { ratioSums } from './profile-rates';
import type { ActorProfile, GroupSources, GroupTerms, LabelShare, ShareCell } from './profile-types';
import { SOURCE_KINDS, STANCES } from './summarize';

const SHARE_SPEC = (denominator: 'attributions' | 'words'): MeasureSpec => ({ family: null, category: null, voice: null, denominator, kind: 'share', primary: false });

function shareCell(s: RatioSums): ShareCell {
  const e = ratioEstimate(s, 'share');
  return { count: s.y, share: e.ratio, ci95: e.ci };
}

/** The most frequent key of a count record (ties: the first in code-unit order). */
function mostFrequent(counts: Readonly<Record<string, number>>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, c] of Object.entries(counts)) if (c > n || (c === n && best !== undefined && k < best)) [best, n] = [k, c];
  return best;
}

/** Stance and source-kind mix, quoted share and top speakers of each group. */
export function groupSources(groups: readonly GroupAggregate[], topSpeakers: number): GroupSources[] {
  return groups.map((g) => {
    const attributions = g.denominators.attributions.sum;
    const topList = orderBy(Object.entries(g.speakers), [([, s]) => s.attributions, ([, s]) => s.quotedWords, ([name]) => name], ['desc', 'desc', 'asc']).slice(0, topSpeakers);
    return {
      group: g.label,
      attributions,
      stances: recordFrom(STANCES.map((k) => [k, shareCell(ratioSums(g, `stance.${k}`, SHARE_SPEC('attributions')))])) as Record<Stance, ShareCell>,
      sourceKinds: recordFrom(SOURCE_KINDS.map((k) => [k, shareCell(ratioSums(g, `source.${k}`, SHARE_SPEC('attributions')))])) as Record<SourceKind, ShareCell>,
      quotedWordShare: shareCell(ratioSums(g, 'quotedWordShare', SHARE_SPEC('words'))),
      topSpeakers: topList.map(([canonical, s]) => {
        const kinds = s.kinds as Record<string, number>;
        const named = Object.fromEntries(Object.entries(kinds).filter(([k]) => k !== 'pronoun'));
        const kind = (mostFrequent(Object.keys(named).length > 0 ? named : kinds) ?? 'unknown') as SourceKind;
        return { canonical, kind, attributions: s.attributions, quotedWords: s.quotedWords, articles: s.articles, share: attributions > 0 ? s.attributions / attributions : 0 };
      }),
    };
  });
}

function labelRow(key: string, l: LabelSums, actor: { mentions: number; mentionsSq: number | string; articles: number }): LabelShare {
  const e = ratioEstimate({ n: actor.articles, y: l.count, x: actor.mentions, yy: l.countSq, xy: l.cross, xx: actor.mentionsSq }, 'share');
  return { key, label: mostFrequent(l.forms) ?? key, category: l.category, count: l.count, share: e.ratio, ci95: e.ci };
}

/** Label shares per actor and group: the `top` most mentioned actors. */
export function actorProfiles(groups: readonly GroupAggregate[], top: number): ActorProfile[] {
  const totals = new Map<string, { mentions: number; origin: 'lexicon' | 'person' }>();
  for (const g of groups) {
    for (const [actor, a] of Object.entries(g.labels)) {
      const t = totals.get(actor) ?? { mentions: 0, origin: a.origin };
      t.mentions += a.mentions;
      if (a.origin === 'lexicon') t.origin = 'lexicon';
      totals.set(actor, t);
    }
  }
  const actors = orderBy([...totals.entries()], [([, t]) => t.mentions, ([name]) => name], ['desc', 'asc']).slice(0, top);
  return actors.map(([actor, t]) => ({
    actor,
    origin: t.origin,
    mentions: t.mentions,
    perGroup: groups.flatMap((g) => {
      const a = g.labels[actor];
      if (a === undefined) return [];
      const labels = orderBy(
        Object.entries(a.labels).map(([key, l]) => labelRow(key, l, a)),
        [(l) => l.count, (l) => l.label],
        ['desc', 'asc'],
      );
      return [{ group: g.label, mentions: a.mentions, articles: a.articles, labels }];
    }),
  }));
}

/**
 * Distinctive vocabulary of each group against the rest of the corpus: weighted log-odds with an
 * informative Dirichlet prior from the pooled corpus (Monroe, Colaresi & Quinn 2008), as in
 * `compare()`, for terms used at least `minCount` times in at least `minArticles` of the group's
 * articles.
 */
export function distinctiveTerms(groups: readonly GroupAggregate[], opts: { top: number; minCount: number; minArticles: number }): GroupTerms[] {
  const pooled = new Map<string, number>();
  let pooledSize = 0;
  const sizes = groups.map((g) => {
    let n = 0;
    const { ids, counts } = g.terms;
    for (let k = 0; k < ids.length; k += 1) {
      const t = ids[k] as string;
      const c = counts[k] as number;
      pooled.set(t, (pooled.get(t) ?? 0) + c);
      n += c;
    }
    pooledSize += n;
    return n;
  });
  return groups.map((g, i) => {
    if (groups.length < 2 || opts.top === 0) return { group: g.label, terms: [] };
    const ni = sizes[i] ?? 0;
    const scored: GroupTerms['terms'] = [];
    const { ids, counts, articles: termArticles } = g.terms;
    for (let k = 0; k < ids.length; k += 1) {
      const term = ids[k] as string;
      const yi = counts[k] as number;
      const articles = termArticles[k] as number;
      if (yi < opts.minCount || articles < opts.minArticles) continue;
      const all = pooled.get(term) ?? 0;
      const s = logOddsTerm(term, yi, all - yi, ni, pooledSize - ni, all, pooledSize);
      if (s !== null && s.z > 0) scored.push({ term: s.term, count: s.count, otherCount: s.otherCount, logOdds: s.logOdds, z: s.z, articles });
    }
    // highest z first, then by term (code units): the order of `compare()`'s vocabulary
    return { group: g.label, terms: scored.sort(byZ).slice(0, opts.top) };
  });
}

