/**
 * The accumulator behind `aggregate()`, `mergeAggregates()` and the CLI: adds articles (summaries)
 * or whole aggregates into per-group sums held in Maps, and writes them out as a canonical
 * {@link Aggregate} (keys sorted by code units, exact integers), so that the bytes depend only on
 * which articles were added, never on their order or on how they were sharded.
 *
 * Merging is hand-written rather than lodash's `mergeWith`: lodash skips a key named `__proto__`
 * (its prototype-pollution guard), and such a key is a word like any other in a term table.
 */
import { FramelensError } from '../errors';
import { ExactSum } from '../stats/exact';
import type { SourceKind } from '../types';
import { byCodeUnit, recordFrom, sortedRecord } from '../util/order';
import type { ActorSums, Aggregate, DenominatorSums, GroupAggregate, LabelSums, SpeakerSums } from './aggregate-types';
import { ArticleValues, denominatorOfSlot, DENOMINATORS, measureIdOf, measureSlot, PRIMARY_MEASURES, primaryOfSlot, specOf, type DenominatorId, type MeasureSpec } from './measures';
import { grown } from '../util/typed-arrays';
import { checkedAdd, EventRows, Interner, TermCounts } from './cells';
import { MeasureTable, RATE_SCALE } from './measure-table';
import { parseIsoDate, SOURCE_KINDS } from './summarize';
import type { ArticleSummary } from './summary-types';

export { RATE_SCALE };

/** The value used for a `by` key that an article has no value for. */
export const NONE = '(none)';

/** The options an accumulator needs, normalised. */
export interface AccumulatorOptions {
  by: string[];
  event: string | null;
  people: boolean;
}

interface LabelAcc {
  category: string;
  count: number;
  countSq: ExactSum;
  cross: ExactSum;
  articles: number;
  forms: Map<string, number>;
}

interface ActorAcc {
  origin: 'lexicon' | 'person';
  mentions: number;
  mentionsSq: ExactSum;
  articles: number;
  labels: Map<string, LabelAcc>;
}

interface DenAcc {
  sum: number;
  sumSq: ExactSum;
  articles: number;
}

interface SpeakerAcc {
  attributions: number;
  quotedWords: number;
  articles: number;
  /** Attributions per source kind, by the kind's index in SOURCE_KINDS (a fixed array: six kinds; 0 = not seen, as every count added is >= 1). */
  kinds: Float64Array;
}

class GroupAcc {
  articles = 0;
  sentences = 0;
  readonly den = new Map<DenominatorId, DenAcc>(DENOMINATORS.map((d) => [d, { sum: 0, sumSq: new ExactSum(), articles: 0 }]));
  readonly measures = new MeasureTable();
  speakers = new Map<string, SpeakerAcc>();
  labels = new Map<string, ActorAcc>();
  terms = new TermCounts();
  events = new EventRows();
  readonly markersRun = new Map<string, number>();
  constructor(
    readonly label: string,
    readonly keys: Record<string, string>,
  ) {}

  /** Drop the group's tables once written out (a one-shot result frees them group by group). */
  release(): void {
    this.speakers = new Map();
    this.labels = new Map();
    this.terms = new TermCounts();
    this.events = new EventRows();
  }

  speaker(name: string): SpeakerAcc {
    let s = this.speakers.get(name);
    if (s === undefined) {
      s = { attributions: 0, quotedWords: 0, articles: 0, kinds: new Float64Array(SOURCE_KINDS.length) };
      this.speakers.set(name, s);
    }
    return s;
  }

  actor(name: string, origin: 'lexicon' | 'person'): ActorAcc {
    let a = this.labels.get(name);
    if (a === undefined) {
      a = { origin, mentions: 0, mentionsSq: new ExactSum(), articles: 0, labels: new Map() };
      this.labels.set(name, a);
    } else if (origin === 'lexicon') a.origin = 'lexicon';
    return a;
  }

  labelOf(a: ActorAcc, key: string, category: string): LabelAcc {
    let l = a.labels.get(key);
    if (l === undefined) {
      l = { category, count: 0, countSq: new ExactSum(), cross: new ExactSum(), articles: 0, forms: new Map() };
      a.labels.set(key, l);
    } else if (byCodeUnit(category, l.category) < 0) l.category = category;
    return l;
  }
}

// the source kinds in code-unit order of their names (the key order of the written `kinds`)
const KIND_INDEX = new Map<string, number>(SOURCE_KINDS.map((k, i) => [k, i]));
const KINDS_SORTED = SOURCE_KINDS.map((k, i): [SourceKind, number] => [k, i]).sort((a, b) => byCodeUnit(a[0], b[0]));

function addKind(s: SpeakerAcc, k: number, n: number): void {
  s.kinds[k] = checkedAdd(s.kinds[k] as number, n);
}

function kindsRecord(s: SpeakerAcc): Partial<Record<SourceKind, number>> {
  const out: Partial<Record<SourceKind, number>> = {};
  for (const [name, k] of KINDS_SORTED) if ((s.kinds[k] as number) > 0) out[name] = s.kinds[k] as number;
  return out;
}

const bump = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, checkedAdd(m.get(k) ?? 0, n));
};

/** Adds articles and aggregates; see the module comment. */
export class Accumulator {
  private articles = 0;
  private readonly missing = new Map<string, number>();
  private readonly specs = new Map<string, MeasureSpec>();
  private readonly groups = new Map<string, GroupAcc>();
  private readonly termIndex = new Interner();
  private readonly eventIndex = new Interner();
  private readonly values = new ArticleValues();
  // measure slots whose definition is in `specs` already (a slot is a process-wide interned id)
  private specSeen = new Uint8Array(64);
  // groups by their one key's value, when `by` has one key
  private readonly byValue = new Map<string, GroupAcc>();
  private lastMarkers: readonly string[] = [];
  private lastSignature = '';
  private released = false;

  constructor(readonly options: AccumulatorOptions) {}

  private keyValue(s: ArticleSummary, key: string): string | null {
    switch (key) {
      case 'outlet':
        return s.outlet;
      case 'event':
        return s.event;
      case 'month':
        return s.date === null ? null : (parseIsoDate(s.date)?.month ?? null);
      case 'year':
        return s.date === null ? null : (parseIsoDate(s.date)?.year ?? null);
      default:
        return s.groups[key] ?? null;
    }
  }

  private group(values: string[]): GroupAcc {
    if (values.length === 1) {
      // one key: found by its value, without building the group's JSON id per article
      const hit = this.byValue.get(values[0] as string);
      if (hit !== undefined) return hit;
    }
    const id = JSON.stringify(values);
    let g = this.groups.get(id);
    if (g === undefined) {
      g = new GroupAcc(values.join('|'), recordFrom(this.options.by.map((k, i) => [k, values[i] ?? NONE])));
      this.groups.set(id, g);
    }
    if (values.length === 1) this.byValue.set(values[0] as string, g);
    return g;
  }

  /** The signature of the markers an article ran (`loaded,hedge,…`), reused while it repeats. */
  private markersSignature(markers: readonly string[]): string {
    const last = this.lastMarkers;
    let same = last.length === markers.length;
    for (let i = 0; same && i < markers.length; i += 1) same = last[i] === markers[i];
    if (!same) {
      this.lastMarkers = [...markers];
      this.lastSignature = markers.join(',');
    }
    return this.lastSignature;
  }

  private noteSpec(slot: number, id: string, spec: MeasureSpec): void {
    this.specSeen = grown(this.specSeen, slot);
    if (this.specSeen[slot] === 0) {
      this.specSeen[slot] = 1;
      if (!this.specs.has(id)) this.specs.set(id, spec);
    }
  }

  private eventOf(s: ArticleSummary): string | null {
    const key = this.options.event;
    return key === null ? null : key === 'event' ? s.event : (s.groups[key] ?? null);
  }

  /** Add one (validated) summary. */
  addSummary(s: ArticleSummary): void {
    const values = this.options.by.map((key) => {
      const v = this.keyValue(s, key);
      if (v === null) bump(this.missing, key, 1);
      return v ?? NONE;
    });
    const g = this.group(values);
    this.articles += 1;
    g.articles += 1;
    g.sentences = checkedAdd(g.sentences, s.sentences);
    const av = this.values;
    av.fill(s);
    const x = av.x;
    DENOMINATORS.forEach((d, i) => {
      const v = x[i] as number;
      if (v <= 0) return;
      const c = g.den.get(d) as DenAcc;
      c.sum = checkedAdd(c.sum, v);
      c.sumSq.addProduct(v, v);
      c.articles += 1;
    });
    const eventId = this.eventOf(s);
    const row = eventId === null ? -1 : g.events.row(this.eventIndex.id(eventId));
    if (row >= 0) {
      g.events.addArticles(row, 1);
      for (let i = 0; i < DENOMINATORS.length; i += 1) if ((x[i] as number) > 0) g.events.addX(row, i, x[i] as number);
    }
    const y = av.y;
    for (const slot of av.slots) {
      const value = y[slot] as number;
      if (this.specSeen[slot] !== 1) {
        const id = measureIdOf(slot);
        this.noteSpec(slot, id, specOf(id));
      }
      g.measures.addArticle(slot, x[denominatorOfSlot(slot)] as number, value);
      const primary = primaryOfSlot(slot);
      if (row >= 0 && primary >= 0) g.events.addY(row, primary, value);
    }
    this.addPeople(g, s);
    const terms = g.terms;
    const index = this.termIndex;
    for (const [t, n] of s.terms) terms.add(index.id(t), n, 1);
    bump(g.markersRun, this.markersSignature(s.markersRun), 1);
  }

  private addPeople(g: GroupAcc, s: ArticleSummary): void {
    for (const sp of s.speakers) {
      const acc = g.speaker(sp.canonical);
      acc.attributions = checkedAdd(acc.attributions, sp.attributions);
      acc.quotedWords = checkedAdd(acc.quotedWords, sp.quotedWords);
      acc.articles += 1;
      addKind(acc, KIND_INDEX.get(sp.kind) as number, sp.attributions);
    }
    for (const a of s.labels) {
      if (a.origin === 'person' && !this.options.people) continue;
      const acc = g.actor(a.actor, a.origin);
      acc.mentions = checkedAdd(acc.mentions, a.mentions);
      acc.mentionsSq.addProduct(a.mentions, a.mentions);
      acc.articles += 1;
      for (const l of a.labels) {
        const la = g.labelOf(acc, l.key, l.category);
        la.count = checkedAdd(la.count, l.count);
        la.countSq.addProduct(l.count, l.count);
        la.cross.addProduct(l.count, a.mentions);
        la.articles += 1;
        bump(la.forms, l.label, l.count);
      }
    }
  }

  /** Add every sum of an aggregate made with the same options (checked by the caller). */
  addAggregate(a: Aggregate): void {
    this.articles = checkedAdd(this.articles, a.articles);
    for (const [k, n] of Object.entries(a.missing)) bump(this.missing, k, n);
    for (const [id, spec] of Object.entries(a.measures)) this.noteSpec(measureSlot(id), id, spec);
    for (const [id, src] of Object.entries(a.groups)) {
      let g = this.groups.get(id);
      if (g === undefined) {
        g = new GroupAcc(src.label, recordFrom(Object.entries(src.keys)));
        this.groups.set(id, g);
      }
      g.articles = checkedAdd(g.articles, src.articles);
      g.sentences = checkedAdd(g.sentences, src.sentences);
      for (const d of DENOMINATORS) {
        const c = g.den.get(d) as DenAcc;
        const o = src.denominators[d];
        c.sum = checkedAdd(c.sum, o.sum);
        c.sumSq.addExact(o.sumSq);
        c.articles = checkedAdd(c.articles, o.articles);
      }
      for (const [mid, o] of Object.entries(src.measures)) g.measures.addSums(measureSlot(mid), o);
      for (const [name, o] of Object.entries(src.speakers)) {
        const acc = g.speaker(name);
        acc.attributions = checkedAdd(acc.attributions, o.attributions);
        acc.quotedWords = checkedAdd(acc.quotedWords, o.quotedWords);
        acc.articles = checkedAdd(acc.articles, o.articles);
        for (const [k, n] of Object.entries(o.kinds)) addKind(acc, KIND_INDEX.get(k) as number, n as number);
      }
      for (const [name, o] of Object.entries(src.labels)) {
        const acc = g.actor(name, o.origin);
        acc.mentions = checkedAdd(acc.mentions, o.mentions);
        acc.mentionsSq.addExact(o.mentionsSq);
        acc.articles = checkedAdd(acc.articles, o.articles);
        for (const [key, l] of Object.entries(o.labels)) {
          const la = g.labelOf(acc, key, l.category);
          la.count = checkedAdd(la.count, l.count);
          la.countSq.addExact(l.countSq);
          la.cross.addExact(l.cross);
          la.articles = checkedAdd(la.articles, l.articles);
          for (const [f, n] of Object.entries(l.forms)) bump(la.forms, f, n);
        }
      }
      const t = src.terms;
      for (let k = 0; k < t.ids.length; k += 1) g.terms.add(this.termIndex.id(t.ids[k] as string), t.counts[k] as number, t.articles[k] as number);
      this.addEvents(g, src.events);
      for (const [sig, n] of Object.entries(src.markersRun)) bump(g.markersRun, sig, n);
    }
  }

  private addEvents(g: GroupAcc, t: GroupAggregate['events']): void {
    const rows = t.ids.map((id) => g.events.row(this.eventIndex.id(id)));
    const column = (values: readonly number[], addTo: (row: number, n: number) => void): void => {
      rows.forEach((row, k) => addTo(row, values[k] as number));
    };
    column(t.articles, (row, n) => g.events.addArticles(row, n));
    DENOMINATORS.forEach((d, i) => {
      const values = t.x[d];
      if (values !== undefined) column(values, (row, n) => g.events.addX(row, i, n));
    });
    PRIMARY_MEASURES.forEach((m, i) => {
      const values = t.y[m];
      if (values !== undefined) column(values, (row, n) => g.events.addY(row, i, n));
    });
  }

  /**
   * The canonical aggregate of everything added so far. With `release`, each group's tables are
   * dropped as soon as they are written out, so that the accumulator and its result are not both
   * whole in memory at the end (the accumulator cannot be used afterwards).
   */
  result(release = false): Aggregate {
    if (this.released) throw new Error('framelens: internal error: Accumulator.result() after a releasing result()');
    this.released = release;
    const groups = sortedRecord(this.groups, (g): GroupAggregate => {
      const out: GroupAggregate = {
        label: g.label,
        keys: g.keys,
        articles: g.articles,
        sentences: g.sentences,
        denominators: recordFrom(DENOMINATORS.map((d): [string, DenominatorSums] => {
          const c = g.den.get(d) as DenAcc;
          return [d, { sum: c.sum, sumSq: c.sumSq.value(), articles: c.articles }];
        })) as Record<DenominatorId, DenominatorSums>,
        measures: sortedRecord(new Map(g.measures.slots.map((slot) => [measureIdOf(slot), slot])), (slot) => g.measures.sums(slot)),
        speakers: sortedRecord(g.speakers, (s): SpeakerSums => ({ attributions: s.attributions, quotedWords: s.quotedWords, articles: s.articles, kinds: kindsRecord(s) })),
        labels: sortedRecord(g.labels, (a): ActorSums => ({
          origin: a.origin,
          mentions: a.mentions,
          mentionsSq: a.mentionsSq.value(),
          articles: a.articles,
          labels: sortedRecord(a.labels, (l): LabelSums => ({ category: l.category, count: l.count, countSq: l.countSq.value(), cross: l.cross.value(), articles: l.articles, forms: sortedRecord(l.forms) })),
        })),
        terms: g.terms.toTable(this.termIndex),
        events: g.events.toTable(this.eventIndex.names),
        markersRun: sortedRecord(g.markersRun),
      };
      if (release) g.release();
      return out;
    });
    return {
      schemaVersion: '1',
      kind: 'aggregate',
      by: [...this.options.by],
      event: this.options.event,
      people: this.options.people,
      articles: this.articles,
      missing: sortedRecord(this.missing),
      measures: sortedRecord(this.specs, (s): MeasureSpec => ({ family: s.family, category: s.category, voice: s.voice, denominator: s.denominator, kind: s.kind, primary: s.primary })),
      groups,
    };
  }
}
