/**
 * The shape of a profile's mixes: whom each group quotes, how it names actors, its distinctive
 * vocabulary (part of a `CorpusProfile`).
 */
import type { LogOddsTerm } from '../stats/log-odds';
import type { SourceKind, Stance } from '../types';

/**
 * A share with its count and 95% interval (clustered by article).
 *
 * @example
 * ```ts
 * const anonymous: ShareCell = { count: 120, share: 0.08, ci95: [0.06, 0.1] };
 * ```
 */
export interface ShareCell {
  /** Count, >= 0. */
  count: number;
  /** Share of the whole, in [0, 1]. */
  share: number;
  /** 95% interval of the share. */
  ci95: [number, number];
}

/**
 * Whom a group quotes, and how.
 *
 * @example
 * ```ts
 * p.sources[0].sourceKinds.anonymous.share; // 0.08
 * ```
 */
export interface GroupSources {
  /** Group label. */
  group: string;
  /** Attributions (body, continuations excluded), >= 0. */
  attributions: number;
  /** Per stance: count, share of attributions and interval. */
  stances: Record<Stance, ShareCell>;
  /** Per source kind: count, share of attributions and interval. */
  sourceKinds: Record<SourceKind, ShareCell>;
  /** Quoted words' share of body words. */
  quotedWordShare: ShareCell;
  /** Most quoted speakers: most attributions first. */
  topSpeakers: TopSpeaker[];
}

/**
 * One of a group's most quoted speakers.
 *
 * @example
 * ```ts
 * const s: TopSpeaker = { canonical: 'John Kirby', kind: 'named', attributions: 41, quotedWords: 880, articles: 17, share: 0.06 };
 * ```
 */
export interface TopSpeaker {
  /** Canonical source name. */
  canonical: string;
  /** The kind most of its attributions had (pronouns aside). */
  kind: SourceKind;
  /** Attributions in the group, >= 1. */
  attributions: number;
  /** Words quoted directly, >= 0. */
  quotedWords: number;
  /** Articles quoting the speaker, >= 1. */
  articles: number;
  /** Share of the group's attributions, in [0, 1]. */
  share: number;
}

/**
 * How one actor is named in each group.
 *
 * @example
 * ```ts
 * p.labels.find((l) => l.actor === 'Ukraine')?.perGroup[0].labels; // [{ label: 'Kyiv', share: 0.71, ... }, { label: 'Kiev', share: 0.29, ... }]
 * ```
 */
export interface ActorProfile {
  /** Canonical actor name. */
  actor: string;
  /** `lexicon` or `person`. */
  origin: 'lexicon' | 'person';
  /** Mentions in the whole corpus, >= 1. */
  mentions: number;
  /** Per group that mentions the actor, in group order. */
  perGroup: ActorInGroup[];
}

/**
 * How one group names one actor.
 *
 * @example
 * ```ts
 * const g: ActorInGroup = { group: 'Fox News|2022-03', mentions: 120, articles: 60, labels: [] };
 * ```
 */
export interface ActorInGroup {
  /** Group label. */
  group: string;
  /** Mentions, >= 1. */
  mentions: number;
  /** Articles mentioning the actor, >= 1. */
  articles: number;
  /** Labels, most used first. */
  labels: LabelShare[];
}

/**
 * One label's share of an actor's mentions in a group.
 *
 * @example
 * ```ts
 * const l: LabelShare = { key: 'actor-ukraine-kiev', label: 'Kiev', category: 'label.spelling-legacy', count: 87, share: 0.29, ci95: [0.22, 0.37] };
 * ```
 */
export interface LabelShare {
  /** The lexicon entry id, or `person:<form>`. */
  key: string;
  /** The most frequent written form. */
  label: string;
  /** The label's category. */
  category: string;
  /** Mentions with this label, >= 1. */
  count: number;
  /** Share of the actor's mentions in the group, in [0, 1]. */
  share: number;
  /** 95% interval of the share, clustered by article. */
  ci95: [number, number];
}

/**
 * A group's distinctive vocabulary against the rest of the corpus.
 *
 * @example
 * ```ts
 * p.distinctive[0].terms[0]; // { term: 'regime', count: 210, otherCount: 95, logOdds: 1.1, z: 9.2, articles: 140 }
 * ```
 */
export interface GroupTerms {
  /** Group label. */
  group: string;
  /** Highest z first. */
  terms: DistinctiveTerm[];
}

/**
 * A distinctive term of a group: its log-odds score (see `LogOddsTerm`) and how many of the group's
 * articles use it.
 *
 * @example
 * ```ts
 * const t: DistinctiveTerm = { term: 'regime', count: 210, otherCount: 95, logOdds: 1.1, z: 9.2, articles: 140 };
 * ```
 */
export interface DistinctiveTerm extends LogOddsTerm {
  /** The group's articles using the term, >= 1. */
  articles: number;
}
