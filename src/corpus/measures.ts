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

/** One article's values: its denominators and each measure's numerator (zeros left out). */
export interface ArticleValues {
  x: Record<DenominatorId, number>;
  /** Measure id -> numerator; the definition is {@link specOf}(id). */
  y: Map<string, number>;
}

// Definitions are pure functions of the id: made once per id, then shared (read-only).
const SPECS = new Map<string, MeasureSpec>();
const CATEGORY_IDS = new Map<string, Map<string, string>>();

function define(id: string, family: MarkerId | null, category: string | null, voice: MeasureSpec['voice'], denominator: DenominatorId, kind: MeasureKind): string {
  if (!SPECS.has(id)) SPECS.set(id, { family, category, voice, denominator, kind, primary: PRIMARY.has(id) });
  return id;
}

/** The definition of a measure id seen by {@link articleValues}. */
export function specOf(id: string): MeasureSpec {
  return SPECS.get(id) as MeasureSpec;
}

function categoryId(family: MarkerId, category: string): string {
  let m = CATEGORY_IDS.get(family);
  if (m === undefined) {
    m = new Map();
    CATEGORY_IDS.set(family, m);
  }
  let id = m.get(category);
  if (id === undefined) {
    id = define(categoryMeasure(family, category), family, category, null, 'words', 'count');
    m.set(category, id);
  }
  return id;
}

const AUTHOR_IDS = new Map([...VOICE_FAMILIES].map((f) => [f, define(`${f}@author`, f, null, 'author', 'authorWords', 'count')]));
const TITLE_IDS = new Map([...TITLE_FAMILIES].map((f) => [f, define(`${f}@title`, f, null, 'title', 'titleWords', 'count')]));
for (const f of ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'label'] as const) define(f, f, null, null, 'words', 'count');
define('sentiment', 'sentiment', null, null, 'words', 'score');
define('sentiment@author', 'sentiment', null, 'author', 'authorWords', 'score');
define('sentiment@quoted', 'sentiment', null, 'quoted', 'quotedVoiceWords', 'score');
define('sentiment@title', 'sentiment', null, 'title', 'titleWords', 'score');
const SOURCE_IDS = SOURCE_KINDS.map((k) => define(`source.${k}`, null, k, null, 'attributions', 'share'));
const STANCE_IDS = STANCES.map((k) => define(`stance.${k}`, null, k, null, 'attributions', 'share'));
define('quotedWordShare', null, null, null, 'words', 'share');

/**
 * The values of every measure for one summary (already validated).
 *
 * @example
 * ```ts
 * articleValues(summary).y.get('loaded@author'); // author-voice loaded terms of the article
 * ```
 */
export function articleValues(s: ArticleSummary): ArticleValues {
  // the writer's stance: a document's conventional verb ("the lawsuit alleges") counts as neutral
  const stance = writerStances(s.attribution.byStance, s.attribution.conventional);
  const attributions = stance.neutral + stance.emphatic + stance.distancing + stance.endorsing + stance.accusing;
  const x: Record<DenominatorId, number> = { words: s.words, authorWords: s.wordsByVoice.author, quotedVoiceWords: s.wordsByVoice.quoted, titleWords: s.titleWords, attributions };
  const y = new Map<string, number>();
  const add = (id: string, value: number): void => {
    if (value !== 0) y.set(id, (y.get(id) ?? 0) + value);
  };
  for (const [family, category, voice, position, n] of s.findings) {
    if (position === 'title') {
      const id = TITLE_IDS.get(family);
      if (id !== undefined) add(id, n);
      continue;
    }
    if (family === 'sentiment') continue;
    add(family, n);
    add(categoryId(family, category), n);
    const id = voice === 'author' ? AUTHOR_IDS.get(family) : undefined;
    if (id !== undefined) add(id, n);
  }
  const sent = s.sentiment;
  add('sentiment', sent.author + sent.quoted + sent.reported);
  add('sentiment@author', sent.author);
  add('sentiment@quoted', sent.quoted);
  add('sentiment@title', sent.title);
  SOURCE_KINDS.forEach((k, i) => add(SOURCE_IDS[i] as string, s.attribution.bySourceKind[k]));
  STANCES.forEach((k, i) => add(STANCE_IDS[i] as string, stance[k]));
  add('quotedWordShare', s.attribution.quotedWords);
  return { x, y };
}

/** Report order of measures: primary first (in their listed order), then by family and name. */
export function measureOrder(a: string, b: string): number {
  const pa = PRIMARY_MEASURES.indexOf(a);
  const pb = PRIMARY_MEASURES.indexOf(b);
  if (pa >= 0 || pb >= 0) return (pa < 0 ? 1e6 : pa) - (pb < 0 ? 1e6 : pb);
  return a < b ? -1 : a > b ? 1 : 0;
}
