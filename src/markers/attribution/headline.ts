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
  let surnames: ReadonlyMap<string, string> | undefined;
  for (let i = 1; i < tokens.length; i += 1) {
    const colon = tokens[i];
    if (colon === undefined || colon.value !== ':' || colon.quote >= 0) continue;
    const sentence = doc.sentences[colon.sentence];
    const next = tokens[i + 1];
    if (sentence === undefined || i - sentence.tokenStart > 7 || next === undefined || next.sentence !== colon.sentence || !next.isWord || !next.capitalised) continue;
    if (cx.at[i - 1] !== undefined && (cx.at[i - 1] ?? -1) >= 0) continue; // "said:" is a verb cue
    // a dateline: a place before a colon that opens the article, followed by a sentence that
    // carries its own attribution ("Washington: A spokesman for the White House stated that …")
    const np = npLeft(ix, i, sentence.tokenStart);
    // a person of the document before the colon is a speaker, never a dateline ("Trump: Clinton should have …")
    const person = np !== null && ix.personAt.subarray(np.from, np.to).some((p) => p >= 0);
    if (!person && colon.paragraph === 0 && i - sentence.tokenStart <= 2 && datelineLede(tokens, i, sentence.tokenEnd, (sourceStarts ??= new Set([...prior, ...out].map((a) => a.source?.start ?? -1))))) continue;
    if (np === null || np.from !== sentence.tokenStart || np.to - np.from > 5 || tokens[np.from]?.pos === 'DET') continue;
    if (ix.words.headerLabels.has(tokens[np.from]?.normal ?? '')) continue;
    // one word in capitals is a kicker ("OUTRAGE:"), unless it is a transcript's speaker label: the
    // surname of a person of the document opening a paragraph ("TAPPER: Do you think …")
    const label = np.to - np.from === 1 && tokens[np.from]?.value === tokens[np.from]?.value.toUpperCase() ? speakerLabel(ix, np.from, (surnames ??= surnamesOf(ix))) : undefined;
    if (label === null) continue;
    const found = classify(ix, np);
    const source = label === undefined ? found : { ...found, kind: 'named' as const, canonical: label };
    // a plural head names unnamed people ("Insiders: Trump will rebound"); a singular one may be a kicker
    const head = tokens[np.from];
    const people = source.kind === 'anonymous' && np.to - np.from === 1 && head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN') && head.normal !== head.lemma && head.normal.endsWith('s');
    // a document with its owner ("IG report:", "Carrier's message:"); a bare "Poll:" is a section label
    const ownedDocument = source.kind === 'document' && np.to - np.from >= 2;
    if (!(source.kind === 'named' || source.kind === 'institutional' || people || ownedDocument)) continue;
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

/** The document's person names by their last word, lower case ("tapper" -> "Jake Tapper"). */
function surnamesOf(ix: DocIndex): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const p of ix.people) {
    const last = p.name.split(' ').pop();
    if (last !== undefined && last.length > 1 && !out.has(last.toLowerCase())) out.set(last.toLowerCase(), ix.resolve(p.name));
  }
  return out;
}

/**
 * The person a transcript's speaker label names: the word at `k` opens its paragraph and is the
 * surname of a person of the document ("TAPPER:" after "Jake Tapper asked …"); `null` otherwise.
 */
function speakerLabel(ix: DocIndex, k: number, surnames: ReadonlyMap<string, string>): string | null {
  const t = ix.tokens[k];
  const prev = ix.tokens[k - 1];
  if (t === undefined || (prev !== undefined && prev.paragraph === t.paragraph)) return null;
  return surnames.get(t.normal) ?? null;
}
