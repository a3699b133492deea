/**
 * Stage 4b, indirect speech and "according to". Reads the cues that govern no quotation, with
 * their sources; adds one attribution per cue that reports: its source (or none: a passive, a
 * raising verb, "reportedly", a speaker the rules cannot find) and its content (`content.ts`).
 * Passes on which of them are speech cues kept without a source, since those swallow no nested
 * belief (`order.ts`).
 */
import { lowerBound, neighbour } from '../../doc/build-doc';
import type { AttributionKind, AttributionSource, Span } from '../../types';
import { classify } from './classify';
import { subjectVerbAt } from './clause';
import { clauseAfter, contentRest, quotedWordsIn, reportedContent } from './content';
import { attributionCue, PREP_CUES, type Cue } from './cues';
import type { DocIndex } from './document';
import type { Found } from './order';
import { npRight, timeWord } from './phrases';
import { sourceWithin, type Sources } from './source';
import { nounPossessor, sentenceLimit } from './subject';
import { clausalComplement, impersonalPassive, openingAsked, passiveForm } from './verb-forms';

/** What the indirect stage passes on. */
export interface IndirectResult {
  /** Indirect and "according to" attributions, in cue order. */
  readonly found: readonly Found[];
  /** Cue starts of the speech attributions kept without a source ({@link bareReport}). */
  readonly bare: ReadonlySet<number>;
}

/** One cue's attribution, and whether it is a bare report. */
interface Reported {
  /** The attribution. */
  readonly attribution: Found;
  /** A speech cue kept without a source ({@link bareReport}). */
  readonly bare: boolean;
}

/**
 * The indirect attributions of the cues not in `used`.
 *
 * @example
 * ```ts
 * indirectSpeech(sources, new Set()).found.map((a) => a.source?.canonical); // ['Kirby'] for "Kirby said that it failed."
 * ```
 */
export function indirectSpeech(s: Sources, used: ReadonlySet<Cue>): IndirectResult {
  const found: Found[] = [];
  const bare = new Set<number>();
  for (const cue of s.cx.cues) {
    if (used.has(cue)) continue;
    const r = reported(s, cue);
    if (r === null) continue;
    found.push(r.attribution);
    if (r.bare) bare.add(r.attribution.order);
  }
  return { found, bare };
}

/** The attribution that `cue` reports on its own, or null when it reports nothing. */
function reported(s: Sources, cue: Cue): Reported | null {
  const { ix } = s;
  const { doc, tokens, words } = ix;
  const first = tokens[cue.from];
  if (first === undefined) return null;
  const sentence = doc.sentences[first.sentence];
  if (sentence === undefined) return null;
  if (words.quoteOnlyCues.has(cue.lemma)) return null;
  if (telephoned(ix, cue, sentence.tokenEnd)) return null;
  // the writer's question, unless its cue is a tag set off by commas ("Why, she asked, would …")
  if (writerQuestion(ix, sentence.tokenStart, sentence.tokenEnd) && mainClauseCue(ix, sentence.tokenStart, cue.from) && !(tokens[cue.from - 1]?.value === ',' && tokens[cue.to]?.value === ',') && !(tokens[cue.to]?.value === ',' && tokens[cue.from - 2]?.value === ',')) return null;
  const make = (kind: AttributionKind, source: AttributionSource | null, content: Span | null, quotedWords: number, bareReport = false): Reported => ({
    attribution: { kind, cue: attributionCue(ix, cue), source, content, sentence: first.sentence, quotedWords, position: 'body', order: first.start },
    bare: bareReport,
  });
  const prep = PREP_CUES.has(cue.lemma);
  const bare = (): Reported | null => (bareReport(ix, cue) ? make('indirect', null, clauseAfter(ix, cue.to, sentence.tokenEnd), 0, true) : null);
  if (cue.nominal === true) {
    const owner = nounPossessor(ix, cue.from);
    return make('indirect', owner === null ? null : classify(ix, owner), clauseAfter(ix, cue.to + 1, sentence.tokenEnd), 0);
  }
  // "X seems to …", "it appears that …": the writer's inference about X, with no reported source
  if (words.raisingCues.has(cue.lemma)) return make('indirect', null, clauseAfter(ix, cue.to, sentence.tokenEnd), 0);
  // passives ("is expected to", "was asked", "is widely seen as") have no source but their "by"
  // agent ("was criticized by Democrats"): their subject is the topic, not the speaker
  // "reportedly" attributes to unnamed reports: no source of its own
  const source = cue.lemma === 'reportedly' ? null : sourceWithin(s, cue, sentenceLimit(tokens, doc, cue.from));
  if (source === null) {
    if (elidedPassive(ix, cue)) return null;
    if (openingAsked(ix, cue.from, cue.to) || impersonalPassive(tokens, cue.from, cue.to) || reportsWithoutFoundSource(ix, cue)) {
      return make(prep ? 'according-to' : 'indirect', null, clauseAfter(ix, cue.to, sentence.tokenEnd), 0);
    }
    return bare();
  }
  // the speaker is a lone unknown word ("Read said"): the cue still reports
  if (source.kind === 'unknown' && !prep && (cue.verbClass === 'cognition' || (source.end - source.start === tokens[lowerBound(tokens, source.start)]?.value.length && !bareSayer(ix, source.start, cue)))) return bare();
  // a document put out ("a poll released on Tuesday", "emails published last week"): the participle
  // modifies its noun, nothing is reported
  if (source.kind === 'document' && words.documentParticiples.has(cue.lemma) && passiveForm(first)) return null;
  // evidence needs a document or data source, or a reported clause: "Their experience shows that …"
  if (cue.verbClass === 'evidence' && source.kind === 'unknown' && !prep && !(tokens[cue.to]?.normal === 'that' && clausalComplement(ix, cue.to))) return null;
  // "it" speaks only through a speech verb ("It said it decided …"), not "it seems", "it shows";
  // as a dummy or topic subject ("it remains to be said") the cue still reports
  if (source.kind === 'pronoun' && source.canonical === 'it' && !(cue.verbClass === 'speech' && itSpeaks(ix, cue))) return bare();
  const content = reportedContent(ix, s.cx, cue, source, sentence);
  const out = make(prep ? 'according-to' : 'indirect', source, content, content === null ? 0 : quotedWordsIn(doc, content.start, content.end));
  const rest = content === null ? null : contentRest(ix, cue, source, sentence, content);
  if (rest !== null) {
    out.attribution.contentRest = rest;
    out.attribution.quotedWords += quotedWordsIn(doc, rest.start, rest.end);
  }
  return out;
}

/**
 * A one-word subject of "say" that still names speakers: a count or share of respondents ("43
 * said", "most say", "half said") or a capitalised surname the tagger did not read as a name.
 */
function bareSayer(ix: DocIndex, start: number, cue: Cue): boolean {
  if (cue.lemma !== 'say') return false;
  const { tokens } = ix;
  const t = tokens[lowerBound(tokens, start)];
  if (t === undefined) return false;
  return t.pos === 'NUM' || ix.words.quantifierHeads.has(t.normal) || (t.capitalised && t.i > 0 && tokens[t.i - 1]?.sentence === t.sentence);
}

/**
 * A cue that reports even though its speaker was not found: "according to" always does, and a speech
 * verb followed by a reported clause or quotation ("…, said six million people who …", "most of
 * them said they …") attributes that clause to someone.
 */
function reportsWithoutFoundSource(ix: DocIndex, cue: Cue): boolean {
  if (cue.lemma === 'according to' || cue.lemma === 'reportedly') return true;
  if (cue.verbClass !== 'speech' || PREP_CUES.has(cue.lemma)) return false;
  let k = cue.to;
  if (ix.words.addresseeCues.has(cue.lemma)) {
    const obj = npRight(ix, k, ix.tokens.length);
    if (obj !== null) k = obj.to;
  }
  return clausalComplement(ix, k);
}

/**
 * A speech verb whose speaker was not found (or is a lone unknown word, or a dummy "it") still
 * reports: it is kept as a cue without a source ("…, those surveyed said", "Hawkins and others who
 * want to ban abortion said"). Not a noun or adjective reading ("their say", "a telling sign"), a
 * byline ("contributed reporting", "for comment") or an idiom ("that said", "enough said", "all
 * told", "say," meaning "for example").
 *
 * @example
 * ```ts
 * bareReport(ix, cue); // true for "said" in "…, those surveyed said."; false in "That said, …"
 * ```
 */
export function bareReport(ix: DocIndex, cue: Cue): boolean {
  const { tokens } = ix;
  const t = tokens[cue.from];
  if (t === undefined || cue.verbClass !== 'speech' || ix.words.notBareCues.has(cue.lemma) || t.pos === 'NOUN' || t.pos === 'ADJ') return false;
  const prev = tokens[cue.from - 1];
  const next = tokens[cue.to];
  const prevWord = neighbour(tokens, cue.from - 1, t.sentence)?.normal ?? '';
  if (prevWord === 'for' || prevWord === 'contributed' || prevWord === 'that' || prevWord === 'which') return false;
  if (cue.lemma !== 'say' && cue.lemma !== 'tell') return true;
  if (prevWord === 'enough' || prevWord === 'all' || prevWord === 'most') return false;
  if (prevWord === ',' && next !== undefined && next.value === ',') return false;
  return !(t.normal === 'telling' && (prev === undefined || prev.pos === 'DET' || prev.pos === 'ADV'));
}

/**
 * A participle cue that reports nothing: after a subordinator with its clause elided ("will back
 * it up if asked", "when asked, he …", "as expected") or a passive with no agent and nothing after
 * it ("it would be dismissed.", "the request was denied,"): no speaker is meant and nothing is said.
 */
function elidedPassive(ix: DocIndex, cue: Cue): boolean {
  const { tokens } = ix;
  const t = tokens[cue.to - 1];
  if (t === undefined || cue.to - cue.from !== 1 || !passiveForm(t)) return false;
  const prev = neighbour(tokens, cue.from - 1, t.sentence);
  const next = tokens[cue.to];
  const after = tokens[cue.to + 1];
  const quoteAfter = after !== undefined && after.sentence === t.sentence && (after.quote >= 0 || /^["“‘']$/.test(after.value));
  const ends = next === undefined || next.sentence !== t.sentence || (/^[.,;?!]$/.test(next.value) && next.quote < 0 && !quoteAfter);
  if (prev === undefined || !ends) return false;
  if (ELIDING.has(prev.normal)) return true;
  const beFrom = prev.pos === 'ADV' || prev.pos === 'PART' ? neighbour(tokens, cue.from - 2, t.sentence) : prev;
  return beFrom !== undefined && (beFrom.lemma === 'be' || beFrom.lemma === 'get');
}

/**
 * "call" as a telephone call, not a label: its object is followed by the sentence end, a time
 * phrase or a second verb ("Trump called Abe on Monday.", "in calling the Russians and asking …"), where the labelling "call" has a second noun phrase, an adjective or a quotation after
 * its object ("called the lawsuit frivolous", "called it a hoax").
 */
function telephoned(ix: DocIndex, cue: Cue, sentenceEnd: number): boolean {
  if (cue.lemma !== 'call' || cue.to - cue.from !== 1) return false;
  const obj = npRight(ix, cue.to, sentenceEnd);
  if (obj === null) return false;
  // the object phrase may have taken the complement adjective in ("the lawsuit frivolous")
  if (ix.tokens[obj.to - 1]?.pos === 'ADJ') return false;
  const next = ix.tokens[obj.to];
  if (next === undefined || obj.to >= sentenceEnd) return true;
  if (next.quote >= 0 || /^["“‘']$/.test(next.value)) return false;
  if (next.isPunct) return /^[.;?!]$/.test(next.value);
  // a second verb coordinated after the object ("calling the Russians and asking …"), not a
  // coordinated object ("called both Trump and Clinton liars")
  const after = ix.tokens[obj.to + 1];
  if (next.pos === 'CCONJ') return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
  // a time phrase after the object ("called Abe on Monday", "called him last week"); a
  // prepositional phrase of the object ("called Obama's ignorance of … a mistake") is no sign
  if (timeWord(next, ix.words)) return true;
  return (next.normal === 'on' || next.normal === 'at' || next.normal === 'last' || next.normal === 'this') && after !== undefined && timeWord(after, ix.words);
}

/** Subordinators before an elided clause ("if asked", "when asked", "as expected"). */
const ELIDING = new Set(['if', 'when', 'unless', 'once', 'until', 'as', 'whenever']);

/**
 * "It said …", "it added that …", "It says foreign nationals can be …": a finite speech verb right
 * after "it" with a reported clause (led by "that", a pronoun or a noun phrase and its finite verb)
 * or a quotation after it, or after a relative that fronts what was said ("what it said was …").
 */
function itSpeaks(ix: DocIndex, cue: Cue): boolean {
  const t = ix.tokens[cue.from];
  if (t === undefined || !ix.words.itSpeechCues.has(cue.lemma) || t.normal.endsWith('ing') || t.normal === t.lemma) return false;
  // the object of the saying fronted as a relative: "presented what it said was evidence"
  const rel = ix.tokens[cue.from - 2];
  if (ix.tokens[cue.from - 1]?.normal === 'it' && rel !== undefined && rel.sentence === t.sentence && (rel.normal === 'what' || rel.normal === 'which')) return true;
  return clausalComplement(ix, cue.to) || ix.tokens[cue.to]?.isPunct === true || subjectVerbAt(ix, cue.to, t.sentence);
}

/**
 * The writer's own question (a rhetorical or section question: "What has Trump said about the
 * inquiry?", "Has anyone been charged?"): a sentence outside quotation marks that ends in "?" and
 * opens with an auxiliary or a question word. Its cue asks whether or what someone said; it
 * attributes nothing to them.
 */
function writerQuestion(ix: DocIndex, from: number, to: number): boolean {
  const { tokens, words } = ix;
  const first = tokens[from];
  let last = to - 1;
  while (last > from && /^["”’')\]]$/.test(tokens[last]?.value ?? '')) last -= 1;
  const end = tokens[last];
  if (first === undefined || end === undefined || end.value !== '?' || end.quote >= 0 || first.quote >= 0 || /^["“‘']$/.test(first.value)) return false;
  for (let k = from; k < to; k += 1) if ((tokens[k]?.quote ?? -1) >= 0) return false;
  return first.pos === 'AUX' || (words.questionWords.has(first.normal) && first.normal !== 'if' && first.normal !== 'whether');
}

/**
 * True when no relative pronoun, "that" or clause boundary stands between the sentence start
 * `from` and the cue at `k`: the cue is the question's own verb, not one of a relative clause
 * inside it ("… a movement that insists they are …?" reports the movement's insisting).
 */
function mainClauseCue(ix: DocIndex, from: number, k: number): boolean {
  const { tokens, words } = ix;
  for (let j = from + 1; j < k; j += 1) {
    const t = tokens[j];
    if (t !== undefined && (t.normal === 'that' || words.relatives.has(t.normal) || t.normal === 'whom' || words.clauseBoundary.has(t.normal))) return false;
  }
  return true;
}
