/**
 * Pure metric functions of the framelens evaluation harness (no I/O, no library calls).
 *
 * Every definition follows `METRICS.md` of the evaluation data:
 * - spans are half-open `[start, end)` in UTF-16 code units; two spans overlap when they share at
 *   least one character (`a.start < b.end && b.start < a.end`);
 * - P = precision, R = recall, F1 = 2PR / (P + R). A ratio whose denominator is 0 is reported as 0
 *   (P, R, F1, agreement); a statistic that is undefined (AUC with no positive or no negative,
 *   Spearman with fewer than 2 points or a constant side) is `NaN`.
 *
 * @packageDocumentation
 */

/** A half-open character range `[start, end)`. */
export interface Interval {
  /** First character (inclusive). */
  start: number;
  /** One past the last character (exclusive). */
  end: number;
}

/**
 * A gold span for cue matching. A discontinuous span lists its `fragments`; it is matched fragment
 * by fragment (a prediction matches it when it overlaps any fragment), and still counts as ONE gold
 * item. An `ignored` gold span absorbs the predictions that overlap only ignored spans: they count
 * neither as TP nor as FP, and the ignored span is not a gold item for recall.
 */
export interface GoldSpan extends Interval {
  /** Fragments of a discontinuous span; when absent, `[start, end)` is the only fragment. */
  fragments?: readonly Interval[];
  /** True for a gold span whose type is not scored (e.g. `hypo_condition` hedge cues). */
  ignored?: boolean;
}

/** Precision, recall and F1. */
export interface PRF {
  /** Precision in [0, 1]. */
  precision: number;
  /** Recall in [0, 1]. */
  recall: number;
  /** Harmonic mean of precision and recall, in [0, 1]; 0 when both are 0. */
  f1: number;
}

/**
 * Divides, returning 0 when the denominator is 0.
 *
 * @example `safeDiv(1, 0) === 0`, `safeDiv(1, 4) === 0.25`
 */
export function safeDiv(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/**
 * F1 from precision and recall: 2PR / (P + R), 0 when P + R = 0.
 *
 * @example `f1Score(0.5, 1) === 2 / 3`
 */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * P, R, F1 from TP, FP, FN counts (one unit counted on both sides, e.g. sentences).
 *
 * @example `prfFromCounts(2, 1, 1)` gives P = R = F1 = 2/3.
 */
export function prfFromCounts(tp: number, fp: number, fn: number): PRF {
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return { precision, recall, f1: f1Score(precision, recall) };
}

/**
 * True when two half-open spans share at least one character (`a.start < b.end && b.start < a.end`).
 * Touching spans (`[0,2)` and `[2,4)`) do not overlap, and neither does an empty span (it has no
 * character to share; the bare formula would say `[3,3)` overlaps `[0,5)`).
 *
 * @example `overlaps({start: 0, end: 3}, {start: 2, end: 5}) === true`
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/**
 * Number of characters two half-open spans share (0 when disjoint).
 *
 * @example `intersectionLength({start: 0, end: 5}, {start: 3, end: 9}) === 2`
 */
export function intersectionLength(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * True when `pred` overlaps the gold span: any of its fragments, or `[start, end)` when it has none.
 *
 * @example A gold span with fragments `[0,3)` and `[10,12)` is not overlapped by `[5,8)`.
 */
export function overlapsGold(pred: Interval, gold: GoldSpan): boolean {
  const frags = gold.fragments && gold.fragments.length > 0 ? gold.fragments : [gold];
  return frags.some((f) => overlaps(pred, f));
}

/**
 * Merges the spans that overlap (share at least one character), transitively, as the SemEval-2020
 * Task 11 scorer does. Returns new spans sorted by start. Empty spans (`end <= start`) are dropped;
 * touching spans (`[0,2)`, `[2,4)`) are NOT merged, since they share no character.
 *
 * @example `mergeSpans([{start: 0, end: 4}, {start: 2, end: 6}, {start: 6, end: 8}])` is `[[0,6), [6,8)]`.
 */
export function mergeSpans(spans: readonly Interval[]): Interval[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** Outcome of one predicted cue: true positive, false positive, or ignored (overlaps only ignored gold). */
export type PredOutcome = 'tp' | 'fp' | 'ignored';

/** Result of {@link cueMatch}. */
export interface CueMatch extends PRF {
  /** Predictions that overlap a scored gold span. */
  tp: number;
  /** Predictions that overlap no gold span at all. */
  fp: number;
  /** Predictions that overlap only ignored gold spans (neither TP nor FP). */
  ignored: number;
  /** Scored gold spans overlapped by at least one prediction. */
  recalled: number;
  /** Scored gold spans overlapped by no prediction (`gold - recalled`). */
  fn: number;
  /** Number of scored (non-ignored) gold spans. */
  gold: number;
  /** Number of counted predictions (`tp + fp`). */
  predicted: number;
  /** Per prediction, in input order. */
  predOutcome: PredOutcome[];
  /** Per gold span, in input order: recalled or not (always false for ignored spans). */
  goldRecalled: boolean[];
}

/**
 * Cue-level matching with the overlap-both-ways rule (METRICS.md, hedges and attribution):
 * a prediction is TP if it overlaps a scored gold span, ignored if it overlaps only ignored gold
 * spans, FP otherwise; a scored gold span is recalled if any prediction overlaps it.
 * P = TP / (TP + FP), R = recalled / scored gold. Several predictions may hit one gold span (each
 * is a TP) and one prediction may recall several gold spans.
 *
 * Works on one unit (sentence or article); sum the counts over units with {@link sumCueMatches}.
 *
 * @example
 * Gold `[0,5)` and ignored `[10,14)`; predictions `[1,3)`, `[11,12)`, `[20,22)`:
 * TP 1, ignored 1, FP 1, recalled 1 of 1, so P = 1/2, R = 1, F1 = 2/3.
 */
export function cueMatch(pred: readonly Interval[], gold: readonly GoldSpan[]): CueMatch {
  const predOutcome: PredOutcome[] = pred.map((p) => {
    let ignoredHit = false;
    for (const g of gold) {
      if (!overlapsGold(p, g)) continue;
      if (!g.ignored) return 'tp';
      ignoredHit = true;
    }
    return ignoredHit ? 'ignored' : 'fp';
  });
  const goldRecalled = gold.map((g) => !g.ignored && pred.some((p) => overlapsGold(p, g)));
  const tp = predOutcome.filter((o) => o === 'tp').length;
  const fp = predOutcome.filter((o) => o === 'fp').length;
  const ignored = predOutcome.length - tp - fp;
  const scored = gold.filter((g) => !g.ignored).length;
  const recalled = goldRecalled.filter(Boolean).length;
  return finishCue({ tp, fp, ignored, recalled, gold: scored }, predOutcome, goldRecalled);
}

/** Counts of a cue match, without the per-item outcomes. */
export interface CueCounts {
  /** Predictions that overlap a scored gold span. */
  tp: number;
  /** Predictions that overlap no gold span. */
  fp: number;
  /** Predictions that overlap only ignored gold spans. */
  ignored: number;
  /** Scored gold spans that were recalled. */
  recalled: number;
  /** Scored gold spans. */
  gold: number;
}

/** Completes cue counts with FN, predicted, P, R, F1 and the per-item outcomes. */
function finishCue(c: CueCounts, predOutcome: PredOutcome[], goldRecalled: boolean[]): CueMatch {
  const precision = safeDiv(c.tp, c.tp + c.fp);
  const recall = safeDiv(c.recalled, c.gold);
  return {
    ...c,
    fn: c.gold - c.recalled,
    predicted: c.tp + c.fp,
    precision,
    recall,
    f1: f1Score(precision, recall),
    predOutcome,
    goldRecalled,
  };
}

/**
 * Micro-averages cue matches over units: sums TP, FP, ignored, recalled and gold, then computes
 * P, R, F1 from the sums. The per-item outcome arrays of the result are empty.
 *
 * @example Two sentences with (TP 1, FP 1, recalled 1/1) and (TP 0, FP 0, recalled 0/1): P = 1/2, R = 1/2.
 */
export function sumCueMatches(parts: readonly CueCounts[]): CueMatch {
  const c: CueCounts = { tp: 0, fp: 0, ignored: 0, recalled: 0, gold: 0 };
  for (const p of parts) {
    c.tp += p.tp;
    c.fp += p.fp;
    c.ignored += p.ignored;
    c.recalled += p.recalled;
    c.gold += p.gold;
  }
  return finishCue(c, [], []);
}

/** Confusion counts and P/R/F1 of a binary decision. */
export interface BinaryF1 extends PRF {
  /** Gold positive, predicted positive. */
  tp: number;
  /** Gold negative, predicted positive. */
  fp: number;
  /** Gold positive, predicted negative. */
  fn: number;
  /** Gold negative, predicted negative. */
  tn: number;
}

/**
 * Unit-level (e.g. sentence-level) F1 of a binary decision: the positive class is `true`.
 *
 * @throws Error when the two arrays differ in length.
 * @example gold `[T, T, F, F]`, pred `[T, F, T, F]`: TP 1, FP 1, FN 1, TN 1, P = R = F1 = 1/2.
 */
export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): BinaryF1 {
  if (gold.length !== pred.length) throw new Error(`binaryF1: ${gold.length} gold vs ${pred.length} predicted`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i] === true;
    if (g && p) tp += 1;
    else if (!g && p) fp += 1;
    else if (g && !p) fn += 1;
    else tn += 1;
  });
  return { tp, fp, fn, tn, ...prfFromCounts(tp, fp, fn) };
}

/**
 * 1-based ranks of the values in ascending order, tied values sharing the average of their ranks
 * ("fractional ranking"). The result is in input order.
 *
 * @example `averageRanks([10, 20, 20, 5])` is `[2, 3.5, 3.5, 1]`.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  let k = 0;
  while (k < order.length) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.v === order[k]!.v) j += 1;
    const avg = (k + 1 + (j + 1)) / 2; // ranks k+1 .. j+1
    for (let m = k; m <= j; m += 1) ranks[order[m]!.i] = avg;
    k = j + 1;
  }
  return ranks;
}

/**
 * ROC-AUC by the rank (Mann-Whitney U) formula, ties counted as 0.5:
 * AUC = (R+ - n+(n+ + 1)/2) / (n+ n-), where R+ is the sum of the average ranks of the positives.
 * Equals the probability that a random positive scores above a random negative (ties = 1/2).
 *
 * @returns `NaN` when there is no positive or no negative.
 * @throws Error when the arrays differ in length.
 * @example scores `[3, 1, 2, 2]`, labels `[T, F, T, F]`: pairs (3>1, 3>2, 2>1, 2=2) = 3.5 / 4 = 0.875.
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) throw new Error(`rocAuc: ${scores.length} scores vs ${labels.length} labels`);
  const ranks = averageRanks(scores);
  let nPos = 0;
  let rankSum = 0;
  labels.forEach((l, i) => {
    if (l) {
      nPos += 1;
      rankSum += ranks[i]!;
    }
  });
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Result of {@link semevalSpanPRF}. */
export interface SpanPRF extends PRF {
  /** |S|: predicted spans after merging, all articles. */
  predicted: number;
  /** |T|: gold spans after merging, all articles. */
  gold: number;
  /** Σ_s Σ_t |s∩t| / |s| (the precision numerator). */
  precisionSum: number;
  /** Σ_t Σ_s |s∩t| / |t| (the recall numerator). */
  recallSum: number;
}

/**
 * The SemEval-2020 Task 11 span metric, pooled over articles. Within each article, overlapping spans
 * are merged on the gold side and on the predicted side (see {@link mergeSpans}); then
 * P = (1/|S|) Σ_{s∈S} Σ_{t∈T} |s∩t|/|s| and R = (1/|T|) Σ_{t∈T} Σ_{s∈S} |s∩t|/|t|,
 * where s and t are only paired inside the same article. P = 0 when |S| = 0, R = 0 when |T| = 0.
 *
 * @example
 * One article, gold `[0,10)`, predictions `[0,4)` and `[2,6)` (merged to `[0,6)`) and `[20,24)`:
 * |S| = 2, P = (6/6 + 0) / 2 = 0.5; |T| = 1, R = 6/10 = 0.6.
 */
export function semevalSpanPRF(
  articles: ReadonlyArray<{ pred: readonly Interval[]; gold: readonly Interval[] }>,
): SpanPRF {
  let predicted = 0;
  let gold = 0;
  let precisionSum = 0;
  let recallSum = 0;
  for (const a of articles) {
    const S = mergeSpans(a.pred);
    const T = mergeSpans(a.gold);
    predicted += S.length;
    gold += T.length;
    for (const s of S) for (const t of T) {
      const inter = intersectionLength(s, t);
      if (inter === 0) continue;
      precisionSum += inter / (s.end - s.start);
      recallSum += inter / (t.end - t.start);
    }
  }
  const precision = safeDiv(precisionSum, predicted);
  const recall = safeDiv(recallSum, gold);
  return { precision, recall, f1: f1Score(precision, recall), predicted, gold, precisionSum, recallSum };
}

/**
 * Words for the BABE word metric: runs of letters and digits, keeping inner hyphens (- ‐ ‑) and
 * apostrophes (' ’) that join two runs, lowercased. Leading or trailing hyphens and apostrophes are
 * not part of a word. No other normalisation (’ and ' stay distinct).
 *
 * @example `babeWords("Trump's so-called 'deal' - 2020")` is `["trump's", "so-called", "deal", "2020"]`.
 */
export function babeWords(text: string): string[] {
  const re = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;
  return Array.from(text.matchAll(re), (m) => m[0].toLowerCase());
}

/** Result of {@link multisetMatch}. */
export interface MultisetMatch {
  /** Σ over words of min(predicted count, gold count). */
  tp: number;
  /** Predicted words left unmatched (with repetition). */
  fpWords: string[];
  /** Gold words left unmatched (with repetition). */
  fnWords: string[];
}

/**
 * Matches two word lists as multisets: a word predicted twice and in gold once gives 1 TP and 1 FP.
 *
 * @example pred `[a, a, b]`, gold `[a, c]`: TP 1, FP `[a, b]`, FN `[c]`.
 */
export function multisetMatch(pred: readonly string[], gold: readonly string[]): MultisetMatch {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  const fpWords: string[] = [];
  for (const p of pred) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp += 1;
      left.set(p, n - 1);
    } else fpWords.push(p);
  }
  const fnWords: string[] = [];
  for (const g of gold) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      fnWords.push(g);
      left.set(g, n - 1);
    }
  }
  return { tp, fpWords, fnWords };
}

/** Micro P/R/F1 with its counts. */
export interface MicroPRF extends PRF {
  /** Matched words. */
  tp: number;
  /** Unmatched predicted words. */
  fp: number;
  /** Unmatched gold words. */
  fn: number;
}

/**
 * Micro P/R/F1 of per-sentence multiset word matching (BABE word F1): sums TP, FP, FN over
 * sentences. The caller passes empty gold for non-biased sentences, so their predicted words are FPs.
 *
 * @example sentences (pred `[a, b]`, gold `[a]`) and (pred `[]`, gold `[c, d]`): TP 1, FP 1, FN 2,
 * P = 1/2, R = 1/3, F1 = 0.4.
 */
export function multisetMicroPRF(sentences: ReadonlyArray<{ pred: readonly string[]; gold: readonly string[] }>): MicroPRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const m = multisetMatch(s.pred, s.gold);
    tp += m.tp;
    fp += m.fpWords.length;
    fn += m.fnWords.length;
  }
  return { tp, fp, fn, ...prfFromCounts(tp, fp, fn) };
}

/**
 * Spearman's rho: the Pearson correlation of the average ranks ({@link averageRanks}), so ties are
 * handled exactly (not with the 1 - 6Σd²/(n(n²-1)) shortcut, which assumes no ties).
 *
 * @returns `NaN` when n < 2 or one side is constant.
 * @throws Error when the arrays differ in length.
 * @example x `[1, 2, 2, 3]`, y `[1, 3, 2, 4]`: ranks x `[1, 2.5, 2.5, 4]`, y `[1, 3, 2, 4]`, rho = 4.5 / √(4.5·5) ≈ 0.9487.
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error(`spearman: ${x.length} vs ${y.length} values`);
  const n = x.length;
  if (n < 2) return NaN;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const mean = (n + 1) / 2; // mean of average ranks is always (n+1)/2
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** One article of a group for {@link orderAgreement}: predicted and gold density. */
export interface DensityPair {
  /** Predicted density (e.g. loaded findings per 1,000 words). */
  pred: number;
  /** Gold density (e.g. gold `lex` spans per 1,000 words). */
  gold: number;
}

/** Result of {@link orderAgreement}. */
export interface OrderAgreement {
  /** agree / pairs (0 when no pair is counted). */
  agreement: number;
  /** Counted pairs whose predicted densities differ in the gold direction. */
  agree: number;
  /** Counted pairs (gold densities differ). */
  pairs: number;
  /** Pairs skipped because their gold densities tie. */
  goldTies: number;
  /** Counted pairs whose predicted densities tie (counted as not agreeing). */
  predTies: number;
}

/**
 * Order agreement within groups (BASIL triplets): for every pair of articles of a group, skip the
 * pair when the gold densities are equal; otherwise it agrees when the predicted densities differ
 * in the same direction. A predicted tie is a disagreement, so a system that finds nothing scores 0.
 * Densities are compared exactly (equal ratios of small integers give identical doubles).
 *
 * @example
 * One triplet, gold `[1, 1, 2]`, pred `[0, 5, 5]`: pair (0,1) gold tie → skipped; (0,2) gold up,
 * pred up → agrees; (1,2) gold up, pred tie → disagrees. Agreement = 1/2.
 */
export function orderAgreement(groups: ReadonlyArray<readonly DensityPair[]>): OrderAgreement {
  let agree = 0;
  let pairs = 0;
  let goldTies = 0;
  let predTies = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length; i += 1) {
      for (let j = i + 1; j < g.length; j += 1) {
        const a = g[i]!;
        const b = g[j]!;
        if (a.gold === b.gold) {
          goldTies += 1;
          continue;
        }
        pairs += 1;
        if (a.pred === b.pred) {
          predTies += 1;
          continue;
        }
        if (Math.sign(b.gold - a.gold) === Math.sign(b.pred - a.pred)) agree += 1;
      }
    }
  }
  return { agreement: safeDiv(agree, pairs), agree, pairs, goldTies, predTies };
}
