/**
 * The ordered window of a batch: items are started as they are read, at most `window` at a time,
 * and their results come out in input order. The next item is read only when the window has room
 * and the consumer has taken the oldest result, so an unbounded input is read no faster than it is
 * consumed (flat memory: at most `window` items and results are held).
 */

/**
 * Start `start(item, index)` for each item, at most `window` unfinished at a time, and yield the
 * results in input order. `start` must not reject (a failure is a result of its own).
 *
 * @example
 * ```ts
 * for await (const r of ordered([3, 1, 2], (x) => delay(x * 10).then(() => x), 2)) console.log(r); // 3, 1, 2
 * ```
 */
export async function* ordered<I, O>(items: Iterable<I> | AsyncIterable<I>, start: (item: I, index: number) => Promise<O>, window: number): AsyncGenerator<O> {
  const pending: Array<Promise<O>> = [];
  let index = 0;
  for await (const item of items) {
    pending.push(start(item, index));
    index += 1;
    if (pending.length >= window) yield await (pending.shift() as Promise<O>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<O>);
}
