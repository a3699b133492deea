/**
 * The batch runner behind `analyzeMany()` and the CLI's `--jobs`: tasks in, results out in input
 * order, on a pool of worker threads or in this thread. It imports no part of the library itself
 * (the caller passes `analyze` and `summarize`), so that the command, which loads the library from
 * the built package, bundles no second copy of it.
 */
import { ordered } from './ordered';
import { openPool, type Pool } from './pool';
import { runTask, type BatchSettings, type ManyTask, type TaskLibrary, type TaskResult } from './task';

/** Items at most in flight per thread (the window of the back-pressure). */
export const PER_THREAD = 4;

/**
 * Run the tasks of a batch in order: on a pool of `concurrency` threads (started by the first task)
 * when workers are available and `concurrency` > 1, else in this thread. Results come in input order; at most a few items per
 * thread are in flight, and the next item is read only when the consumer has taken a result. A
 * `null` task (an item the caller passes through without analysis) gives a `null` result in its
 * place. `lib` is the library the tasks run with in this thread (a worker uses the built package's).
 *
 * @example
 * ```ts
 * for await (const r of runBatch(tasks, { options: {}, output: 'summary-json' }, 2, { analyze, summarize })) process.stdout.write(`${r?.ok ? r.value : ''}\n`);
 * ```
 */
export async function* runBatch<T extends ManyTask | null>(tasks: Iterable<T> | AsyncIterable<T>, settings: BatchSettings, concurrency: number, lib: TaskLibrary): AsyncGenerator<T extends null ? TaskResult | null : TaskResult> {
  type R = T extends null ? TaskResult | null : TaskResult;
  const here = (t: ManyTask): TaskResult => runTask(t, settings, lib);
  if (concurrency <= 1) {
    for await (const t of tasks) yield (t === null ? null : here(t)) as R;
    return;
  }
  // the pool is started by the first task (a batch of summaries passed through needs none); where
  // workers are not available the tasks run here, one by one
  let pool: Promise<Pool | null> | null = null;
  const start = async (t: T): Promise<R> => {
    if (t === null) return null as R;
    pool ??= openPool(concurrency, settings);
    const p = await pool;
    return (p === null ? here(t) : await p.run(t)) as R;
  };
  try {
    yield* ordered(tasks, start, concurrency * PER_THREAD);
  } finally {
    // (assigned by start(), which TypeScript does not follow)
    const p = await (pool as Promise<Pool | null> | null);
    await p?.close();
  }
}

