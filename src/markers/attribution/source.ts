/**
 * Stage 3, sources. Reads a cue with the document and cue indexes; adds the noun phrase that speaks,
 * classified (`classify.ts`): a passive's "by" agent, the object of "according to", the subject to
 * the left (across adverbs, time expressions, appositions and relative clauses), an inverted
 * subject to the right ("said Kirby"), or a speaker inherited from the clause (`inherit.ts`).
 */
import type { Token } from '../../doc/build-doc';
import type { AttributionSource } from '../../types';
import { classify } from './classify';
import { PREP_CUES, type Cue, type CueIndex } from './cues';
import { spanSource, textSpan, tokenSpan, type DocIndex } from './document';
import { inheritSource } from './inherit';
import { beforeVerbGroup, npLeft, npRight, objectAfterPreposition, pastTimePhrase, type Np } from './phrases';
import { clauseSubject, passiveAgent, sentenceLimit, subjectAcrossCommas } from './subject';
import { impersonalPassive, infinitiveGovernor, openingAsked, passiveForm } from './verb-forms';

/**
 * The source lookup of one document: the indexes it reads, and each cue's source within its
 * sentence limit, computed on first request (a cache of {@link sourceWithin}: the same answers
 * without it, only slower, since inherited speakers ask for earlier cues' sources).
 */
export interface Sources {
  /** The document index. */
  readonly ix: DocIndex;
  /** The document's cues. */
  readonly cx: CueIndex;
  /** The source of `cue`, not before its {@link sentenceLimit}. */
  of(cue: Cue): AttributionSource | null;
}

/**
 * The source lookup of a document.
 *
 * @example
 * ```ts
 * const cx = indexCues(findCues(ix), ix.tokens.length);
 * sourcesOf(ix, cx).of(cx.cues[0])?.canonical; // 'John Kirby' in "John Kirby said it failed."
 * ```
 */
export function sourcesOf(ix: DocIndex, cx: CueIndex): Sources {
  const memo = new Map<Cue, AttributionSource | null>();
  const sources: Sources = {
    ix,
    cx,
    of(cue: Cue): AttributionSource | null {
      if (memo.has(cue)) return memo.get(cue) ?? null;
      memo.set(cue, null); // guards against cycles
      const t = ix.tokens[cue.from];
      const limit = t === undefined ? 0 : sentenceLimit(ix.tokens, ix.doc, cue.from);
      const s = sourceWithin(sources, cue, limit);
      memo.set(cue, s);
      return s;
    },
  };
  return sources;
}

/**
 * The source of `cue`, starting no earlier than token `limit`, or null when none is found.
 *
 * @example
 * ```ts
 * sourceWithin(sources, cue, 0)?.kind; // 'institutional' in "A spokesman for the ministry said …"
 * ```
 */
export function sourceWithin(s: Sources, cue: Cue, limit: number): AttributionSource | null {
  const { ix } = s;
  const { tokens } = ix;
  if (tokens[cue.from] === undefined) return null;
  const quoted = quotedSpeaker(s, cue, limit);
  if (quoted !== undefined) return quoted;
  // a passive's subject is its topic: the source is the "by" agent, if any
  if (impersonalPassive(tokens, cue.from, cue.to) || (openingAsked(ix, cue.from, cue.to) && tokens[cue.to]?.normal === 'by')) {
    const agent = passiveAgent(ix, cue.from, cue.to);
    return agent === null ? null : classify(ix, agent);
  }
  if (PREP_CUES.has(cue.lemma)) return prepositionSource(ix, cue);
  // an infinitive governed by "went on to", "refused to": the governor's subject
  const at = infinitiveGovernor(ix, cue.from) ?? cue.from;
  const sentence = tokens[cue.from]?.sentence ?? -1;
  const before = tokens[beforeVerbGroup(tokens, at, limit)];
  if (before !== undefined && before.sentence === sentence && before.pos === 'CCONJ') return inheritSource(s, cue, at, limit, true);
  const participle = participleSource(s, cue, at, limit);
  if (participle !== undefined) return participle;
  const left = leftSource(s, cue, at, limit);
  if (left !== undefined) return left;
  return laterSource(ix, cue, at, limit);
}

/** Subject forms of the object pronouns a speaker can take ("quoted him as saying"). */
const OBJECT_TO_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/**
 * "Salehi was quoted by state television as saying …", "Tass quoted the minister as saying …",
 * "the agency quoted him as saying": the one quoted is the speaker; the one quoting (a passive's "by"
 * agent, an active subject) only carried the words. `undefined` when the cue is no "quoted … as
 * saying" or no speaker is found.
 */
function quotedSpeaker(s: Sources, cue: Cue, limit: number): AttributionSource | null | undefined {
  const { ix } = s;
  const { tokens } = ix;
  const t = tokens[cue.from];
  if (cue.lemma !== 'quote' || t === undefined) return undefined;
  const asSaying = (k: number): boolean => tokens[k]?.normal === 'as' && tokens[k]?.sentence === t.sentence && tokens[k + 1]?.normal.endsWith('ing') === true;
  if (impersonalPassive(tokens, cue.from, cue.to)) {
    let found = false;
    for (let k = cue.to; k < cue.to + 12 && !found; k += 1) {
      const u = tokens[k];
      if (u === undefined || u.sentence !== t.sentence || u.quote >= 0 || (u.isPunct && u.value !== '.')) break;
      found = asSaying(k);
    }
    if (!found) return undefined;
    let b = cue.from - 1;
    while (b > limit && (tokens[b]?.pos === 'ADV' || tokens[b]?.pos === 'PART')) b -= 1;
    return leftSource(s, cue, b, limit) ?? undefined;
  }
  const first = tokens[cue.to];
  const object = first !== undefined && ix.words.objectPronouns.has(first.normal) ? { from: cue.to, to: cue.to + 1 } : npRight(ix, cue.to, tokens.length);
  if (object === null || !asSaying(object.to)) return undefined;
  const speaker = classify(ix, object);
  // an object pronoun is counted (and resolved) under its subject form: "quoted him" -> "he"
  const subjectForm = OBJECT_TO_SUBJECT.get(speaker.canonical.toLowerCase());
  return speaker.kind === 'pronoun' && subjectForm !== undefined ? { ...speaker, canonical: subjectForm } : speaker;
}

/** "according to X", "in a CNN poll": the noun phrase after the preposition. */
function prepositionSource(ix: DocIndex, cue: Cue): AttributionSource | null {
  const { tokens, words } = ix;
  const np = npRight(ix, cue.to, tokens.length) ?? (cue.lemma === 'according to' ? objectAfterPreposition(tokens, cue.to, words) : null);
  if (np === null) return null;
  // "according to my knowledge / her account": the owner of the knowledge is the source
  const det = tokens[np.from];
  const noun = tokens[np.from + 1];
  if (np.to - np.from === 2 && det !== undefined && noun !== undefined && words.possessives.has(det.normal) && words.epistemicNouns.has(noun.lemma)) {
    return classify(ix, { from: np.from, to: np.from + 1 });
  }
  return classify(ix, np);
}

/**
 * A gerund's speaker: after a comma the clause's (", adding …"); an opening participle takes the
 * main clause's subject ("Citing the attack, Clinton canceled …"); a gerund after a framing
 * preposition the subject of the clause it hangs on ("After saying …, the man left", "X responded
 * by saying"). `undefined` when the cue is none of these.
 */
function participleSource(s: Sources, cue: Cue, at: number, limit: number): AttributionSource | null | undefined {
  const { ix } = s;
  const { tokens, doc } = ix;
  const tokensOfCue = tokens[cue.from] as Token;
  const prevTok = tokens[at - 1];
  if (tokensOfCue.normal.endsWith('ing')) {
    // ", adding …", ",” adding …" (a closing quotation mark between) and ", essentially accusing …"
    let c = at - 1;
    while (c > limit && (/^["”’']$/.test(tokens[c]?.value ?? '') || tokens[c]?.pos === 'ADV') && tokens[c]?.sentence === tokensOfCue.sentence) c -= 1;
    if (tokens[c]?.value === ',' && tokens[c]?.sentence === tokensOfCue.sentence) return inheritSource(s, cue, at, limit, false);
    const opener = tokens[at - 1];
    if (opener === undefined || opener.sentence !== tokensOfCue.sentence || opener.pos === 'CCONJ') {
      const end = doc.sentences[tokensOfCue.sentence]?.tokenEnd ?? tokens.length;
      let k = at + 1;
      while (k < end && tokens[k]?.value !== ',') k += 1;
      const subj = k < end ? clauseSubject(ix, k + 1, end) : null;
      if (subj !== null) return classify(ix, subj);
    }
  }
  if (prevTok !== undefined && (prevTok.pos === 'ADP' || prevTok.pos === 'SCONJ') && ix.words.gerundPrepositions.has(prevTok.normal) && tokensOfCue.normal.endsWith('ing') && prevTok.sentence === tokensOfCue.sentence) {
    const lead = tokens[prevTok.i - 1];
    if (lead === undefined || lead.sentence !== tokensOfCue.sentence || lead.isPunct || lead.pos === 'CCONJ') {
      const end = doc.sentences[tokensOfCue.sentence]?.tokenEnd ?? tokens.length;
      const subj = clauseSubject(ix, limit, end);
      return subj === null ? null : classify(ix, subj);
    }
    return inheritSource(s, cue, at, limit, false);
  }
  return undefined;
}

/**
 * The noun phrase left of the verb at `at`, past a time expression between subject and verb
 * ("Sanders, who on Tuesday endorsed", "Cruz, who last year threatened"), a floating quantifier
 * ("Bolton and Gorka both denounced") or a participle ("A poll released on Tuesday showed").
 */
function subjectLeft(ix: DocIndex, at: number, limit: number): Np | null {
  const { tokens } = ix;
  let left = npLeft(ix, at, limit);
  for (let hop = 0; hop < 2 && left !== null; hop += 1) {
    const head = tokens[left.to - 1];
    const lone = tokens[left.from];
    const floating = left.to - left.from === 1 && lone !== undefined && (lone.normal === 'both' || lone.normal === 'all' || lone.normal === 'each');
    if (head === undefined || !(floating || ix.words.timeHeads.has(head.normal))) break;
    let e = left.from;
    while (e > limit && (tokens[e - 1]?.pos === 'ADV' || tokens[e - 1]?.pos === 'AUX' || tokens[e - 1]?.normal === 'on' || tokens[e - 1]?.normal === 'in')) e -= 1;
    let further = npLeft(ix, e, limit);
    // a participle between ("A poll released on Tuesday showed"): the noun it modifies
    const part = tokens[e - 1];
    if (further === null && part !== undefined && part.pos === 'VERB' && passiveForm(part) && e - 1 > limit) further = npLeft(ix, e - 1, limit);
    if (further === null) break;
    left = further;
  }
  return left;
}

/** The speaker from the subject left of the verb ({@link subjectLeft}); `undefined` when there is none. */
function leftSource(s: Sources, cue: Cue, at: number, limit: number): AttributionSource | null | undefined {
  const { ix } = s;
  const { tokens } = ix;
  const tokensOfCue = tokens[cue.from] as Token;
  const left = subjectLeft(ix, at, limit);
  if (left === null) return undefined;
  // a participle on an object ("issued a statement saying …", "attacked Cruz, calling …"): the
  // speaker is the main clause's subject
  if (tokensOfCue.normal.endsWith('ing') && at === cue.from) {
    const before = tokens[left.from - 1];
    // (not after a participle used as a preposition: "including the dossier detailing …" is the dossier's)
    if (before !== undefined && before.sentence === tokensOfCue.sentence && before.pos === 'VERB' && !before.normal.endsWith('ing')) {
      const inherited = inheritSource(s, cue, at, limit, false);
      if (inherited !== null) return inherited;
    }
  }
  const first = tokens[left.from];
  if (first !== undefined && left.to - left.from === 1 && ix.words.relatives.has(first.normal)) return relativeSource(ix, left, limit);
  const restricted = restrictiveSubject(ix, left, limit);
  if (restricted !== null) return restricted;
  return classify(ix, left);
}

/** Parts of speech a restrictive relative clause's words may have between its pronoun and the noun before the cue. */
const RELATIVE_CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM', 'PART', 'CCONJ']);
/** Most words between the relative pronoun and the cue's nearest noun phrase. */
const RELATIVE_REACH = 14;

/**
 * A subject with a restrictive relative clause before its verb ("The official who met Smith said",
 * "Officials who have closely monitored Iran's programs said"): the noun phrase next to the cue is
 * the clause's object, and the speaker is the phrase before "who" / "that" with its clause, named
 * after that phrase. Null when the words before the nearest phrase are no such clause (the phrase not
 * right after a verb or a preposition, no verb, a comma, a quotation, no noun before the pronoun).
 */
function restrictiveSubject(ix: DocIndex, near: Np, limit: number): AttributionSource | null {
  const { tokens, doc } = ix;
  const sentence = tokens[near.from]?.sentence;
  // the phrase next to the cue is an object only right after a verb or a preposition ("met Smith",
  // "went to Tijuana"); after "that" or a noun it is the subject ("a caravan that Trump made clear …")
  const before = tokens[near.from - 1];
  if (before === undefined || !(before.pos === 'VERB' || before.pos === 'ADP')) return null;
  let verb = false;
  for (let k = near.from - 1; k >= limit && k >= near.from - RELATIVE_REACH; k -= 1) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.quote >= 0) return null;
    if (ix.words.relatives.has(t.normal) && k < near.from - 1) {
      if (!verb) return null;
      const ante = npLeft(ix, k, limit);
      const head = ante === null ? undefined : tokens[ante.to - 1];
      if (ante === null || ante.to !== k || head === undefined || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return null;
      const a = classify(ix, ante);
      if (a.kind === 'unknown' && t.normal === 'that') return null;
      const sp = tokenSpan(doc, ante.from, near.to);
      return sp === null ? null : spanSource(sp, a.kind, a.canonical);
    }
    if (!RELATIVE_CLAUSE_POS.has(t.pos)) return null;
    if (t.pos === 'VERB') verb = true;
  }
  return null;
}

/**
 * "John Kirby, who said" / "voters who say": the relative pronoun is the source (as PolNeAR marks
 * it); its kind and name come from the antecedent. A relative "that" whose antecedent is no speaker
 * is no source ("the issue that seemed …").
 */
function relativeSource(ix: DocIndex, rel: Np, limit: number): AttributionSource | null {
  const { tokens, doc } = ix;
  const first = tokens[rel.from] as Token;
  const comma = tokens[rel.from - 1];
  const anteEnd = comma !== undefined && comma.value === ',' ? rel.from - 1 : rel.from;
  const ante = npLeft(ix, anteEnd, limit);
  const sp = tokenSpan(doc, rel.from, rel.to) ?? textSpan(doc, 0, 0);
  if (ante !== null) {
    const a = classify(ix, ante);
    if (a.kind === 'unknown' && first.normal === 'that') return null;
    return spanSource(sp, a.kind === 'unknown' ? 'pronoun' : a.kind, a.canonical);
  }
  if (first.normal === 'that') return null;
  return spanSource(sp, 'pronoun', first.normal);
}

/**
 * The last resorts: a subject before appositions and relative clauses ("Paris, who used to work on
 * Capitol Hill, said"), an inverted subject ("said Kirby", "said the spokesman"), a subject before a
 * long apposition ("Mike Morrell, a veteran of the agency who retired in 2013, said").
 */
function laterSource(ix: DocIndex, cue: Cue, at: number, limit: number): AttributionSource | null {
  const { tokens } = ix;
  const tokensOfCue = tokens[cue.from] as Token;
  const across = subjectAcrossCommas(ix, at, limit);
  if (across !== null) return classify(ix, across);
  // inverted: never a participle, nor a verb that takes its addressee as object ("telling reporters")
  const right = at === cue.from && !tokensOfCue.normal.endsWith('ing') && !ix.words.addresseeCues.has(cue.lemma) ? npRight(ix, cue.to, tokens.length) : null;
  if (right !== null) {
    // a time phrase cut from the speaker ("said officials late Thursday") does not end the inversion
    const after = tokens[pastTimePhrase(ix, right.to, ix.doc.sentences[tokensOfCue.sentence]?.tokenEnd ?? tokens.length, false)];
    const before = tokens[cue.from - 1];
    // "…, said six million people who …": the content before, the speaker after with a relative
    // clause or an apposition
    const trailing = before !== undefined && before.value === ',' && after !== undefined && (ix.words.relatives.has(after.normal) || after.value === ',');
    const inverted = trailing || after === undefined || after.isPunct || after.sentence !== tokensOfCue.sentence || (before !== undefined && (before.quote >= 0 || /^["“”'‘’]$/.test(before.value) || (before.isPunct && before.value !== ',')));
    if (inverted) return classify(ix, right);
  }
  const prevTok = tokens[at - 1];
  if (prevTok !== undefined && prevTok.value === ',') {
    const subj = clauseSubject(ix, limit, at, true);
    if (subj !== null) return classify(ix, subj);
  }
  return null;
}
