import { FramelensError } from '../../src/index';

/** Run `fn` and return the FramelensError it throws (fails the test when it throws nothing or something else). */
export function thrown(fn: () => unknown): FramelensError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FramelensError) return e;
    throw e;
  }
  throw new Error('expected a FramelensError');
}
