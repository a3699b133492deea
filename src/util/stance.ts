/**
 * The writer's stance: attribution counts per cue stance with a document's conventional verbs ("the
 * lawsuit alleges", `Attribution.conventional`) counted as neutral, since the writer had no neutral
 * verb to choose instead. Shared by `compare()` and the corpus measures.
 */
import type { Stance } from '../types';

/** Stances in report order. */
export const STANCE_ORDER: readonly Stance[] = ['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'];

/**
 * `byStance` with the conventional attributions of each stance moved to `neutral` (the total is kept).
 *
 * @param conventional - of `byStance`, the conventional ones per stance (absent: none, as in
 *   summaries written before the field existed)
 * @example
 * ```ts
 * writerStances({ neutral: 3, emphatic: 0, distancing: 2, endorsing: 0, accusing: 1 }, { neutral: 0, emphatic: 0, distancing: 1, endorsing: 0, accusing: 0 });
 * // { neutral: 4, emphatic: 0, distancing: 1, endorsing: 0, accusing: 1 }
 * ```
 */
export function writerStances(byStance: Readonly<Record<Stance, number>>, conventional?: Readonly<Partial<Record<Stance, number>>>): Record<Stance, number> {
  const out = { ...byStance };
  if (conventional === undefined) return out;
  for (const k of STANCE_ORDER) {
    if (k === 'neutral') continue;
    const c = Math.min(conventional[k] ?? 0, out[k]);
    out[k] -= c;
    out.neutral += c;
  }
  return out;
}
