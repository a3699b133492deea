import { matchLexicon, type CompiledLexicon, type LexiconMatch } from '../lexicon/compile';
import type { Finding, MarkerId } from '../types';
import type { MarkerContext } from './types';

/**
 * Shared body of the lexicon-driven families (loaded terms, hedges, boosters): match the lexicon,
 * apply the family's context rule, and turn each match into a finding.
 */
export function lexicalFindings(
  ctx: MarkerContext,
  marker: MarkerId,
  lexicon: CompiledLexicon,
  accept?: (m: LexiconMatch) => boolean,
): Finding[] {
  const { doc } = ctx;
  const out: Finding[] = [];
  for (const m of matchLexicon(doc.tokens, lexicon, 0, doc.tokens.length, accept)) {
    const a = doc.tokens[m.from];
    const b = doc.tokens[m.to - 1];
    if (a === undefined || b === undefined) continue;
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
