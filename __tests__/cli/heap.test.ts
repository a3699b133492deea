import { boundHeapGrowth, HEAP_GROWING_PERCENT } from '../../src/cli/heap';

describe("the command's heap bound", () => {
  test('a --heap-growing-percent given to node wins, in either spelling', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=50'])).toBe(false);
    expect(boundHeapGrowth(['--max-old-space-size=900', '--heap_growing_percent=35'])).toBe(false);
  });

  test('otherwise the command sets its own bound (other flags do not count as one)', () => {
    expect(boundHeapGrowth(['--heap-growing'])).toBe(true);
    expect(boundHeapGrowth([])).toBe(true);
    expect(HEAP_GROWING_PERCENT).toBe(20);
  });
});
