/**
 * Context rules of the cue stage: whether a speech-verb lexicon match is the reporting verb of a
 * clause, from the words around it. Pure tests on the document index; `cues.ts` applies them to
 * every lexicon match.
 */
import { neighbour, type Token } from '../../doc/build-doc';
import type { DocIndex } from './document';
import { npLeft, npRight, timeWord, type PhraseScope } from './phrases';
import { clauseAfter, reportingPosition, speechNoun, speechObject } from './cue-object';
import { clausalComplement, infinitiveGovernor, modifierParticiple, openingAsked, passiveForm, titleCased } from './verb-forms';

/**
 * Context rules that keep a speech-verb match over `[from, to)` from being a clause's reporting
 * verb: a capitalised word mid-sentence ("Voice of Hope"), an infinitive ("plans to speak"), a
 * gerund after a preposition ("accused Moscow of wanting"), the passive of a verb that reports
 * nothing when passive ("was released", "is supposed to"), an agent phrase ("issued by"), a reduced
 * relative ("the measures announced are"), a compound modifier ("long-promised"). Speech acts are
 * kept as a gerund after a framing preposition ("responded by saying", "after noting") and as an
 * infinitive after an aspectual or readiness predicate ("went on to explain", "was quick to deny").
 *
 * @param speech - the match is a speech verb (not a cognition or evidence verb)
 * @example
 * ```ts
 * plausibleCue(ix, 3, 4); // false in "He plans to speak": an infinitive with no governor
 * ```
 */
export function plausibleCue(sc: PhraseScope, from: number, to: number, speech = false): boolean {
  const { tokens, words } = sc;
  const first = tokens[from];
  if (first === undefined) return false;
  const sentenceOf = first.sentence;
  const prev = neighbour(tokens, from - 1, sentenceOf);
  const next = neighbour(tokens, to, sentenceOf);
  if (first.capitalised && prev !== undefined && !prev.isPunct && !titleCased(tokens, from)) return false;
  if (first.normal === 'according') return true;
  if (prev !== undefined && modifierParticiple(sc, from, to)) return false;
  if (prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'SCONJ') && speech && words.gerundPrepositions.has(prev.normal) && /ing$/.test(first.normal)) return true;
  if (prev !== undefined && prev.normal === 'to' && speech && infinitiveGovernor(sc, from) !== null) return true;
  if (prev !== undefined && (prev.normal === 'to' || prev.value === '-' || prev.pos === 'ADP')) return false;
  const passive = passiveReport(sc, from, to);
  if (passive !== undefined) return passive;
  if (next !== undefined && next.normal === 'by' && !openingAsked(sc, from, to)) return false;
  // a reduced relative ("the measures announced are"); an -s form ("the businessman says running
  // is tough") or a capitalised word after it ("a poll shows Ted Cruz ahead") is no participle
  const sForm = to - from === 1 && first.normal.endsWith('s') && first.normal !== first.lemma;
  if (next !== undefined && !sForm && !next.capitalised && (next.pos === 'AUX' || next.pos === 'VERB') && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && !words.clauseTakers.has(first.lemma)) return false;
  return true;
}

/**
 * The passive test of {@link plausibleCue}: after a form of "be" or "get" (adverbs aside), a
 * participle reports (true: "was widely criticized", "is seen as", "were told") unless its verb
 * reports nothing when passive or it is a possibility of perception (false: "was released",
 * "remains to be seen"); `undefined` when the match is not a passive.
 */
function passiveReport(sc: PhraseScope, from: number, to: number): boolean | undefined {
  const { tokens } = sc;
  const sentenceOf = tokens[from]?.sentence ?? -1;
  for (let k = from - 1; k >= 0; k -= 1) {
    const t = neighbour(tokens, k, sentenceOf);
    if (t === undefined) break;
    if (t.pos === 'ADV' || t.normal === 'not' || t.normal === "n't") continue;
    if (t.lemma === 'be' || t.lemma === 'get') {
      const last = tokens[to - 1];
      if (last !== undefined && passiveForm(last)) {
        if (sc.words.nonReportingPassives.has(last.lemma)) return false;
        // "remains to be seen", "can be seen as": a possibility of perception, not a held view
        const before = neighbour(tokens, k - 1, sentenceOf);
        if (last.lemma === 'see' && before !== undefined && (before.normal === 'to' || before.pos === 'AUX')) return false;
        // a passive report: "was widely criticized", "is seen as", "were told", "was criticized by X"
        return true;
      }
    }
    break;
  }
  return undefined;
}

/**
 * A talking verb at `k` ("speak") is a cue only when a topic preposition follows it, adverbs aside
 * ("spoke passionately about"); any other word passes.
 *
 * @example
 * ```ts
 * topicComplement(ix, 1); // false in "He spoke to reporters"; true in "He spoke about the plan"
 * ```
 */
export function topicComplement(sc: PhraseScope, k: number): boolean {
  const { tokens, words } = sc;
  const t = tokens[k];
  if (t === undefined || !words.topicVerbs.has(t.lemma)) return true;
  for (let j = k + 1; j < k + 4; j += 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) return false;
    if (words.topicParticles.has(u.normal)) return true;
    if (u.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * True when the word at `k` has a determiner-led object that is a statement or a filing: a document
 * of the sources lexicon, a reporting noun or a speech-act noun ("issued a statement", "filed a
 * complaint"; not "issued an arrest warrant", "filed his taxes").
 */
function documentObject(ix: DocIndex, k: number): boolean {
  const { tokens } = ix;
  const t = tokens[k];
  if (t === undefined) return false;
  const det = neighbour(tokens, k + 1, t.sentence);
  if (det === undefined || det.pos !== 'DET' || det.normal === 'that') return false;
  for (let j = k + 2; j < k + 6; j += 1) {
    const w = neighbour(tokens, j, t.sentence);
    if (w === undefined) return false;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      // the head is the last noun of a compound ("a joint statement", "a press release")
      if (neighbour(tokens, j + 1, t.sentence)?.pos === 'NOUN') continue;
      return speechNoun(ix, j);
    }
    if (!(w.pos === 'ADJ' || w.pos === 'ADV' || w.pos === 'NUM' || w.value === '-')) return false;
  }
  return false;
}

/**
 * "call" reports a characterisation ("called Rubio a lightweight", "what he called “an evil act”",
 * "called for"), not a telephone call: "called Haugland earlier this month to learn …", "called her
 * to get together", "called him back".
 */
function namingComplement(sc: PhraseScope, k: number): boolean {
  const { tokens, words } = sc;
  const t = tokens[k];
  if (t === undefined) return false;
  let j = k + 1;
  const first = neighbour(tokens, j, t.sentence);
  if (first === undefined) return true;
  if (first.pos === 'PRON' && !words.possessives.has(first.normal)) j += 1;
  else if (first.pos === 'PROPN' || first.pos === 'DET' || first.pos === 'NOUN') {
    const obj = npRight(sc, j, tokens.length);
    if (obj === null) return true;
    j = obj.to;
  } else return true;
  for (let w = tokens[j]; w !== undefined && (w.pos === 'ADV' || timeWord(w, words)); w = tokens[j]) j += 1;
  const u = neighbour(tokens, j, t.sentence);
  if (u === undefined) return first.pos !== 'PRON';
  return !(u.normal === 'to' || u.normal === 'back' || (u.value === '.' && first.pos === 'PRON'));
}

/**
 * Context checks for a one-word cue at `k` with lexicon term `term`: not a noun the tagger read as a
 * verb ("the State of the Union address", "an email address"), not a participle used as an adjective
 * ("20 pledged delegates"), not a reduced relative of a transitive verb ("a poll released Monday",
 * "a program called Sandy Hook Promise"), and, for verbs that report only with a clause
 * ("maintain", "prove"), followed by one.
 *
 * @example
 * ```ts
 * cueInContext(ix, 1, 'maintain'); // false in "He maintained a lead"; true in "He maintained that …"
 * ```
 */
export function cueInContext(ix: DocIndex, k: number, term: string): boolean {
  const { tokens, words } = ix;
  const t = tokens[k];
  if (t === undefined) return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  const next = neighbour(tokens, k + 1, t.sentence);
  if (words.clauseOnlyCues.has(term) && !clauseAfter(ix, k) && !reportingPosition(ix, k)) return false;
  if (words.speechObjectCues.has(term) && !clauseAfter(ix, k) && !reportingPosition(ix, k) && !speechObject(ix, k)) return false;
  if (words.documentOnlyCues.has(term) && !documentObject(ix, k)) return false;
  // "appeared to …", "appears that …" report an inference; "appeared on Fox" is a appearance
  if (term === 'appear' && (next === undefined || next.isPunct || (next.pos === 'ADP' && next.normal !== 'like' && next.normal !== 'as') || next.normal === 'alongside')) return false;
  // "show up" is an arrival; "called Haugland earlier to ask" a telephone call
  if (term === 'show' && next !== undefined && next.normal === 'up') return false;
  if (term === 'call' && !namingComplement(ix, k)) return false;
  if (prev === undefined) return true;
  if (nounReading(ix, k, prev, next)) return false;
  const participle = /ed$/.test(t.normal) || (t.normal !== t.lemma && !t.normal.endsWith('s') && !t.normal.endsWith('ing'));
  if (!participle) return true;
  // "20 pledged delegates", "more pledged delegates"
  if (next !== undefined && next.pos === 'NOUN' && term !== 'say' && (prev.pos === 'ADJ' || prev.normal === 'more' || prev.normal === 'most' || (prev.pos === 'NUM' && next.normal.endsWith('s')))) return false;
  const afterNoun = prev.pos === 'NOUN' && !prev.capitalised;
  if (afterNoun && words.transitiveCues.has(term) && (next === undefined || next.isPunct || words.noObjectAfter.has(next.normal) || words.timeHeads.has(next.normal))) return false;
  // a reduced relative of naming, with the name right after it: "the plan, dubbed “Desert Storm”,"
  // ("…, called the plan “a disgrace”" has an object between: a speaker's verb)
  if (words.namingCues.has(term) && prev.value === ',' && next !== undefined && /^["“‘']$/.test(next.value)) return false;
  if (words.namingCues.has(term) && (afterNoun || prev.pos === 'PROPN')) {
    // the named noun phrase is the object of a verb or preposition: "helps lead a program called …"
    const np = npLeft(ix, k, ix.doc.sentences[t.sentence]?.tokenStart ?? 0);
    const before = np === null ? undefined : tokens[np.from - 1];
    if (before !== undefined && before.sentence === t.sentence && tokens[np?.from ?? k]?.normal !== 'what' && before.normal !== 'what' && (before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX')) return false;
  }
  return true;
}

/**
 * A base-form cue word at `k` read as a noun inside a noun phrase: after "the" + adjective or a
 * singular noun ("the final address", "an email address"), with no object after it. A noun phrase
 * that ends in a prepositional object or a coordination ("supporters of Clinton say", "the book and
 * film blame") is a plural subject, so its verb stays a verb.
 */
function nounReading(sc: PhraseScope, k: number, prev: Token, next: Token | undefined): boolean {
  const { tokens, words } = sc;
  const t = tokens[k] as Token;
  const base = t.normal === t.lemma && !(t.normal.endsWith('s') && !t.normal.endsWith('ss')) && !t.capitalised;
  const prev2 = neighbour(tokens, k - 2, t.sentence);
  const npInside = prev2 !== undefined && (prev2.pos === 'DET' || prev2.pos === 'ADJ' || prev2.pos === 'NOUN' || prev2.pos === 'PROPN' || prev2.normal === "'s" || words.possessives.has(prev2.normal));
  const noObject = next === undefined || next.isPunct || next.pos === 'ADP' || next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'CCONJ' || next.pos === 'SCONJ';
  return base && npInside && noObject && !clausalComplement(sc, k + 1) && next?.normal !== 'to' && (prev.pos === 'ADJ' ? prev2.pos === 'DET' || words.possessives.has(prev2.normal) : (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !prev.normal.endsWith('s') && !words.pluralNouns.has(prev.normal) && prev.normal !== 'percent');
}
