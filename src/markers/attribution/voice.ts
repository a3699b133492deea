/**
 * The reported regions of a document: the spans whose words are someone else's in indirect speech
 * (`voice: 'reported'`). The content of an indirect or "according to" attribution is such a region
 * when it is a reported clause (it has a verb: "said the plan had failed", "accused Moscow of
 * wanting …") or the characterisation a naming verb gives ("critics called it a disgraceful sham"),
 * or a verb of characterising with "as" ("described the chairman as gaffe-prone", "dismissed the
 * report as a hoax").
 * The noun-phrase object of any other cue is the writer's wording of the target ("Critics slam
 * corrupt regime", "praised the new budget"): its words stay the author's. The content itself ends
 * where the reported clause ends (`clause.ts`); a clause that a parenthetical cue interrupts has two
 * parts, `content` and `contentRest`, and both are reported.
 */
import { lowerBound, type AnalyzedDoc } from '../../doc/build-doc';
import type { Attribution } from '../../types';

/**
 * The `[start, end)` spans of the document's reported regions, in attribution order.
 *
 * @param namingVerbs - lemmas of verbs of naming (`loaded-terms.naming-verb`), whose object complement is the speaker's label
 * @param characterising - lemmas of verbs whose "as" complement is the speaker's characterisation (`attribution.characterising-verb`)
 * @example
 * ```ts
 * reportedRegions(doc, attributions, namingVerbs, characterising); // [[11, 27]] for "Kirby said the plan failed." (the clause)
 * ```
 */
export function reportedRegions(doc: AnalyzedDoc, attributions: readonly Attribution[], namingVerbs: ReadonlySet<string>, characterising: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { tokens } = doc;
  for (const a of attributions) {
    if (a.content === null || (a.kind !== 'indirect' && a.kind !== 'according-to')) continue;
    // the clause a parenthetical cue interrupts is one clause in two parts ("The plan, officials said, was a disaster")
    const parts = a.contentRest === undefined ? [a.content] : [a.content, a.contentRest];
    let clause = a.kind === 'according-to' || namingVerbs.has(a.cue.lemma);
    // "described the chairman as gaffe-prone": what follows "as" is the speaker's word for it
    const byAs = characterising.has(a.cue.lemma);
    for (const part of parts) {
      const first = lowerBound(tokens, part.start);
      for (let k = first; !clause && k < tokens.length; k += 1) {
        const t = tokens[k];
        if (t === undefined || t.start >= part.end) break;
        if (t.quote < 0 && (t.pos === 'VERB' || t.pos === 'AUX' || (byAs && k > first && t.normal === 'as'))) clause = true;
      }
    }
    if (clause) for (const part of parts) out.push([part.start, part.end]);
  }
  return out;
}
