/**
 * One item of a batch, analysed: the work a pool worker does, and the same work in the calling
 * thread when there is no pool, so that both give the same bytes. It reads the library through the
 * functions it is given (a worker passes those of the built package it loads), and never throws:
 * a problem with the item becomes an error result for that item.
 */
import type { AnalyzeOptions } from '../analyze';
import type { ArticleSummary, SummaryMeta } from '../corpus/summary-types';
import type { FramelensErrorCode } from '../errors';
import type { ArticleAnalysis } from '../types';

/**
 * What a task returns: the analysis, its JSON, its JSON with `markers` holding only the families
 * run (as the CLI writes it), the article's summary, or the summary's JSON.
 */
export type TaskOutput = 'analysis' | 'analysis-json' | 'analysis-json-run' | 'summary' | 'summary-json';

/** The options of every item of a batch (the per-article ones come with the item). */
export type BatchOptions = Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'>;

/** One item as a task: the text and the article's own options. */
export interface ManyTask {
  /** The text (anything: a non-string gives an `E_TEXT_TYPE` error result). */
  text: unknown;
  /** The article's id. */
  id?: string;
  /** The article's outlet. */
  outlet?: string;
  /** The article's headline. */
  title?: string;
  /** For summaries: the summary's meta (see `summarize()`). */
  meta?: SummaryMeta;
}

/** What every task of a batch shares. */
export interface BatchSettings {
  /** The analysis options. */
  options: BatchOptions;
  /** What each task returns. */
  output: TaskOutput;
}

/**
 * Codes of an item's error: a {@link FramelensErrorCode} for a bad item (`E_TEXT_TYPE`,
 * `E_TEXT_SIZE`, `E_OPTIONS` for a bad title or meta), `E_WORKER` when the worker analysing it
 * stopped (out of memory, killed), `E_INTERNAL` for an unexpected exception.
 */
export type ItemErrorCode = FramelensErrorCode | 'E_WORKER' | 'E_INTERNAL';

/** Why an item has no result. */
export interface ItemError {
  /** Stable code. */
  code: ItemErrorCode;
  /** The message (as a `FramelensError`'s, "framelens: expected …"). */
  message: string;
}

/** A task's result. */
export type TaskResult = { ok: true; value: ArticleAnalysis | ArticleSummary | string } | { ok: false; error: ItemError };

/** The library functions a task calls. */
export interface TaskLibrary {
  analyze: (text: string, options?: AnalyzeOptions) => ArticleAnalysis;
  summarize: (analysis: ArticleAnalysis, meta?: SummaryMeta) => ArticleSummary;
}

/**
 * Analyse one item (never throws).
 *
 * @example
 * ```ts
 * runTask({ text: 'Kirby said.', id: 'a' }, { options: {}, output: 'analysis-json' }, { analyze, summarize });
 * // { ok: true, value: '{"schemaVersion":"1","id":"a",…}' }
 * runTask({ text: 42 }, { options: {}, output: 'analysis' }, { analyze, summarize }).ok; // false (E_TEXT_TYPE)
 * ```
 */
export function runTask(task: ManyTask, settings: BatchSettings, lib: TaskLibrary): TaskResult {
  try {
    const o: AnalyzeOptions = { ...settings.options };
    if (task.id !== undefined) o.id = task.id;
    if (task.outlet !== undefined) o.outlet = task.outlet;
    if (task.title !== undefined) o.title = task.title;
    const a = lib.analyze(task.text as string, o);
    switch (settings.output) {
      case 'analysis':
        return { ok: true, value: a };
      case 'analysis-json':
        return { ok: true, value: JSON.stringify(a) };
      case 'analysis-json-run':
        return { ok: true, value: JSON.stringify({ ...a, markers: Object.fromEntries(a.markersRun.map((m) => [m, a.markers[m]])) }) };
      case 'summary':
        return { ok: true, value: lib.summarize(a, task.meta) };
      default:
        return { ok: true, value: JSON.stringify(lib.summarize(a, task.meta)) };
    }
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
}

/**
 * An exception as an item's error: a `FramelensError` keeps its code (recognised by name and code,
 * as a worker's copy of the class is not the caller's), anything else is `E_INTERNAL`.
 *
 * @example
 * ```ts
 * errorOf(new TypeError('x')); // { code: 'E_INTERNAL', message: 'framelens: unexpected TypeError: x' }
 * ```
 */
export function errorOf(e: unknown): ItemError {
  if (e instanceof Error && e.name === 'FramelensError' && typeof (e as { code?: unknown }).code === 'string') {
    return { code: (e as unknown as { code: FramelensErrorCode }).code, message: e.message };
  }
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'E_INTERNAL', message: `framelens: unexpected ${what}` };
}
