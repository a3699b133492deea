/**
 * The worker pool of a batch (Node only): piscina's threads, each loading the built package's
 * `worker.mjs` (next to the bundle this code is in) with the batch's settings as its `workerData`.
 * Everything Node-specific is loaded by `import()` of a computed name at run time, so that a browser
 * bundle contains none of it, and {@link openPool} gives `null` wherever workers are not available
 * (a browser, a runtime without `worker_threads`, the sources run without a build).
 */
import type { BatchSettings, ManyTask, TaskResult } from './task';

/** The URL of the bundle this code is in (`import.meta.url`, or `__filename` in the CommonJS bundle): defined by the build. */
declare const FRAMELENS_MODULE_URL: string | undefined;

/** A pool of worker threads running tasks of one batch. */
export interface Pool {
  /** Threads in the pool. */
  readonly threads: number;
  /** Run one task; never rejects (a worker that stops gives an `E_WORKER` result). */
  run(task: ManyTask): Promise<TaskResult>;
  /** Stop the threads. */
  close(): Promise<void>;
}

type PiscinaCtor = new (options: Record<string, unknown>) => { run(task: unknown): Promise<unknown>; destroy(): Promise<void>; on(event: 'error', listener: (e: unknown) => void): void };

/** Young-generation size of each worker thread, in MB (V8's two semi-spaces and new large-object space: 4 MB each). */
const WORKER_YOUNG_MB = 12;

/** `import()` of a name the bundler must not follow (Node built-ins and piscina stay out of browser bundles). */
const load = (name: string): Promise<unknown> => import(name);

/** True in Node (not in a browser or a web worker). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

/**
 * The machine's number of cores (1 outside Node).
 *
 * @example
 * ```ts
 * await coreCount(); // 2 on this machine
 * ```
 */
export async function coreCount(): Promise<number> {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: unknown } }).navigator;
  if (typeof nav?.hardwareConcurrency === 'number' && nav.hardwareConcurrency >= 1) return nav.hardwareConcurrency;
  if (!isNode()) return 1;
  try {
    const os = (await load('node:os')) as { availableParallelism?: () => number; cpus: () => unknown[] };
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  } catch {
    return 1;
  }
}

/** The worker file of the built package, or `null` when this code is not in a built bundle. */
async function workerFile(): Promise<URL | null> {
  if (typeof FRAMELENS_MODULE_URL === 'undefined' || typeof FRAMELENS_MODULE_URL !== 'string') return null;
  let base = FRAMELENS_MODULE_URL;
  if (!base.startsWith('file:')) {
    const url = (await load('node:url')) as { pathToFileURL: (p: string) => URL };
    base = url.pathToFileURL(base).href;
  }
  return new URL('./worker.mjs', base);
}

/**
 * A pool of `threads` workers for a batch, or `null` when workers are not available here.
 *
 * @example
 * ```ts
 * const pool = await openPool(2, { options: {}, output: 'analysis-json' });
 * if (pool !== null) { await pool.run({ text: 'Kirby said.' }); await pool.close(); }
 * ```
 */
export async function openPool(threads: number, settings: BatchSettings): Promise<Pool | null> {
  if (!isNode() || threads < 1) return null;
  const filename = await workerFile();
  if (filename === null) return null;
  let Piscina: PiscinaCtor;
  try {
    await load('node:worker_threads');
    Piscina = ((await load('piscina')) as { Piscina: PiscinaCtor }).Piscina;
  } catch {
    return null;
  }
  // the workers inherit this process's Node flags, unless they run code given on the command line
  // (`node -e`, `--input-type`): a worker started from a file refuses those, so it gets none
  const parentArgv = (globalThis as unknown as { process: { execArgv: string[] } }).process.execArgv;
  const inline = parentArgv.some((a) => /^(-e|-p|--eval|--print|--input-type)(=|$)/.test(a));
  // a worker that stops (an exception outside a task, process.exit, out of memory) fails the tasks it
  // held, which become E_WORKER results, and piscina starts another
  // a small young generation per thread: an analysis's garbage is short-lived, and V8's default
  // (semi-spaces growing to 16 MB, three per isolate) costs up to about 50 MB per thread for nothing
  // (`analyze --format summary --jobs 2` on 2,000 Brown records: the process's peak RSS 390 -> 296 MB
  // beside a heap-growth bound, the same time within the run-to-run spread)
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
  const pool = new Piscina({ filename: filename.href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, workerData: settings, resourceLimits, ...(inline ? { execArgv: [] } : {}) });
  pool.on('error', () => undefined);
  return {
    threads,
    run: (task) =>
      pool.run(task).then(
        (r) => r as TaskResult,
        (e: unknown) => ({ ok: false, error: { code: 'E_WORKER', message: `framelens: the worker analysing this item stopped (${e instanceof Error ? e.message : String(e)})` } }),
      ),
    close: () => pool.destroy(),
  };
}
