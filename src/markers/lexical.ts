import type { Token } from '../doc/build-doc';
import { matchLexicon, type CompiledLexicon, type LexiconMatch } from '../lexicon/compile';
import type { Finding, MarkerId } from '../types';
import type { MarkerContext } from './types';

/**
 * A family's span rule: given a match, the document's tokens and the first token the span may not
 * reach (the next match, or the end of the document), return the token index the finding should end
 * at (`m.to` to keep the match as it is). It may look only at the few tokens after the match.
 */
export type WidenRule = (m: LexiconMatch, tokens: readonly Token[], limit: number) => number;

/**
 * A family's left span rule: given a match, the document's tokens and the first token the span may
 * reach (the end of the previous finding, or 0), return the token index the finding should start at
 * (`m.from` to keep the match as it is). It may look only at the few tokens before the match.
 */
export type WidenStartRule = (m: LexiconMatch, tokens: readonly Token[], floor: number) => number;

/**
 * Shared body of the lexicon-driven families (loaded terms, hedges, boosters): match the lexicon,
 * apply the family's context rule, and turn each match into a finding. An optional `widen` rule lets
 * a family extend a finding over the words it modifies (never into the next match).
 */
export function lexicalFindings(
  ctx: MarkerContext,
  marker: MarkerId,
  lexicon: CompiledLexicon,
  accept?: (m: LexiconMatch) => boolean,
  widen?: WidenRule,
  widenStart?: WidenStartRule,
): Finding[] {
  const { doc } = ctx;
  const out: Finding[] = [];
  const matches = matchLexicon(doc.tokens, lexicon, 0, doc.tokens.length, accept);
  let prevEnd = 0;
  for (let k = 0; k < matches.length; k += 1) {
    const m = matches[k] as LexiconMatch;
    let from = m.from;
    if (widenStart !== undefined) {
      const w = widenStart(m, doc.tokens, prevEnd);
      if (w < from && w >= prevEnd) from = w;
    }
    let to = m.to;
    if (widen !== undefined) {
      const limit = matches[k + 1]?.from ?? doc.tokens.length;
      const w = widen(m, doc.tokens, limit);
      if (w > to && w <= limit) to = w;
    }
    const a = doc.tokens[from];
    const b = doc.tokens[to - 1];
    if (a === undefined || b === undefined) continue;
    prevEnd = to;
    out.push({
      marker,
      category: m.entry.category,
      start: a.start,
      end: b.end,
      text: doc.text.slice(a.start, b.end),
      weight: m.entry.weight,
      entryId: m.entry.id,
      sentence: a.sentence,
      voice: 'author',
      position: 'body',
      note: m.entry.notes,
    });
  }
  return out;
}
