/**
 * Complement tests of the cue stage for verbs whose reporting sense depends on what follows them:
 * a clause ("concluded that …"), a speech act as object ("offered his condolences"), or nothing at
 * all because the cue stands in a reporting position after its content ("“…,” he maintained.").
 * Pure tests on the document index; `cue-context.ts` applies them per word class.
 */
import { neighbour, type Token } from '../../doc/build-doc';
import type { DocIndex } from './document';
import { npRight, pastTimePhrase } from './phrases';
import { clausalComplement, tensedVerb } from './verb-forms';

/** Punctuation that ends the clause of a cue standing after its content. */
const CLAUSE_END = new Set([',', '.', ';', '!', '?', '—', '–', ')', ':']);

/** A quotation mark, in any of the styles news text uses ("", “”, ‘’, `` '', and '' read as two ' tokens). */
const QUOTE_MARK = /^(?:["“”‘’']|''|``)$/;

/** A quotation mark or a word inside a quotation. */
function quoted(t: Token): boolean {
  return t.quote >= 0 || QUOTE_MARK.test(t.value);
}

/**
 * True when token `i` closes a quoted statement: a quotation mark with clause punctuation before it
 * or a comma after it ("…,” he said", "…” , he said"), not a quoted name or mention ("the
 * “state.gov” address"). A comma after the mark counts as the mark's.
 */
function statementEnd(tokens: readonly Token[], i: number): boolean {
  let j = i;
  if (tokens[j]?.value === ',') j -= 1;
  if (!QUOTE_MARK.test(tokens[j]?.value ?? '')) return false;
  if (j < i) return true;
  let m = j;
  while (m > 0 && QUOTE_MARK.test(tokens[m]?.value ?? '')) m -= 1;
  const before = tokens[m];
  return (before !== undefined && CLAUSE_END.has(before.value)) || tokens[i + 1]?.value === ',';
}

/**
 * A clause, question or quotation after the cue at `k`, adverbs aside, or after a time phrase
 * ("concluded Friday that …", {@link pastTimePhrase}) or a short prepositional phrase ("concluded in that case that
 * …") before a "that" clause.
 *
 * @example
 * ```ts
 * clauseAfter(ix, 1); // true in "Investigators concluded Friday that the fire was set"
 * ```
 */
export function clauseAfter(ix: DocIndex, k: number): boolean {
  const { tokens, words } = ix;
  const t = tokens[k];
  if (t === undefined) return false;
  if (clausalComplement(ix, k + 1)) return true;
  const first = neighbour(tokens, k + 1, t.sentence);
  // an extracted object: "an investment he concludes has constituted …"
  const before = tokens[k - 1];
  if (first?.pos === 'AUX' && before !== undefined && (before.pos === 'PRON' || before.pos === 'PROPN') && tokens[k - 2]?.pos === 'NOUN') return true;
  // "concluded, ''he was …''": a comma, then a quotation in any style
  if (first?.value === ',' && QUOTE_MARK.test(tokens[k + 2]?.value ?? '') && tokens[k + 2]?.sentence === t.sentence) return true;
  const sentenceEnd = ix.doc.sentences[t.sentence]?.tokenEnd ?? tokens.length;
  const j = pastTimePhrase(ix, k + 1, sentenceEnd, false);
  if (j > k + 1 && clausalComplement(ix, j)) return true;
  // a clause without "that" whose subject is a noun phrase: "agencies concluded Russian agents
  // hacked …" (a tensed verb right after the phrase; "concluded the talks on Friday" has none)
  const subject = first !== undefined && (first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'ADJ' || first.pos === 'DET') ? npRight(ix, k + 1, sentenceEnd) : null;
  const verb = subject === null ? undefined : tokens[subject.to];
  if (verb?.sentence === t.sentence && tensedVerb(verb)) return true;
  if (first?.pos !== 'ADP') return false;
  // a prepositional phrase, then "that" and a clause subject ("concluded in a January 2017 report
  // that Russian agents hacked …"); not when "that" is the complement of a reporting noun ("ran
  // counter to his earlier statements that …") or a relative ("in a report that said")
  const pp = npRight(ix, k + 2, Math.min(k + 8, sentenceEnd));
  const that = pp === null ? undefined : tokens[pp.to];
  const head = pp === null ? undefined : tokens[pp.to - 1];
  const after = pp === null ? undefined : tokens[pp.to + 1];
  if (that?.normal !== 'that' || head === undefined || after === undefined || after.sentence !== t.sentence) return false;
  if (words.reportingNouns.has(head.lemma) || words.speechActNouns.has(head.lemma)) return false;
  return after.pos !== 'VERB' && after.pos !== 'AUX' && !after.isPunct;
}

/**
 * True when the cue at `k` stands after its content, so it needs no object:
 * - right after a quotation ("…,'' concluded a 2013 article");
 * - after its subject (at most five name, noun, pronoun, determiner or adjective tokens) that
 *   follows a quotation ("“We did nothing wrong,” he maintained.", "“…,” Bozell concludes on the
 *   matchup");
 * - or after a subject that follows a comma, with clause-final punctuation after the cue ("The
 *   plan, officials concluded, had failed.").
 * "The interview concluded." and "After the talks concluded, …" have no such subject.
 *
 * @example
 * ```ts
 * reportingPosition(ix, 6); // true in "“We did nothing wrong,” he maintained."
 * ```
 */
export function reportingPosition(ix: DocIndex, k: number): boolean {
  const { tokens } = ix;
  const t = tokens[k];
  if (t === undefined) return false;
  const before = neighbour(tokens, k - 1, t.sentence);
  if (before === undefined || t.pos !== 'VERB') return false;
  if (statementEnd(tokens, k - 1)) return true;
  let j = k + 1;
  while (tokens[j]?.pos === 'ADV' && tokens[j]?.sentence === t.sentence) j += 1;
  const next = neighbour(tokens, j, t.sentence);
  const clauseEnds = next === undefined || CLAUSE_END.has(next.value) || quoted(next);
  for (let i = k - 1, n = 0; n <= 5; i -= 1, n += 1) {
    const u = neighbour(tokens, i, t.sentence);
    if (u === undefined) return false;
    if (n > 0 && statementEnd(tokens, i)) return true;
    if (u.value === ',') return n > 0 && clauseEnds;
    const subjectWord = u.pos === 'PROPN' || u.pos === 'NOUN' || u.pos === 'PRON' || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'ADV' || u.value === '.';
    if (!subjectWord) return false;
  }
  return false;
}

/**
 * True when the object of the cue at `k` is a speech act: a noun of the object phrases after it (the
 * first two, for "offered the crowd an emotional evaluation") that is a document of the sources
 * lexicon, a reporting noun or a speech-act noun ("offered his condolences", "offered no
 * explanation"; not "offered a pardon to Flynn", "offers undeniable benefits"); or a to-infinitive
 * of a commissive ("offered to resign").
 *
 * @example
 * ```ts
 * speechObject(ix, 1); // true in "Smith offered his condolences"; false in "Smith offered a pardon"
 * ```
 */
export function speechObject(ix: DocIndex, k: number): boolean {
  const { tokens, words } = ix;
  const t = tokens[k];
  if (t === undefined) return false;
  const first = neighbour(tokens, k + 1, t.sentence);
  if (first?.normal === 'to') return true;
  for (let j = k + 1; j < k + 9; j += 1) {
    const w = neighbour(tokens, j, t.sentence);
    if (w === undefined) return false;
    // a plural noun right after the verb that the tagger read as a verb ("offered promises Monday")
    const misread = j === k + 1 && w.pos === 'VERB' && w.normal.endsWith('s') && w.normal !== w.lemma;
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || misread) {
      if (speechNoun(ix, j) || words.epistemicNouns.has(w.lemma)) return true;
      continue;
    }
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'ADV' || w.pos === 'NUM' || w.pos === 'PRON' || w.value === '-')) return false;
  }
  return false;
}

/**
 * True when the noun at `j` names a statement: a document of the sources lexicon, a reporting noun
 * or a speech-act noun ("statement", "claim", "condolences"). The object test of document-only and
 * speech-object cues.
 *
 * @example
 * ```ts
 * speechNoun(ix, 3); // true for "statement" in "He issued a statement"
 * ```
 */
export function speechNoun(ix: DocIndex, j: number): boolean {
  const w = ix.tokens[j];
  if (w === undefined) return false;
  const { words } = ix;
  return ix.sourceCats.get(j) === 'source.document' || words.reportingNouns.has(w.lemma) || words.speechActNouns.has(w.lemma) || words.speechActNouns.has(w.normal);
}
