/**
 * The ordered window of a batch: items are started as they are read, at most `window` at a time,
 * and their results come out in input order, each as soon as it and those before it are done (a
 * stream that pauses, such as a pipe, still gets every finished result). The next item is read
 * only when the window has room, and nothing is read while the consumer has not taken the oldest
 * finished result, so an unbounded input is read no faster than it is consumed (flat memory: at
 * most `window` items and results are held).
 */

interface Slot<O> {
  promise: Promise<O>;
  done: boolean;
  value: O | undefined;
}

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
  const it: Iterator<I> | AsyncIterator<I> = Symbol.asyncIterator in items ? (items as AsyncIterable<I>)[Symbol.asyncIterator]() : (items as Iterable<I>)[Symbol.iterator]();
  const pending: Array<Slot<O>> = [];
  let next: Promise<IteratorResult<I>> | null = null;
  let ended = false;
  let index = 0;
  try {
    for (;;) {
      while (pending.length > 0 && (pending[0] as Slot<O>).done) yield (pending.shift() as Slot<O>).value as O;
      if (ended && pending.length === 0) return;
      if (!ended && next === null && pending.length < window) next = Promise.resolve(it.next());
      const head = pending[0];
      const item = next;
      // whichever comes first: the oldest result, or the next item to start
      const first = await Promise.race([...(head !== undefined ? [head.promise.then(() => 'result' as const)] : []), ...(item !== null ? [item.then(() => 'item' as const)] : [])]);
      if (first === 'item' && item !== null) {
        const r = await item;
        next = null;
        if (r.done === true) {
          ended = true;
          continue;
        }
        const slot: Slot<O> = { promise: start(r.value, index), done: false, value: undefined };
        index += 1;
        slot.promise = slot.promise.then((v) => {
          slot.done = true;
          slot.value = v;
          return v;
        });
        pending.push(slot);
      }
    }
  } finally {
    if (!ended) await it.return?.();
  }
}
