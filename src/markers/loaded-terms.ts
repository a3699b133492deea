/**
 * Loaded terms: pejorative labels, delegitimising qualifiers, deceit framing, emotive condemnation,
 * militarised metaphors, exaggeration (Recasens et al. 2013; Da San Martino et al. 2019; Fan et al.
 * 2019). Lexicon: `lexicons/loaded.json`.
 *
 * Span rule (PTC "Name calling, labeling"): a label is often a whole noun phrase ("radical leftist
 * boss", "so-called experts"), so an evaluative adjective or delegitimising qualifier is widened over
 * the adjectives and nouns it modifies, up to the head noun (at most {@link MAX_WIDEN} tokens, same
 * sentence, never into the next finding); a loaded head is widened left over the modifiers stacked
 * before it ({@link widenLabelStart}), and coordinated evaluative adjectives make one span.
 */
import { lowerBound, neighbour, type Token } from '../doc/build-doc';
import type { LexiconMatch } from '../lexicon/compile';
import type { Attribution, Finding } from '../types';
import { lexicalFindings } from './lexical';
import type { Marker, MarkerContext } from './types';

/** Most tokens a finding is widened by. */
export const MAX_WIDEN = 3;

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** End of an adjective (optionally graded by one adverb) starting at `k`, or `k - 1` when there is none. */
function coordinatedAdjective(tokens: readonly Token[], k: number, stop: number, sentence: number): number {
  const a = tokens[k];
  if (a === undefined || k >= stop || a.sentence !== sentence) return k - 1;
  if (a.pos === 'ADJ') return k + 1;
  const b = tokens[k + 1];
  if (a.pos === 'ADV' && b !== undefined && k + 1 < stop && b.sentence === sentence && b.pos === 'ADJ') return k + 2;
  return k - 1;
}

/**
 * End (token index) of the phrase a loaded modifier heads into, or `m.to` when it heads into none:
 * - an adjective ("radical", "corrupt") or delegitimising qualifier ("so-called", "self-proclaimed")
 *   is widened over the adjectives and nouns it modifies, up to the last noun ("radical leftist boss");
 * - an intensifying adverb ("completely", "utterly") is widened over the adjective or noun phrase it
 *   intensifies ("utterly shameful decision");
 * - a pejorative label noun is widened over the nouns it modifies as a compound ("thug mentality").
 * At most {@link MAX_WIDEN} tokens, in the same sentence, stopping at punctuation and never reaching
 * `limit` (the next finding).
 */
export function widenLabel(m: LexiconMatch, tokens: readonly Token[], limit: number): number {
  const last = tokens[m.to - 1];
  // a gerund or participle the tagger read as a noun or adjective is still a verb ("him mocking X")
  if (last === undefined || m.inflected === 'verbal') return m.to;
  const adverb = last.pos === 'ADV';
  const labelNoun = NOMINAL.has(last.pos) && m.entry.category === 'loaded.pejorative-label';
  if (last.pos !== 'ADJ' && !adverb && !labelNoun && m.entry.category !== 'loaded.delegitimising') return m.to;
  let end = m.to;
  const stop = Math.min(limit, m.to + MAX_WIDEN);
  for (let k = m.to; k < stop; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== last.sentence || t.isPunct) break;
    if (last.pos === 'ADJ' && k === m.to && (t.normal === 'and' || t.normal === 'or')) {
      // coordinated evaluative adjectives are one judgement ("pathetic and destructive", "vicious
      // and potent", "totally false and deliberately libelous")
      const c = coordinatedAdjective(tokens, k + 1, stop, last.sentence);
      if (c === k) break;
      end = c;
      k = c - 1;
      continue;
    }
    if (NOMINAL.has(t.pos)) end = k + 1;
    else if (adverb && k === m.to && t.pos === 'VERB' && DEGREE_CATEGORIES.has(m.entry.category)) {
      end = k + 1;
      break;
    } else if (t.pos === 'ADJ' && !labelNoun) {
      if (adverb) end = k + 1;
    } else break;
  }
  return end;
}

/** Verbs whose object is followed by the label given to it ("they called the militia terrorists"). */
const NAMING_VERBS = new Set(['call', 'label', 'brand', 'dub', 'name', 'term', 'deem', 'consider']);
const NAMING_FORMS = new Set([...NAMING_VERBS].flatMap((v) => [v, `${v}s`, `${v.replace(/e$/, '')}ed`, `${v.replace(/e$/, '')}ing`, `${v}ed`, `${v}led`, `${v}ling`, `${v}bed`, `${v}bing`]));

/** True when the noun at `k` is the object of a naming verb, not a modifier of the label after it. */
function namedObject(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j -= 1) {
    const t = tokens[j];
    if (t === undefined || t.isPunct) return false;
    if (NAMING_VERBS.has(t.lemma) || NAMING_FORMS.has(t.normal)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON') return false;
  }
  return false;
}

/** Adverbs that scope over a clause or negate rather than intensify: never part of a label. */
const NON_INTENSIFIERS = new Set(['not', "n't", 'never', 'also', 'too', 'still', 'just', 'only', 'now', 'then', 'already', 'again', 'here', 'there', 'however', 'yet', 'ever', 'once', 'soon', 'later', 'often', 'always', 'usually', 'sometimes', 'perhaps', 'maybe', 'actually', 'rather', 'seemingly', 'apparently', 'allegedly', 'reportedly', 'as', 'so', 'how', 'when', 'where', 'why']);

/**
 * Start (token index) of the phrase a loaded head word closes, or `m.from` when there is none: PTC
 * annotators mark a label or a loaded word with the modifiers the writer stacked before it ("hostile
 * regime", "neocon minion", "unfairly smearing", "downright bizarre"), so
 * - a loaded noun is widened left over the adjectives, intensifying adverbs and compound nouns that
 *   modify it;
 * - a loaded adjective or verb is widened left over the intensifying adverb that grades it.
 * At most {@link MAX_WIDEN} tokens, in the same sentence, stopping at punctuation, determiners,
 * names, negation and sentence adverbs, and never reaching back into `floor` (the previous finding).
 */
export function widenLabelStart(m: LexiconMatch, tokens: readonly Token[], floor: number): number {
  const first = tokens[m.from];
  // a multi-word entry is a fixed phrase whose extent the lexicon already gives ("pre-emptive strike")
  if (first === undefined || m.to - m.from > 1) return m.from;
  const noun = NOMINAL.has(first.pos) && m.inflected !== 'verbal';
  if (!noun && first.pos !== 'ADJ' && first.pos !== 'VERB') return m.from;
  let from = m.from;
  const stop = Math.max(floor, m.from - MAX_WIDEN);
  for (let k = m.from - 1; k >= stop; k -= 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== first.sentence || t.isPunct || NON_INTENSIFIERS.has(t.normal)) break;
    if (t.pos === 'ADV' || (noun && (t.pos === 'ADJ' || (t.pos === 'NOUN' && !t.capitalised && !namedObject(tokens, k))))) from = k;
    else break;
  }
  return from;
}

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

/** Categories whose adverbs grade a degree ("completely", "entirely", "utterly", "extremely"). */
const DEGREE_CATEGORIES = new Set(['loaded.exaggeration', 'loaded.subjective-intensifier']);

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

/** True when the sentence has a lower-case content word, i.e. is not a headline in title case. */
function proseSentence(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k; j >= 0 && tokens[j]?.sentence === sentence; j -= 1) if (lowerContent(tokens[j])) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]?.sentence === sentence; j += 1) if (lowerContent(tokens[j])) return true;
  return false;
}

/** {@link proseSentence} of the token at `k`, decided once per sentence (a long headline is not rescanned per name). */
type ProseTest = (k: number) => boolean;

/** A {@link ProseTest} over `tokens` that remembers each sentence's answer. */
function proseSentences(tokens: readonly Token[]): ProseTest {
  const known = new Map<number, boolean>();
  return (k) => {
    const sentence = tokens[k]?.sentence ?? -1;
    let prose = known.get(sentence);
    if (prose === undefined) {
      prose = proseSentence(tokens, k);
      known.set(sentence, prose);
    }
    return prose;
  };
}

/** True for a lower-case noun, verb or adjective of at least four letters: a word of prose. */
function lowerContent(t: Token | undefined): boolean {
  return t !== undefined && !t.capitalised && t.value.length >= 4 && (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ');
}

/** True when the token at `k` continues a capitalised name ("Arlen Specter", "Louise M. Slaughter", "Daily Beast"). */
function nameContinuation(tokens: readonly Token[], k: number, prose: ProseTest): boolean {
  const t = tokens[k];
  if (t === undefined || t.pos !== 'PROPN' || !t.capitalised) return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined || !prev.capitalised || prev.pos !== 'PROPN' || !lastOfName(tokens, k)) return false;
  // the name must start inside the sentence: a capitalised sentence opener alone is no first name
  return neighbour(tokens, k - 2, t.sentence) !== undefined && prose(k);
}

/**
 * True when the capitalised word at `k` ends its name: not followed by another capitalised word (a
 * title before a name: "Venezuelan Dictator Marcos Perez") nor modifying a common noun ("Communist
 * associations").
 */
function lastOfName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = t === undefined ? undefined : neighbour(tokens, k + 1, t.sentence);
  if (next === undefined) return true;
  return !next.capitalised && next.pos !== 'NOUN' && next.pos !== 'PROPN';
}

/** Lower-case forms of the last words of multi-word names in the document ("specter" of "Arlen Specter"). */
function nameTails(tokens: readonly Token[], prose: ProseTest): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t !== undefined && nameContinuation(tokens, k, prose)) out.add(t.normal);
  }
  return out;
}

/**
 * A one-word entry written with a capital inside an ordinary sentence is a proper name, not the
 * common word, when it ends a multi-word name or repeats the last word of one used in the document:
 * a surname ("Sen. Arlen Specter" ... "Mr. Specter"; "Rep. Louise Slaughter") or a title ("the Daily
 * Beast"). Headlines in title case and sentence-initial capitals are left alone.
 */
function properName(tokens: readonly Token[], k: number, names: ReadonlySet<string>, prose: ProseTest): boolean {
  const t = tokens[k];
  // all capitals shout the word ("A TOTAL RACIST"), they do not name anyone
  if (t === undefined || t.pos !== 'PROPN' || neighbour(tokens, k - 1, t.sentence) === undefined || t.value === t.value.toUpperCase()) return false;
  if (nameContinuation(tokens, k, prose)) return true;
  return names.has(t.normal) && lastOfName(tokens, k) && prose(k);
}

/** Verbs of repeating someone else's script ("parroting talking points"). */
const SCRIPT_VERBS = new Set(['parrot', 'repeat', 'recite', 'regurgitate', 'echo', 'spout', 'peddle', 'push', 'adopt', 'memorize']);

/** Sides whose script "talking points" can name ("Republican talking points", "the Kremlin's talking points"). */
const SCRIPT_OWNERS = new Set(['party', 'partisan', 'republican', 'republicans', 'democratic', 'democrat', 'democrats', 'gop', 'liberal', 'liberals', 'conservative', 'conservatives', 'leftist', 'leftists', 'left', 'right', 'right-wing', 'left-wing', 'progressive', 'progressives', 'kremlin', 'communist', 'industry', 'lobby', 'propaganda']);

/**
 * "Talking points" dismisses speech as a script only when the phrase names the side whose script it
 * is or says that someone repeats it ("parroting Republican talking points", "leftist talking
 * points", "the Kremlin's talking points"); in
 * ordinary reporting the words name a literal briefing document that is drafted, edited, requested
 * and released ("asked for talking points to use with reporters", "the original talking points").
 */
function scriptedPoints(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k];
  if (head === undefined) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j -= 1) {
    const t = neighbour(tokens, j, head.sentence);
    if (t === undefined || t.isPunct) return false;
    // gerunds the tagger leaves unlemmatised ("kept repeating talking points")
    if (SCRIPT_VERBS.has(t.lemma) || SCRIPT_VERBS.has(t.normal.replace(/(?:ing|ed|s)$/, ''))) return true;
    if (SCRIPT_OWNERS.has(t.normal)) return true;
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
 * @returns a test that keeps (true) or vetoes (false) one match of the loaded-terms lexicon
 * @example
 * ```ts
 * const doc = buildDoc('The Iranian regime denied it. Critics call it a brutal regime.');
 * const accept = acceptLoaded(doc.tokens);
 * matchLexicon(doc.tokens, builtinCompiled('loaded')).map((m) => [m.entry.term, accept(m)]);
 * // [['regime', false], ['brutal', true], ['regime', true]]
 * ```
 */
export function acceptLoaded(tokens: readonly Token[], attributions: readonly Attribution[] = []): (m: LexiconMatch) => boolean {
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
    if (m.to - m.from === 1 && tokens[m.from]?.capitalised === true && m.entry.caseSensitive !== true) {
      names ??= nameTails(tokens, prose);
      if (properName(tokens, m.from, names, prose)) return false;
    }
    if (m.entry.id === 'loaded-talking-points' && !scriptedPoints(tokens, m.from)) return false;
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
    if (prev === undefined || !prev.capitalised) return false;
  } else if (compounds && prev.pos === 'NOUN' && !prev.capitalised && !prev.isPunct) {
    return true;
  }
  if (!prev.capitalised || !(prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'NOUN')) return false;
  // a capitalised first word of the sentence is not a name ("Regime change ...", "Corrupt regime")
  return neighbour(tokens, j - 1, head.sentence) !== undefined;
}

export const loadedTermsMarker: Marker<'loaded'> = {
  id: 'loaded',
  description: 'Loaded and pejorative wording, by category and weight.',
  detect(ctx: MarkerContext): Finding[] {
    return lexicalFindings(ctx, 'loaded', ctx.lexicons.loaded, acceptLoaded(ctx.doc.tokens, ctx.attributions), widenLabel, widenLabelStart);
  },
};
