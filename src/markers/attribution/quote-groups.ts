/**
 * Stage 2, quotations. Reads the document's quotation regions; adds one group per top-level
 * quotation (the regions of a quotation that runs over several paragraphs form one group) with its
 * token range, word count, and whether the writer introduced it with "so-called".
 */
import { lowerBound, type AnalyzedDoc } from '../../doc/build-doc';

/** One quotation: its regions, offsets and tokens. */
export interface QuoteGroup {
  /** Indices of its regions in `doc.quotes`. */
  readonly regions: readonly number[];
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset after the closing mark (or where the region ends). */
  readonly end: number;
  /** Offset of the first quoted character. */
  readonly contentStart: number;
  /** Offset after the last quoted character. */
  readonly contentEnd: number;
  /** Word tokens of the quotation, marks included. */
  readonly words: number;
  /** First token index (of the opening mark; -1 when none). */
  readonly firstTok: number;
  /** One past the last token index. */
  readonly lastTok: number;
  /** Written after "so-called": the writer's own distancing, never reported speech. */
  readonly soCalled: boolean;
}

/** Mutable while its regions are added. */
type GroupDraft = { -readonly [K in keyof QuoteGroup]: QuoteGroup[K] } & { regions: number[] };

/** Tokens index range of a quote region's marks and content. */
function regionTokens(doc: AnalyzedDoc, start: number, end: number): { from: number; to: number } {
  let from = -1;
  let to = -1;
  for (let k = Math.max(0, lowerBound(doc.tokens, start) - 1); k < doc.tokens.length; k += 1) {
    const t = doc.tokens[k];
    if (t === undefined) continue;
    if (t.start >= end) break;
    if (t.end > start) {
      if (from < 0) from = k;
      to = k + 1;
    }
  }
  return { from, to };
}

/**
 * The quotations of a document, in text order.
 *
 * @example
 * ```ts
 * quoteGroups(buildDoc('“We will not,” he said. “Never.”')).length; // 2
 * ```
 */
export function quoteGroups(doc: AnalyzedDoc): QuoteGroup[] {
  const groups: GroupDraft[] = [];
  const byGroup = new Map<number, GroupDraft>();
  for (const r of doc.quotes) {
    if (r.depth !== 0) continue;
    const toks = regionTokens(doc, r.start, r.end);
    let words = 0;
    for (let k = toks.from; k >= 0 && k < toks.to; k += 1) if (doc.tokens[k]?.isWord === true) words += 1;
    const existing = r.group >= 0 ? byGroup.get(r.group) : undefined;
    if (existing !== undefined) {
      existing.regions.push(r.i);
      existing.end = r.end;
      existing.contentEnd = r.contentEnd;
      existing.words += words;
      existing.lastTok = toks.to;
      continue;
    }
    const before = doc.tokens[toks.from - 1];
    const before2 = doc.tokens[toks.from - 2];
    const soCalled = before !== undefined && (before.normal === 'so-called' || (before.normal === 'called' && before2 !== undefined && (before2.normal === '-' || before2.normal === 'so')));
    const g: GroupDraft = { regions: [r.i], start: r.start, end: r.end, contentStart: r.contentStart, contentEnd: r.contentEnd, words, firstTok: toks.from, lastTok: toks.to, soCalled };
    groups.push(g);
    if (r.group >= 0) byGroup.set(r.group, g);
  }
  return groups;
}
