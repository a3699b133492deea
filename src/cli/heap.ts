/**
 * The command's heap policy. V8 lets a heap grow to several times its live size after each full
 * collection when a program allocates fast, and analysis allocates fast: on 2,000 Brown records one
 * analysing thread reached an RSS of 353 MB over a live heap of 56 MB. The command bounds the growth
 * to 20% over the live size (`--heap-growing-percent=20`, process-wide, so its worker threads too):
 * the same run peaked at 205 MB, and `analyze --format summary --jobs 2` at 390 instead of 542 MB,
 * in the same time within the run-to-run spread (full collections of a heap this small are short).
 * A flag the user gave node (`node --heap-growing-percent=N framelens …`) wins. The library never
 * changes its host process's flags; this is the command's choice for its own process.
 */
import { setFlagsFromString } from 'node:v8';

/** The heap growth the command runs with: (1 + 20/100) times the live size after a full collection. */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Bound this process's heap growth, unless node was started with its own `--heap-growing-percent`.
 *
 * @param execArgv - node's own flags (`process.execArgv`)
 * @returns true when the bound was set here
 * @example
 * ```ts
 * boundHeapGrowth(process.execArgv); // true, unless node got --heap-growing-percent
 * ```
 */
export function boundHeapGrowth(execArgv: readonly string[]): boolean {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent(=|$)/.test(a))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
