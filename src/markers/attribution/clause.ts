/**
 * Where a reported clause ends, and where one before a parenthetical cue starts. The content of
 * indirect speech (and the `reported` voice of its words) is the reported clause only: it ends where
 * the writer goes on in their own words (Bell 1991 on the reporting clause and the reported clause):
 *
 * - a sentence-level connective or subordinator (`attribution.clause-boundary`: "despite", "while",
 *   ", but", "however"), unless it opens the reported clause itself;
 * - a new main clause: ", and" / ", but" / ", so" with a subject and a verb after it, or a comma
 *   with a subject pronoun or a name and a finite verb after it;
 * - a participle clause after a comma (", going on offense with …", ", adding …");
 * - a non-restrictive "which" (", which surprised many"), ", according to";
 * - a parenthesis, a dash, a semicolon or a colon.
 *
 * Pure functions of the tokens and the word classes; the content stage (`content.ts`) asks them.
 */
import type { Token } from '../../doc/build-doc';
import type { PhraseScope } from './phrases';
import { timeWord } from './phrases';

/** Conjunctions that join main clauses after a comma. */
const JOINERS = new Set(['and', 'but', 'so', 'or', 'yet']);
/** Marks that end a reported clause outright. */
const HARD = /^(?:[;:(—–]|--|-)$/;

/**
 * A subject and a finite verb start at `k` ("he would", "the senate voted", "Clinton replied"), within a few tokens.
 *
 * @example
 * ```ts
 * subjectVerbAt(ix, 2, 0); // true in "It said officials concealed it" ("officials" at 2)
 * ```
 */
export function subjectVerbAt(sc: PhraseScope, k: number, sentence: number): boolean {
  const { tokens, words } = sc;
  const first = tokens[k];
  if (first === undefined || first.sentence !== sentence) return false;
  let j = k;
  if (first.pos === 'PRON') {
    if (!words.pronouns.has(first.normal) && first.normal !== 'it' && first.normal !== 'this' && first.normal !== 'that') return false;
    j = k + 1;
  } else if (first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'NUM') {
    while (j < k + 5) {
      const t = tokens[j];
      if (t === undefined || t.sentence !== sentence || !(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PART' && (t.normal === "'s" || t.normal === "'")))) break;
      j += 1;
    }
    if (j === k) return false;
  } else return false;
  while (tokens[j]?.pos === 'ADV' && j < k + 7) j += 1;
  const v = tokens[j];
  return v !== undefined && v.sentence === sentence && (v.pos === 'AUX' || (v.pos === 'VERB' && !v.normal.endsWith('ing')));
}

/**
 * The first token at or after `from` (before `limit`) where the reported clause that starts at
 * `from` has ended; `limit` when it runs to it. Quotation marks are not boundaries: a quotation
 * inside the clause is part of it.
 *
 * @example
 * ```ts
 * // "He said he would run despite the polls."
 * clauseEnd(ix, 2, 8); // 5: the clause "he would run" ends before "despite"
 * ```
 */
export function clauseEnd(sc: PhraseScope, from: number, limit: number): number {
  const { tokens, words } = sc;
  const first = tokens[from];
  if (first === undefined) return limit;
  const sentence = first.sentence;
  let depth = 0;
  for (let k = from; k < limit; k += 1) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) continue;
    if (k === from) continue;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1];
    if (HARD.test(t.value) && t.isPunct) {
      // a hyphen inside a word ("third-party") is no dash
      if (t.value === '-' && t.start === prev.end && next !== undefined && next.start === t.end) continue;
      return k;
    }
    if (t.value === ')') depth += 1;
    if (depth > 0) continue;
    if (words.clauseBoundary.has(t.normal) && t.pos !== 'NOUN') {
      // "but", "yet", "so" end it only after a comma or before a new subject and verb
      if (JOINERS.has(t.normal)) {
        if (prev.value === ',' || subjectVerbAt(sc, k + 1, sentence)) return prev.value === ',' ? k - 1 : k;
        continue;
      }
      // one that opens the clause ("said that while costly, it would work") is part of it
      if (prev.normal === 'that' || (prev.value === ',' && k - 1 === from)) continue;
      return prev.value === ',' ? k - 1 : k;
    }
    if (t.value !== ',' || next === undefined || next.sentence !== sentence) continue;
    if (JOINERS.has(next.normal) && subjectVerbAt(sc, k + 2, sentence)) return k;
    if (next.normal === 'which' || (next.normal === 'according' && tokens[k + 2]?.normal === 'to')) return k;
    if (next.pos === 'VERB' && next.normal.endsWith('ing') && !timeWord(next, words)) return k;
    if ((next.pos === 'PRON' && words.pronouns.has(next.normal)) || next.pos === 'PROPN') {
      if (subjectVerbAt(sc, k + 1, sentence)) return k;
    }
  }
  return limit;
}

/**
 * The first token of the clause that ends right before `end` (a comma before a parenthetical cue,
 * or "according to"): after the last hard mark (semicolon, colon, dash, parenthesis) or connective
 * boundary before it, not before `limit` (the sentence start).
 *
 * @example
 * ```ts
 * // "Costs rose; the talks will resume, he said."
 * clauseBefore(ix, 7, 0); // 3: "the talks will resume"
 * ```
 */
export function clauseBefore(sc: PhraseScope, end: number, limit: number): number {
  const { tokens, words } = sc;
  for (let k = end - 1; k > limit; k -= 1) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) continue;
    if (t.isPunct && (HARD.test(t.value) || t.value === ')')) {
      if (t.value === '-' && t.start === tokens[k - 1]?.end && tokens[k + 1]?.start === t.end) continue;
      return k + 1;
    }
    // ", but the talks will resume, he said": the clause after the connective (one that opens the
    // sentence, "While costs rose, the talks went on, he said", belongs to what was said)
    if (words.clauseBoundary.has(t.normal) && t.pos !== 'NOUN' && tokens[k - 1]?.value === ',') return k + 1;
  }
  return limit;
}

/**
 * The end of the rest of a reported clause that a parenthetical cue interrupts, or -1. The words
 * from `restFrom` (after the comma that closes the parenthetical) continue the clause `[from, to)`
 * before the cue when that clause is unfinished ("The documents, they said, show …": no finite verb;
 * "The plan was, officials said, a disaster": it ends on an auxiliary, a preposition, a determiner
 * or conjunction), or when they open with a finite verb of their own that has no subject ("The
 * campaign had warnings, the Democrats allege, embraced the meddling"). After a finished clause, a
 * conjunction ("…, he said, and called for …": the speaker's own next act), a new subject, a
 * participle (", citing …") or a relative ("where …") is the writer's again.
 *
 * @param limit - the sentence end (exclusive token index)
 * @returns the exclusive token index where the continued clause ends (`clauseEnd`), or -1
 * @example
 * ```ts
 * // "The plan , officials said , was a disaster ."
 * parentheticalRest(ix, 0, 2, 5, 9); // 8: "was a disaster"
 * ```
 */
export function parentheticalRest(sc: PhraseScope, from: number, to: number, restFrom: number, limit: number): number {
  const { tokens } = sc;
  const last = tokens[to - 1];
  let finite = false;
  for (let k = from; k < to && !finite; k += 1) {
    const t = tokens[k] as Token;
    if (t.quote < 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')))) finite = true;
  }
  const open = last !== undefined && (last.pos === 'AUX' || last.pos === 'ADP' || last.pos === 'DET' || last.pos === 'CCONJ' || last.pos === 'SCONJ' || last.pos === 'PART');
  let k = restFrom;
  while (k < limit && tokens[k]?.pos === 'ADV') k += 1;
  const first = tokens[k];
  if (first === undefined || k >= limit || first.isPunct) return -1;
  if (finite && !open && !(first.pos === 'AUX' || (first.pos === 'VERB' && !first.normal.endsWith('ing')))) return -1;
  const end = clauseEnd(sc, restFrom, limit);
  return end > restFrom ? end : -1;
}
