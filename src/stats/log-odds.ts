/**
 * Distinctive vocabulary: the weighted log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5).
 *
 * For a word w, group i (one article) and the rest j, with counts y, totals n and prior
 * pseudo-counts a_w (a0 = their sum):
 *
 *   delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
 *   var(delta_w) ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
 *   z_w = delta_w / sqrt(var)
 *
 * The prior is informative: a_w is proportional to the word's frequency in the pooled articles,
 * scaled so that a0 = `priorSize` (default: the pooled word count), which shrinks rare words towards
 * zero instead of over-weighting them as raw log-odds do.
 */
import { own } from '../util/records';

/**
 * One word's score (Monroe, Colaresi & Quinn 2008, weighted log-odds with an informative Dirichlet prior).
 *
 * @example
 * ```ts
 * compare(inputs).distinctive.find((d) => d.id === '004')?.terms[0];
 * // { term: 'CCP', count: 9, otherCount: 0, logOdds: 1.9, z: 1.43 }
 * ```
 */
export interface LogOddsTerm {
  /** The term: a lemma ("claim") or a proper noun as written ("CCP"). */
  term: string;
  /** Count in the group. */
  count: number;
  /** Count in the rest. */
  otherCount: number;
  /** delta_w: log-odds ratio, > 0 when the group uses the word more. */
  logOdds: number;
  /** delta_w / sd: > 1.96 is distinctive at about the 5% level for one word. */
  z: number;
}

/**
 * Score every word of `group` against `rest`.
 *
 * @param group - word counts of the group (one article)
 * @param rest - word counts of the other articles pooled
 * @param prior - prior counts (default: group + rest), scaled to `priorSize`
 * @example
 * ```ts
 * logOdds({ ccp: 8, china: 2 }, { china: 10, beijing: 4 }); // ccp: z ≈ 2.5, china: z ≈ -2.0
 * ```
 */
export function logOdds(
  group: Readonly<Record<string, number>>,
  rest: Readonly<Record<string, number>>,
  options: { prior?: Readonly<Record<string, number>>; priorSize?: number } = {},
): LogOddsTerm[] {
  const vocab = new Set([...Object.keys(group), ...Object.keys(rest)]);
  const sum = (r: Iterable<number>): number => {
    let s = 0;
    for (const v of r) s += v;
    return s;
  };
  const ni = sum(Object.values(group));
  const nj = sum(Object.values(rest));
  // own properties only, through a Map: a word may be "constructor" or "__proto__"
  const priorCounts = new Map<string, number>();
  if (options.prior !== undefined) for (const [w, v] of Object.entries(options.prior)) priorCounts.set(w, v);
  else for (const w of vocab) priorCounts.set(w, (own(group, w) ?? 0) + (own(rest, w) ?? 0));
  const priorTotal = sum(priorCounts.values());
  const a0 = options.priorSize ?? priorTotal;
  const out: LogOddsTerm[] = [];
  if (priorTotal <= 0 || a0 <= 0) return out;
  for (const w of vocab) {
    const t = logOddsTerm(w, own(group, w) ?? 0, own(rest, w) ?? 0, ni, nj, ((priorCounts.get(w) ?? 0) * a0) / priorTotal, a0);
    if (t !== null) out.push(t);
  }
  return out.sort(byZ);
}

/** Order of scored terms: highest z first, then alphabetical. */
export function byZ(x: LogOddsTerm, y: LogOddsTerm): number {
  return y.z - x.z || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
}

/**
 * One word's log-odds score from its counts: `yi` in the group of `ni` words, `yj` in the rest of
 * `nj` words, prior pseudo-count `aw` out of a prior of size `a0`. `null` when the prior gives the
 * word no mass.
 */
export function logOddsTerm(term: string, yi: number, yj: number, ni: number, nj: number, aw: number, a0: number): LogOddsTerm | null {
  if (!(aw > 0)) return null;
  const li = Math.log((yi + aw) / (ni + a0 - yi - aw));
  const lj = Math.log((yj + aw) / (nj + a0 - yj - aw));
  const delta = li - lj;
  const z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
  return Number.isFinite(z) ? { term, count: yi, otherCount: yj, logOdds: delta, z } : null;
}
