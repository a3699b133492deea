/**
 * Corpus evaluators of the framelens evaluation harness: one per JSONL file of the evaluation
 * data folder (see `METRICS.md` there). Each evaluator reads its file line by line, runs the public
 * `analyze()` on every record, and returns metric rows with their counts, plus the false-positive
 * and false-negative strings (with context) for error analysis.
 *
 * The data are third-party texts for local evaluation only: nothing here copies them anywhere.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { StringDecoder } from 'string_decoder';
import { analyze } from '../src/index';
import type { ArticleAnalysis } from '../src/index';
import {
  babeWords,
  binaryF1,
  cueMatch,
  mergeSpans,
  multisetMatch,
  orderAgreement,
  overlaps,
  prfFromCounts,
  rocAuc,
  safeDiv,
  semevalSpanPRF,
  spearman,
  sumCueMatches,
} from './metrics';
import type { CueCounts, DensityPair, GoldSpan, Interval } from './metrics';

/** One line of the results table. */
export interface MetricRow {
  /** Stable metric name, e.g. `hedge.factbank.cue_f1` (used by the floors file). */
  metric: string;
  /** The value (`NaN` when undefined, e.g. an AUC without negatives). */
  value: number;
  /** The counts behind the value (TP, FP, FN, n, ...). */
  counts: Record<string, number>;
  /** How the value was obtained, when it needs saying. */
  notes?: string;
}

/** One tallied error string. */
export interface ErrorEntry {
  /** The (lowercased, whitespace-collapsed) string. */
  text: string;
  /** How often it occurred. */
  count: number;
  /** One context snippet of its first occurrence, the string marked with [[ ]]. */
  context: string;
}

/** False-positive / false-negative kind. */
export type ErrorKind = 'fp' | 'fn';

/** Tally of false-positive and false-negative strings per metric. */
export class ErrorBook {
  private readonly tallies = new Map<string, Map<ErrorKind, Map<string, ErrorEntry>>>();

  /** Records one error string with its context (the context of the first occurrence is kept). */
  add(metric: string, kind: ErrorKind, text: string, context: string): void {
    const key = normaliseKey(text);
    if (key === '') return;
    let byKind = this.tallies.get(metric);
    if (!byKind) {
      byKind = new Map();
      this.tallies.set(metric, byKind);
    }
    let byText = byKind.get(kind);
    if (!byText) {
      byText = new Map();
      byKind.set(kind, byText);
    }
    const e = byText.get(key);
    if (e) e.count += 1;
    else byText.set(key, { text: key, count: 1, context });
  }

  /** The metrics that have at least one error recorded, in insertion order. */
  metrics(): string[] {
    return [...this.tallies.keys()];
  }

  /** Number of errors (with repetition) of a kind for a metric. */
  total(metric: string, kind: ErrorKind): number {
    let n = 0;
    for (const e of this.tallies.get(metric)?.get(kind)?.values() ?? []) n += e.count;
    return n;
  }

  /** Plain-JSON form (for passing results between processes). */
  toJSON(): Record<string, Partial<Record<ErrorKind, ErrorEntry[]>>> {
    const out: Record<string, Partial<Record<ErrorKind, ErrorEntry[]>>> = {};
    for (const [metric, byKind] of this.tallies) {
      const o: Partial<Record<ErrorKind, ErrorEntry[]>> = {};
      for (const [kind, byText] of byKind) o[kind] = [...byText.values()];
      out[metric] = o;
    }
    return out;
  }

  /** Rebuilds a book from {@link ErrorBook.toJSON} output. */
  static fromJSON(json: Record<string, Partial<Record<ErrorKind, ErrorEntry[]>>>): ErrorBook {
    const book = new ErrorBook();
    for (const [metric, byKind] of Object.entries(json)) {
      const m = new Map<ErrorKind, Map<string, ErrorEntry>>();
      for (const kind of ['fp', 'fn'] as const) {
        const list = byKind[kind];
        if (list) m.set(kind, new Map(list.map((e) => [e.text, { ...e }])));
      }
      book.tallies.set(metric, m);
    }
    return book;
  }

  /** The `n` most frequent strings of a kind for a metric (ties by text). */
  top(metric: string, kind: ErrorKind, n: number): ErrorEntry[] {
    const all = [...(this.tallies.get(metric)?.get(kind)?.values() ?? [])];
    all.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    return all.slice(0, n);
  }
}

/** Lowercases and collapses whitespace; long strings are shortened in the middle. */
function normaliseKey(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return t.length > 80 ? `${t.slice(0, 38)} … ${t.slice(-38)}` : t;
}

/** Result of one corpus evaluator. */
export interface CorpusResult {
  /** Corpus id (`hedges-factbank`, `polnear`, ...). */
  corpus: string;
  /** The file read. */
  file: string;
  /** `skipped` when the file is missing. */
  status: 'ok' | 'skipped';
  /** Why it was skipped. */
  reason?: string;
  /** Records read. */
  records: number;
  /** Wall time in milliseconds (reading + analysis + scoring). */
  ms: number;
  /** Predicted spans dropped as empty or out of range. */
  dropped: number;
  /** Metric rows. */
  rows: MetricRow[];
  /** False-positive and false-negative strings. */
  errors: ErrorBook;
}

/** A corpus the harness knows. */
export interface CorpusSpec {
  /** Corpus id. */
  id: string;
  /** Groups it belongs to for `--only` (its id is always one). */
  groups: readonly string[];
  /** File name inside the data folder. */
  file: string;
  /** Every metric of this corpus starts with this prefix. */
  metricPrefix: string;
  /** Reads `file` (a full path) and scores it. */
  evaluate: (file: string) => CorpusResult;
}

// ---------------------------------------------------------------------------------------------
// JSONL reading and record validation

/** A malformed data line: the message names the file and the 1-based line number. */
export class DataError extends Error {
  /** The file. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'DataError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Reads a JSONL file line by line (in 64 KiB chunks, UTF-8), yielding each parsed object with its
 * 1-based line number. Blank lines are skipped (still counted); a BOM and `\r` line ends are accepted.
 *
 * @throws DataError naming the file and line when a line is not JSON or not a JSON object.
 */
export function* readJsonl(file: string): Generator<{ line: number; value: Record<string, unknown> }> {
  const fd = fs.openSync(file, 'r');
  const decoder = new StringDecoder('utf8');
  const buf = Buffer.alloc(1 << 16);
  let pending = '';
  let lineNo = 0;
  const parse = (raw: string): Record<string, unknown> | null => {
    lineNo += 1;
    let s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNo === 1 && s.startsWith('\uFEFF')) s = s.slice(1);
    if (s.trim() === '') return null;
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch (e) {
      throw new DataError(file, lineNo, `malformed JSON line (${(e as Error).message})`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new DataError(file, lineNo, `expected a JSON object, found ${Array.isArray(v) ? 'an array' : typeof v}`);
    }
    return v as Record<string, unknown>;
  };
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      pending += n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end();
      let from = 0;
      let nl = pending.indexOf('\n', from);
      while (nl >= 0) {
        const v = parse(pending.slice(from, nl));
        if (v) yield { line: lineNo, value: v };
        from = nl + 1;
        nl = pending.indexOf('\n', from);
      }
      pending = pending.slice(from);
      if (n === 0) break;
    }
    if (pending !== '') {
      const v = parse(pending);
      if (v) yield { line: lineNo, value: v };
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Which half of a file's records the evaluators read: every record, or the even or odd ones (0-based). */
export type Half = 'even' | 'odd' | null;

let currentHalf: Half = null;

/**
 * The records of a file that the current run reads ({@link readJsonl}, then every other record when a
 * half is selected), so that a change can be checked on both halves of the data.
 */
function* records(file: string): Generator<{ line: number; value: Record<string, unknown> }> {
  let index = -1;
  for (const r of readJsonl(file)) {
    index += 1;
    if (currentHalf === 'even' && index % 2 !== 0) continue;
    if (currentHalf === 'odd' && index % 2 !== 1) continue;
    yield r;
  }
}

/** Field accessors that throw a {@link DataError} naming file and line. */
class Fields {
  constructor(
    private readonly file: string,
    private readonly line: number,
  ) {}

  fail(message: string): never {
    throw new DataError(this.file, this.line, message);
  }

  string(o: Record<string, unknown>, key: string, where = ''): string {
    const v = o[key];
    if (typeof v !== 'string') this.fail(`expected ${where}${key} to be a string`);
    return v;
  }

  optString(o: Record<string, unknown>, key: string): string | null {
    const v = o[key];
    return typeof v === 'string' ? v : null;
  }

  array(o: Record<string, unknown>, key: string, where = ''): unknown[] {
    const v = o[key];
    if (!Array.isArray(v)) this.fail(`expected ${where}${key} to be an array`);
    return v;
  }

  object(v: unknown, where: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`expected ${where} to be an object`);
    return v as Record<string, unknown>;
  }

  /** A gold span `{start, end}` with integer offsets; fragments kept when present. */
  span(v: unknown, where: string): GoldSpan {
    const o = this.object(v, where);
    const { start, end } = o;
    if (!Number.isInteger(start) || !Number.isInteger(end)) this.fail(`expected ${where}.start/end to be integers`);
    const s: GoldSpan = { start: start as number, end: end as number };
    if (Array.isArray(o['fragments'])) {
      s.fragments = o['fragments'].map((f, i) => {
        if (!Array.isArray(f) || !Number.isInteger(f[0]) || !Number.isInteger(f[1])) {
          this.fail(`expected ${where}.fragments[${i}] to be [start, end]`);
        }
        return { start: f[0] as number, end: f[1] as number };
      });
    }
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Tracks predicted spans dropped as empty or out of range. */
class Dropper {
  count = 0;
  /** Keeps a span when it is integer, non-empty and inside `[0, length]`; counts it otherwise. */
  keep(s: Interval, length: number): boolean {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
    if (!ok) this.count += 1;
    return ok;
  }
}

/**
 * A context snippet for a span: its sentence (from `sentences`, or the whole text), cut to about
 * `width` characters around the span, the span marked with [[ ]], whitespace collapsed.
 */
export function contextSnippet(text: string, span: Interval, sentences?: readonly Interval[], width = 120): string {
  let lo = 0;
  let hi = text.length;
  if (sentences) {
    const s = sentences.find((x) => x.start <= span.start && span.start < x.end);
    if (s) {
      lo = s.start;
      hi = Math.max(s.end, Math.min(span.end, text.length));
    }
  }
  const start = Math.max(lo, Math.min(span.start, hi));
  const end = Math.max(start, Math.min(span.end, hi));
  const side = Math.max(25, Math.floor((width - Math.min(end - start, width)) / 2));
  const from = Math.max(lo, start - side);
  const to = Math.min(hi, end + side);
  let inner = text.slice(start, end);
  if (inner.length > 80) inner = `${inner.slice(0, 38)} … ${inner.slice(-38)}`;
  const out = `${from > lo ? '…' : ''}${text.slice(from, start)}[[${inner}]]${text.slice(end, to)}${to < hi ? '…' : ''}`;
  return out.replace(/\s+/g, ' ').trim();
}

/** Text of a gold span, fragments joined with " … ". */
function goldText(text: string, g: GoldSpan): string {
  if (g.fragments && g.fragments.length > 1) return g.fragments.map((f) => text.slice(f.start, f.end)).join(' … ');
  return text.slice(g.start, g.end);
}

/** Loaded-term findings as spans (title findings excluded: no title is passed). */
function findingSpans(a: ArticleAnalysis, marker: 'hedge' | 'loaded'): Array<Interval & { weight: number }> {
  return a.findings
    .filter((f) => f.marker === marker && f.position !== 'title')
    .map((f) => ({ start: f.start, end: f.end, weight: typeof f.weight === 'number' && Number.isFinite(f.weight) ? f.weight : 1 }));
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function timed(corpus: string, file: string, body: (res: CorpusResult) => void): CorpusResult {
  const res: CorpusResult = { corpus, file, status: 'ok', records: 0, ms: 0, dropped: 0, rows: [], errors: new ErrorBook() };
  if (!fs.existsSync(file)) {
    res.status = 'skipped';
    res.reason = 'file not found';
    return res;
  }
  const t0 = process.hrtime.bigint();
  body(res);
  res.ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return res;
}

// ---------------------------------------------------------------------------------------------
// Hedges (hedges-factbank.jsonl, hedges-wiki.jsonl)

/** Hedge cue types that are gold cues. */
export const HEDGE_SCORED_TYPES: ReadonlySet<string> = new Set(['modal_probable', 'modal_possible', 'hypo_doxastic']);
/** Hedge cue types that are ignored (predictions overlapping only these count neither way). */
export const HEDGE_IGNORED_TYPES: ReadonlySet<string> = new Set(['hypo_condition', 'hypo_investigation']);

/**
 * Hedge cue and sentence F1 for one sentence-per-line file (`prefix` = `hedge.factbank` or
 * `hedge.wiki`). Unknown cue types are treated as ignored and reported in the notes.
 */
export function evaluateHedges(file: string, corpus: string, prefix: string): CorpusResult {
  return timed(corpus, file, (res) => {
    const drop = new Dropper();
    const parts: CueCounts[] = [];
    const goldPos: boolean[] = [];
    const predPos: boolean[] = [];
    let unknownTypes = 0;
    let ignoredGold = 0;
    const cueMetric = `${prefix}.cue_f1`;
    for (const { line, value: rec } of records(file)) {
      const F = new Fields(file, line);
      const text = F.string(rec, 'text');
      const gold: Array<GoldSpan & { type: string }> = F.array(rec, 'cues').map((c, i) => {
        const s = F.span(c, `cues[${i}]`);
        const type = F.string(F.object(c, `cues[${i}]`), 'type', `cues[${i}].`);
        const scored = HEDGE_SCORED_TYPES.has(type);
        if (!scored && !HEDGE_IGNORED_TYPES.has(type)) unknownTypes += 1;
        if (!scored) ignoredGold += 1;
        return scored ? { ...s, type } : { ...s, type, ignored: true };
      });
      res.records += 1;
      const a = analyze(text);
      const pred = findingSpans(a, 'hedge').filter((s) => drop.keep(s, text.length));
      const m = cueMatch(pred, gold);
      parts.push(m);
      goldPos.push(m.gold > 0);
      predPos.push(pred.length > 0);
      m.predOutcome.forEach((o, i) => {
        const p = pred[i]!;
        if (o === 'fp') res.errors.add(cueMetric, 'fp', text.slice(p.start, p.end), contextSnippet(text, p));
      });
      gold.forEach((g, i) => {
        if (!g.ignored && !m.goldRecalled[i]) res.errors.add(cueMetric, 'fn', goldText(text, g), contextSnippet(text, g));
      });
    }
    res.dropped = drop.count;
    const c = sumCueMatches(parts);
    const counts = { TP: c.tp, FP: c.fp, FN: c.fn, gold: c.gold, ignored_pred: c.ignored, sentences: res.records, dropped: drop.count };
    const notes = `gold = ${[...HEDGE_SCORED_TYPES].join('/')}; ${ignoredGold} ignored gold cue(s)${unknownTypes ? ` (${unknownTypes} of unknown type)` : ''}; TP counted on predictions, FN on gold`;
    res.rows.push({ metric: cueMetric, value: c.f1, counts, notes });
    res.rows.push({ metric: `${prefix}.cue_precision`, value: c.precision, counts: { TP: c.tp, FP: c.fp } });
    res.rows.push({ metric: `${prefix}.cue_recall`, value: c.recall, counts: { recalled: c.recalled, FN: c.fn } });
    const s = binaryF1(goldPos, predPos);
    res.rows.push({ metric: `${prefix}.sentence_f1`, value: s.f1, counts: { TP: s.tp, FP: s.fp, FN: s.fn, TN: s.tn } });
  });
}

// ---------------------------------------------------------------------------------------------
// Attribution (polnear.jsonl)

/** Attribution cue and source F1, and per-outlet attribution rates, on PolNeAR. */
export function evaluatePolnear(file: string): CorpusResult {
  return timed('polnear', file, (res) => {
    const drop = new Dropper();
    const cueParts: CueCounts[] = [];
    const srcParts: CueCounts[] = [];
    const outlets = new Map<string, { gold: number; pred: number; words: number; articles: number }>();
    for (const { line, value: rec } of records(file)) {
      const F = new Fields(file, line);
      const text = F.string(rec, 'text');
      const outlet = F.optString(rec, 'outlet') ?? '(none)';
      const goldCues: GoldSpan[] = [];
      const goldSrc: GoldSpan[] = [];
      F.array(rec, 'attributions').forEach((raw, i) => {
        const at = F.object(raw, `attributions[${i}]`);
        if (at['cue'] === null || at['cue'] === undefined) return; // only attributions with a cue
        goldCues.push(F.span(at['cue'], `attributions[${i}].cue`));
        if (at['source'] !== null && at['source'] !== undefined) goldSrc.push(F.span(at['source'], `attributions[${i}].source`));
      });
      res.records += 1;
      const a = analyze(text);
      const cues = new Map<string, Interval>();
      const srcs = new Map<string, Interval>();
      for (const at of a.attributions) {
        // an unattributed quotation has no cue (its "cue" is the opening mark)
        if (at.position === 'title' || at.kind === 'unattributed') continue;
        if (!drop.keep(at.cue, text.length)) continue;
        const ck = `${at.cue.start}:${at.cue.end}`;
        if (!cues.has(ck)) cues.set(ck, { start: at.cue.start, end: at.cue.end });
        if (at.source) {
          const sk = `${ck}/${at.source.start}:${at.source.end}`;
          if (!srcs.has(sk) && drop.keep(at.source, text.length)) srcs.set(sk, { start: at.source.start, end: at.source.end });
        }
      }
      const predCues = [...cues.values()];
      const predSrc = [...srcs.values()];
      const sentences = a.sentences;
      const cm = cueMatch(predCues, goldCues);
      const sm = cueMatch(predSrc, goldSrc);
      cueParts.push(cm);
      srcParts.push(sm);
      const record = (metric: string, pred: Interval[], gold: GoldSpan[], m: typeof cm): void => {
        m.predOutcome.forEach((o, i) => {
          const p = pred[i]!;
          if (o === 'fp') res.errors.add(metric, 'fp', text.slice(p.start, p.end), contextSnippet(text, p, sentences));
        });
        gold.forEach((g, i) => {
          if (!m.goldRecalled[i]) res.errors.add(metric, 'fn', goldText(text, g), contextSnippet(text, g.fragments?.[0] ?? g, sentences));
        });
      };
      record('attribution.polnear.cue_f1', predCues, goldCues, cm);
      record('attribution.polnear.source_f1', predSrc, goldSrc, sm);
      const o = outlets.get(outlet) ?? { gold: 0, pred: 0, words: 0, articles: 0 };
      o.gold += goldCues.length;
      o.pred += predCues.length;
      o.words += a.counts.words;
      o.articles += 1;
      outlets.set(outlet, o);
    }
    res.dropped = drop.count;
    const c = sumCueMatches(cueParts);
    const s = sumCueMatches(srcParts);
    res.rows.push({
      metric: 'attribution.polnear.cue_f1',
      value: c.f1,
      counts: { TP: c.tp, FP: c.fp, FN: c.fn, gold: c.gold, articles: res.records, dropped: drop.count },
      notes: 'gold = attributions with a cue; predicted = distinct cue spans of analysis.attributions (unattributed quotations have none); TP counted on predictions, FN on gold',
    });
    res.rows.push({ metric: 'attribution.polnear.cue_precision', value: c.precision, counts: { TP: c.tp, FP: c.fp } });
    res.rows.push({ metric: 'attribution.polnear.cue_recall', value: c.recall, counts: { recalled: c.recalled, FN: c.fn } });
    res.rows.push({
      metric: 'attribution.polnear.source_f1',
      value: s.f1,
      counts: { TP: s.tp, FP: s.fp, FN: s.fn, gold: s.gold },
      notes: 'gold = non-null sources of attributions with a cue (shared sources count each time; discontinuous ones match fragment by fragment); predicted = distinct (cue, source) pairs',
    });
    res.rows.push({ metric: 'attribution.polnear.source_precision', value: s.precision, counts: { TP: s.tp, FP: s.fp } });
    res.rows.push({ metric: 'attribution.polnear.source_recall', value: s.recall, counts: { recalled: s.recalled, FN: s.fn } });
    for (const [outlet, o] of [...outlets].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const g = safeDiv(o.gold * 1000, o.words);
      const p = safeDiv(o.pred * 1000, o.words);
      res.rows.push({
        metric: `attribution.polnear.rate_per_outlet.${outlet}.gold`,
        value: g,
        counts: { attributions: o.gold, words: o.words, articles: o.articles },
      });
      res.rows.push({
        metric: `attribution.polnear.rate_per_outlet.${outlet}.pred`,
        value: p,
        counts: { attributions: o.pred, words: o.words, articles: o.articles },
        notes: `per 1,000 words (counts.words, pooled); predicted/gold = ${r3(safeDiv(p, g))}`,
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Loaded terms: BABE-format files (babe.jsonl, babe-sg1.jsonl, mbic.jsonl)

/** Words of `text` with their offsets, as {@link babeWords} cuts them. */
function wordsWithOffsets(text: string): Array<{ word: string; start: number; end: number }> {
  const re = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;
  return Array.from(text.matchAll(re), (m) => ({ word: m[0].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** BABE sentence AUC, "any loaded term" F1 and word F1 for one BABE-format file (`prefix` e.g. `loaded.babe`). */
export function evaluateBabe(file: string, corpus: string, prefix: string): CorpusResult {
  return timed(corpus, file, (res) => {
    const drop = new Dropper();
    const scores: number[] = [];
    const labels: boolean[] = [];
    const anyPred: boolean[] = [];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let goldWordsDiscarded = 0;
    let goldNotVerbatim = 0;
    const wordMetric = `${prefix}.word_f1`;
    for (const { line, value: rec } of records(file)) {
      const F = new Fields(file, line);
      const text = F.string(rec, 'text');
      const label = F.string(rec, 'label');
      if (label !== 'biased' && label !== 'non-biased') F.fail(`expected label to be "biased" or "non-biased", found ${JSON.stringify(label)}`);
      const biasedWords = F.array(rec, 'biased_words').map((w, i) =>
        typeof w === 'string' ? w : F.fail(`expected biased_words[${i}] to be a string`),
      );
      res.records += 1;
      const biased = label === 'biased';
      const a = analyze(text);
      const pred = findingSpans(a, 'loaded').filter((s) => drop.keep(s, text.length));
      scores.push(pred.reduce((sum, s) => sum + s.weight, 0));
      labels.push(biased);
      anyPred.push(pred.length > 0);
      const predWords = mergeSpans(pred).flatMap((s) => wordsWithOffsets(text.slice(s.start, s.end)).map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start })));
      const goldWords = biased ? biasedWords.flatMap((w) => babeWords(w)) : [];
      if (!biased) goldWordsDiscarded += biasedWords.flatMap((w) => babeWords(w)).length;
      const m = multisetMatch(predWords.map((w) => w.word), goldWords);
      tp += m.tp;
      fp += m.fpWords.length;
      fn += m.fnWords.length;
      // Error strings: the unmatched predicted words (the last occurrences) and gold words.
      const fpLeft = new Map<string, number>();
      for (const w of m.fpWords) fpLeft.set(w, (fpLeft.get(w) ?? 0) + 1);
      for (const w of [...predWords].reverse()) {
        const n = fpLeft.get(w.word) ?? 0;
        if (n > 0) {
          fpLeft.set(w.word, n - 1);
          res.errors.add(wordMetric, 'fp', w.word, `${biased ? '' : '(non-biased) '}${contextSnippet(text, w)}`);
        }
      }
      const textWords = wordsWithOffsets(text);
      for (const w of m.fnWords) {
        const at = textWords.find((t) => t.word === w);
        if (!at) goldNotVerbatim += 1;
        res.errors.add(wordMetric, 'fn', w, at ? contextSnippet(text, at) : `(not verbatim) ${contextSnippet(text, { start: 0, end: 0 })}`);
      }
    }
    res.dropped = drop.count;
    const nPos = labels.filter(Boolean).length;
    res.rows.push({
      metric: `${prefix}.auc`,
      value: rocAuc(scores, labels),
      counts: { n: labels.length, biased: nPos, non_biased: labels.length - nPos, dropped: drop.count },
      notes: 'score = sum of loaded-finding weights per sentence; rank (Mann-Whitney) AUC, ties 0.5',
    });
    const b = binaryF1(labels, anyPred);
    res.rows.push({ metric: `${prefix}.any_f1`, value: b.f1, counts: { TP: b.tp, FP: b.fp, FN: b.fn, TN: b.tn } });
    const w = prfFromCounts(tp, fp, fn);
    res.rows.push({
      metric: wordMetric,
      value: w.f1,
      counts: { TP: tp, FP: fp, FN: fn },
      notes: `multiset words per sentence, micro; ${goldWordsDiscarded} biased_words of non-biased sentences not used as gold; ${goldNotVerbatim} unmatched gold word(s) not in the text`,
    });
    res.rows.push({ metric: `${prefix}.word_precision`, value: w.precision, counts: { TP: tp, FP: fp } });
    res.rows.push({ metric: `${prefix}.word_recall`, value: w.recall, counts: { TP: tp, FN: fn } });
  });
}

// ---------------------------------------------------------------------------------------------
// Loaded terms: BASIL (basil.jsonl)

/** BASIL lexical-bias span recall, precision lower bound, triplet order agreement and Spearman. */
export function evaluateBasil(file: string): CorpusResult {
  return timed('basil', file, (res) => {
    const drop = new Dropper();
    const parts: CueCounts[] = [];
    const byTriplet = new Map<string, DensityPair[]>();
    const predD: number[] = [];
    const goldD: number[] = [];
    const authorParts: CueCounts[] = [];
    const stanceParts: CueCounts[] = [];
    let voiceChecked = 0;
    let voiceAgree = 0;
    let titleLex = 0;
    for (const { line, value: rec } of records(file)) {
      const F = new Fields(file, line);
      const text = F.string(rec, 'text');
      const triplet = F.string(rec, 'triplet');
      const gold: Array<GoldSpan & { quote: boolean }> = [];
      F.array(rec, 'spans').forEach((raw, i) => {
        const o = F.object(raw, `spans[${i}]`);
        if (o['bias'] === 'lex') gold.push({ ...F.span(o, `spans[${i}]`), quote: o['quote'] === true });
      });
      if (Array.isArray(rec['title_spans'])) titleLex += rec['title_spans'].filter((s) => typeof s === 'object' && s !== null && (s as Record<string, unknown>)['bias'] === 'lex').length;
      res.records += 1;
      const a = analyze(text);
      const pred = findingSpans(a, 'loaded').filter((s) => drop.keep(s, text.length));
      const m = cueMatch(pred, gold);
      parts.push(m);
      // word choice as the library reports it: loaded terms, and the reporting verbs whose stance is not neutral
      const stanced = a.findings.filter((f) => f.marker === 'attribution' && f.category !== 'neutral' && f.position !== 'title' && drop.keep(f, text.length));
      stanceParts.push(cueMatch([...pred, ...stanced].sort((x, y) => x.start - y.start || x.end - y.end), gold));
      m.predOutcome.forEach((o, i) => {
        const p = pred[i]!;
        if (o === 'fp') res.errors.add('loaded.basil.lex_precision_lower_bound', 'fp', text.slice(p.start, p.end), contextSnippet(text, p, a.sentences));
      });
      // the author's voice: BASIL marks whether each gold span lies inside a quotation
      const authorGold = gold.filter((g) => g.quote !== true);
      const authorPred = a.findings.filter((f) => f.marker === 'loaded' && f.position !== 'title' && f.voice === 'author' && drop.keep(f, text.length));
      const am = cueMatch(authorPred, authorGold);
      authorParts.push(am);
      am.predOutcome.forEach((o, i) => {
        const p = authorPred[i]!;
        if (o === 'fp') res.errors.add('loaded.basil.author_precision_lower_bound', 'fp', text.slice(p.start, p.end), contextSnippet(text, p, a.sentences));
      });
      for (const f of a.findings) {
        if (f.marker !== 'loaded' || f.position === 'title') continue;
        const g = gold.find((x) => overlaps(f, x));
        if (g === undefined) continue;
        voiceChecked += 1;
        if ((f.voice === 'author') === (g.quote !== true)) voiceAgree += 1;
        else res.errors.add('loaded.basil.voice_agreement', 'fp', `${f.text} (${f.voice}; gold ${g.quote === true ? 'quoted' : 'author'})`, contextSnippet(text, f, a.sentences));
      }
      gold.forEach((g, i) => {
        if (!m.goldRecalled[i]) res.errors.add('loaded.basil.lex_recall', 'fn', goldText(text, g), contextSnippet(text, g, a.sentences));
      });
      const words = a.counts.words;
      const d: DensityPair = { pred: safeDiv(pred.length * 1000, words), gold: safeDiv(gold.length * 1000, words) };
      predD.push(d.pred);
      goldD.push(d.gold);
      const list = byTriplet.get(triplet) ?? [];
      list.push(d);
      byTriplet.set(triplet, list);
    }
    res.dropped = drop.count;
    const c = sumCueMatches(parts);
    res.rows.push({
      metric: 'loaded.basil.lex_recall',
      value: c.recall,
      counts: { recalled: c.recalled, FN: c.fn, gold: c.gold, articles: res.records, dropped: drop.count },
      notes: `gold = body spans with bias "lex" (${titleLex} title lex span(s) not scored: the title is not analysed)`,
    });
    res.rows.push({
      metric: 'loaded.basil.lex_precision_lower_bound',
      value: c.precision,
      counts: { TP: c.tp, FP: c.fp },
      notes: 'lower bound: BASIL marks only bias aimed at the main entities',
    });
    const sc = sumCueMatches(stanceParts);
    res.rows.push({
      metric: 'loaded.basil.word_choice_recall',
      value: sc.recall,
      counts: { recalled: sc.recalled, FN: sc.fn, gold: sc.gold, TP: sc.tp, FP: sc.fp },
      notes: 'predicted = loaded findings plus the cues of attributions whose stance is not neutral ("insisted", "vowed", "claimed"): the word choices framelens reports, in two families',
    });
    res.rows.push({ metric: 'loaded.basil.word_choice_precision_lower_bound', value: sc.precision, counts: { TP: sc.tp, FP: sc.fp } });
    const ac = sumCueMatches(authorParts);
    res.rows.push({
      metric: 'loaded.basil.author_precision_lower_bound',
      value: ac.precision,
      counts: { TP: ac.tp, FP: ac.fp, gold_outside_quotes: ac.gold },
      notes: 'loaded findings in the author\'s voice against gold lex spans outside quotations (BASIL quote: false); a lower bound like lex_precision_lower_bound',
    });
    res.rows.push({
      metric: 'loaded.basil.voice_agreement',
      value: safeDiv(voiceAgree, voiceChecked),
      counts: { agree: voiceAgree, checked: voiceChecked },
      notes: 'loaded findings that overlap a gold lex span: voice author exactly when the gold span is outside quotations',
    });
    const oa = orderAgreement([...byTriplet.values()]);
    res.rows.push({
      metric: 'loaded.basil.order_agreement',
      value: oa.agreement,
      counts: { agree: oa.agree, pairs: oa.pairs, pred_ties: oa.predTies, gold_ties_skipped: oa.goldTies, triplets: byTriplet.size },
      notes: 'density = per 1,000 counts.words; gold ties skipped, predicted ties disagree (chance 0.5)',
    });
    res.rows.push({ metric: 'loaded.basil.spearman', value: spearman(predD, goldD), counts: { n: predD.length } });
  });
}

// ---------------------------------------------------------------------------------------------
// Loaded terms: PTC (ptc.jsonl)

/** PTC techniques scored as loaded terms. */
export const PTC_TECHNIQUES: ReadonlySet<string> = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

/** SemEval-2020 span P/R/F1 of loaded findings against PTC Loaded_Language + Name_Calling,Labeling. */
export function evaluatePtc(file: string): CorpusResult {
  return timed('ptc', file, (res) => {
    const drop = new Dropper();
    const articles: Array<{ pred: Interval[]; gold: Interval[] }> = [];
    let rawGold = 0;
    let rawPred = 0;
    for (const { line, value: rec } of records(file)) {
      const F = new Fields(file, line);
      const text = F.string(rec, 'text');
      const gold: Interval[] = [];
      F.array(rec, 'spans').forEach((raw, i) => {
        const o = F.object(raw, `spans[${i}]`);
        const t = F.string(o, 'technique', `spans[${i}].`);
        if (PTC_TECHNIQUES.has(t)) gold.push(F.span(o, `spans[${i}]`));
      });
      res.records += 1;
      const a = analyze(text);
      const pred: Interval[] = findingSpans(a, 'loaded').filter((s) => drop.keep(s, text.length));
      rawGold += gold.length;
      rawPred += pred.length;
      articles.push({ pred, gold });
      const S = mergeSpans(pred);
      const T = mergeSpans(gold);
      for (const s of S) if (!T.some((t) => overlaps(s, t))) res.errors.add('loaded.ptc.f1', 'fp', text.slice(s.start, s.end), contextSnippet(text, s, a.sentences));
      for (const t of T) if (!S.some((s) => overlaps(s, t))) res.errors.add('loaded.ptc.f1', 'fn', text.slice(t.start, t.end), contextSnippet(text, t, a.sentences));
    }
    res.dropped = drop.count;
    const m = semevalSpanPRF(articles);
    const counts = { S: m.predicted, T: m.gold, raw_pred: rawPred, raw_gold: rawGold, articles: res.records, dropped: drop.count };
    res.rows.push({
      metric: 'loaded.ptc.f1',
      value: m.f1,
      counts,
      notes: 'SemEval-2020 span formula, overlapping spans merged per article; S, T = merged predicted, gold spans; error strings list only spans with no overlap at all',
    });
    res.rows.push({ metric: 'loaded.ptc.precision', value: m.precision, counts: { S: m.predicted, sum_overlap_over_s: r3(m.precisionSum) } });
    res.rows.push({ metric: 'loaded.ptc.recall', value: m.recall, counts: { T: m.gold, sum_overlap_over_t: r3(m.recallSum) } });
  });
}

// ---------------------------------------------------------------------------------------------
// Registry

/** Every corpus, in report order. */
export const CORPORA: readonly CorpusSpec[] = [
  { id: 'hedges-factbank', groups: ['hedges', 'factbank'], file: 'hedges-factbank.jsonl', metricPrefix: 'hedge.factbank.', evaluate: (f) => evaluateHedges(f, 'hedges-factbank', 'hedge.factbank') },
  { id: 'hedges-wiki', groups: ['hedges', 'wiki'], file: 'hedges-wiki.jsonl', metricPrefix: 'hedge.wiki.', evaluate: (f) => evaluateHedges(f, 'hedges-wiki', 'hedge.wiki') },
  { id: 'polnear', groups: ['attribution'], file: 'polnear.jsonl', metricPrefix: 'attribution.polnear.', evaluate: evaluatePolnear },
  { id: 'babe', groups: ['loaded'], file: 'babe.jsonl', metricPrefix: 'loaded.babe.', evaluate: (f) => evaluateBabe(f, 'babe', 'loaded.babe') },
  { id: 'babe-sg1', groups: ['babe', 'loaded'], file: 'babe-sg1.jsonl', metricPrefix: 'loaded.babe_sg1.', evaluate: (f) => evaluateBabe(f, 'babe-sg1', 'loaded.babe_sg1') },
  { id: 'mbic', groups: ['babe', 'loaded'], file: 'mbic.jsonl', metricPrefix: 'loaded.mbic.', evaluate: (f) => evaluateBabe(f, 'mbic', 'loaded.mbic') },
  { id: 'basil', groups: ['loaded'], file: 'basil.jsonl', metricPrefix: 'loaded.basil.', evaluate: evaluateBasil },
  { id: 'ptc', groups: ['loaded'], file: 'ptc.jsonl', metricPrefix: 'loaded.ptc.', evaluate: evaluatePtc },
];

/** Every name `--only` accepts: corpus ids and group names. */
export function selectorNames(): string[] {
  const names = new Set<string>();
  for (const c of CORPORA) {
    names.add(c.id);
    for (const g of c.groups) names.add(g);
  }
  return [...names].sort();
}

/** The corpora matching any of the selectors (corpus id or group), in report order. */
export function selectCorpora(selectors: readonly string[] | null): CorpusSpec[] {
  if (!selectors) return [...CORPORA];
  return CORPORA.filter((c) => selectors.includes(c.id) || c.groups.some((g) => selectors.includes(g)));
}

/**
 * Runs one corpus on a data folder.
 *
 * @param half - read only the even or odd records (0-based), or all (null)
 */
export function runCorpus(spec: CorpusSpec, dataDir: string, half: Half = null): CorpusResult {
  currentHalf = half;
  try {
    return spec.evaluate(path.join(dataDir, spec.file));
  } finally {
    currentHalf = null;
  }
}
