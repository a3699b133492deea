/**
 * Context rules of the loaded-terms family: when a loaded-lexicon match is not the writer's loaded
 * wording. A degree adverb right after a negation, a framing verb that is an emphatic, endorsing or
 * conventional reporting cue (recorded as the cue's stance instead), a
 * conventional name ("the Iranian regime"), an exclusion across a hyphen, a proper name ("Sen. Arlen
 * Specter"), and "talking points" that name no side nor repetition. Pure functions of the tokens,
 * the attributions and the word classes.
 */
import { lowerBound, nameCapital, neighbour, type Token } from '../../doc/build-doc';
import type { LexiconMatch } from '../../lexicon/compile';
import type { Stance } from '../../attribution-types';
import type { Attribution } from '../../types';
import { nameTails, properName, proseSentences } from './proper-names';
import { DEGREE_CATEGORIES } from './widen';
import type { LoadedWords } from './words';

/**
 * Heads that become conventional names after a proper-name modifier: "the Iranian regime", "the
 * Assad regime", "the Watergate scandal", "Russian meddling" name a government, an affair or an
 * investigated episode in neutral reporting, while "the regime", "a murderous regime" and "meddling
 * in our affairs" still label (Recasens et al. 2013 one-sided terms in context).
 */
const NAMED_HEADS = new Set(['loaded-regime', 'loaded-scandal', 'loaded-meddle']);

/**
 * Stances of a reporting verb that the attribution family records on its own: when a framing verb
 * of the loaded lexicon is the cue of an attribution with one of these stances ("Trump insisted that
 * …", "she vowed to …", "Kirby admitted that …"), the word is reported once, as the cue's stance
 * (`attributionStats.byStance`), and not again as a loaded term in the writer's voice. Emphatic and
 * endorsing cues mark emphasis or a factive report of what the speaker did (Thompson & Ye 1991
 * reporting-verb evaluation; FRAMING.md "Reporting-verb stance"); read in context in samples of real
 * stories, they were 8 of the 30 wrong author-voice loaded findings of one sample and 10 of the 11
 * wrong of another. Distancing ("claimed") and accusing ("denounced", "complained") cues stay loaded:
 * the writer casts doubt on the content or a character on the speaker (Recasens et al. 2013
 * assertive verbs). A cue that is a document's conventional verb ("the lawsuit claims") is vetoed
 * whatever its stance: it is the genre's verb, not the writer's choice.
 */
const STANCE_RECORDED: ReadonlySet<Stance> = new Set<Stance>(['emphatic', 'endorsing']);

/**
 * "claim" as a noun loads only as a reporting noun, what someone asserts: "his claim that …",
 * "Trump's claims". A filed or legal claim ("present their asylum claims", "the complaint is broad
 * in its claims", "claims to the land") is the literal word.
 */
function assertionClaim(tokens: readonly Token[], k: number, words: LoadedWords): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  const next = neighbour(tokens, k + 1, t.sentence);
  if (next !== undefined && (next.normal === 'to' || next.normal === 'on' || next.normal === 'for' || next.normal === 'against')) return false;
  if (next !== undefined && (next.normal === 'that' || next.normal === 'about')) return true;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined) return false;
  if (prev.normal === "'s") return true;
  return words.possessives.has(prev.normal) && prev.normal !== 'its';
}

/**
 * Which tokens lie in the cue of an attribution whose stance the attribution family records
 * ({@link STANCE_RECORDED}) or whose verb is a document convention (1), or not (0): built once per
 * document, so that testing a match is a look at its tokens rather than a scan of every attribution.
 */
function cueTokens(tokens: readonly Token[], attributions: readonly Attribution[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const at of attributions) {
    if (!STANCE_RECORDED.has(at.cue.stance) && at.conventional !== true) continue;
    for (let k = lowerBound(tokens, at.cue.start) - 1; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t === undefined) continue; // k = -1
      if (t.start >= at.cue.end) break;
      if (t.end > at.cue.start) mask[k] = 1;
    }
  }
  return mask;
}

/**
 * A degree adverb right after a negation ("not entirely", "wasn't completely", "never truly") no
 * longer inflates a magnitude: the phrase hedges or minimises, and the writer's judgement, if any,
 * is carried by the words it grades.
 */
function negatedDegree(m: LexiconMatch, tokens: readonly Token[]): boolean {
  const first = tokens[m.from];
  const prev = tokens[m.from - 1];
  if (first === undefined || prev === undefined || m.to - m.from !== 1) return false;
  if (first.pos !== 'ADV' || !DEGREE_CATEGORIES.has(m.entry.category) || prev.sentence !== first.sentence) return false;
  return prev.normal === 'not' || prev.normal === "n't" || prev.normal === 'never';
}

/**
 * A hyphenated compound is the same fixed phrase as the open one ("lame-duck session" is "lame duck
 * session"): an entry's `exclude.next` words also veto the match when they follow it across a
 * hyphen written without spaces.
 */
function hyphenatedExclusion(m: LexiconMatch, tokens: readonly Token[]): boolean {
  const next = m.entry.exclude?.next;
  const last = tokens[m.to - 1];
  const hyphen = tokens[m.to];
  const after = tokens[m.to + 1];
  if (next === undefined || last === undefined || hyphen === undefined || after === undefined) return false;
  if (hyphen.normal !== '-' || hyphen.start !== last.end || after.start !== hyphen.end) return false;
  return next.includes(after.normal);
}

/**
 * "Talking points" dismisses speech as a script only when the phrase names the side whose script it
 * is or says that someone repeats it ("parroting Republican talking points", "leftist talking
 * points", "the Kremlin's talking points"); in
 * ordinary reporting the words name a literal briefing document that is drafted, edited, requested
 * and released ("asked for talking points to use with reporters", "the original talking points").
 */
function scriptedPoints(tokens: readonly Token[], k: number, words: LoadedWords): boolean {
  const head = tokens[k];
  if (head === undefined) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j -= 1) {
    const t = neighbour(tokens, j, head.sentence);
    if (t === undefined || t.isPunct) return false;
    // gerunds the tagger leaves unlemmatised ("kept repeating talking points")
    if (words.scriptVerbs.has(t.lemma) || words.scriptVerbs.has(t.normal.replace(/(?:ing|ed|s)$/, ''))) return true;
    if (words.scriptOwners.has(t.normal)) return true;
    if (t.pos === 'VERB' || t.pos === 'ADP') return false;
  }
  return false;
}

/**
 * Context rules: a degree adverb right after a negation is vetoed; so is a framing verb that is the
 * cue of an emphatic, endorsing or conventional report ({@link STANCE_RECORDED}); a conventional-name head after a capitalised modifier inside the
 * sentence, a possessive name or a compound noun modifier is vetoed ({@link NAMED_HEADS}); so are
 * an entry's `exclude.next` words after a hyphen, a capitalised one-word entry that is part of a
 * proper name ("Sen. Arlen Specter"), and "talking points" that name no side nor repetition.
 *
 * @param tokens - the document's tokens
 * @param attributions - the document's attributions (their cues and stances, for framing verbs)
 * @param words - the word classes of this call (script verbs and owners)
 * @returns a test that keeps (true) or vetoes (false) one match of the loaded-terms lexicon
 * @example
 * ```ts
 * const doc = buildDoc('The Iranian regime denied it. Critics call it a brutal regime.');
 * const accept = acceptLoaded(doc.tokens, [], loadedWords(builtinWordClasses()));
 * matchLexicon(doc.tokens, builtinCompiled('loaded')).map((m) => [m.entry.term, accept(m)]);
 * // [['regime', false], ['brutal', true], ['regime', true]]
 * ```
 */
export function acceptLoaded(tokens: readonly Token[], attributions: readonly Attribution[], words: LoadedWords): (m: LexiconMatch) => boolean {
  let names: Set<string> | undefined;
  let cues: Uint8Array | undefined;
  const prose = proseSentences(tokens);
  return (m) => {
    if (m.entry.category === 'loaded.framing-verb') {
      cues ??= cueTokens(tokens, attributions);
      if (cues.subarray(m.from, m.to).includes(1)) return false;
    }
    if (negatedDegree(m, tokens)) return false;
    if (hyphenatedExclusion(m, tokens)) return false;
    if (m.to - m.from === 1 && tokens[m.from] !== undefined && nameCapital(tokens[m.from] as Token) && m.entry.caseSensitive !== true) {
      names ??= nameTails(tokens, prose);
      if (properName(tokens, m.from, names, prose)) return false;
    }
    if (m.entry.id === 'loaded-talking-points' && !scriptedPoints(tokens, m.from, words)) return false;
    if (m.entry.id === 'loaded-claim-noun' && !assertionClaim(tokens, m.from, words)) return false;
    if (!NAMED_HEADS.has(m.entry.id)) return true;
    return !conventionalName(tokens, m.from, m.entry.id !== 'loaded-regime');
  };
}

/**
 * True when the head at `k` is part of a conventional name ({@link NAMED_HEADS}): after a capitalised
 * modifier inside the sentence ("the Iranian regime", "the Watergate scandal"), a possessive name
 * ("Assad's regime") or, when `compounds`, a common-noun compound modifier ("the abuse scandal",
 * "election meddling"; not for "regime", whose neutral compounds the lexicon lists and whose noun
 * modifiers are often labels themselves: "rogue regime").
 */
function conventionalName(tokens: readonly Token[], k: number, compounds: boolean): boolean {
  const head = tokens[k];
  if (head === undefined) return false;
  let j = k - 1;
  let prev = neighbour(tokens, j, head.sentence);
  if (prev === undefined) return false;
  if (prev.normal === "'s" && prev.pos === 'PART') {
    j = k - 2;
    prev = neighbour(tokens, j, head.sentence);
    if (prev === undefined || !nameCapital(prev)) return false;
  } else if (compounds && prev.pos === 'NOUN' && !prev.capitalised && !prev.isPunct) {
    return true;
  }
  if (!nameCapital(prev) || !(prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'NOUN')) return false;
  // a capitalised first word of the sentence is not a name ("Regime change ...", "Corrupt regime")
  return neighbour(tokens, j - 1, head.sentence) !== undefined;
}
