/**
 * `--jobs N`: the CLI's analyses on a pool of worker threads (`analyzeMany`'s batch runner), in
 * input order, so that every output is the same bytes whatever N is. `--jobs 1` analyses in the
 * command's own thread; the default is the number of cores.
 */
import { FramelensError } from '../errors.js';
import type { BaseAnalyzeOptions } from './aggregate.mjs';
import type { CorpusItem } from './corpus-inputs.js';
import type { ArticleSummary } from '../corpus/summary-types.js';
import type { ArticleAnalysis } from '../types.js';
import { InputError, type InputRecord } from './inputs.js';
// the library from the built package (external in the command's bundle), the batch runner bundled
import { analyze, summarize } from '../index.js';
import { runBatch } from '../many/batch.js';
import { coreCount } from '../many/pool.js';
import type { ManyTask, TaskOutput, TaskResult } from '../many/task.js';

/** The largest `--jobs` (as `analyzeMany`'s concurrency). */
export const MAX_JOBS = 256;

/**
 * The value of `--jobs`: a whole number from 1 to {@link MAX_JOBS}, or the number of cores when absent.
 *
 * @throws FramelensError `E_OPTIONS` naming the flag and the value found
 * @example
 * ```ts
 * await jobsOf('3');       // 3
 * await jobsOf(undefined); // 2 on a two-core machine
 * ```
 */
export async function jobsOf(value: string | undefined): Promise<number> {
  if (value === undefined) return coreCount();
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_JOBS) {
    throw new FramelensError('E_OPTIONS', `expected --jobs to be a whole number from 1 to ${MAX_JOBS}, instead found ${JSON.stringify(value)}`, '--jobs');
  }
  return n;
}

/** A record as a task (the record's own options; the batch's come with the pool). */
function taskOf(r: InputRecord, meta?: ManyTask['meta']): ManyTask {
  const t: ManyTask = { text: r.text, id: r.id, outlet: r.outlet };
  if (r.title !== undefined) t.title = r.title;
  if (meta !== undefined) t.meta = meta;
  return t;
}

/**
 * Every record's analysis, in input order, with `jobs` threads (for the formats written at the
 * end: table, md, csv, json, html, and `compare`).
 *
 * @throws FramelensError of the first record that cannot be analysed (as `analyze()` throws it)
 * @example
 * ```ts
 * const analyses = await analyseAll(records, { markers: ['loaded'] }, 2);
 * ```
 */
export async function analyseAll(records: readonly InputRecord[], base: BaseAnalyzeOptions, jobs: number, tick: () => void = () => undefined): Promise<ArticleAnalysis[]> {
  const out: ArticleAnalysis[] = [];
  for await (const { record, result } of analyseRecords(records, base, Math.min(jobs, Math.max(1, records.length)), 'analysis')) {
    tick();
    if (!result.ok) {
      const { code, message } = result.error;
      const text = `${record.origin}: ${message.replace(/^framelens: /, '')}`;
      throw code === 'E_WORKER' || code === 'E_INTERNAL' ? new Error(text) : new FramelensError(code, text);
    }
    const a = result.value as ArticleAnalysis;
    // the input's own warnings (an HTML page read without Readability) after the text's
    if (record.warnings !== undefined) a.warnings.push(...record.warnings);
    out.push(a);
  }
  return out;
}

/**
 * Analyse records in input order with `jobs` threads: each record with its result (the analysis,
 * or its JSON, or an item error). Records are read from `records` only as results are taken.
 *
 * @example
 * ```ts
 * for await (const { record, result } of analyseRecords(records, {}, 2, 'analysis-json')) if (result.ok) out.write(`${result.value}\n`);
 * ```
 */
export async function* analyseRecords(records: AsyncIterable<InputRecord> | Iterable<InputRecord>, base: BaseAnalyzeOptions, jobs: number, output: Extract<TaskOutput, 'analysis' | 'analysis-json-run'>): AsyncGenerator<{ record: InputRecord; result: TaskResult }> {
  const queue: InputRecord[] = [];
  async function* tasks(): AsyncGenerator<ManyTask> {
    for await (const r of records) {
      queue.push(r);
      yield taskOf(r);
    }
  }
  // (base was checked by the command: markers by name, lexicon files validated)
  for await (const result of runBatch(tasks(), { options: base, output }, jobs, { analyze, summarize })) {
    const record = queue.shift() as InputRecord;
    if (result.ok && output === 'analysis-json-run' && record.warnings !== undefined) {
      const a = JSON.parse(result.value as string) as ArticleAnalysis;
      a.warnings.push(...record.warnings);
      yield { record, result: { ok: true, value: JSON.stringify(a) } };
    } else yield { record, result };
  }
}

/**
 * The map step of `aggregate` and `analyze --format summary` on `jobs` threads: articles are
 * analysed and summarised by the pool, analyses and summaries pass through, all in input order.
 *
 * @example
 * ```ts
 * for await (const s of pooledMap(2)(readCorpus(['corpus.jsonl'], readOptions), {})) if (!(s instanceof InputError)) acc.addSummary(s);
 * ```
 */
export function pooledMap(jobs: number): (items: AsyncIterable<CorpusItem | InputError>, base: BaseAnalyzeOptions) => AsyncIterable<ArticleSummary | InputError> {
  return async function* (items, base) {
    // items that need no analysis pass through the batch as null tasks, in their place
    const queue: Array<CorpusItem | InputError> = [];
    async function* tasks(): AsyncGenerator<ManyTask | null> {
      for await (const item of items) {
        queue.push(item);
        yield !(item instanceof InputError) && item.kind === 'article' ? taskOf(item.record, item.meta) : null;
      }
    }
    for await (const result of runBatch(tasks(), { options: base, output: 'summary' }, jobs, { analyze, summarize })) {
      const item = queue.shift() as CorpusItem | InputError;
      if (item instanceof InputError) yield item;
      else if (item.kind === 'summary') yield item.summary;
      else if (item.kind === 'analysis') {
        try {
          yield summarize(item.analysis, item.meta);
        } catch (e) {
          if (!(e instanceof FramelensError)) throw e;
          yield new InputError(`${item.origin}: ${e.message.replace(/^framelens: /, '')}`, item.origin, e.code);
        }
      } else if (result === null) throw new Error('framelens: an article was passed through unanalysed');
      else if (result.ok) yield result.value as ArticleSummary;
      else yield new InputError(`${item.record.origin}: ${result.error.message.replace(/^framelens: /, '')}`, item.record.origin, result.error.code);
    }
  };
}
