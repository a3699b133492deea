/**
 * Stage 4c, headline colons. Reads colons outside quotation marks near a sentence start; adds a
 * colon attribution where a name or an institution opens the sentence and a capitalised clause
 * follows: "Lynch: No outside influence on probe". Not a verb cue's colon ("said:"), a section label
 * ("Update:") or a dateline over a lede that carries its own attribution.
 */
import type { Token } from '../../doc/build-doc';
import { classify } from './classify';
import { clauseAfter } from './content';
import { attributionCue, colonCue, type CueIndex } from './cues';
import type { DocIndex } from './document';
import type { Found } from './order';
import { npLeft } from './phrases';

/**
 * The headline-colon attributions of a document.
 *
 * @param prior - the attributions found so far (a dateline's lede is recognised by its source)
 * @example
 * ```ts
 * headlineColons(ix, cx, [])[0]?.source?.canonical; // 'Lynch' in "Lynch: No outside influence on probe"
 * ```
 */
export function headlineColons(ix: DocIndex, cx: CueIndex, prior: readonly Found[]): Found[] {
  const { doc, tokens } = ix;
  const out: Found[] = [];
  let sourceStarts: Set<number> | undefined;
  for (let i = 1; i < tokens.length; i += 1) {
    const colon = tokens[i];
    if (colon === undefined || colon.value !== ':' || colon.quote >= 0) continue;
    const sentence = doc.sentences[colon.sentence];
    const next = tokens[i + 1];
    if (sentence === undefined || i - sentence.tokenStart > 7 || next === undefined || next.sentence !== colon.sentence || !next.isWord || !next.capitalised) continue;
    if (cx.at[i - 1] !== undefined && (cx.at[i - 1] ?? -1) >= 0) continue; // "said:" is a verb cue
    // a dateline: a place before a colon that opens the article, followed by a sentence that
    // carries its own attribution ("Washington: A spokesman for the White House stated that …")
    if (colon.paragraph === 0 && i - sentence.tokenStart <= 2 && datelineLede(tokens, i, sentence.tokenEnd, (sourceStarts ??= new Set([...prior, ...out].map((a) => a.source?.start ?? -1))))) continue;
    const np = npLeft(ix, i, sentence.tokenStart);
    if (np === null || np.from !== sentence.tokenStart || np.to - np.from > 5 || tokens[np.from]?.pos === 'DET') continue;
    if (ix.words.headerLabels.has(tokens[np.from]?.normal ?? '') || np.to - np.from === 1 && tokens[np.from]?.value === tokens[np.from]?.value.toUpperCase()) continue;
    const source = classify(ix, np);
    if (!(source.kind === 'named' || source.kind === 'institutional')) continue;
    out.push({ kind: 'colon', cue: attributionCue(ix, colonCue(i)), source, content: clauseAfter(ix, i + 1, sentence.tokenEnd), sentence: colon.sentence, quotedWords: 0, position: 'body', order: colon.start });
  }
  return out;
}

/**
 * True when the sentence after the colon at `colon` reads as an article's lede under a dateline: a
 * prose sentence (at least five lower-case words, unlike a title-case headline) whose own
 * attribution has its source right after the colon ("Washington: A spokesman for the White House
 * stated on Friday that …").
 */
function datelineLede(tokens: readonly Token[], colon: number, end: number, sourceStarts: ReadonlySet<number>): boolean {
  const after = tokens[colon + 1];
  if (after === undefined) return false;
  let lower = 0;
  for (let k = colon + 1; k < end; k += 1) {
    const t = tokens[k];
    if (t !== undefined && t.isWord && !t.capitalised) lower += 1;
  }
  return lower >= 5 && sourceStarts.has(after.start);
}
