/**
 * A short run of the property-test harness (`npm run fuzz` runs it at 100,000 texts): generated
 * hostile texts with random options, every result checked (exact spans within bounds, finite
 * numbers, plain JSON, same bytes twice and after other texts), compare() on sets of them, and bad
 * arguments to every public function.
 */
import * as framelens from '../src/index';
import { runBadArguments } from '../fuzz/arguments';
import { inputs, runTextFuzz } from '../fuzz/harness';

describe('property-test harness, short run', () => {
  test('bad arguments to every public function: a FramelensError with a stable code, nothing leaks', () => {
    const r = runBadArguments(framelens, 60, 7);
    expect(r.calls).toBeGreaterThan(2000);
    expect(r.problems).toEqual([]);
  });

  test('shards of a run cover exactly its inputs, each text once and the same text', () => {
    const cfg = { runs: 50, seed: 5, maxLong: 200, maxFragments: 5, batch: 7, compareEvery: 40, replayEvery: 10 };
    const whole = [...inputs(cfg)].map((i) => [i.index, i.text] as const);
    const shards = [0, 1, 2].map((index) => [...inputs({ ...cfg, shard: { index, count: 3 } })].map((i) => [i.index, i.text] as const));
    expect(shards.map((s) => s.length)).toEqual([21, 15, 14]);
    expect(shards.flat().sort((a, b) => a[0] - b[0])).toEqual(whole);
  });

  test('generated texts with random options: every invariant holds', () => {
    const r = runTextFuzz(framelens, { runs: 160, seed: 20240611, maxLong: 3000, maxFragments: 30, batch: 80, compareEvery: 40, replayEvery: 10 });
    expect(r.tally.inputs).toBe(160);
    expect(r.tally.spans).toBeGreaterThan(1000);
    expect(r.problems.map((p) => `${p.count}x ${p.first} <- #${p.input.index} ${JSON.stringify(p.input.text).slice(0, 120)}`)).toEqual([]);
  });
});
