/**
 * Stage 5b, conventions. Reads the ordered attributions and the word classes; marks the ones whose
 * cue is the conventional verb of a legal document or party ("the lawsuit alleges that …", "the
 * indictment charges", "prosecutors allege"): `conventional: true`. Wire-service style asks for
 * "alleged" until a charge is proved, so the verb is the neutral way to report the filing, not the
 * writer's distancing; the cue keeps its lexicon stance, and the writer's stance measures count it
 * as neutral (`util/stance.ts`).
 */
import { lowerBound } from '../../doc/build-doc';
import type { Attribution } from '../../types';
import type { DocIndex } from './document';

/**
 * The attributions with the conventional ones marked (new objects where marked; continuations take
 * the mark of the attribution they continue, by their shared cue).
 *
 * @example
 * ```ts
 * markConventions(ix, attributions).map((a) => a.conventional); // [true] for "The lawsuit alleges that the firm hid its losses."
 * ```
 */
export function markConventions(ix: DocIndex, list: readonly Attribution[]): Attribution[] {
  const { tokens, words } = ix;
  return list.map((a) => {
    if (a.source === null || !words.conventionalCues.has(a.cue.lemma)) return a;
    let legal = false;
    for (let k = lowerBound(tokens, a.source.start); k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t === undefined || t.start >= a.source.end) break;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && words.legalDocuments.has(t.lemma)) legal = true;
    }
    return legal ? { ...a, conventional: true } : a;
  });
}
