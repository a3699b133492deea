/**
 * Stage 4a, direct quotations. Reads the quotation groups, the cues and their sources; adds one
 * attribution per quotation that a cue governs: a cue after the closing mark (`," Kirby said`,
 * `," said Kirby`), a cue before the opening mark in the same sentence (`Kirby said: "…"`), a colon
 * (`Kirby: "…"`), or the previous speaker for a quotation that continues a quoted passage. Passes
 * on the cues it used, which indirect speech then leaves alone.
 */
import type { Token } from '../../doc/build-doc';
import type { Attribution, AttributionKind, AttributionSource, Span } from '../../types';
import { classify } from './classify';
import { attributionCue, colonCue, type Cue } from './cues';
import { textSpan } from './document';
import { quotedWordsIn } from './content';
import type { Found } from './order';
import { quotationUse } from '../quotation-use';
import { clauseFragment, quotedSubject } from './partial';
import { isNpToken, npLeft } from './phrases';
import type { QuoteGroup } from './quote-groups';
import { sourceWithin, type Sources } from './source';
import { nominalCue, passiveForm, SENTENCE_END } from './verb-forms';

/** A dash between a quotation and its cue ("“No comment”--said Mr. Ortiz", "“No” — said Kirby"). */
const DASH = /^(?:-{1,3}|[—–])$/;

/** What the direct-quotation stage passes on. */
export interface DirectResult {
  /** Direct, colon and continuation attributions, in quotation order. */
  readonly found: readonly Found[];
  /** The cues that govern a quotation. */
  readonly used: ReadonlySet<Cue>;
}

/** A cue with the speaker it gives a quotation. */
interface Chosen {
  /** The cue that governs the quotation. */
  readonly cue: Cue;
  /** Its speaker (never unknown). */
  readonly source: AttributionSource;
}

/** The last quotation attributed, which a following quotation may continue. */
interface LastDirect {
  /** Its index in the stage's attributions. */
  readonly index: number;
  /** The paragraph of its closing mark. */
  readonly paragraph: number;
  /** The sentence of its closing mark. */
  readonly sentence: number;
}

/** One quotation of the loop, with what its rules read. */
interface Quotation {
  /** The quotation group. */
  readonly g: QuoteGroup;
  /** Its first token (the opening mark). */
  readonly openTok: Token;
  /** Its last token (the closing mark, or the last quoted token). */
  readonly closeTok: Token;
  /** The quoted text, trimmed. */
  readonly contentText: string;
  /** Ends with punctuation or has four words or more: a whole utterance, not a phrase. */
  readonly fullUtterance: boolean;
  /**
   * Opens in lower case right after a word of its sentence ('would not be “appropriate for our
   * government …” to President Trump'): a piece of the writer's clause, which a cue further on
   * governs only when it follows the closing mark directly.
   */
  readonly inClause: boolean;
}

/**
 * The attributions of the document's quotations.
 *
 * @example
 * ```ts
 * directQuotes(sources, quoteGroups(doc)).found.map((a) => a.kind); // ['direct', 'continuation'] for "“We will not,” Kirby said. “Never.”"
 * ```
 */
export function directQuotes(s: Sources, groups: readonly QuoteGroup[]): DirectResult {
  const { ix } = s;
  const { doc, tokens } = ix;
  const found: Found[] = [];
  const used = new Set<Cue>();
  const byCue = new Map<Cue, Attribution>();
  let lastDirect: LastDirect | null = null;
  for (const g of groups) {
    if (g.firstTok < 0) continue;
    const openTok = tokens[g.firstTok];
    const closeTok = tokens[g.lastTok - 1];
    if (openTok === undefined || closeTok === undefined) continue;
    if (g.soCalled) continue; // the writer's own distancing, never reported speech
    const contentText = doc.text.slice(g.contentStart, g.contentEnd).trim();
    const opener = tokens[g.firstTok - 1];
    const firstWord = tokens[g.firstTok + 1];
    const inClause = opener !== undefined && opener.isWord && opener.sentence === openTok.sentence && firstWord !== undefined && firstWord.isWord && !firstWord.capitalised;
    const q: Quotation = { g, openTok, closeTok, contentText, fullUtterance: /[,.!?…:;—–-]$/.test(contentText) || g.words >= 4, inClause };
    // a title or name in quotation marks after a cue ("in his memoir, “A Higher Loyalty.”", "on
    // “Meet the Press”") names a work or a programme: it is not what the speaker said
    // (after a colon or right after its cue, a Title Case quotation is still speech: 'told the crowd: "Make America Great Again."')
    const lead = tokens[g.firstTok - 1];
    const introduced = lead === undefined || lead.value === ':' || (s.cx.at[g.firstTok - 1] ?? -1) >= 0;
    const use = quotationUse(doc, g.firstTok, g.firstTok + 1, g.lastTok - 1, ix.words.namingWords);
    const named = !introduced && use === 'name';
    // a quotation right after a naming participle ("a project, codenamed “Amad”, which he said …",
    // "a group called “Forward”") is the name of a thing, whoever speaks after it
    const naming = lead !== undefined && /ed$/.test(lead.normal) && use === 'mention';
    const after = naming ? null : cueAfter(s, q, used);
    const before = naming || named || after !== null ? null : cueBefore(s, q, used, byCue);
    const chosen = after ?? (before === 'partial' ? null : (before ?? (naming || named ? null : colonBefore(s, q))));
    const content = textSpan(doc, g.contentStart, g.contentEnd);
    const quotedWords = quotedWordsIn(doc, g.contentStart, g.contentEnd);
    if (chosen !== null) {
      const kind: AttributionKind = chosen.cue.verbClass === 'punctuation' ? 'colon' : 'direct';
      used.add(chosen.cue);
      found.push({ kind, cue: attributionCue(ix, chosen.cue), source: chosen.source, content, sentence: tokens[chosen.cue.from]?.sentence ?? openTok.sentence, quotedWords, position: 'body', order: g.contentStart });
      const added = found[found.length - 1];
      if (added !== undefined && !byCue.has(chosen.cue)) byCue.set(chosen.cue, added);
      lastDirect = { index: found.length - 1, paragraph: closeTok.paragraph, sentence: closeTok.sentence };
      continue;
    }
    // a named work or programme is not the previous speaker's next words either ('…,” Dermer told Bret Baier on “Special Report.”')
    // nor is a partial quote of an indirect report ('…, complaining his policies “go against …”')
    if (!named && !naming && before !== 'partial') lastDirect = continuation(s, q, found, lastDirect, content, quotedWords);
  }
  return { found, used };
}

/**
 * (a) A cue after the closing mark: `," Kirby said`, `," said Kirby`, `," he said`: within 14
 * tokens of the paragraph, over a noun phrase, commas and adverbs only; not after a quotation that
 * ends its sentence with a full stop.
 */
function cueAfter(s: Sources, q: Quotation, used: ReadonlySet<Cue>): Chosen | null {
  const { ix, cx } = s;
  const { doc, tokens } = ix;
  const { g, closeTok } = q;
  const paragraphEnd = doc.paragraphs[closeTok.paragraph]?.tokenEnd ?? tokens.length;
  const lastRegion = doc.quotes[g.regions[g.regions.length - 1] ?? -1];
  // a quotation ending with a full stop closes its sentence: no cue can follow it
  const endsSentence = /[.]["'”’]*$/.test(q.contentText) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|U\.S)\.$/.test(q.contentText);
  if (lastRegion === undefined || lastRegion.close === null || endsSentence) return null;
  for (let k = g.lastTok; k < paragraphEnd && k < g.lastTok + 14; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.quote >= 0 && k > g.lastTok) break;
    // no cue across a sentence end, even a full stop set apart right after the mark ("“…” . The statement also claimed that …")
    if (SENTENCE_END.has(t.value) && (k > g.lastTok || tokens[k + 1]?.sentence !== t.sentence)) break;
    if (doc.text.slice(t.start, t.end).match(/^["“”]$/)) break;
    const ci = cx.at[k] ?? -1;
    if (ci < 0) {
      if (!(isNpToken(t) || t.value === ',' || t.value === '.' || DASH.test(t.value) || t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'AUX' || t.value === '(' || t.value === ')')) break;
      continue;
    }
    const cue = cx.cues[ci];
    if (cue === undefined || used.has(cue) || cue.lemma === 'according to') break;
    const source = sourceWithin(s, cue, g.lastTok);
    const next = tokens[g.lastTok];
    const directlyAfter = next !== undefined && (next.value === ',' || next.isPunct || DASH.test(next.value) || next.i === cue.from || (source !== null && source.kind !== 'unknown' && tokens[g.lastTok]?.start === source.start));
    if (source !== null && ((q.fullUtterance && !q.inClause) || directlyAfter)) return { cue, source };
    break;
  }
  return null;
}

/**
 * (b) A cue before the opening mark in the same sentence: `Kirby said: "…"`, `said that "…"`, with
 * a known speaker. A cue that already governs a quotation keeps its speaker; a noun cue governs only
 * a quotation right after it ("his calls for “restraint”"). `'partial'` when the quotation
 * continues the clause after the cue's reported subject (a partial quote of indirect speech, never
 * the previous speaker's next words).
 */
function cueBefore(s: Sources, q: Quotation, used: ReadonlySet<Cue>, byCue: ReadonlyMap<Cue, Attribution>): Chosen | 'partial' | null {
  const { ix, cx } = s;
  const { doc, tokens } = ix;
  const { g } = q;
  const from = doc.paragraphs[q.openTok.paragraph]?.tokenStart ?? 0;
  for (let k = g.firstTok - 1; k >= from; k -= 1) {
    const t = tokens[k];
    if (t === undefined || t.quote >= 0 || SENTENCE_END.has(t.value) || /^["“”]$/.test(t.value)) break;
    const ci = cx.at[k] ?? -1;
    if (ci < 0) continue;
    const cue = cx.cues[ci];
    if (cue === undefined) break;
    // not one in a later clause ("Chinese calls for a ceasefire, as this would consolidate “…”")
    if (nominalCue(ix, cue.from) && g.firstTok - cue.to > 3) break;
    // a verb between the cue and the quotation: the quotation is part of the reported clause ("Burton
    // thinks that cats are “cuties”", "Kirby said it would consolidate “Russian conquest”"), a partial
    // quote of the indirect attribution, not a direct quotation
    if (clauseBetween(ix, cue.to, g.firstTok)) break;
    // so is one after a complementiser ("pointing out that Beijing's “peace” is …", "said that “…”")
    if (complementiserBetween(ix, cue.to, g.firstTok)) break;
    // and so is a fragment that continues the clause after its subject ('said the country “will join …”')
    if (clauseFragment(s, cue, g.firstTok) || quotedSubject(s, cue, g.firstTok, g.lastTok)) return 'partial';
    const source = used.has(cue) ? (byCue.get(cue)?.source ?? null) : sourceWithin(s, cue, from);
    if (source !== null && source.kind !== 'unknown') return { cue, source };
  }
  return null;
}

/**
 * True when a finite clause starts between a cue ending at `from` and a quotation opening at `to`: a
 * verb or auxiliary that is not a participle modifying the noun before it ("a statement posted on
 * Twitter: “…”") nor part of a time or medium phrase.
 */
function clauseBetween(ix: Sources['ix'], from: number, to: number): boolean {
  const { tokens } = ix;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const prev = tokens[k - 1];
    if (t.pos === 'VERB' && prev !== undefined && prev.pos === 'NOUN' && passiveForm(t)) continue;
    return true;
  }
  return false;
}

/** True when "that" introduces a reported clause between a cue ending at `from` and a quotation opening at `to`. */
function complementiserBetween(ix: Sources['ix'], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k += 1) {
    const t = ix.tokens[k];
    if (t !== undefined && t.normal === 'that' && t.pos !== 'DET' && t.pos !== 'PRON') return true;
  }
  return false;
}

/** (c) Colon attribution: `Kirby: "…"`, with a known speaker before the colon. */
function colonBefore(s: Sources, q: Quotation): Chosen | null {
  const { ix } = s;
  const { doc, tokens } = ix;
  const colon = tokens[q.g.firstTok - 1];
  if (colon === undefined || colon.value !== ':' || colon.sentence !== q.openTok.sentence) return null;
  const np = npLeft(ix, q.g.firstTok - 1, doc.sentences[colon.sentence]?.tokenStart ?? 0);
  if (np === null) return null;
  const source = classify(ix, np);
  return source.kind !== 'unknown' ? { cue: colonCue(colon.i), source } : null;
}

/**
 * (d) A quotation with no cue of its own continues the previous speaker's: one in the same sentence,
 * or a full quotation standing alone in the same or the next paragraph. Appends the continuation to
 * `found` and returns the quotation that the next one may continue.
 */
function continuation(s: Sources, q: Quotation, found: Found[], lastDirect: LastDirect | null, content: Span, quotedWords: number): LastDirect | null {
  const { tokens } = s.ix;
  const { g, openTok, closeTok } = q;
  const before = tokens[g.firstTok - 1];
  const standalone = before === undefined || before.paragraph !== openTok.paragraph || SENTENCE_END.has(before.value) || /^["”’]$/.test(before.value);
  const sameSentence = lastDirect !== null && lastDirect.sentence === openTok.sentence;
  if (lastDirect !== null && (sameSentence || (standalone && (g.words >= 3 || /[.!?]["'”’]*$/.test(q.contentText)) && openTok.paragraph - lastDirect.paragraph <= 1))) {
    const prev = found[lastDirect.index];
    if (prev === undefined) return lastDirect;
    found.push({
      kind: 'continuation',
      cue: { ...prev.cue },
      source: prev.source === null ? null : { ...prev.source },
      content,
      sentence: openTok.sentence,
      quotedWords,
      continues: lastDirect.index,
      position: 'body',
      order: g.contentStart,
    });
    return { index: lastDirect.index, paragraph: closeTok.paragraph, sentence: closeTok.sentence };
  }
  return q.fullUtterance && g.words >= 4 ? null : lastDirect;
}
