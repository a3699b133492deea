/**
 * Unit tests of the evaluation metrics (eval/metrics.ts) on small invented examples, each expected
 * value worked out by hand in the comments. No evaluation data is needed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DataError, readJsonl } from '../../eval/corpora';
import {
  averageRanks,
  babeWords,
  binaryF1,
  cueMatch,
  f1Score,
  intersectionLength,
  mergeSpans,
  multisetMatch,
  multisetMicroPRF,
  orderAgreement,
  overlaps,
  overlapsGold,
  prfFromCounts,
  rocAuc,
  safeDiv,
  semevalSpanPRF,
  spearman,
  sumCueMatches,
} from '../../eval/metrics';

const iv = (start: number, end: number) => ({ start, end });

describe('overlap and merging', () => {
  test('overlap = at least one shared character', () => {
    expect(overlaps(iv(0, 3), iv(2, 5))).toBe(true); // share char 2
    expect(overlaps(iv(2, 5), iv(0, 3))).toBe(true); // symmetric
    expect(overlaps(iv(0, 2), iv(2, 4))).toBe(false); // touching: no shared character
    expect(overlaps(iv(0, 10), iv(3, 4))).toBe(true); // containment
    expect(overlaps(iv(3, 3), iv(0, 5))).toBe(false); // empty span has no character
  });

  test('intersection length', () => {
    expect(intersectionLength(iv(0, 5), iv(3, 9))).toBe(2); // chars 3, 4
    expect(intersectionLength(iv(0, 2), iv(2, 4))).toBe(0);
    expect(intersectionLength(iv(1, 9), iv(3, 5))).toBe(2);
  });

  test('discontinuous gold spans match fragment by fragment', () => {
    // gold fragments [0,3) and [10,12); the hull [0,12) would also cover [5,8).
    const g = { start: 0, end: 12, fragments: [iv(0, 3), iv(10, 12)] };
    expect(overlapsGold(iv(5, 8), g)).toBe(false);
    expect(overlapsGold(iv(11, 13), g)).toBe(true);
    expect(overlapsGold(iv(5, 8), { start: 0, end: 12 })).toBe(true); // no fragments: the span itself
  });

  test('mergeSpans merges overlapping spans transitively, not touching ones, drops empty ones', () => {
    // [0,4) + [2,6) -> [0,6); [5,7) overlaps [0,6) too -> [0,7); [7,9) only touches -> kept apart.
    expect(mergeSpans([iv(5, 7), iv(0, 4), iv(7, 9), iv(2, 6), iv(12, 12)])).toEqual([iv(0, 7), iv(7, 9)]);
    expect(mergeSpans([])).toEqual([]);
    // inputs are not mutated
    const input = [iv(0, 4), iv(2, 6)];
    mergeSpans(input);
    expect(input).toEqual([iv(0, 4), iv(2, 6)]);
  });
});

describe('P/R/F1 helpers', () => {
  test('safe division and F1', () => {
    expect(safeDiv(1, 0)).toBe(0);
    expect(f1Score(0, 0)).toBe(0);
    expect(f1Score(0.5, 1)).toBeCloseTo(2 / 3, 12); // 2*0.5*1/1.5
    // TP 2, FP 1, FN 1: P = 2/3, R = 2/3, F1 = 2/3
    const m = prfFromCounts(2, 1, 1);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('cue-level matching (overlap both ways, ignored gold)', () => {
  // gold: G1 [0,5) scored, G2 [10,14) ignored (e.g. hypo_condition), G3 [30,35) scored.
  // pred: P1 [1,3) overlaps G1 -> TP; P2 [11,12) overlaps only ignored G2 -> neither TP nor FP;
  //       P3 [20,22) overlaps nothing -> FP; P4 [4,11) overlaps G1 (char 4) and G2 -> TP (a scored hit wins).
  // TP = 2, FP = 1, ignored = 1 -> P = 2/(2+1) = 2/3.
  // Scored gold = 2 (G1, G3); G1 recalled, G3 not -> R = 1/2; FN = 1.
  // F1 = 2 * (2/3) * (1/2) / (2/3 + 1/2) = (2/3) / (7/6) = 4/7.
  const gold = [
    { start: 0, end: 5 },
    { start: 10, end: 14, ignored: true },
    { start: 30, end: 35 },
  ];
  const pred = [iv(1, 3), iv(11, 12), iv(20, 22), iv(4, 11)];

  test('counts, outcomes and F1', () => {
    const m = cueMatch(pred, gold);
    expect(m.predOutcome).toEqual(['tp', 'ignored', 'fp', 'tp']);
    expect(m.goldRecalled).toEqual([true, false, false]);
    expect([m.tp, m.fp, m.ignored, m.recalled, m.fn, m.gold, m.predicted]).toEqual([2, 1, 1, 1, 1, 2, 3]);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(1 / 2, 12);
    expect(m.f1).toBeCloseTo(4 / 7, 12);
  });

  test('micro-average over units', () => {
    // unit 1 as above (TP 2, FP 1, recalled 1 of 2) + unit 2: gold [0,4), prediction [0,2) -> TP 1, recalled 1 of 1.
    // Sums: TP 3, FP 1 -> P = 3/4; recalled 2 of 3 -> R = 2/3; F1 = 2*(3/4)(2/3)/(3/4+2/3) = 1/(17/12) = 12/17.
    const total = sumCueMatches([cueMatch(pred, gold), cueMatch([iv(0, 2)], [iv(0, 4)])]);
    expect([total.tp, total.fp, total.ignored, total.recalled, total.gold, total.fn]).toEqual([3, 1, 1, 2, 3, 1]);
    expect(total.precision).toBeCloseTo(3 / 4, 12);
    expect(total.recall).toBeCloseTo(2 / 3, 12);
    expect(total.f1).toBeCloseTo(12 / 17, 12);
  });

  test('no predictions and no gold give zeros, not NaN', () => {
    const m = cueMatch([], []);
    expect([m.precision, m.recall, m.f1]).toEqual([0, 0, 0]);
  });
});

describe('sentence-level F1', () => {
  test('binary confusion', () => {
    // gold [T, T, F, F], pred [T, F, T, F]: TP 1 (first), FN 1 (second), FP 1 (third), TN 1.
    // P = 1/2, R = 1/2, F1 = 1/2.
    const b = binaryF1([true, true, false, false], [true, false, true, false]);
    expect([b.tp, b.fp, b.fn, b.tn]).toEqual([1, 1, 1, 1]);
    expect(b.f1).toBeCloseTo(0.5, 12);
    expect(() => binaryF1([true], [])).toThrow();
  });
});

describe('ROC-AUC by ranks', () => {
  test('average ranks for ties', () => {
    // sorted: 5 (rank 1), 10 (rank 2), 20, 20 (ranks 3 and 4 -> 3.5 each)
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  test('ties count 0.5', () => {
    // positives score 3 and 2, negatives 1 and 2. Pairs (pos, neg): (3,1)=1, (3,2)=1, (2,1)=1, (2,2)=0.5 -> 3.5/4.
    // Rank formula: ranks 1->1, 2,2->2.5, 3->4; R+ = 4 + 2.5 = 6.5; (6.5 - 2*3/2) / (2*2) = 3.5/4 = 0.875.
    expect(rocAuc([3, 1, 2, 2], [true, false, true, false])).toBeCloseTo(0.875, 12);
    // every score tied: each pair 0.5 -> 0.5
    expect(rocAuc([0, 0, 0, 0, 0], [true, false, true, false, false])).toBeCloseTo(0.5, 12);
    // perfect separation and its reverse
    expect(rocAuc([0.9, 0.8, 0.1], [true, true, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9], [true, true, false])).toBe(0);
  });

  test('undefined without positives or negatives', () => {
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
  });
});

describe('SemEval-2020 span P/R/F1', () => {
  test('overlapping predicted spans are merged before the formula', () => {
    // gold T = {[0,10)}; predictions [0,4) and [2,6) merge into [0,6); [20,24) is separate. |S| = 2.
    // P = ( |[0,6)∩[0,10)|/6 + 0/4 ) / 2 = (6/6 + 0) / 2 = 0.5
    // R = ( |[0,10)∩[0,6)|/10 ) / 1 = 0.6;  F1 = 2*0.5*0.6/1.1 = 6/11.
    // (Without merging: |S| = 3, P = (4/4 + 4/4 + 0)/3 = 2/3, R = (4+4)/10 = 0.8 — double-counted chars 2..3.)
    const m = semevalSpanPRF([{ pred: [iv(0, 4), iv(2, 6), iv(20, 24)], gold: [iv(0, 10)] }]);
    expect(m.predicted).toBe(2);
    expect(m.gold).toBe(1);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect(m.recall).toBeCloseTo(0.6, 12);
    expect(m.f1).toBeCloseTo(6 / 11, 12);
  });

  test('gold merged too, articles pooled, spans paired only within an article', () => {
    // article 1 as above: |S| = 2, P-sum = 1, |T| = 1, R-sum = 0.6.
    // article 2: gold [0,4) and [2,8) merge into [0,8); prediction [6,8) -> |s∩t| = 2:
    //   P-sum += 2/2 = 1, R-sum += 2/8 = 0.25. (Article 1's [0,6) is NOT compared with article 2's gold.)
    // Pooled: |S| = 3, P = 2/3; |T| = 2, R = 0.85/2 = 0.425; F1 = 2*(2/3)*0.425/(2/3+0.425) = 0.56667/1.09167 ≈ 0.519084.
    const m = semevalSpanPRF([
      { pred: [iv(0, 4), iv(2, 6), iv(20, 24)], gold: [iv(0, 10)] },
      { pred: [iv(6, 8)], gold: [iv(0, 4), iv(2, 8)] },
    ]);
    expect([m.predicted, m.gold]).toEqual([3, 2]);
    expect(m.precisionSum).toBeCloseTo(2, 12);
    expect(m.recallSum).toBeCloseTo(0.85, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(0.425, 12);
    expect(m.f1).toBeCloseTo((2 * (2 / 3) * 0.425) / (2 / 3 + 0.425), 12);
    expect(m.f1).toBeCloseTo(0.519084, 5);
  });

  test('empty sides give 0', () => {
    const m = semevalSpanPRF([{ pred: [], gold: [iv(0, 3)] }]);
    expect([m.precision, m.recall, m.f1]).toEqual([0, 0, 0]);
  });
});

describe('BABE words', () => {
  test('letter/digit runs with inner hyphens and apostrophes, lowercased', () => {
    expect(babeWords("Trump's so-called 'deal' - 2020 U.S. rock’n’roll -ish")).toEqual([
      "trump's",
      'so-called',
      'deal', // outer quotes are not inner apostrophes
      '2020', // the lone hyphen is not a word
      'u',
      's',
      'rock’n’roll',
      'ish',
    ]);
    expect(babeWords('Élan, NAÏVE')).toEqual(['élan', 'naïve']);
    expect(babeWords('')).toEqual([]);
  });

  test('multiset matching', () => {
    // pred {a:2, b:1}, gold {a:1, c:1}: min counts -> a:1 -> TP 1; left over pred a, b -> FP; gold c -> FN.
    const m = multisetMatch(['a', 'a', 'b'], ['a', 'c']);
    expect(m.tp).toBe(1);
    expect(m.fpWords).toEqual(['a', 'b']);
    expect(m.fnWords).toEqual(['c']);
  });

  test('micro P/R/F1 over sentences; words of a non-biased sentence (empty gold) are FPs', () => {
    // s1 (biased): pred [radical, radical, plan], gold [radical, radical, scheme] -> TP 2, FP 1 (plan), FN 1 (scheme)
    // s2 (non-biased, gold passed empty): pred [threat] -> FP 1
    // s3 (biased): pred [], gold [slammed] -> FN 1
    // TP 2, FP 2, FN 2 -> P = 2/4, R = 2/4, F1 = 0.5
    const m = multisetMicroPRF([
      { pred: ['radical', 'radical', 'plan'], gold: ['radical', 'radical', 'scheme'] },
      { pred: ['threat'], gold: [] },
      { pred: [], gold: ['slammed'] },
    ]);
    expect([m.tp, m.fp, m.fn]).toEqual([2, 2, 2]);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect(m.recall).toBeCloseTo(0.5, 12);
    expect(m.f1).toBeCloseTo(0.5, 12);
  });
});

describe('Spearman rho', () => {
  test('average ranks for ties, Pearson on ranks', () => {
    // x [1,2,2,3] -> ranks [1,2.5,2.5,4]; y [1,3,2,4] -> ranks [1,3,2,4]; mean rank 2.5.
    // dx [-1.5,0,0,1.5], dy [-1.5,0.5,-0.5,1.5]; Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5.
    // rho = 4.5 / sqrt(4.5*5) = 4.5 / sqrt(22.5) ≈ 0.948683. (The 1-6Σd²/(n(n²-1)) shortcut would give 0.95.)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(spearman([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [30, 20, 10])).toBeCloseTo(-1, 12);
  });

  test('undefined for constant input or fewer than two points', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow();
  });
});

describe('triplet order agreement', () => {
  test('gold ties skipped, predicted ties disagree', () => {
    // triplet A: gold [1,1,2], pred [0,5,5]
    //   (0,1): gold tie -> skipped
    //   (0,2): gold 1<2, pred 0<5 -> agrees
    //   (1,2): gold 1<2, pred 5=5 -> predicted tie -> counted, disagrees
    // triplet B: gold [3,2,1], pred [1,2,3] (reversed)
    //   (0,1), (0,2), (1,2): all counted, all disagree
    // agree 1, pairs 2+3 = 5, gold ties 1, predicted ties 1 -> 1/5 = 0.2
    const r = orderAgreement([
      [
        { gold: 1, pred: 0 },
        { gold: 1, pred: 5 },
        { gold: 2, pred: 5 },
      ],
      [
        { gold: 3, pred: 1 },
        { gold: 2, pred: 2 },
        { gold: 1, pred: 3 },
      ],
    ]);
    expect(r).toEqual({ agreement: 0.2, agree: 1, pairs: 5, goldTies: 1, predTies: 1 });
  });

  test('a system that finds nothing scores 0, not 0.5', () => {
    // gold [1,2,3]: 3 counted pairs, all with predicted ties -> 0/3.
    const r = orderAgreement([[{ gold: 1, pred: 0 }, { gold: 2, pred: 0 }, { gold: 3, pred: 0 }]]);
    expect(r.agreement).toBe(0);
    expect(r.predTies).toBe(3);
  });

  test('all gold ties: no pair counted, agreement 0', () => {
    const r = orderAgreement([[{ gold: 2, pred: 1 }, { gold: 2, pred: 3 }]]);
    expect(r).toEqual({ agreement: 0, agree: 0, pairs: 0, goldTies: 1, predTies: 0 });
  });
});

describe('JSONL reading', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-eval-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a malformed line raises an error naming the file and the 1-based line', () => {
    const file = path.join(dir, 'bad.jsonl');
    // line 1 valid, line 2 blank (skipped but counted), line 3 truncated JSON
    fs.writeFileSync(file, '{"text": "A made-up sentence."}\n\n{"text": "cut off\n{"text": "never read"}\n');
    let caught: unknown;
    try {
      Array.from(readJsonl(file));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DataError);
    const err = caught as DataError;
    expect(err.file).toBe(file);
    expect(err.line).toBe(3);
    expect(err.message).toContain(`${file}:3:`);
  });

  test('a JSON value that is not an object is rejected with its line', () => {
    const file = path.join(dir, 'array.jsonl');
    fs.writeFileSync(file, '{"a": 1}\n[1, 2]\n');
    expect(() => Array.from(readJsonl(file))).toThrow(`${file}:2:`);
  });

  test('valid lines are read with their line numbers (BOM, CRLF, no final newline)', () => {
    const file = path.join(dir, 'ok.jsonl');
    fs.writeFileSync(file, '\uFEFF{"n": 1}\r\n\r\n{"n": "ü—“x”"}');
    expect(Array.from(readJsonl(file))).toEqual([
      { line: 1, value: { n: 1 } },
      { line: 3, value: { n: 'ü—“x”' } },
    ]);
  });
});
