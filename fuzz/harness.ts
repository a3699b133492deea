/**
 * The property-test harness: generated texts with random options through `analyze()` and
 * `compare()`, each result checked (see `check.ts`), and determinism asserted: the same bytes when a
 * text is analysed twice in a row, after other texts, and (in `run.ts`) in another process in
 * reverse order. Inputs come from a fixed seed in batches, so a run is reproducible and its memory
 * stays flat. Problems are collected, not thrown: a run reports every kind of defect it met, each
 * with its first input.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import type { AnalyzeOptions, ArticleAnalysis } from '../src/index';
import type { Api } from './arguments';
import { checkAnalysis, checkComparison, checkPlainJson, newTally, prototypeKeys, type Tally } from './check';
import { analyzeOptions } from './options';
import { articleText, type TextOptions } from './texts';

/** Configuration of a run. */
export interface FuzzConfig extends TextOptions {
  /** How many texts. */
  runs: number;
  seed: number;
  /** Texts per generated batch (batch b uses seed `seed + b`). */
  batch: number;
  /** Every this many texts, compare() the last few analyses (and their texts). */
  compareEvery: number;
  /** Every this many texts, re-analyse an earlier text at the end of the run and expect the same bytes. */
  replayEvery: number;
  /**
   * Run only the batches `b` with `b % count === index` (0-based): the shards of one run, each in its
   * own process, together cover the same inputs as the whole run (the cores of a machine, or several).
   */
  shard?: { index: number; count: number };
}

/** One generated input. */
export interface FuzzInput {
  index: number;
  text: string;
  options: AnalyzeOptions | undefined;
}

/** The inputs of a run, batch by batch (the same for the same config). */
export function* inputs(cfg: FuzzConfig): Generator<FuzzInput> {
  const arb = articleText(cfg).chain((text) => fc.tuple(fc.constant(text), analyzeOptions(text)));
  const shard = cfg.shard ?? { index: 0, count: 1 };
  for (let b = 0; b * cfg.batch < cfg.runs; b += 1) {
    if (b % shard.count !== shard.index) continue;
    let index = b * cfg.batch;
    const n = Math.min(cfg.batch, cfg.runs - index);
    for (const [text, options] of fc.sample(arb, { seed: cfg.seed + b, numRuns: n })) {
      yield { index, text, options };
      index += 1;
    }
  }
}

/** A problem of one kind (its message with numbers blanked), how often, and its first input. */
export interface ProblemKind {
  kind: string;
  count: number;
  first: string;
  input: { index: number; text: string; options: string };
}

/** The result of a run. */
export interface FuzzReport {
  tally: Tally;
  problems: ProblemKind[];
  /** sha1 of the plain `analyze(text)` JSON of every `replayEvery`-th input, by index (for the cross-process check). */
  hashes: Map<number, string>;
}

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e);
}

/** Run the text harness. `onProgress` is called every batch with the texts done and the problems so far. */
export function runTextFuzz(api: Api, cfg: FuzzConfig, onProgress?: (done: number, tally: Tally, problems: number) => void): FuzzReport {
  const tally = newTally();
  const kinds = new Map<string, ProblemKind>();
  const protoBefore = prototypeKeys();
  const report = (input: FuzzInput, message: string): void => {
    const kind = message.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 160);
    const k = kinds.get(kind);
    if (k !== undefined) k.count += 1;
    else kinds.set(kind, { kind, count: 1, first: message, input: { index: input.index, text: input.text.slice(0, 300), options: JSON.stringify(input.options)?.slice(0, 300) ?? 'undefined' } });
  };
  const recent: Array<{ input: FuzzInput; analysis: ArticleAnalysis }> = [];
  const replay: Array<{ input: FuzzInput; json: string }> = [];
  const hashes = new Map<number, string>();
  for (const input of inputs(cfg)) {
    tally.inputs += 1;
    const { text, options } = input;
    const title = options?.title;
    let json = '';
    try {
      const plainBefore = options?.lexicons !== undefined ? JSON.stringify(api.analyze(text)) : null;
      const a = api.analyze(text, options);
      tally.analyses += 1;
      json = JSON.stringify(a);
      for (const p of checkAnalysis(text, title, a, json, tally)) report(input, p);
      const again = JSON.stringify(api.analyze(text, options));
      tally.analyses += 1;
      if (again !== json) report(input, 'analysed twice in a row, the JSON differs');
      if (plainBefore !== null) {
        const plainAfter = JSON.stringify(api.analyze(text));
        tally.analyses += 2;
        if (plainAfter !== plainBefore) report(input, 'a call with custom lexicons changed the result of a later call without them');
      }
      if (input.index % cfg.replayEvery === 0) {
        const plain = options === undefined ? json : JSON.stringify(api.analyze(text));
        replay.push({ input, json: plain });
        hashes.set(input.index, sha1(plain));
      }
      recent.push({ input, analysis: a });
      if (recent.length > 6) recent.shift();
    } catch (e) {
      if (e instanceof api.FramelensError) tally.rejectedOptions += 1;
      report(input, `analyze threw ${describeError(e)}`);
    }
    if (prototypeKeys() !== protoBefore) report(input, 'Object.prototype changed');
    if (input.index % cfg.compareEvery === cfg.compareEvery - 1 && recent.length > 0) compareRecent(api, recent, tally, report);
    if (onProgress !== undefined && (input.index + 1) % cfg.batch === 0) onProgress(tally.inputs, tally, [...kinds.values()].reduce((n, k) => n + k.count, 0));
  }
  // the same texts after everything else: the same bytes
  for (const r of replay) {
    if (JSON.stringify(api.analyze(r.input.text)) !== r.json) report(r.input, 'analysed again after other texts, the JSON differs');
    tally.analyses += 1;
  }
  return { tally, problems: [...kinds.values()].sort((x, y) => y.count - x.count), hashes };
}

function compareRecent(api: Api, recent: ReadonlyArray<{ input: FuzzInput; analysis: ArticleAnalysis }>, tally: Tally, report: (i: FuzzInput, m: string) => void): void {
  const last = recent[recent.length - 1] as { input: FuzzInput; analysis: ArticleAnalysis };
  const analyses = recent.map((r, k) => ({ ...r.analysis, id: `article-${k}` }));
  try {
    const c = api.compare(analyses);
    tally.comparisons += 1;
    const json = JSON.stringify(c);
    for (const p of checkComparison(c, json)) report(last.input, `compare: ${p}`);
    if (JSON.stringify(api.compare(analyses)) !== json) report(last.input, 'compare() twice gives different JSON');
    // raw records with plain options: the same as compare() of their plain analyses
    const records = recent.map((r, k) => ({ id: `article-${k}`, text: r.input.text }));
    const fromText = JSON.stringify(api.compare(records));
    const fromAnalyses = JSON.stringify(api.compare(records.map((r) => api.analyze(r.text, { id: r.id }))));
    tally.comparisons += 3;
    if (fromText !== fromAnalyses) report(last.input, 'compare() of records differs from compare() of their analyses');
  } catch (e) {
    report(last.input, `compare threw ${describeError(e)}`);
  }
  aggregateRecent(api, analyses, tally, (m) => report(last.input, m));
}

/**
 * Corpus profiles of the same analyses: summaries with outlets, events and dates spread over them,
 * aggregated in one pass and in three shuffled shards merged in another order, must give the same
 * aggregate and profile bytes, plain finite JSON.
 */
function aggregateRecent(api: Api, analyses: readonly ArticleAnalysis[], tally: Tally, report: (m: string) => void): void {
  try {
    const summaries = analyses.map((a, k) => api.summarize(a, { outlet: `outlet-${k % 3}`, event: `event-${k % 4}`, date: `2024-0${1 + (k % 3)}-15` }));
    const options = { by: ['outlet', 'month'], event: 'event' } as const;
    const whole = api.aggregate(summaries, options);
    const shards = [0, 1, 2].map((s) => api.aggregate(summaries.filter((_x, k) => (k * 7 + 3) % 3 === s).reverse(), options));
    const merged = api.mergeAggregates(api.mergeAggregates(shards[2] as typeof whole, shards[0] as typeof whole), shards[1] as typeof whole);
    const json = JSON.stringify(api.profile(whole));
    tally.comparisons += 1;
    if (JSON.stringify(merged) !== JSON.stringify(whole)) report('aggregate of shuffled shards differs from one pass');
    if (JSON.stringify(api.profile(merged)) !== json) report('profile of merged shards differs from one pass');
    for (const p of [...checkPlainJson(JSON.parse(json)), ...checkPlainJson(summaries)]) report(`profile: ${p}`);
  } catch (e) {
    report(`corpus profile threw ${describeError(e)}`);
  }
}

/** sha1 of the plain analysis of the inputs with these indices, analysed in the given order. */
export function hashesOf(api: Api, cfg: FuzzConfig, indices: readonly number[]): Map<number, string> {
  const wanted = new Set(indices);
  const texts = new Map<number, string>();
  for (const input of inputs(cfg)) if (wanted.has(input.index)) texts.set(input.index, input.text);
  const out = new Map<number, string>();
  for (const i of indices) out.set(i, sha1(JSON.stringify(api.analyze(texts.get(i) ?? ''))));
  return out;
}
