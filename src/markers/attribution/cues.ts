/**
 * Stage 1, cues. Reads the document index (tokens, the speech-verb lexicon, the word classes);
 * adds the candidate cues of the document in text order: speech-verb lexicon matches outside
 * quotation marks that pass the context rules (`cue-context.ts`), "said" read as an adjective,
 * "reportedly", "according to", reporting nouns with a content clause ("her claim that …") and
 * "in a … poll". Then {@link indexCues} builds the cue lookups the later stages share.
 */
import { neighbour, type Token } from '../../doc/build-doc';
import { matchLexicon, type LexiconMatch } from '../../lexicon/compile';
import type { LexiconEntry } from '../../lexicon/types';
import type { AttributionCue, Stance } from '../../types';
import { cueInContext, plausibleCue, topicComplement } from './cue-context';
import { spanCue, textSpan, tokenSpan, type DocIndex } from './document';
import { npRight } from './phrases';
import { mistaggedSaid, nounTaggedVerb } from './verb-forms';

/** A candidate cue: the words that report, with the stance and class of its lexicon entry. */
export interface Cue {
  /** The lexicon entry (or a structural pseudo-entry such as "according to") and its tokens. */
  readonly match: LexiconMatch;
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
  /** The entry's term in lower case ("say", "according to", ":"). */
  readonly lemma: string;
  /** How the cue frames the saying. */
  readonly stance: Stance;
  /** What the cue reports (`speech`, `cognition`, `evidence`, `punctuation`). */
  readonly verbClass: AttributionCue['verbClass'];
  /** A reporting noun ("her claim that …"): its source is its possessor, never a clause subject. */
  readonly nominal?: true;
}

/** The cues of a document with the lookups that the structure and source stages share. */
export interface CueIndex {
  /** The cues in text order. */
  readonly cues: readonly Cue[];
  /** The index in `cues` of the cue covering each token (-1: none). */
  readonly at: Int32Array;
  /** The index of each cue in `cues`. */
  readonly indexOf: ReadonlyMap<Cue, number>;
}

/** The lemmas of the prepositional cues ("according to X", "in a … poll"), whose source is the noun phrase after them. */
export const PREP_CUES: ReadonlySet<string> = new Set(['according to', 'in']);

/** The pseudo-entry of "according to X". */
const ACCORDING_TO: LexiconEntry = { id: 'according-to', term: 'according to', category: 'neutral', weight: 0.1, notes: 'Attributes the clause to the source that follows.', source: 'Bell 1991' };
/** The pseudo-entry of "in a … poll". */
const IN_POLL: LexiconEntry = { id: 'in-poll', term: 'in', category: 'neutral', weight: 0.1, notes: 'Attributes figures to the poll or survey that follows.', source: 'PolNeAR (Newell et al. 2018)' };
/** The pseudo-entry of colon attribution ("Kirby: “…”"). */
const COLON: LexiconEntry = { id: 'colon', term: ':', category: 'neutral', weight: 0.1, notes: 'Colon attribution', source: 'Bell 1991' };
/** Parts of speech that open a content clause after "that" (its subject), unlike a relative "that" followed by its verb. */
const CONTENT_CLAUSE_START = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM', 'ADJ']);

/** A cue of `entry` over tokens `[from, to)`. */
function cueOf(entry: LexiconEntry, from: number, to: number, lemma: string, stance: Stance, verbClass: Cue['verbClass']): Cue {
  return { match: { entry, from, to }, from, to, lemma, stance, verbClass };
}

/**
 * The colon cue at token `k` ("Kirby: “…”", "Lynch: No outside influence").
 *
 * @example
 * ```ts
 * colonCue(1).lemma; // ':'
 * ```
 */
export function colonCue(k: number): Cue {
  return cueOf(COLON, k, k + 1, ':', 'neutral', 'punctuation');
}

/**
 * The context test of one speech-verb lexicon match: outside quotation marks, containing a verb (or a
 * verb the tagger read as a noun), and passing {@link topicComplement}, {@link cueInContext} and
 * {@link plausibleCue}.
 *
 * @example
 * ```ts
 * matchLexicon(ix.tokens, ix.lex.attribution).filter((m) => lexiconCue(ix, m)); // the verb cues
 * ```
 */
export function lexiconCue(ix: DocIndex, m: LexiconMatch): boolean {
  const { tokens } = ix;
  const first = tokens[m.from];
  if (first === undefined || first.quote >= 0) return false;
  let verb = false;
  for (let k = m.from; k < m.to; k += 1) {
    const t = tokens[k];
    if (t !== undefined && (t.pos === 'VERB' || (t.pos === 'AUX' && m.to - m.from === 1 && t.lemma !== 'be' && t.lemma !== 'have'))) verb = true;
  }
  if (!verb && !(m.to - m.from === 1 && nounTaggedVerb(ix, m.from))) return false;
  if (m.to - m.from === 1 && !topicComplement(ix, m.from)) return false;
  if (m.to - m.from === 1 && !cueInContext(ix, m.from, m.entry.term)) return false;
  return plausibleCue(ix, m.from, m.to, (m.entry.class ?? 'speech') === 'speech');
}

/**
 * The cues of a document, in text order (ties in the order found: lexicon verbs, then the
 * structural cues, then polls).
 *
 * @example
 * ```ts
 * findCues(indexDocument(buildDoc('Kirby said that, according to him, it failed.'), lexicons)).map((c) => c.lemma);
 * // ['say', 'according to']
 * ```
 */
export function findCues(ix: DocIndex): Cue[] {
  const { tokens } = ix;
  const out: Cue[] = [];
  for (const m of matchLexicon(tokens, ix.lex.attribution, 0, tokens.length, (c) => lexiconCue(ix, c))) {
    out.push({ match: m, from: m.from, to: m.to, lemma: m.entry.term.toLowerCase(), stance: m.entry.category as Stance, verbClass: m.entry.class ?? 'speech' });
  }
  structuralCues(ix, out);
  const pollParticipleAt = pollCues(ix, out);
  // one filter, not a scan of the cue list per poll phrase
  const kept = pollParticipleAt.size === 0 ? out : out.filter((c) => !(pollParticipleAt.has(c.from) && ix.words.pollParticiples.has(c.lemma)));
  kept.sort((x, y) => x.from - y.from);
  return kept;
}

/**
 * One pass for the cues the lexicon cannot match as words, appended to `out`: "said" read as an
 * adjective ("Ian Read said company leaders …": the lemma is lost), "reportedly" (an adverb that
 * attributes the clause to unnamed reports), "according to X" (structural, not a verb) and
 * reporting nouns with a content clause ("his claim that …", "the warning that …").
 */
function structuralCues(ix: DocIndex, out: Cue[]): void {
  const { tokens } = ix;
  const sayEntry = ix.lex.attribution.byId.get('verb-say');
  const reportedly = ix.lex.attribution.byId.get('verb-reportedly');
  const covered = new Uint8Array(tokens.length); // tokens inside a cue already found
  for (const c of out) covered.fill(1, c.from, c.to);
  const add = (c: Cue): void => {
    out.push(c);
    covered.fill(1, c.from, c.to);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.quote < 0) {
      if (sayEntry !== undefined && t.normal === 'said' && t.pos === 'ADJ' && mistaggedSaid(tokens, i) && plausibleCue(ix, i, i + 1, true)) {
        add(cueOf(sayEntry, i, i + 1, 'say', sayEntry.category as Stance, 'speech'));
      } else if (reportedly !== undefined && t.normal === 'reportedly') {
        add(cueOf(reportedly, i, i + 1, 'reportedly', reportedly.category as Stance, 'speech'));
      } else if (t.normal === 'according' && tokens[i + 1]?.normal === 'to' && covered[i] === 0) {
        add(cueOf(ACCORDING_TO, i, i + 2, 'according to', 'neutral', 'speech'));
      }
    }
    if (i + 2 < tokens.length && covered[i] === 0) {
      const c = reportingNounCue(ix, i);
      if (c !== null) add(c);
    }
  }
}

/**
 * "in a new CNN poll, …", "leads in the polls": a poll or survey the figures come from, appended to
 * `out` as an evidence cue. Returns where a participle follows such a poll ("a poll released
 * Monday"): that participle is part of the source, not a second cue.
 */
function pollCues(ix: DocIndex, out: Cue[]): Set<number> {
  const { tokens } = ix;
  const pollParticipleAt = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const a = tokens[i];
    if (a === undefined || a.normal !== 'in' || a.pos !== 'ADP' || a.quote >= 0) continue;
    const np = npRight(ix, i + 1, tokens.length);
    const head = np === null ? undefined : tokens[np.to - 1];
    if (np === null || head === undefined || !ix.words.pollHeads.has(head.lemma)) continue;
    // the head, not a later prepositional object ("in single digits in polls"); a bare "in the
    // polls" is a standing ("slid in the polls"), not a report
    let inner = false;
    for (let k = np.from; k < np.to; k += 1) if (tokens[k]?.pos === 'ADP') inner = true;
    if (inner || (head.normal === 'polls' && np.to - np.from <= 2)) continue;
    pollParticipleAt.add(np.to);
    out.push(cueOf(IN_POLL, i, i + 1, 'in', 'neutral', 'evidence'));
  }
  return pollParticipleAt;
}

/**
 * A reporting noun at `k` followed by a content clause ("her claim that she …", "warnings that the
 * deficit would …"), not a relative clause ("the claim that was rejected"), outside quotation marks.
 * Its stance and class are those of the verb the word class names ("allegation" -> "allege").
 *
 * @example
 * ```ts
 * reportingNounCue(ix, 1)?.lemma; // 'claim' in "Her claim that she won was false."
 * ```
 */
export function reportingNounCue(ix: DocIndex, k: number): Cue | null {
  const { tokens } = ix;
  const t = tokens[k];
  if (t === undefined || t.quote >= 0 || t.pos !== 'NOUN') return null;
  const verb = ix.words.reportingNouns.get(t.lemma);
  const subj = neighbour(tokens, k + 2, t.sentence);
  if (verb === undefined || neighbour(tokens, k + 1, t.sentence)?.normal !== 'that' || subj === undefined || !CONTENT_CLAUSE_START.has(subj.pos)) return null;
  // "said in a statement that …": the statement is the medium of the verb's report, not a cue of its own
  let d = k - 1;
  if (tokens[d]?.pos === 'ADJ') d -= 1;
  if (tokens[d]?.pos === 'DET' && tokens[d - 1]?.normal === 'in') return null;
  const entry = ix.lex.attribution.byId.get(`verb-${verb}`);
  const stance = (entry?.category ?? 'neutral') as Stance;
  // a bare "-ing" form after a comma (adverbs aside) is the verb's participle that the tagger read
  // as a noun ("Vane left early, warning that …"): the verb's cue, whose speaker is the clause's
  let b = k - 1;
  while (tokens[b]?.pos === 'ADV' && tokens[b]?.sentence === t.sentence) b -= 1;
  if (entry !== undefined && t.normal.endsWith('ing') && tokens[b]?.value === ',' && tokens[b]?.sentence === t.sentence) return cueOf(entry, k, k + 1, verb, stance, entry.class ?? 'speech');
  const noun: LexiconEntry = { id: `noun-${t.lemma}`, term: t.lemma, category: stance, weight: entry?.weight ?? 0.1, notes: 'A reporting noun with a content clause.', source: 'Bergler 1992; PolNeAR (Newell et al. 2018)' };
  return { ...cueOf(noun, k, k + 1, t.lemma, stance, entry?.class ?? 'speech'), nominal: true };
}

/**
 * The cue lookups: which cue covers each token, and each cue's index.
 *
 * @example
 * ```ts
 * const cx = indexCues(findCues(ix), ix.tokens.length);
 * cx.at[cx.cues[0].from]; // 0
 * ```
 */
export function indexCues(cues: readonly Cue[], tokenCount: number): CueIndex {
  const at = new Int32Array(tokenCount).fill(-1);
  cues.forEach((c, k) => {
    for (let t = c.from; t < c.to; t += 1) at[t] = k;
  });
  return { cues, at, indexOf: new Map<Cue, number>(cues.map((c, k) => [c, k])) };
}

/**
 * The cue as it appears in an attribution: its span, lemma, stance, class and lexicon entry id
 * ("according to" has none).
 *
 * @example
 * ```ts
 * // "Kirby said so."
 * attributionCue(ix, cue); // { start: 6, end: 10, text: 'said', lemma: 'say', stance: 'neutral', verbClass: 'speech', entryId: 'verb-say' }
 * ```
 */
export function attributionCue(ix: DocIndex, cue: Cue): AttributionCue {
  const sp = tokenSpan(ix.doc, cue.from, cue.to) ?? textSpan(ix.doc, 0, 0);
  const out = spanCue(sp, cue.lemma, cue.stance, cue.verbClass);
  if (cue.match.entry.id !== 'according-to') out.entryId = cue.match.entry.id;
  return out;
}
