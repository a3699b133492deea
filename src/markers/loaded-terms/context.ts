/**
 * Context rules of the loaded-terms family: when a loaded-lexicon match is not the writer's loaded
 * wording. A degree adverb right after a negation, a concessive verb outside a report, a
 * conventional name ("the Iranian regime"), an exclusion across a hyphen, a proper name ("Sen. Arlen
 * Specter"), and "talking points" that name no side nor repetition. Pure functions of the tokens,
 * the attributions and the word classes.
 */
import { lowerBound, nameCapital, neighbour, type Token } from '../../doc/build-doc';
import type { LexiconMatch } from '../../lexicon/compile';
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
 * Concessive and insistent verbs of saying ("admitted", "acknowledged", "insisted") frame a speaker
 * only when the writer chose them to report that speaker's words ("Kirby admitted that the plan
 * failed", where a neutral "said" was available: Recasens et al. 2013 factive and assertive verbs).
 * Outside a report they are the ordinary verbs of a first-person or generic statement ("I'm not
 * ashamed to admit", "we must acknowledge the struggle") and carry no judgement on anyone.
 */
const REPORTING_ONLY = new Set(['loaded-admit', 'loaded-acknowledge', 'loaded-insist']);

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
 * Which tokens lie in the cue of some attribution (1) or not (0): built once per document, so that
 * testing a match is a look at its tokens rather than a scan of every attribution.
 */
function cueTokens(tokens: readonly Token[], attributions: readonly Attribution[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const at of attributions) {
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
 * Context rules: a degree adverb right after a negation is vetoed; a concessive or insistent verb counts only as the cue of a report
 * ({@link REPORTING_ONLY}); a conventional-name head after a capitalised modifier inside the
 * sentence, a possessive name or a compound noun modifier is vetoed ({@link NAMED_HEADS}); so are
 * an entry's `exclude.next` words after a hyphen, a capitalised one-word entry that is part of a
 * proper name ("Sen. Arlen Specter"), and "talking points" that name no side nor repetition.
 *
 * @param tokens - the document's tokens
 * @param attributions - the document's attributions (for {@link REPORTING_ONLY} entries)
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
    if (REPORTING_ONLY.has(m.entry.id)) {
      cues ??= cueTokens(tokens, attributions);
      return cues.subarray(m.from, m.to).includes(1);
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
