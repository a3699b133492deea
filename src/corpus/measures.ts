/**
 * The measures of a corpus profile, and each article's numerator and denominators for them.
 *
 * Every measure is a ratio of two per-article integers, summed over articles: findings per word,
 * author-voice findings per author-voice word, headline findings per headline word, sentiment score
 * per word, a source kind's or a stance's share of attributions, quoted words' share of words.
 */
import type { MeasureKind } from '../stats/cluster';
import type { MarkerId, Voice } from '../types';
import { SOURCE_KINDS, STANCES } from './summarize';
import { writerStances } from '../util/stance';
import type { ArticleSummary } from './summary-types';

/**
 * What a measure is divided by: body words, author-voice words, quoted-voice words, headline words,
 * or attributions (body, continuations excluded).
 */
export type DenominatorId = 'words' | 'authorWords' | 'quotedVoiceWords' | 'titleWords' | 'attributions';

/** Every denominator, in report order. */
export const DENOMINATORS: readonly DenominatorId[] = ['words', 'authorWords', 'quotedVoiceWords', 'titleWords', 'attributions'];

/**
 * The definition of one measure.
 *
 * @example
 * ```ts
 * const spec: MeasureSpec = { family: 'loaded', category: null, voice: 'author', denominator: 'authorWords', kind: 'count', primary: true };
 * ```
 */
export interface MeasureSpec {
  /** The marker family, or `null` for attribution mixes (`source.*`, `stance.*`, `quotedWordShare`). */
  family: MarkerId | null;
  /** The category (`loaded.deceit`, `anonymous`, `distancing`), or `null` for a whole family. */
  category: string | null;
  /** `author` or `quoted` for voice-restricted measures, `title` for headlines, `null` for the body in all voices. */
  voice: Voice | 'title' | null;
  /** What the numerator is divided by. */
  denominator: DenominatorId;
  /** `count` (per 1,000), `share` (in [0, 1]) or `score` (signed sum per 1,000). */
  kind: MeasureKind;
  /** Primary measures get pairwise and within-event tests; the others (categories) get rates and intervals. */
  primary: boolean;
}

const PRIMARY = new Set([
  'loaded',
  'hedge',
  'booster',
  'attribution',
  'scareQuote',
  'label',
  'loaded@author',
  'hedge@author',
  'booster@author',
  'scareQuote@author',
  'loaded@title',
  'sentiment@author',
  'quotedWordShare',
  'source.anonymous',
  'source.named',
  'source.institutional',
  'stance.distancing',
  'stance.endorsing',
  'stance.accusing',
]);

/** The primary measures, in report order. */
export const PRIMARY_MEASURES: readonly string[] = [...PRIMARY];

const VOICE_FAMILIES: ReadonlySet<MarkerId> = new Set(['loaded', 'hedge', 'booster', 'scareQuote']);
const TITLE_FAMILIES: ReadonlySet<MarkerId> = new Set(['loaded', 'hedge', 'booster', 'scareQuote', 'label']);

/** `loaded` for a family; the category itself when already qualified (`loaded.deceit`), else `attribution.neutral`. */
export function categoryMeasure(family: MarkerId, category: string): string {
  return category.includes('.') ? category : `${family}.${category}`;
}

/** The unit a measure's rates are reported in, in words. */
export function unitOf(spec: MeasureSpec): string {
  if (spec.kind === 'share') return spec.denominator === 'attributions' ? 'share of attributions' : 'share of words';
  const of = { words: 'words', authorWords: 'author-voice words', quotedVoiceWords: 'quoted words', titleWords: 'headline words', attributions: 'attributions' }[spec.denominator];
  return spec.kind === 'score' ? `AFINN score per 1,000 ${of}` : `per 1,000 ${of}`;
}

/** The factor from a ratio to its reported value: 1,000 for rates and scores, 1 for shares. */
export const scaleOf = (spec: MeasureSpec): number => (spec.kind === 'share' ? 1 : 1000);

// Definitions are pure functions of the id: made once per id, then shared (read-only). Each id is
// also interned as a dense slot, so that accumulators index typed arrays instead of keyed objects;
// slots depend on the order ids were first seen in the process and never reach an output.
const SPECS = new Map<string, MeasureSpec>();
const SLOT_OF = new Map<string, number>();
const SLOT_IDS: string[] = [];
// per slot: the index of its spec's denominator in DENOMINATORS (-1: an id without a built-in spec)
const DEN_OF_SLOT: number[] = [];
// per slot: the index in PRIMARY_MEASURES (-1: not primary)
const PRIMARY_OF_SLOT: number[] = [];
const CATEGORY_SLOTS = new Map<string, Map<string, number>>();

/** The dense slot of a measure id (interned on first sight; ids read from an aggregate included). */
export function measureSlot(id: string): number {
  let slot = SLOT_OF.get(id);
  if (slot === undefined) {
    slot = SLOT_IDS.length;
    SLOT_OF.set(id, slot);
    SLOT_IDS.push(id);
    const spec = SPECS.get(id);
    DEN_OF_SLOT.push(spec === undefined ? -1 : DENOMINATORS.indexOf(spec.denominator));
    PRIMARY_OF_SLOT.push(PRIMARY_MEASURES.indexOf(id));
  }
  return slot;
}

/** The measure id of a slot made by {@link measureSlot}. */
export const measureIdOf = (slot: number): string => SLOT_IDS[slot] as string;

/** The index in {@link DENOMINATORS} of the denominator of a slot's built-in measure (-1 for an id without a spec). */
export const denominatorOfSlot = (slot: number): number => DEN_OF_SLOT[slot] ?? -1;

/** The index of a slot's measure in {@link PRIMARY_MEASURES} (-1: not primary). */
export const primaryOfSlot = (slot: number): number => PRIMARY_OF_SLOT[slot] ?? -1;

function define(id: string, family: MarkerId | null, category: string | null, voice: MeasureSpec['voice'], denominator: DenominatorId, kind: MeasureKind): number {
  if (!SPECS.has(id)) SPECS.set(id, { family, category, voice, denominator, kind, primary: PRIMARY.has(id) });
  return measureSlot(id);
}

/** The definition of a measure id seen by {@link ArticleValues}. */
export function specOf(id: string): MeasureSpec {
  return SPECS.get(id) as MeasureSpec;
}

function categorySlot(family: MarkerId, category: string): number {
  let m = CATEGORY_SLOTS.get(family);
  if (m === undefined) {
    m = new Map();
    CATEGORY_SLOTS.set(family, m);
  }
  let slot = m.get(category);
  if (slot === undefined) {
    slot = define(categoryMeasure(family, category), family, category, null, 'words', 'count');
    m.set(category, slot);
  }
  return slot;
}

const AUTHOR_SLOTS = new Map([...VOICE_FAMILIES].map((f) => [f, define(`${f}@author`, f, null, 'author', 'authorWords', 'count')]));
const TITLE_SLOTS = new Map([...TITLE_FAMILIES].map((f) => [f, define(`${f}@title`, f, null, 'title', 'titleWords', 'count')]));
const FAMILY_SLOTS = new Map((['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'label'] as const).map((f): [MarkerId, number] => [f, define(f, f, null, null, 'words', 'count')]));
const SENTIMENT = define('sentiment', 'sentiment', null, null, 'words', 'score');
const SENTIMENT_AUTHOR = define('sentiment@author', 'sentiment', null, 'author', 'authorWords', 'score');
const SENTIMENT_QUOTED = define('sentiment@quoted', 'sentiment', null, 'quoted', 'quotedVoiceWords', 'score');
const SENTIMENT_TITLE = define('sentiment@title', 'sentiment', null, 'title', 'titleWords', 'score');
const SOURCE_SLOTS = SOURCE_KINDS.map((k) => define(`source.${k}`, null, k, null, 'attributions', 'share'));
const STANCE_SLOTS = STANCES.map((k) => define(`stance.${k}`, null, k, null, 'attributions', 'share'));
const QUOTED_WORD_SHARE = define('quotedWordShare', null, null, null, 'words', 'share');

/**
 * One article's values, refilled per article (one instance per accumulator, so nothing is allocated
 * per article): its denominators, and the numerator of every measure that is not 0, by slot.
 *
 * @example
 * ```ts
 * const v = new ArticleValues();
 * v.fill(summary);
 * v.slots.map((slot) => [measureIdOf(slot), v.y[slot]]); // [['loaded', 4], ['loaded.deceit', 1], ...]
 * ```
 */
export class ArticleValues {
  /** The denominators, in {@link DENOMINATORS} order (each >= 0). */
  readonly x = new Float64Array(DENOMINATORS.length);
  /** Numerators by slot (0 for the measures not in `slots`). */
  y = new Float64Array(64);
  /** The slots with a non-zero numerator, in first-seen order. */
  readonly slots: number[] = [];
  private seen = new Uint8Array(64);

  private add(slot: number, value: number): void {
    if (value === 0) return;
    if (slot >= this.y.length) {
      const y = new Float64Array(2 * slot);
      y.set(this.y);
      this.y = y;
      const seen = new Uint8Array(2 * slot);
      seen.set(this.seen);
      this.seen = seen;
    }
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.slots.push(slot);
    }
    this.y[slot] = (this.y[slot] as number) + value;
  }

  /** Refill from one summary (already validated). */
  fill(s: ArticleSummary): void {
    for (const slot of this.slots) {
      this.y[slot] = 0;
      this.seen[slot] = 0;
    }
    this.slots.length = 0;
    // the writer's stance: a document's conventional verb ("the lawsuit alleges") counts as neutral
    const stance = writerStances(s.attribution.byStance, s.attribution.conventional);
    const x = this.x;
    x[0] = s.words;
    x[1] = s.wordsByVoice.author;
    x[2] = s.wordsByVoice.quoted;
    x[3] = s.titleWords;
    x[4] = stance.neutral + stance.emphatic + stance.distancing + stance.endorsing + stance.accusing;
    for (const [family, category, voice, position, n] of s.findings) {
      if (position === 'title') {
        const slot = TITLE_SLOTS.get(family);
        if (slot !== undefined) this.add(slot, n);
        continue;
      }
      if (family === 'sentiment') continue;
      this.add(FAMILY_SLOTS.get(family) as number, n);
      this.add(categorySlot(family, category), n);
      const slot = voice === 'author' ? AUTHOR_SLOTS.get(family) : undefined;
      if (slot !== undefined) this.add(slot, n);
    }
    const sent = s.sentiment;
    this.add(SENTIMENT, sent.author + sent.quoted + sent.reported);
    this.add(SENTIMENT_AUTHOR, sent.author);
    this.add(SENTIMENT_QUOTED, sent.quoted);
    this.add(SENTIMENT_TITLE, sent.title);
    SOURCE_KINDS.forEach((k, i) => this.add(SOURCE_SLOTS[i] as number, s.attribution.bySourceKind[k]));
    STANCES.forEach((k, i) => this.add(STANCE_SLOTS[i] as number, stance[k]));
    this.add(QUOTED_WORD_SHARE, s.attribution.quotedWords);
  }
}

/** Report order of measures: primary first (in their listed order), then by family and name. */
export function measureOrder(a: string, b: string): number {
  const pa = PRIMARY_MEASURES.indexOf(a);
  const pb = PRIMARY_MEASURES.indexOf(b);
  if (pa >= 0 || pb >= 0) return (pa < 0 ? 1e6 : pa) - (pb < 0 ? 1e6 : pb);
  return a < b ? -1 : a > b ? 1 : 0;
}
