/**
 * The ordered window: results in input order whatever order they finish in, each as soon as it and
 * those before it are done (a paused input still gets its finished results), never more than the
 * window in flight.
 */
import { ordered } from '../../src/many/ordered';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('ordered', () => {
  test('input order, whatever the finishing order; never more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    for await (const v of ordered(
      [50, 10, 30, 0, 20, 40],
      async (ms, k) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await delay(ms);
        inFlight -= 1;
        return k * 100 + ms;
      },
      3,
    ))
      out.push(v);
    expect(out).toEqual([50, 110, 230, 300, 420, 540]);
    expect(most).toBe(3);
  });

  test('a paused input: the finished result comes out before the next item arrives', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const events: string[] = [];
    async function* input(): AsyncGenerator<string> {
      yield 'first';
      events.push('waiting for input');
      await gate;
      yield 'second';
    }
    const it = ordered(input(), async (s) => `done ${s}`, 4)[Symbol.asyncIterator]();
    const first = await it.next();
    events.push(String(first.value));
    release();
    const second = await it.next();
    events.push(String(second.value));
    expect(events).toEqual(['waiting for input', 'done first', 'done second']);
    expect((await it.next()).done).toBe(true);
  });

  test('a consumer that stops early stops the input', async () => {
    let read = 0;
    let closed = false;
    function* endless(): Generator<number> {
      try {
        for (;;) yield (read += 1);
      } finally {
        closed = true;
      }
    }
    for await (const v of ordered(endless(), async (x) => x * 2, 2)) if (v === 6) break;
    expect(closed).toBe(true);
    expect(read).toBeLessThanOrEqual(3 + 2);
  });
});
