/**
 * What a quotation that no speaker governs is used for, besides someone's words or the writer's
 * distancing: a **name** (a programme, an operation, a title, a place: “Meet the Press”, “Operation
 * Desert Storm”, written in Title Case) or a **mention** (a word quoted to be talked about: the word
 * “thug”, a program called “Sandy Hook Promise”). Neither is a scare quote nor an unattributed
 * quotation: the scare-quote count is then the writer's distancing alone (Predelli 2003 on the
 * difference between mentioning and scare-quoting a word). Pure functions of the document and the
 * word classes.
 */
import type { AnalyzedDoc, Token } from '../doc/build-doc';

/** Function words a Title Case name leaves in lower case ("Meet the Press", "One Hundred Years of Solitude"). */
const NAME_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'de', 'la', 'le', 'du', 'von', 'van', 'der']);

/** How a quotation is used when no speaker governs it. */
export type QuotationUse = 'name' | 'mention' | null;

/**
 * The use of the quotation whose tokens (marks excluded) are `[from, to)` and whose opening mark is
 * the token `open`:
 * - `mention` when a naming word comes right before the opening mark (`quotation.naming-word`:
 *   "called", "dubbed", "the word", "the phrase"; an article between is allowed);
 * - `name` when it is two words or more in Title Case (every word capitalised but short function
 *   words), with no sentence inside, in a sentence that is not itself in Title Case;
 * - otherwise `null`.
 *
 * @param namingWords - the `quotation.naming-word` class
 * @example
 * ```ts
 * const doc = buildDoc('He appeared on “Meet the Press” and used the word “thug”.');
 * quotationUse(doc, 3, 4, 7, namingWords); // 'name'
 * ```
 */
export function quotationUse(doc: AnalyzedDoc, open: number, from: number, to: number, namingWords: ReadonlySet<string>): QuotationUse {
  const { tokens } = doc;
  const mark = tokens[open];
  if (mark === undefined || to <= from) return null;
  let before = tokens[open - 1];
  if (before !== undefined && (before.normal === 'the' || before.normal === 'a') && before.sentence === mark.sentence) before = tokens[open - 2];
  if (before !== undefined && before.sentence === mark.sentence && namingWords.has(before.normal)) return 'mention';
  let words = 0;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    if (t.isPunct) {
      // a sentence inside is speech, not a name (a final full stop inside the marks is the writer's)
      if (/^[.!?]$/.test(t.value) && k < to - 1) return null;
      continue;
    }
    if (!t.isWord) continue;
    if (t.folded) return null; // the whole line is in Title Case: its capitals say nothing
    words += 1;
    if (!t.capitalised && !(words > 1 && NAME_LOWER.has(t.normal)) && !/^\d/.test(t.value)) return null;
  }
  return words >= 2 ? 'name' : null;
}
