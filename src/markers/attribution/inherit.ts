/**
 * Speakers that a cue takes from its clause rather than from a subject of its own: a coordinated
 * verb ("criticized X and exposed Y") or a participle ("…, stressing that") speaks with the cue
 * right before it, else with the main clause's subject, else with the previous attribution of the
 * sentence; a verb coordinated inside a relative clause speaks with the relative clause's subject. Used by `source.ts`.
 */
import { lowerBound } from '../../doc/tokens';
import type { AttributionSource } from '../../types';
import { classify } from './classify';
import type { Cue } from './cues';
import { beforeVerbGroup, npLeft } from './phrases';
import type { Sources } from './source';
import { adjacentCue, clauseSubject, sentenceLimit } from './subject';

/**
 * The inherited speaker of `cue`, whose verb (or governing predicate) is at `at`, its source not
 * before `limit`.
 *
 * @param coordinated - the verb follows a conjunction ("… and said"): never the speaker of an
 *   adjacent earlier cue ("…, Nefzi said, adding …" is the participle case)
 * @example
 * ```ts
 * inheritSource(sources, cue, cue.from, limit, false); // "Cruz" for "adding" in "Cruz said, adding …"
 * ```
 */
export function inheritSource(s: Sources, cue: Cue, at: number, limit: number, coordinated: boolean): AttributionSource | null {
  const { ix, cx } = s;
  const { tokens, doc } = ix;
  const sentence = tokens[cue.from]?.sentence ?? -1;
  const ci = cx.indexOf.get(cue) ?? 0;
  const prevCue = cx.cues[ci - 1];
  const prevFirst = prevCue === undefined ? undefined : tokens[prevCue.from];
  const prevSource = prevCue !== undefined && prevFirst !== undefined && prevFirst.sentence === sentence ? s.of(prevCue) : null;
  // a participle right after a cue ("…, Nefzi said, adding …"): the earlier cue's speaker
  if (prevCue !== undefined && prevSource !== null && !coordinated && adjacentCue(ix, prevCue.to, at, prevSource)) return { ...prevSource };
  // a verb coordinated inside a relative clause ("the union, whose leaders have said … and have
  // demanded …", "Smith, who has said … and has demanded …"): the relative clause's subject, unless
  // a comma before the conjunction closes the clause ("the union, which said …, and demanded")
  if (coordinated && prevCue !== undefined && prevSource !== null && relativeSubject(s, prevSource) && !commaBeforeConjunction(s, at)) return { ...prevSource };
  // otherwise the subject of the main clause ("Sullivan put off deciding whether the group could
  // question Clinton but said …", "Cruz took the stage, saying …"): an earlier cue may sit in a
  // subordinate clause
  const sLimit = Math.max(limit, sentenceLimit(tokens, doc, at));
  const main = clauseSubject(ix, sLimit, at);
  if (main !== null) return classify(ix, main);
  // "Mr. Manafort, citing …, said": the noun phrase that opens the clause right before the comma
  if (tokens[at - 1]?.value === ',') {
    const np = npLeft(ix, at - 1, sLimit);
    const before = np === null ? undefined : tokens[np.from - 1];
    if (np !== null && (np.from === sLimit || before === undefined || before.sentence !== sentence || before.pos === 'CCONJ' || /^["“”]$/.test(before.value))) return classify(ix, np);
  }
  for (let k = ci - 1; k >= 0; k -= 1) {
    const c = cx.cues[k];
    const t = c === undefined ? undefined : tokens[c.from];
    if (c === undefined || t === undefined || t.sentence !== sentence) break;
    const found = s.of(c);
    if (found !== null) return { ...found };
  }
  return null;
}

/** The source is a relative clause's subject: its first word is a relative pronoun (`attribution.relative`) or "whose". */
function relativeSubject(s: Sources, source: AttributionSource): boolean {
  const { tokens, words } = s.ix;
  const first = tokens[lowerBound(tokens, source.start)];
  return first !== undefined && first.start === source.start && (words.relatives.has(first.normal) || first.normal === 'whose') && (first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'SCONJ');
}

/** A comma right before the conjunction that precedes the verb at `at` (auxiliaries and adverbs between). */
function commaBeforeConjunction(s: Sources, at: number): boolean {
  const { tokens } = s.ix;
  const b = beforeVerbGroup(tokens, at, 0);
  return tokens[b]?.pos === 'CCONJ' && tokens[b - 1]?.value === ',';
}
