/**
 * Stage 4d, unattributed quotations. Reads the quotation groups and the attributions of the
 * structure stages; adds one `unattributed` attribution per quotation that no cue governs, that
 * continues no one and that lies in no reported clause, when it is someone's words: a quoted
 * sentence standing on its own (“Never again.”) or a quoted phrase of four words or more. A quoted
 * word or a short phrase inside a sentence is left to the scare-quote family; a name or a mentioned
 * word (“Meet the Press”, the word “thug”: `../quotation-use.ts`) is neither. Such quotations count
 * in the quoted-word share and in `compare()`'s coverage units like any other quotation.
 */
import type { Attribution } from '../../types';
import { containment } from '../../util/intervals';
import { quotationUse } from '../quotation-use';
import { quotedWordsIn } from './content';
import { spanCue, textSpan, tokenSpan, type DocIndex } from './document';
import type { Found } from './order';
import type { QuoteGroup } from './quote-groups';
import { SENTENCE_END } from './verb-forms';

/** Fewest words of a quoted phrase that is someone's words even inside a sentence. */
export const UNATTRIBUTED_MIN_WORDS = 4;

/**
 * True when the quotation `g` is a sentence of its own: it opens its sentence (or follows a colon)
 * and its last quoted character ends a sentence.
 */
function ownSentence(ix: DocIndex, g: QuoteGroup): boolean {
  const { tokens, doc } = ix;
  const open = tokens[g.firstTok];
  const before = tokens[g.firstTok - 1];
  if (open === undefined) return false;
  const opens = before === undefined || before.sentence !== open.sentence || before.paragraph !== open.paragraph || before.value === ':' || SENTENCE_END.has(before.value);
  return opens && /[.!?…]["'”’]*$/.test(doc.text.slice(g.contentStart, g.contentEnd).trim());
}

/**
 * The unattributed quotations of a document, in text order.
 *
 * @param prior - the attributions of the structure stages (their contents govern the quotations in them)
 * @example
 * ```ts
 * unattributedQuotes(ix, quoteGroups(doc), []).map((a) => a.kind); // ['unattributed'] for "The hall fell silent. “We will never give up.”"
 * ```
 */
export function unattributedQuotes(ix: DocIndex, groups: readonly QuoteGroup[], prior: readonly Attribution[]): Found[] {
  const { doc, tokens } = ix;
  const governed = new Set<number>();
  const spans: Array<[number, number]> = [];
  for (const a of prior) {
    if (a.content === null) continue;
    governed.add(a.content.start);
    spans.push([a.content.start, a.content.end]);
  }
  const inside = containment(spans);
  const out: Found[] = [];
  for (const g of groups) {
    if (g.firstTok < 0 || g.soCalled || governed.has(g.contentStart) || g.contentEnd <= g.contentStart) continue;
    if (inside(g.contentStart, g.contentEnd)) continue;
    const open = tokens[g.firstTok];
    if (open === undefined) continue;
    const words = quotedWordsIn(doc, g.contentStart, g.contentEnd);
    if (words === 0 || !(words >= UNATTRIBUTED_MIN_WORDS || ownSentence(ix, g))) continue;
    if (quotationUse(doc, g.firstTok, g.firstTok + 1, g.lastTok - 1, ix.words.namingWords) !== null) continue;
    const mark = tokenSpan(doc, g.firstTok, g.firstTok + 1) ?? textSpan(doc, g.start, g.start);
    out.push({
      kind: 'unattributed',
      cue: spanCue(mark, '"', 'neutral', 'punctuation'),
      source: null,
      content: textSpan(doc, g.contentStart, g.contentEnd),
      sentence: open.sentence,
      quotedWords: words,
      position: 'body',
      order: g.contentStart,
    });
  }
  return out;
}
