/**
 * Quotation regions: straight and curly double quotes, low-9 and guillemets, and single quotes
 * (‘…’ or '…') when they are clearly quotation marks and not apostrophes.
 *
 * Rules (news conventions):
 * - A quote left open at the end of a paragraph continues when the next paragraph opens with a
 *   quotation mark (the region is closed at the paragraph end and marked `continued`, no warning).
 *   Otherwise it closes at the paragraph end with a `quote-unclosed` warning.
 * - An opening mark while a quote is open starts a new quote when it follows a sentence end
 *   ("…contact. “Although…": the first quote was left open), and nests otherwise
 *   (“Putin Discusses “Strategic Cooperation”” ).
 * - A closing mark with no open quote is ignored with a `quote-unmatched-close` warning.
 */
import type { AnalysisWarning } from '../types';

/** A quotation region. `start`/`end` include the marks; `contentStart`/`contentEnd` exclude them. */
export interface QuoteRegion {
  i: number;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The opening mark. */
  open: string;
  /** The closing mark, or null when the region was closed by a paragraph end or a new quote. */
  close: string | null;
  /** 0 for an outer quote, 1 for a quote inside a quote. */
  depth: number;
  /** Double or single marks. */
  style: 'double' | 'single';
  paragraph: number;
  /** Regions of one quotation spanning several paragraphs share a group number. */
  group: number;
  /** True when the quotation continues in the next paragraph. */
  continued: boolean;
}

interface ParagraphRange {
  start: number;
  end: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
const STRAIGHT_SINGLE = "'";
const DOUBLE_MARK = /["“”„«»‟]/g;
const SINGLE_MARK = /['‘’]/g;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/“‘"'«„:]/.test(c);
const isClosingContext = (c: string | undefined): boolean => c === undefined || /[\s)\]}.,;:!?\u2014\u2013\-/”’"'»…]/.test(c);

type Direction = 'open' | 'close' | 'none';

function doubleDirection(text: string, i: number, anyOpen: boolean): Direction {
  const c = text[i] ?? '';
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (DOUBLE_OPEN.has(c)) {
    // a curly opener used as a closer ("word“ " at a clause end) happens in careless text
    if (anyOpen && !isSpace(prev) && isClosingContext(next) && !isLetterOrDigit(next)) return 'close';
    return 'open';
  }
  if (DOUBLE_CLOSE.has(c)) {
    if (!anyOpen && isSpace(prev) && isLetterOrDigit(next)) return 'open';
    return 'close';
  }
  if (c !== STRAIGHT_DOUBLE) return 'none';
  const openLike = isOpeningContext(prev) && !isSpace(next);
  const closeLike = !isSpace(prev) && isClosingContext(next);
  if (openLike && !closeLike) return 'open';
  if (closeLike && !openLike) return 'close';
  if (openLike && closeLike) return anyOpen ? 'close' : 'open';
  return anyOpen ? 'close' : 'none';
}

/** Does the text before `i` (inside the open quote) end a sentence, so a new opener restarts? */
function followsSentenceEnd(text: string, from: number, i: number): boolean {
  let k = i - 1;
  while (k >= from && isSpace(text[k])) k -= 1;
  if (k < from) return true;
  const c = text[k] ?? '';
  return /[.!?…:;,—–-]/.test(c);
}

/**
 * Find quotation regions in `text`, paragraph by paragraph.
 *
 * @param paragraphs - paragraph ranges in text order (from the tokenizer)
 * @param warnings - receives `quote-unclosed` and `quote-unmatched-close` warnings
 */
export function findQuoteRegions(text: string, paragraphs: readonly ParagraphRange[], warnings: AnalysisWarning[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  // every mark's offset, found in one pass: a search per paragraph would run on to the next mark,
  // past the paragraph's end (quadratic on many short paragraphs without quotes)
  const doubleMarks = markOffsets(text, DOUBLE_MARK);
  let nextDouble = 0;
  let group = 0;
  let carriedGroup: number | null = null;

  const firstNonSpace = (p: ParagraphRange | undefined): string | undefined => {
    if (p === undefined) return undefined;
    for (let k = p.start; k < p.end; k += 1) if (!isSpace(text[k])) return text[k];
    return undefined;
  };

  for (let p = 0; p < paragraphs.length; p += 1) {
    const para = paragraphs[p];
    if (para === undefined) continue;
    const stack: Array<{ start: number; mark: string; group: number }> = [];
    const pushRegion = (open: { start: number; mark: string; group: number }, closeAt: number, closeMark: string | null, continued: boolean, depth: number): void => {
      const contentStart = open.start + open.mark.length;
      const contentEnd = Math.max(contentStart, closeAt);
      regions.push({
        i: regions.length,
        start: open.start,
        end: closeMark === null ? contentEnd : contentEnd + closeMark.length,
        contentStart,
        contentEnd,
        open: open.mark,
        close: closeMark,
        depth,
        style: 'double',
        paragraph: p,
        group: open.group,
        continued,
      });
    };

    for (; nextDouble < doubleMarks.length && (doubleMarks[nextDouble] ?? 0) < para.start; nextDouble += 1);
    for (; nextDouble < doubleMarks.length && (doubleMarks[nextDouble] ?? 0) < para.end; nextDouble += 1) {
      const i = doubleMarks[nextDouble] ?? 0;
      const c = text[i] ?? '';
      const dir = doubleDirection(text, i, stack.length > 0);
      if (dir === 'open') {
        const top = stack[stack.length - 1];
        if (top !== undefined && (followsSentenceEnd(text, top.start + top.mark.length, i) || stack.length >= 2)) {
          // the previous quote was left open: close everything before this mark
          let end = i;
          while (end > top.start && isSpace(text[end - 1])) end -= 1;
          while (stack.length > 0) {
            const o = stack.pop();
            if (o === undefined) break;
            pushRegion(o, end, null, false, stack.length);
          }
          warnings.push({ code: 'quote-unclosed', message: 'a quotation was not closed before the next one opened; it ends at the new opening mark', start: top.start, end });
        }
        const isContinuation = stack.length === 0 && carriedGroup !== null && i === firstNonSpaceIndex(text, para);
        const g = isContinuation && carriedGroup !== null ? carriedGroup : (group += 1);
        stack.push({ start: i, mark: c, group: g });
        carriedGroup = null;
      } else if (dir === 'close') {
        const o = stack.pop();
        if (o === undefined) {
          warnings.push({ code: 'quote-unmatched-close', message: `a closing quotation mark ${c} has no opening mark; it is ignored`, start: i, end: i + 1 });
          continue;
        }
        pushRegion(o, i, c, false, stack.length);
      }
    }
    carriedGroup = null;
    if (stack.length > 0) {
      const nextOpens = (() => {
        const c = firstNonSpace(paragraphs[p + 1]);
        return c !== undefined && (c === STRAIGHT_DOUBLE || DOUBLE_OPEN.has(c));
      })();
      const outer = stack[0];
      let end = para.end;
      while (end > para.start && isSpace(text[end - 1])) end -= 1;
      while (stack.length > 0) {
        const o = stack.pop();
        if (o === undefined) break;
        pushRegion(o, end, null, nextOpens && stack.length === 0, stack.length);
      }
      if (nextOpens && outer !== undefined) carriedGroup = outer.group;
      else if (outer !== undefined) {
        warnings.push({ code: 'quote-unclosed', message: 'a quotation opened in this paragraph is not closed; it ends at the paragraph end', start: outer.start, end });
      }
    }
  }

  findSingleQuotes(text, paragraphs, regions);
  regions.sort((a, b) => a.start - b.start || a.depth - b.depth);
  regions.forEach((r, k) => {
    r.i = k;
  });
  return regions;
}

/** Offsets of every match of a one-character global pattern, in order. */
function markOffsets(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) out.push(hit.index);
  return out;
}

function firstNonSpaceIndex(text: string, p: ParagraphRange): number {
  for (let k = p.start; k < p.end; k += 1) if (!isSpace(text[k])) return k;
  return p.end;
}

/**
 * Single quotation marks: an opener (‘ or ') after a space, bracket or double opener and before a
 * letter; a closer (’ or ') after a letter or punctuation and before a space or punctuation. Pairs
 * are matched within one paragraph; apostrophes (letters on both sides) never match.
 */
function findSingleQuotes(text: string, paragraphs: readonly ParagraphRange[], regions: QuoteRegion[]): void {
  // depth of a position: binary search in the (non-overlapping) regions of each depth
  const levels = [0, 1].map((d) => regions.filter((r) => r.depth === d).sort((a, b) => a.contentStart - b.contentStart));
  const inside = (list: QuoteRegion[], pos: number): boolean => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid]?.contentStart ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    const r = list[lo - 1];
    return r !== undefined && r.contentStart <= pos && pos < r.contentEnd;
  };
  const depthAt = (pos: number): number => (inside(levels[1] ?? [], pos) ? 2 : inside(levels[0] ?? [], pos) ? 1 : 0);
  const singleMarks = markOffsets(text, SINGLE_MARK);
  let nextSingle = 0;
  for (let p = 0; p < paragraphs.length; p += 1) {
    const para = paragraphs[p];
    if (para === undefined) continue;
    let open: { at: number; mark: string } | null = null;
    for (; nextSingle < singleMarks.length && (singleMarks[nextSingle] ?? 0) < para.start; nextSingle += 1);
    for (; nextSingle < singleMarks.length && (singleMarks[nextSingle] ?? 0) < para.end; nextSingle += 1) {
      const i = singleMarks[nextSingle] ?? 0;
      const c = text[i] ?? '';
      const prev = i > 0 ? text[i - 1] : undefined;
      const next = text[i + 1];
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // apostrophe: don't, China‘s
      const canOpen = (c === SINGLE_OPEN || c === STRAIGHT_SINGLE) && isOpeningContext(prev) && isLetterOrDigit(next) && !/\d/.test(next ?? '');
      const canClose = (c === SINGLE_CLOSE || c === STRAIGHT_SINGLE) && !isSpace(prev) && isClosingContext(next) && !isLetterOrDigit(next);
      if (open === null) {
        if (canOpen) open = { at: i, mark: c };
        continue;
      }
      if (canClose && i > open.at + 1) {
        // plural possessive ("the countries’ leaders") looks like a closer; accept only when the
        // quoted stretch stays inside one double region level
        const depth = depthAt(open.at);
        if (depth === depthAt(i)) {
          regions.push({
            i: regions.length,
            start: open.at,
            end: i + 1,
            contentStart: open.at + 1,
            contentEnd: i,
            open: open.mark,
            close: c,
            depth,
            style: 'single',
            paragraph: p,
            group: -1,
            continued: false,
          });
        }
        open = null;
      } else if (canOpen) {
        open = { at: i, mark: c };
      }
    }
  }
}
