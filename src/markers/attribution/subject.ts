/**
 * Where a cue's speaker stands in its sentence: the clause's subject after an introductory phrase,
 * a subject left of appositions and relative clauses, a passive's "by" agent, the possessor of a
 * reporting noun, and the first token a source may start at. Pure functions of the document index;
 * `source.ts` chooses among them.
 */
import { neighbour, type AnalyzedDoc, type Token } from '../../doc/build-doc';
import type { Span } from '../../types';
import { npRight, pastTimePhrase, properish, spacedDash, timeWord, type Np, type PhraseScope } from './phrases';

/** Introductory parts of speech skipped before a sentence's subject ("But", "Still,", "On Sunday,"). */
const INTRO_POS = new Set(['CCONJ', 'ADV', 'ADP', 'SCONJ', 'INTJ']);

/**
 * First token a cue's source may start at: its sentence's start, or the previous sentence's when
 * the sentence splitter broke after an abbreviation or a parenthesis ("Sen. X (R-Ky.) said …"),
 * which shows as a sentence that opens with a lower-case word.
 *
 * @example
 * ```ts
 * sentenceLimit(doc.tokens, doc, k); // the start of k's sentence, or of the one before
 * ```
 */
export function sentenceLimit(tokens: readonly Token[], doc: AnalyzedDoc, k: number): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  const sentence = doc.sentences[t.sentence];
  const start = sentence?.tokenStart ?? 0;
  const opener = tokens[start];
  const before = tokens[start - 1];
  if (opener !== undefined && before !== undefined && opener.isWord && !opener.capitalised && /^\p{Ll}/u.test(opener.value) && before.paragraph === opener.paragraph && (before.value === ')' || before.value === '.' && /^\p{Lu}/u.test(tokens[start - 2]?.value ?? ''))) {
    return doc.sentences[before.sentence]?.tokenStart ?? start;
  }
  return pastDateline(tokens, start, k);
}

/**
 * Past a wire dateline that opens a paragraph ("TEL AVIV (Reuters) - ", "WASHINGTON (AP) — ",
 * "BEIJING — "): a place in capitals, an optional agency in parentheses and a dash, within the first
 * nine tokens and before `k`. The dateline is no part of the subject that follows it.
 */
function pastDateline(tokens: readonly Token[], start: number, k: number): number {
  const first = tokens[start];
  if (first === undefined || (start > 0 && tokens[start - 1]?.paragraph === first.paragraph) || !/^\p{Lu}{2,}/u.test(first.value)) return start;
  let depth = 0;
  for (let j = start; j < Math.min(k, start + 9); j += 1) {
    const u = tokens[j] as Token;
    if (u.value === '(') depth += 1;
    else if (u.value === ')') depth -= 1;
    else if (depth === 0 && (u.value === '—' || u.value === '–' || u.value === '--' || spacedDash(tokens, j))) return j + 1;
    else if (depth === 0 && !(u.value === ',' || u.value === '.' || /^\p{Lu}[\p{Lu}.\-']*$/u.test(u.value))) return start;
  }
  return start;
}

/**
 * The subject of a cue separated from it by comma-delimited appositions, relative clauses or asides
 * ("Paris, who used to work on Capitol Hill, said"; "Harry Bond, 30, of Raleigh, N.C., said"). Walks
 * left over comma segments to a clause boundary (sentence start, quotation mark, colon, semicolon,
 * dash) and takes the first segment after it that is a whole noun phrase, skipping an introductory
 * phrase ("In a call Monday,") and time expressions ("Last week,"). Linear in the segment length.
 *
 * @example
 * ```ts
 * subjectAcrossCommas(ix, 8, 0); // { from: 0, to: 1 }: "Paris" in "Paris, who used to work there, said so." (cue at 8)
 * ```
 */
export function subjectAcrossCommas(sc: PhraseScope, at: number, limit: number): Np | null {
  const { tokens, words } = sc;
  const cueTok = tokens[at];
  if (cueTok === undefined) return null;
  let e = at - 1;
  while (e >= limit && (tokens[e]?.pos === 'ADV' || tokens[e]?.pos === 'AUX' || tokens[e]?.pos === 'PART') && tokens[e]?.sentence === cueTok.sentence) e -= 1;
  if (e < limit || tokens[e]?.value !== ',') return null;
  const commas: number[] = [];
  let boundary = limit - 1;
  let depth = 0;
  for (let k = e - 1; ; k -= 1) {
    if (k < limit) break;
    if (k < e - 60) return null;
    const t = tokens[k];
    if (t === undefined || t.sentence !== cueTok.sentence) {
      boundary = k;
      break;
    }
    if (t.value === ')') depth += 1;
    else if (t.value === '(') depth -= 1;
    if (depth > 0) continue;
    if (t.quote >= 0 || /^["“”‘’]$/.test(t.value) || t.value === ';' || t.value === ':' || t.value === '—' || t.value === '–') {
      boundary = k;
      break;
    }
    if (t.value === ',') commas.push(k);
  }
  if (commas.length === 0) return null;
  commas.reverse();
  let segStart = boundary + 1;
  for (const c of commas) {
    while (segStart < c && (tokens[segStart]?.pos === 'CCONJ' || tokens[segStart]?.pos === 'SCONJ')) segStart += 1;
    const np = npRight(sc, segStart, c);
    const head = np === null ? undefined : tokens[np.to - 1];
    if (np !== null && np.to === c && head !== undefined && !words.timeHeads.has(head.normal) && head.pos !== 'NUM') {
      const lead = tokens[np.from];
      return lead !== undefined && lead.pos === 'PRON' && !words.pronouns.has(lead.normal) ? null : np;
    }
    segStart = c + 1;
  }
  return null;
}

/**
 * Only punctuation, adverbs, time words or the earlier cue's own (inverted) source lie between an
 * earlier cue ending at `prevEnd` and a participle at `at` ("…, Nefzi said Tuesday, adding …").
 *
 * @example
 * ```ts
 * adjacentCue(ix, 3, 6, source); // true in "…, Nefzi said Tuesday, adding …"
 * ```
 */
export function adjacentCue(sc: PhraseScope, prevEnd: number, at: number, prevSource: Span): boolean {
  const { tokens } = sc;
  if (at - prevEnd > 8) return false;
  for (let k = prevEnd; k < at; k += 1) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.isPunct || t.pos === 'ADV' || timeWord(t, sc.words) || t.normal === 'on') continue;
    if (t.start >= prevSource.start && t.end <= prevSource.end) continue;
    return false;
  }
  return true;
}

/**
 * The subject of the main clause of the sentence that starts at `from`, before token `before`: the
 * noun phrase at the start (after an introductory phrase closed by a comma) that a verb follows.
 * With `appositive`, the subject followed by a comma that opens an apposition closed right before
 * the cue ("Mike Morrell, a veteran of the agency who retired in 2013, said").
 *
 * @example
 * ```ts
 * clauseSubject(ix, 0, cue.from); // "Cruz" in "Cruz took the stage, saying …"
 * ```
 */
export function clauseSubject(sc: PhraseScope, from: number, before: number, appositive = false): Np | null {
  const { tokens } = sc;
  let k = from;
  const first = tokens[k];
  if (first === undefined) return null;
  while (k < before && (tokens[k]?.isPunct === true || tokens[k]?.pos === 'CCONJ')) k += 1;
  const lead = tokens[k];
  if (lead !== undefined && INTRO_POS.has(lead.pos) && !(lead.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB')) {
    // skip to the comma that closes the introductory phrase
    let c = k;
    while (c < before && c < k + 15 && tokens[c]?.value !== ',') c += 1;
    if (tokens[c]?.value !== ',' || c >= before) return null;
    k = c + 1;
  }
  const np = npRight(sc, k, before);
  if (np === null) return null;
  if (appositive) {
    // the subject is followed by a comma that opens the apposition closed right before the cue
    const comma = tokens[np.to];
    const head = tokens[np.from];
    if (comma === undefined || comma.value !== ',' || head === undefined || head.pos === 'PRON' || before - np.to > 40) return null;
    return np;
  }
  return mainVerbFollows(sc, np, before) ? np : null;
}

/**
 * A verb follows the subject `np` before `before` (past an apposition or relative clause closed by
 * the same mark, a time phrase, and adverbs and auxiliaries; a copula also counts: "Weber is no fan of Trump but
 * lauded …"), and the subject is no relative pronoun nor "it".
 */
function mainVerbFollows(sc: PhraseScope, np: Np, before: number): boolean {
  const { tokens } = sc;
  let v = np.to;
  const opener = tokens[v];
  if (opener !== undefined && (opener.value === ',' || opener.value === '—' || opener.value === '–') && tokens[np.from]?.pos !== 'PRON') {
    // an apposition or relative clause closed by the same mark: "Priebus, who …, arrived"
    let c = v + 1;
    while (c < before && c < v + 40 && tokens[c]?.value !== opener.value) c += 1;
    if (c < before && tokens[c]?.value === opener.value) v = c + 1;
  }
  let copula = false;
  // a time phrase between subject and verb: "The administration on Tuesday embraced …"
  v = pastTimePhrase(sc, v, before, false);
  while (v < before && (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'PART')) {
    if (tokens[v]?.lemma === 'be') copula = true;
    v += 1;
  }
  const verb = tokens[v];
  // "Cruz, the only candidate to campaign there, told …" is not this case: keep it simple
  if (verb === undefined || v >= before || (verb.pos !== 'VERB' && !copula)) return false;
  const head = tokens[np.from];
  if (head !== undefined && head.pos === 'PRON' && !sc.words.pronouns.has(head.normal)) return false;
  return !(head !== undefined && head.pos === 'PRON' && head.normal === 'it');
}

/**
 * The possessor of a reporting noun at `k`: "Mr. Trump's claim" -> "Mr. Trump's", "his warning" ->
 * "his" (PolNeAR marks the possessive with its marker); an adjective may come between ("her
 * repeated claim").
 *
 * @example
 * ```ts
 * nounPossessor(ix, 3); // "Mr. Trump's" in "Mr. Trump's claim that …"
 * ```
 */
export function nounPossessor(sc: PhraseScope, k: number): Np | null {
  const { tokens } = sc;
  const t = tokens[k];
  if (t === undefined) return null;
  let p = k - 1;
  if (neighbour(tokens, p, t.sentence)?.pos === 'ADJ') p -= 1;
  const before = neighbour(tokens, p, t.sentence);
  if (before === undefined) return null;
  if (sc.words.possessives.has(before.normal)) return { from: p, to: p + 1 };
  if (before.normal === "'s" || before.value === "'" || before.value === '’') {
    // the name or noun run right before the marker ("Mr. Trump's", "the judges'"), never a
    // prepositional phrase around it ("inconsistencies with North Korea's")
    let from = p;
    while (from > p - 6) {
      const w = neighbour(tokens, from - 1, t.sentence);
      if (w === undefined || !(w.pos === 'PROPN' || w.pos === 'NOUN' || properish(w))) break;
      from -= 1;
    }
    if (from === p) return null;
    if (neighbour(tokens, from - 1, t.sentence)?.pos === 'DET') from -= 1;
    return { from, to: p + 1 };
  }
  return null;
}

/**
 * The agent of a passive report over tokens `[from, to)`: "was criticized by Democrats" ->
 * "Democrats"; "(When) asked by a reporter whether …" -> "a reporter" (PolNeAR marks the
 * questioner as the source of the question).
 *
 * @example
 * ```ts
 * passiveAgent(ix, 2, 3); // "Democrats" in "He was criticized by Democrats."
 * ```
 */
export function passiveAgent(sc: PhraseScope, from: number, to: number): Np | null {
  const by = sc.tokens[to];
  const last = sc.tokens[to - 1];
  if (by === undefined || by.normal !== 'by' || last === undefined || by.sentence !== last.sentence) return null;
  return npRight(sc, to + 1, sc.tokens.length);
}
