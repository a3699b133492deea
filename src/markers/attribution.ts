/**
 * Attribution: who is reported as saying (or believing, or showing) what, and how the writer frames
 * the saying.
 *
 * Structures (Bell 1991; PolNeAR): direct quotes with a cue after ("…," Kirby said / said Kirby /
 * he said) or before (Kirby told reporters: "…"), quotes continuing an attributed quote, indirect
 * speech (Kirby said that …), "according to X", and colon attribution (X: "…"). The cue's stance
 * comes from the speech-verb lexicon; the source's kind from the sources and actors lexicons and
 * proper-noun runs; pronouns are resolved to the nearest preceding named source.
 */
import { lowerBound, neighbour, type AnalyzedDoc, type Token } from '../doc/build-doc';
import type { LexiconSet } from '../lexicon/builtin';
import { matchLexicon, type LexiconMatch } from '../lexicon/compile';
import { containment } from '../util/intervals';
import type { Attribution, AttributionCue, AttributionKind, AttributionSource, Finding, SourceKind, Span, Stance } from '../types';
import { isDemonym, peopleIndex, type PersonMention } from './people';
import type { Marker, MarkerContext } from './types';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const RELATIVE = new Set(['who', 'which', 'that']);
const POSSESSIVE_DET = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Determiners and adjectives that head a noun phrase on their own: "some say", "many believe". */
const QUANTIFIER_HEAD = new Set(['some', 'many', 'others', 'most', 'both', 'few', 'several', 'another', 'all', 'each', 'either', 'neither', 'half', 'none']);
const NP_ADP = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const SKIP_BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);
/** Longest indirect-speech content, in tokens. */
const MAX_CONTENT_TOKENS = 120;
const OBJECT_AFTER_TELL = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'promise', 'brief']);

interface Cue {
  match: LexiconMatch;
  from: number;
  to: number;
  lemma: string;
  stance: Stance;
  verbClass: AttributionCue['verbClass'];
  used: boolean;
  /** A reporting noun ("her claim that …"): its source is its possessor, never a clause subject. */
  nominal?: true;
}

interface Np {
  from: number;
  to: number;
}

/** The working state of attribution detection over one document. */
interface State {
  doc: AnalyzedDoc;
  lex: LexiconSet;
  tokens: Token[];
  people: PersonMention[];
  personAt: Int32Array;
  mask: Uint8Array;
  resolve: (name: string) => string;
  sourceCats: Map<number, string>;
}

function span(doc: AnalyzedDoc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

function tokSpan(doc: AnalyzedDoc, from: number, to: number): Span | null {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  if (a === undefined || b === undefined || to <= from) return null;
  return span(doc, a.start, b.end);
}

/**
 * Aspectual, implicative and readiness predicates that pass their subject to an infinitive speech
 * act: "went on to explain", "continued to express", "refused to say", "was quick to condemn".
 */
const GOVERNOR_VERBS = new Set(['continue', 'begin', 'start', 'decline', 'refuse', 'fail', 'try', 'attempt', 'seek', 'rush', 'hasten', 'hesitate', 'dare', 'choose', 'decide', 'manage', 'venture', 'tend', 'struggle', 'scramble', 'pause', 'stop', 'proceed', 'resume', 'neglect', 'omit', 'bother', 'rise']);
const GOVERNOR_ADJS = new Set(['quick', 'eager', 'ready', 'willing', 'unwilling', 'reluctant', 'able', 'unable', 'careful', 'keen', 'happy', 'glad', 'loath', 'hesitant', 'quicker', 'first', 'last', 'slow', 'anxious', 'likely', 'unlikely']);

/** The token index of the predicate governing an infinitive cue at `k` ("went on to explain"), or null. */
function infinitiveGovernor(tokens: readonly Token[], k: number): number | null {
  const to = tokens[k - 1];
  const cue = tokens[k];
  if (to === undefined || cue === undefined || to.normal !== 'to' || to.sentence !== cue.sentence) return null;
  let g = k - 2;
  let gov = tokens[g];
  if (gov !== undefined && gov.normal === 'on' && tokens[g - 1]?.lemma === 'go') {
    g -= 1;
    gov = tokens[g];
  }
  if (gov === undefined || gov.sentence !== cue.sentence) return null;
  if ((gov.pos === 'VERB' || gov.pos === 'AUX') && (GOVERNOR_VERBS.has(gov.lemma) || gov.lemma === 'go')) return g;
  if (gov.pos === 'ADJ' && GOVERNOR_ADJS.has(gov.normal)) return g;
  return null;
}

/** Prepositions before a gerund speech act whose subject is the clause's: "responded by saying", "after noting". */
const GERUND_ADP = new Set(['by', 'after', 'before', 'upon', 'in', 'despite', 'since', 'while', 'when', 'without']);

/**
 * Context rules that keep a speech-verb match from being a clause's reporting verb: a capitalised
 * word mid-sentence ("Voice of Hope"), an infinitive ("plans to speak"), a gerund after a
 * preposition ("accused Moscow of wanting"), the passive of a verb that reports nothing when
 * passive ("was released", "is supposed to"), an agent phrase ("issued by"), a reduced
 * relative ("the measures announced are"), a compound modifier ("long-promised"). Speech acts are
 * kept as a gerund after a framing preposition ("responded by saying", "after noting") and as an
 * infinitive after an aspectual or readiness predicate ("went on to explain", "was quick to deny").
 */
function plausibleCue(tokens: readonly Token[], from: number, to: number, speech = false): boolean {
  const first = tokens[from];
  if (first === undefined) return false;
  const sentenceOf = first.sentence;
  const prev = neighbour(tokens, from - 1, sentenceOf);
  const next = neighbour(tokens, to, sentenceOf);
  if (first.capitalised && prev !== undefined && !prev.isPunct && !titleCased(tokens, from)) return false;
  if (first.normal === 'according') return true;
  if (prev !== undefined && modifierParticiple(tokens, from, to)) return false;
  if (prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'SCONJ') && speech && GERUND_ADP.has(prev.normal) && /ing$/.test(first.normal)) return true;
  if (prev !== undefined && prev.normal === 'to' && speech && infinitiveGovernor(tokens, from) !== null) return true;
  if (prev !== undefined && (prev.normal === 'to' || prev.value === '-' || prev.pos === 'ADP')) return false;
  // passive: a form of "be" (possibly with adverbs) right before
  for (let k = from - 1; k >= 0; k -= 1) {
    const t = neighbour(tokens, k, sentenceOf);
    if (t === undefined) break;
    if (t.pos === 'ADV' || t.normal === 'not' || t.normal === "n't") continue;
    if (t.lemma === 'be' || t.lemma === 'get') {
      const last = tokens[to - 1];
      if (last !== undefined && passiveForm(last)) {
        if (NON_REPORTING_PASSIVE.has(last.lemma)) return false;
        // "remains to be seen", "can be seen as": a possibility of perception, not a held view
        const before = neighbour(tokens, k - 1, sentenceOf);
        if (last.lemma === 'see' && before !== undefined && (before.normal === 'to' || before.pos === 'AUX')) return false;
        // a passive report: "was widely criticized", "is seen as", "were told", "was criticized by X"
        return true;
      }
    }
    break;
  }
  if (next !== undefined && next.normal === 'by' && !openingAsked(tokens, from, to)) return false;
  // a reduced relative ("the measures announced are"); an -s form ("the businessman says running
  // is tough") or a capitalised word after it ("a poll shows Ted Cruz ahead") is no participle
  const sForm = to - from === 1 && first.normal.endsWith('s') && first.normal !== first.lemma;
  if (next !== undefined && !sForm && !next.capitalised && (next.pos === 'AUX' || next.pos === 'VERB') && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && !CLAUSE_TAKERS.has(first.lemma)) return false;
  return true;
}

/** A past participle form ("criticized", "seen", "told"), not a gerund. */
function passiveForm(t: Token): boolean {
  return /(?:ed|en|wn|id|ld|ht|ne)$/.test(t.normal) && !/ing$/.test(t.normal);
}

/**
 * Verbs whose passive reports no stance or speech: a document handled ("was released", "is
 * listed", "was written"), an obligation ("is supposed to") or a transaction ("was offered a job",
 * "was denied entry").
 */
const NON_REPORTING_PASSIVE = new Set(['release', 'publish', 'post', 'list', 'write', 'suppose', 'offer', 'deny']);

/**
 * Articles and possessives: a verb form right after one modifies a noun ("the proposed ban", "his
 * repeated calls"); "her" is left to {@link modifierParticiple}, since it is also an object.
 */
const MODIFIER_DET: ReadonlySet<string> = new Set(['a', 'an', 'the', "'s", ...[...POSSESSIVE_DET].filter((w) => w !== 'her')]);

/**
 * A participle used as a noun modifier: after an article or a possessive ("the proposed ban", "Trump's
 * repeated calls", "her stated goal") it names a thing, it does not report an act. "her" counts only
 * before a noun ("her stated goal", not "told her").
 */
function modifierParticiple(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first === undefined || to - from !== 1 || !/(?:ed|en|ing)$/.test(first.normal)) return false;
  const prev = neighbour(tokens, from - 1, first.sentence);
  if (prev === undefined) return false;
  if (MODIFIER_DET.has(prev.normal)) return true;
  return prev.normal === 'her' && neighbour(tokens, to, first.sentence)?.pos === 'NOUN';
}

/**
 * "said" that the tagger read as an adjective after its subject ("Ian Read said company leaders …"):
 * a reporting verb unless it follows a determiner ("the said document") or is the idiom "that said" /
 * "enough said".
 */
function mistaggedSaid(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.normal !== 'said' || t.pos !== 'ADJ') return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined) return false;
  if (prev.pos === 'DET' || prev.normal === 'enough' || prev.normal === 'that' || (prev.isPunct && !/^["”’]$/.test(prev.value))) return false;
  return prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || properish(prev) || prev.pos === 'ADV' || prev.pos === 'AUX';
}

/**
 * Verbs that take a clause as object, so a noun + verb + finite verb is an extracted object ("a probe
 * the agency said was ongoing"), not a reduced relative ("the measures announced are").
 */
const CLAUSE_TAKERS = new Set(['say', 'claim', 'believe', 'think', 'argue', 'estimate', 'predict', 'expect', 'fear', 'suggest', 'insist', 'allege', 'contend', 'assert', 'hope', 'suspect', 'worry', 'know', 'feel', 'consider', 'deem']);

/** Pronouns and quantifiers that take a plural verb ("they say", "some say", "others argue"). */
const PLURAL_SUBJECT = new Set(['they', 'we', 'i', 'you', 'some', 'many', 'others', 'most', 'both', 'few', 'several', 'all', 'who', 'which', 'that', 'those']);
const SINGULAR_SUBJECT = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'another', 'one', 'everyone', 'nobody', 'someone']);
/** Words that open a reported clause right after a cue verb. */
const CLAUSE_OPENER = new Set(['PRON', 'DET', 'PROPN', 'NUM', 'SCONJ', 'ADJ', 'NOUN', 'ADV']);

/**
 * A verb the tagger read as a noun after its subject: "polls show that", "some say they", "six in 10
 * say he", "FEC reports show". The form must agree with the word before it (plural subject + base
 * form, singular subject + -s form) and be followed by the start of a clause.
 */
function nounTaggedVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.pos !== 'NOUN' || t.capitalised) return false;
  let p = k - 1;
  if (tokens[p]?.normal === 'there' || tokens[p]?.normal === 'also') p -= 1;
  const prev = neighbour(tokens, p, t.sentence);
  const next = neighbour(tokens, k + 1, t.sentence);
  if (prev === undefined || next === undefined) return false;
  const nounPrev = prev.pos === 'NOUN' || prev.pos === 'PROPN';
  const pluralPrev = nounPrev && (/[^s]s$/.test(prev.normal) || PLURAL_NOUNS.has(prev.normal));
  const base = t.normal === t.lemma;
  // "records from the 2008 cycle show he backed …": a complement clause after a noun phrase
  if (nounPrev && base && (next.normal === 'that' && next.pos === 'SCONJ' || SUBJECT_PRONOUNS.has(next.normal) && clausalComplement(tokens, k + 1))) return true;
  // a parenthetical at the sentence end: "…, the reports show."
  if (pluralPrev && base && SENTENCE_END.has(next.value)) {
    for (let j = k - 1; j >= 0 && j > k - 8; j -= 1) {
      const u = neighbour(tokens, j, t.sentence);
      if (u === undefined) break;
      if (u.value === ',') return true;
      if (!(u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM')) break;
    }
  }
  if (pluralPrev && base && next.pos === 'VERB' && next.normal.endsWith('ing')) return true;
  if (!CLAUSE_OPENER.has(next.pos) || next.normal === 'of' || next.normal === 'the' && tokens[k + 2]?.pos === 'PUNCT') return false;
  const sForm = t.normal.endsWith('s') && t.normal !== t.lemma;
  if (sForm) {
    return (prev.pos === 'PROPN' && prev.capitalised) || (prev.pos === 'PRON' && SINGULAR_SUBJECT.has(prev.normal)) || (prev.pos === 'NOUN' && !prev.normal.endsWith('s'));
  }
  if (!base) return false;
  if (prev.pos === 'PRON' || prev.pos === 'DET') return PLURAL_SUBJECT.has(prev.normal);
  if (prev.pos === 'NUM' || prev.normal === 'percent' || prev.value === '%') return true;
  return pluralPrev;
}

/**
 * A headline written in title case ("Trump Says He Will Win"): most words of the sentence,
 * function words aside, start with a capital.
 */
function titleCased(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  let words = 0;
  let caps = 0;
  for (let j = k - 1; j >= 0 && j > k - 30; j -= 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) break;
    if (u.isWord && u.normal.length > 3) {
      words += 1;
      if (u.capitalised) caps += 1;
    }
  }
  for (let j = k + 1; j < tokens.length && j < k + 30; j += 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) break;
    if (u.isWord && u.normal.length > 3) {
      words += 1;
      if (u.capitalised) caps += 1;
    }
  }
  return words >= 3 && caps >= 0.8 * words;
}

/** Verbs of talking that report content only with a topic ("spoke about", "spoke out against"), not "spoke to reporters". */
const TOPIC_VERBS = new Set(['speak']);
const TOPIC_PARTICLES = new Set(['about', 'of', 'on', 'out', 'for', 'up', 'against']);

/** A talking verb at `k` is a cue only when a topic preposition follows it, adverbs aside ("spoke passionately about"). */
function topicComplement(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !TOPIC_VERBS.has(t.lemma)) return true;
  for (let j = k + 1; j < k + 4; j += 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== t.sentence) return false;
    if (TOPIC_PARTICLES.has(u.normal)) return true;
    if (u.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * Nouns that take a plural verb in their base form ("people say", "data show"): a base-form verb after
 * them is still a verb.
 */
const PLURAL_NOUNS = new Set(['people', 'data', 'media', 'police', 'children', 'men', 'women', 'staff', 'majority', 'public', 'crowd', 'audience', 'team', 'government', 'personnel', 'clergy', 'military', 'press', 'youth', 'electorate', 'jury', 'committee', 'family']);
/** Verbs whose object is obligatory: a participle of one with no object after a noun is a reduced relative ("a poll released Monday"). */
const TRANSITIVE_CUES = new Set(['release', 'publish', 'call', 'name', 'dub', 'label', 'cite', 'quote', 'propose', 'leak', 'describe', 'endorse', 'support', 'oppose', 'reject', 'praise', 'blame', 'condemn', 'criticize', 'criticise', 'attack', 'address', 'offer', 'prove', 'post', 'tout', 'highlight']);
/** Verbs of naming: "a program called Sandy Hook Promise" names, it does not report. */
const NAMING_CUES = new Set(['call', 'name', 'dub', 'label', 'title', 'nickname', 'brand']);
/**
 * Cues that report only with a clausal or quoted complement ("maintained that …", not "maintained a
 * lead"; "countered that …", not "countered the attack"; "addressed the crowd" names a speech event
 * without its content).
 */
const CLAUSE_ONLY = new Set(['maintain', 'prove', 'advise', 'leak', 'address', 'counter', 'discover']);
/** Verbs that report only with a determiner-led object, a document put out: "issued a statement", "filed a complaint" (not "filed in court", "issues arise"). */
const DOCUMENT_ONLY = new Set(['issue', 'file']);
/**
 * Speech-act nouns that are neither documents of the sources lexicon nor reporting nouns of
 * {@link CONTENT_NOUNS}, but are still put out as speech: "issued an apology", "filed a motion".
 */
const SPEECH_ACT_NOUNS = new Set(['apology', 'ultimatum', 'threat', 'response', 'rebuttal', 'clarification', 'correction', 'advisory', 'appeal', 'plea', 'challenge', 'suit', 'motion', 'brief', 'petition', 'request', 'notice', 'proclamation', 'note', 'reprimand', 'rebuke', 'condemnation', 'reply', 'retort', 'grievance', 'objection', 'protest', 'recommendation', 'guidance', 'announcement', 'endorsement', 'opinion', 'decision', 'finding', 'critique', 'criticism', 'attack', 'accusation']);

/**
 * True when the word at `k` has a determiner-led object that is a statement or a filing: a document
 * of the sources lexicon, a reporting noun or a speech-act noun ("issued a statement", "filed a
 * complaint"; not "issued an arrest warrant", "filed his taxes").
 */
function documentObject(st: State, k: number): boolean {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined) return false;
  const det = neighbour(tokens, k + 1, t.sentence);
  if (det === undefined || det.pos !== 'DET' || det.normal === 'that') return false;
  for (let j = k + 2; j < k + 6; j += 1) {
    const w = neighbour(tokens, j, t.sentence);
    if (w === undefined) return false;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      // the head is the last noun of a compound ("a joint statement", "a press release")
      if (neighbour(tokens, j + 1, t.sentence)?.pos === 'NOUN') continue;
      return st.sourceCats.get(j) === 'source.document' || CONTENT_NOUNS.has(w.lemma) || SPEECH_ACT_NOUNS.has(w.lemma) || SPEECH_ACT_NOUNS.has(w.normal);
    }
    if (!(w.pos === 'ADJ' || w.pos === 'ADV' || w.pos === 'NUM' || w.value === '-')) return false;
  }
  return false;
}

/** Words after a participle that show it has no object: prepositions, time words, punctuation. */
const NO_OBJECT_AFTER = new Set(['by', 'on', 'in', 'at', 'last', 'earlier', 'this', 'during', 'from', 'shortly', 'late', 'early', 'recently', 'yesterday', 'today', 'for', 'with', 'since', 'after', 'before', 'online', 'publicly']);
/** Subject pronouns that open a complement clause without "that" ("maintains he is innocent"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS, 'there']);

/**
 * "call" reports a characterisation ("called Rubio a lightweight", "what he called “an evil act”",
 * "called for"), not a telephone call: "called Haugland earlier this month to learn …", "called her
 * to get together", "called him back".
 */
function namingComplement(st: State, k: number): boolean {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined) return false;
  let j = k + 1;
  const first = neighbour(tokens, j, t.sentence);
  if (first === undefined) return true;
  if (first.pos === 'PRON' && !POSSESSIVE_DET.has(first.normal)) j += 1;
  else if (first.pos === 'PROPN' || first.pos === 'DET' || first.pos === 'NOUN') {
    const obj = npRight(st, j, tokens.length);
    if (obj === null) return true;
    j = obj.to;
  } else return true;
  for (let w = tokens[j]; w !== undefined && (w.pos === 'ADV' || timeWord(w)); w = tokens[j]) j += 1;
  const u = neighbour(tokens, j, t.sentence);
  if (u === undefined) return first.pos !== 'PRON';
  return !(u.normal === 'to' || u.normal === 'back' || (u.value === '.' && first.pos === 'PRON'));
}

/** A clause, question or quotation starts at `k` (after adverbs): "that …", "whether …", "he is …", "“…”". */
function clausalComplement(tokens: readonly Token[], k: number): boolean {
  let j = k;
  const start = tokens[k - 1];
  while (tokens[j]?.pos === 'ADV' && j < k + 3) j += 1;
  const t = tokens[j];
  if (t === undefined || start === undefined || t.sentence !== start.sentence) return false;
  if (t.quote >= 0 || /^["“”‘:]$/.test(t.value)) return true;
  if (t.value === ',' && (tokens[j + 1]?.quote ?? -1) >= 0) return true;
  if (t.value === ',' && /^["“‘]$/.test(tokens[j + 1]?.value ?? '')) return true;
  if (t.normal === 'that') return t.pos === 'SCONJ' || tokens[j + 1]?.pos !== 'NOUN';
  if (['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where'].includes(t.normal)) return true;
  const u = tokens[j + 1];
  return SUBJECT_PRONOUNS.has(t.normal) && u !== undefined && (u.pos === 'AUX' || u.pos === 'VERB');
}

/**
 * Context checks for a one-word cue at `k` with lexicon term `term`: not a noun the tagger read as a
 * verb ("the State of the Union address", "an email address"), not a participle used as an adjective
 * ("20 pledged delegates"), not a reduced relative of a transitive verb ("a poll released Monday",
 * "a program called Sandy Hook Promise"), and, for verbs that report only with a clause
 * ("maintain", "prove"), followed by one.
 */
function cueInContext(st: State, k: number, term: string): boolean {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined) return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  const next = neighbour(tokens, k + 1, t.sentence);
  if (CLAUSE_ONLY.has(term) && !clausalComplement(tokens, k + 1)) return false;
  if (DOCUMENT_ONLY.has(term) && !documentObject(st, k)) return false;
  // "appeared to …", "appears that …" report an inference; "appeared on Fox" is a appearance
  if (term === 'appear' && (next === undefined || next.isPunct || (next.pos === 'ADP' && next.normal !== 'like' && next.normal !== 'as') || next.normal === 'alongside')) return false;
  // "show up" is an arrival; "called Haugland earlier to ask" a telephone call
  if (term === 'show' && next !== undefined && next.normal === 'up') return false;
  if (term === 'call' && !namingComplement(st, k)) return false;
  if (prev === undefined) return true;
  const base = t.normal === t.lemma && !(t.normal.endsWith('s') && !t.normal.endsWith('ss')) && !t.capitalised;
  // a noun after "the" + adjective or a singular noun: "the final address", "an email address"; a
  // noun phrase that ends in a prepositional object or a coordination ("supporters of Clinton say",
  // "the book and film blame") is a plural subject
  const prev2 = neighbour(tokens, k - 2, t.sentence);
  const npInside = prev2 !== undefined && (prev2.pos === 'DET' || prev2.pos === 'ADJ' || prev2.pos === 'NOUN' || prev2.pos === 'PROPN' || prev2.normal === "'s" || POSSESSIVE_DET.has(prev2.normal));
  const noObject = next === undefined || next.isPunct || next.pos === 'ADP' || next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'CCONJ' || next.pos === 'SCONJ';
  if (base && npInside && noObject && !clausalComplement(tokens, k + 1) && next?.normal !== 'to' && (prev.pos === 'ADJ' ? prev2.pos === 'DET' || POSSESSIVE_DET.has(prev2.normal) : (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !prev.normal.endsWith('s') && !PLURAL_NOUNS.has(prev.normal) && prev.normal !== 'percent')) return false;
  const participle = /ed$/.test(t.normal) || (t.normal !== t.lemma && !t.normal.endsWith('s') && !t.normal.endsWith('ing'));
  if (!participle) return true;
  // "20 pledged delegates", "more pledged delegates"
  if (next !== undefined && next.pos === 'NOUN' && term !== 'say' && (prev.pos === 'ADJ' || prev.normal === 'more' || prev.normal === 'most' || (prev.pos === 'NUM' && next.normal.endsWith('s')))) return false;
  const afterNoun = prev.pos === 'NOUN' && !prev.capitalised;
  if (afterNoun && TRANSITIVE_CUES.has(term) && (next === undefined || next.isPunct || NO_OBJECT_AFTER.has(next.normal) || TIME_HEADS.has(next.normal))) return false;
  if (NAMING_CUES.has(term) && (afterNoun || prev.pos === 'PROPN')) {
    // the named noun phrase is the object of a verb or preposition: "helps lead a program called …"
    const np = npLeft(st, k, st.doc.sentences[t.sentence]?.tokenStart ?? 0);
    const before = np === null ? undefined : tokens[np.from - 1];
    if (before !== undefined && before.sentence === t.sentence && tokens[np?.from ?? k]?.normal !== 'what' && before.normal !== 'what' && (before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX')) return false;
  }
  return true;
}

/**
 * Nouns of saying and believing that take a content clause (Bergler 1992's reporting nouns; Levin
 * 1993's communication and judgement verbs nominalised), with the verb whose lexicon entry gives
 * their stance: "Trump's claim that …", "his warning that …", "complaints that …".
 */
const CONTENT_NOUNS = new Map<string, string>([
  ['claim', 'claim'], ['assertion', 'assert'], ['allegation', 'allege'], ['contention', 'contend'], ['charge', 'charge'],
  ['warning', 'warn'], ['suggestion', 'suggest'], ['complaint', 'complain'], ['belief', 'believe'],
  ['statement', 'state'], ['argument', 'argue'], ['insistence', 'insist'], ['prediction', 'predict'], ['promise', 'promise'],
  ['pledge', 'pledge'], ['admission', 'admit'], ['denial', 'deny'], ['assurance', 'assure'], ['acknowledgment', 'acknowledge'],
  ['acknowledgement', 'acknowledge'], ['concession', 'concede'], ['vow', 'vow'], ['insinuation', 'insinuate'], ['speculation', 'speculate'],
]);
/** Words that open a content clause after "that" (its subject), unlike a relative "that" followed by its verb. */
const CONTENT_CLAUSE_START = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM', 'ADJ']);

/**
 * A reporting noun at `k` followed by a content clause ("her claim that she …", "warnings that the
 * deficit would …"), not a relative clause ("the claim that was rejected"), outside quotation marks.
 */
function contentNounCue(st: State, k: number): Cue | null {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined || t.quote >= 0 || t.pos !== 'NOUN') return null;
  const verb = CONTENT_NOUNS.get(t.lemma);
  const subj = neighbour(tokens, k + 2, t.sentence);
  if (verb === undefined || neighbour(tokens, k + 1, t.sentence)?.normal !== 'that' || subj === undefined || !CONTENT_CLAUSE_START.has(subj.pos)) return null;
  // "said in a statement that …": the statement is the medium of the verb's report, not a cue of its own
  let d = k - 1;
  if (tokens[d]?.pos === 'ADJ') d -= 1;
  if (tokens[d]?.pos === 'DET' && tokens[d - 1]?.normal === 'in') return null;
  const entry = st.lex.attribution.byId.get(`verb-${verb}`);
  const stance = (entry?.category ?? 'neutral') as Stance;
  return {
    match: { entry: { id: `noun-${t.lemma}`, term: t.lemma, category: stance, weight: entry?.weight ?? 0.1, notes: 'A reporting noun with a content clause.', source: 'Bergler 1992; PolNeAR (Newell et al. 2018)' }, from: k, to: k + 1 },
    from: k,
    to: k + 1,
    lemma: t.lemma,
    stance,
    verbClass: entry?.class ?? 'speech',
    used: false,
    nominal: true,
  };
}

/**
 * The possessor of a reporting noun at `k`: "Mr. Trump's claim" -> "Mr. Trump's", "his warning" ->
 * "his" (PolNeAR marks the possessive with its marker); an adjective may come between ("her
 * repeated claim").
 */
function nounPossessor(st: State, k: number): Np | null {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined) return null;
  let p = k - 1;
  if (neighbour(tokens, p, t.sentence)?.pos === 'ADJ') p -= 1;
  const before = neighbour(tokens, p, t.sentence);
  if (before === undefined) return null;
  if (POSSESSIVE_DET.has(before.normal)) return { from: p, to: p + 1 };
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

/** Cue candidates: speech-verb lexicon matches outside quotation marks that contain a verb. */
function findCues(st: State): Cue[] {
  const { tokens } = st;
  const out: Cue[] = [];
  const matches = matchLexicon(tokens, st.lex.attribution, 0, tokens.length, (m) => {
    const first = tokens[m.from];
    if (first === undefined || first.quote >= 0) return false;
    let verb = false;
    for (let k = m.from; k < m.to; k += 1) {
      const t = tokens[k];
      if (t !== undefined && (t.pos === 'VERB' || (t.pos === 'AUX' && m.to - m.from === 1 && t.lemma !== 'be' && t.lemma !== 'have'))) verb = true;
    }
    if (!verb && !(m.to - m.from === 1 && nounTaggedVerb(tokens, m.from))) return false;
    if (m.to - m.from === 1 && !topicComplement(tokens, m.from)) return false;
    if (m.to - m.from === 1 && !cueInContext(st, m.from, m.entry.term)) return false;
    return plausibleCue(tokens, m.from, m.to, (m.entry.class ?? 'speech') === 'speech');
  });
  for (const m of matches) {
    out.push({
      match: m,
      from: m.from,
      to: m.to,
      lemma: m.entry.term.toLowerCase(),
      stance: m.entry.category as Stance,
      verbClass: m.entry.class ?? 'speech',
      used: false,
    });
  }
  // one pass for the cues the lexicon cannot match as words: "said" read as an adjective ("Ian Read
  // said company leaders …": the lemma is lost), "reportedly" (an adverb that attributes the clause
  // to unnamed reports), "according to X" (structural, not a verb) and reporting nouns with a
  // content clause ("his claim that …", "the warning that …")
  const sayEntry = st.lex.attribution.byId.get('verb-say');
  const reportedly = st.lex.attribution.byId.get('verb-reportedly');
  const covered = new Uint8Array(tokens.length); // tokens inside a cue already found
  for (const c of out) covered.fill(1, c.from, c.to);
  const add = (c: Cue): void => {
    out.push(c);
    covered.fill(1, c.from, c.to);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.quote < 0) {
      if (sayEntry !== undefined && t.normal === 'said' && t.pos === 'ADJ' && mistaggedSaid(tokens, i) && plausibleCue(tokens, i, i + 1, true)) {
        add({ match: { entry: sayEntry, from: i, to: i + 1 }, from: i, to: i + 1, lemma: 'say', stance: sayEntry.category as Stance, verbClass: 'speech', used: false });
      } else if (reportedly !== undefined && t.normal === 'reportedly') {
        add({ match: { entry: reportedly, from: i, to: i + 1 }, from: i, to: i + 1, lemma: 'reportedly', stance: reportedly.category as Stance, verbClass: 'speech', used: false });
      } else if (t.normal === 'according' && tokens[i + 1]?.normal === 'to' && covered[i] === 0) {
        add({
          match: { entry: { id: 'according-to', term: 'according to', category: 'neutral', weight: 0.1, notes: 'Attributes the clause to the source that follows.', source: 'Bell 1991' }, from: i, to: i + 2 },
          from: i,
          to: i + 2,
          lemma: 'according to',
          stance: 'neutral',
          verbClass: 'speech',
          used: false,
        });
      }
    }
    if (i + 2 < tokens.length && covered[i] === 0) {
      const c = contentNounCue(st, i);
      if (c !== null) add(c);
    }
  }
  const pollParticipleAt = new Set<number>(); // where a participle follows a poll ("a poll released Monday")
  // "in a new CNN poll, …", "leads in the polls": a poll or survey the figures come from; the
  // participle after it ("a poll released Monday") is part of the source, not a second cue
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const a = tokens[i];
    if (a === undefined || a.normal !== 'in' || a.pos !== 'ADP' || a.quote >= 0) continue;
    const np = npRight(st, i + 1, tokens.length);
    const head = np === null ? undefined : tokens[np.to - 1];
    if (np === null || head === undefined || !POLL_HEADS.has(head.lemma)) continue;
    // the head, not a later prepositional object ("in single digits in polls"); a bare "in the
    // polls" is a standing ("slid in the polls"), not a report
    let inner = false;
    for (let k = np.from; k < np.to; k += 1) if (tokens[k]?.pos === 'ADP') inner = true;
    if (inner || (head.normal === 'polls' && np.to - np.from <= 2)) continue;
    pollParticipleAt.add(np.to);
    out.push({
      match: { entry: { id: 'in-poll', term: 'in', category: 'neutral', weight: 0.1, notes: 'Attributes figures to the poll or survey that follows.', source: 'PolNeAR (Newell et al. 2018)' }, from: i, to: i + 1 },
      from: i,
      to: i + 1,
      lemma: 'in',
      stance: 'neutral',
      verbClass: 'evidence',
      used: false,
    });
  }
  // one filter, not a scan of the cue list per poll phrase
  const kept = pollParticipleAt.size === 0 ? out : out.filter((c) => !(pollParticipleAt.has(c.from) && POLL_PARTICIPLES.has(c.lemma)));
  kept.sort((x, y) => x.from - y.from);
  return kept;
}

/**
 * A one-word subject of "say" that still names speakers: a count or share of respondents ("43
 * said", "most say", "half said") or a capitalised surname the tagger did not read as a name.
 */
function bareSayer(tokens: readonly Token[], start: number, cue: Cue): boolean {
  if (cue.lemma !== 'say') return false;
  const t = tokens[lowerBound(tokens, start)];
  if (t === undefined) return false;
  return t.pos === 'NUM' || QUANTIFIER_HEAD.has(t.normal) || (t.capitalised && t.i > 0 && tokens[t.i - 1]?.sentence === t.sentence);
}

/** Verbs of putting a document out, which as a participle after the document modify it ("a poll released Monday"). */
const DOCUMENT_PARTICIPLES = new Set(['release', 'publish', 'post', 'issue', 'leak']);
/** Heads of the noun phrase after "in" that make it an evidence cue ("in a CNN poll"). */
const POLL_HEADS = new Set(['poll', 'survey', 'polling']);
/** Participles that modify a poll rather than report it ("a poll released Monday"). */
const POLL_PARTICIPLES = new Set(['release', 'conduct', 'take', 'publish']);
/** Prepositional cues whose source is the noun phrase after them. */
const PREP_CUES = new Set(['according to', 'in']);

function isNpToken(t: Token): boolean {
  return t.pos === 'PROPN' || properish(t) || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'PART' && (t.normal === "'s" || t.normal === "'"));
}

/** A capitalised word the tagger read as a verb: most often a surname ("Ward said", "Cook declined"). */
function properish(t: Token): boolean {
  return t.capitalised && t.pos === 'VERB' && t.isWord && t.lemma !== 'ask';
}

/**
 * The noun phrase ending right before token `end` (exclusive), scanning left, not before `limit`.
 * Handles possessives, "spokesman for the White House", parentheses and appositions
 * ("Kirby, a spokesman for the NSC, said").
 */
function npLeft(st: State, end: number, limit: number): Np | null {
  const { tokens } = st;
  let j = end - 1;
  const sentence = tokens[end - 1]?.sentence ?? -1;
  // skip "also", "has", "did not" between subject and verb
  while (j >= limit) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || !(SKIP_BETWEEN_SUBJECT_AND_VERB.has(t.pos) || (t.normal === 'there' && j === end - 1)) || t.normal === "'s") break;
    j -= 1;
  }
  let apposition = false;
  const t0 = tokens[j];
  if (t0 !== undefined && t0.value === ',' && j - 1 >= limit) {
    // "Kirby, a spokesman for X, said": find the opening comma of the apposition
    let k = j - 1;
    while (k >= limit && k > j - 16) {
      const u = tokens[k];
      if (u === undefined || u.sentence !== sentence) break;
      if (u.value === ',') break;
      if (!isNpToken(u) && !(u.pos === 'ADP' && NP_ADP.has(u.normal)) && u.value !== '.' && u.value !== '-' && u.pos !== 'CCONJ') {
        k = -1;
        break;
      }
      k -= 1;
    }
    const opening = tokens[k];
    if (k >= limit && opening !== undefined && opening.value === ',') {
      const inner = npLeft(st, j, k + 1);
      const outer = npLeft(st, k, limit);
      if (inner !== null && outer !== null && outer.to === k) {
        apposition = true;
        return { from: outer.from, to: inner.to };
      }
      if (inner !== null && outer === null) return null;
    }
    if (!apposition) return null;
  }
  const npEnd = j + 1;
  let from = npEnd;
  let sawDet = false;
  let depth = 0;
  while (j >= limit) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || t.quote >= 0) break;
    if (t.value === ')') {
      depth += 1;
      from = j;
      j -= 1;
      continue;
    }
    if (t.value === '(') {
      if (depth === 0) break;
      depth -= 1;
      from = j;
      j -= 1;
      continue;
    }
    if (depth > 0) {
      from = j;
      j -= 1;
      continue;
    }
    if (sawDet) {
      // after a determiner the phrase may continue only through "of/for/at" attached to a noun, or a possessive
      const left = tokens[j - 1];
      if (t.pos === 'ADP' && NP_ADP.has(t.normal) && left !== undefined && (left.pos === 'NOUN' || left.pos === 'PROPN') && j - 1 >= limit) {
        sawDet = false;
        from = j;
        j -= 1;
        continue;
      }
      break;
    }
    if (t.pos === 'PRON' && j < npEnd - 1 && POSSESSIVE_DET.has(t.normal)) {
      // a possessive determiner: "a majority of her backers"
      sawDet = true;
      from = j;
      j -= 1;
      continue;
    }
    if (t.pos === 'PRON') {
      if (j === npEnd - 1 && (PRONOUNS.has(t.normal) || RELATIVE.has(t.normal))) {
        from = j;
        j -= 1;
      }
      break;
    }
    if (t.pos === 'DET' || (t.pos === 'PRON' && t.normal.endsWith('s'))) {
      sawDet = true;
      from = j;
      j -= 1;
      continue;
    }
    if (isNpToken(t) || t.value === '.' || t.value === '-' || t.value === '&') {
      if ((t.value === '.' || t.value === '-') && j === npEnd - 1) break;
      from = j;
      j -= 1;
      continue;
    }
    if (t.pos === 'ADP' && NP_ADP.has(t.normal)) {
      const left = tokens[j - 1];
      if (left !== undefined && (left.pos === 'NOUN' || left.pos === 'PROPN' || (left.pos === 'NUM' && (t.normal === 'in' || t.normal === 'of'))) && j - 1 >= limit && left.sentence === sentence) {
        from = j;
        j -= 1;
        continue;
      }
    }
    if (t.pos === 'CCONJ' && t.normal === 'and') {
      const left = tokens[j - 1];
      if (left !== undefined && (left.pos === 'PROPN' || left.pos === 'NOUN') && j - 1 >= limit) {
        from = j;
        j -= 1;
        continue;
      }
    }
    break;
  }
  // trim leading prepositions / conjunctions / punctuation
  while (from < npEnd) {
    const t = tokens[from];
    if (t === undefined || !(t.pos === 'ADP' || t.pos === 'CCONJ' || t.isPunct)) break;
    from += 1;
  }
  if (from >= npEnd) return null;
  // a subject needs a noun, a name or a pronoun
  let head = false;
  for (let k = from; k < npEnd; k += 1) {
    const t = tokens[k];
    if (t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || properish(t) || t.pos === 'PRON' || t.pos === 'NUM' || (k === npEnd - 1 && QUANTIFIER_HEAD.has(t.normal)))) head = true;
  }
  return head ? { from, to: npEnd } : null;
}

/** The noun phrase starting at `start` (for "said Kirby", "said the spokesman", "according to X"). */
function npRight(st: State, start: number, maxEnd: number): Np | null {
  const { tokens } = st;
  const first = tokens[start];
  if (first === undefined) return null;
  let j = start;
  let head = false;
  let depth = 0;
  while (j < maxEnd && j < start + 14) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence || t.quote >= 0) break;
    if (t.value === '(') depth += 1;
    else if (t.value === ')') {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0) {
      const nextTok = tokens[j + 1];
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || properish(t)) head = true;
      else if (t.pos === 'VERB' && !head && nextTok !== undefined && (nextTok.pos === 'NOUN' || nextTok.pos === 'PROPN')) {
        // a modifier the tagger read as a verb: "exit polls", "company leaders", "leaked documents"
      } else if (t.pos === 'PRON' && j === start && PRONOUNS.has(t.normal)) {
        return { from: start, to: start + 1 };
      } else if (t.pos === 'PRON' && j === start && POSSESSIVE_DET.has(t.normal)) {
        // a possessive determiner: "according to his campaign's filings"
      } else if (t.pos === 'ADV' && !head && j > start && (tokens[j - 1]?.pos === 'DET' || tokens[j - 1]?.pos === 'ADJ' || tokens[j - 1]?.pos === 'ADV')) {
        // a modifier inside the noun phrase the tagger read as an adverb: "a new poll", "a just-released survey"
      } else if (t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'PART' && t.normal === "'s") || t.value === '.' || t.value === '-' || (t.value === '/' && head)) {
        if (head && t.pos === 'DET') break;
      } else if (t.pos === 'ADP' && NP_ADP.has(t.normal) && head) {
        const next = tokens[j + 1];
        if (next === undefined || !(next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ')) break;
      } else if (t.value === ',' && head) {
        // apposition after a name: "said John Kirby, a spokesman for the NSC"
        break;
      } else break;
    }
    j += 1;
  }
  // drop trailing prepositions/determiners
  while (j > start) {
    const t = tokens[j - 1];
    if (t === undefined || !(t.pos === 'ADP' || t.pos === 'DET' || t.isPunct && t.value !== ')')) break;
    j -= 1;
  }
  return head && j > start ? { from: start, to: j } : null;
}

/** Head nouns of time expressions, which open sentences but never speak ("Last week, …"). */
const TIME_HEADS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'ago', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'hour', 'hours', 'minutes', 'decade', 'decades', 'century', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** True for a word of a time expression after a verb ("earlier this month", "last week", "Monday"). */
function timeWord(t: Token): boolean {
  return TIME_HEADS.has(t.normal) || t.normal === 'this' || t.normal === 'last';
}

/**
 * The subject of a cue separated from it by comma-delimited appositions, relative clauses or asides
 * ("Paris, who used to work on Capitol Hill, said"; "Harry Bond, 30, of Raleigh, N.C., said"). Walks
 * left over comma segments to a clause boundary (sentence start, quotation mark, colon, semicolon,
 * dash) and takes the first segment after it that is a whole noun phrase, skipping an introductory
 * phrase ("In a call Monday,") and time expressions ("Last week,"). Linear in the segment length.
 */
function subjectAcrossCommas(st: State, at: number, limit: number): Np | null {
  const { tokens } = st;
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
    const np = npRight(st, segStart, c);
    const head = np === null ? undefined : tokens[np.to - 1];
    if (np !== null && np.to === c && head !== undefined && !TIME_HEADS.has(head.normal) && head.pos !== 'NUM') {
      const lead = tokens[np.from];
      return lead !== undefined && lead.pos === 'PRON' && !PRONOUNS.has(lead.normal) ? null : np;
    }
    segStart = c + 1;
  }
  return null;
}

/**
 * Only punctuation, adverbs, time words or the earlier cue's own (inverted) source lie between an
 * earlier cue ending at `prevEnd` and a participle at `at` ("…, Nefzi said Tuesday, adding …").
 */
function adjacentCue(tokens: readonly Token[], prevEnd: number, at: number, prevSource: Span): boolean {
  if (at - prevEnd > 8) return false;
  for (let k = prevEnd; k < at; k += 1) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.isPunct || t.pos === 'ADV' || timeWord(t) || t.normal === 'on') continue;
    if (t.start >= prevSource.start && t.end <= prevSource.end) continue;
    return false;
  }
  return true;
}

/** Introductory words skipped before a sentence's subject ("But", "Still,", "On Sunday,"). */
const INTRO_POS = new Set(['CCONJ', 'ADV', 'ADP', 'SCONJ', 'INTJ']);

/**
 * The subject of the main clause of the sentence that starts at `from`, before token `before`: the
 * noun phrase at the start (after an introductory phrase closed by a comma) that a verb follows.
 */
function clauseSubject(st: State, from: number, before: number, appositive = false): Np | null {
  const { tokens } = st;
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
  const np = npRight(st, k, before);
  if (np === null) return null;
  if (appositive) {
    // the subject is followed by a comma that opens the apposition closed right before the cue
    const comma = tokens[np.to];
    const head = tokens[np.from];
    if (comma === undefined || comma.value !== ',' || head === undefined || head.pos === 'PRON' || before - np.to > 40) return null;
    return np;
  }
  let v = np.to;
  const opener = tokens[v];
  if (opener !== undefined && (opener.value === ',' || opener.value === '—' || opener.value === '–') && tokens[np.from]?.pos !== 'PRON') {
    // an apposition or relative clause closed by the same mark: "Priebus, who …, arrived"
    let c = v + 1;
    while (c < before && c < v + 40 && tokens[c]?.value !== opener.value) c += 1;
    if (c < before && tokens[c]?.value === opener.value) v = c + 1;
  }
  let copula = false;
  while (v < before && (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'PART')) {
    if (tokens[v]?.lemma === 'be') copula = true;
    v += 1;
  }
  const verb = tokens[v];
  // a copular main clause also has its subject: "Weber is no fan of Trump but lauded …"
  if (verb === undefined || v >= before || (verb.pos !== 'VERB' && !copula)) {
    // "Cruz, the only candidate to campaign there, told …" is not this case: keep it simple
    return null;
  }
  const head = tokens[np.from];
  if (head !== undefined && head.pos === 'PRON' && !PRONOUNS.has(head.normal)) return null;
  if (head !== undefined && head.pos === 'PRON' && head.normal === 'it') return null;
  return np;
}

/**
 * A nationality word heading a subject ("the Russian", "Americans"): with a determiner, as an
 * adjective, or as a plural noun. A bare singular capitalised word is more likely a surname.
 */
function demonymHead(t: Token | undefined, determined: boolean): boolean {
  if (t === undefined || !isDemonym(t.value)) return false;
  return determined || t.pos === 'ADJ' || /s$/.test(t.value);
}

/** Classify a source phrase and give its canonical name. */
function classify(st: State, np: Np): AttributionSource {
  const { doc, tokens } = st;
  const sp = tokSpan(doc, np.from, np.to) ?? span(doc, 0, 0);
  const first = tokens[np.from];
  if (np.to - np.from === 1 && first !== undefined && first.pos === 'PRON') {
    return { ...sp, kind: 'pronoun', canonical: first.normal };
  }
  // the head decides: the words before an attached prepositional phrase ("a spokesman for X")
  let headEnd = np.to;
  for (let k = np.from + 1; k < np.to; k += 1) {
    const t = tokens[k];
    if (t !== undefined && (t.pos === 'ADP' || t.value === '(' || t.value === ',')) {
      headEnd = k;
      break;
    }
  }
  // a person's name in the head (or, when the head has no source word, anywhere): named
  const personIn = (a: number, b: number): string | null => {
    for (let k = b - 1; k >= a; k -= 1) {
      const p = st.personAt[k] ?? -1;
      const person = p >= 0 ? st.people[p] : undefined;
      if (person !== undefined && person.from >= np.from && person.to <= np.to) return st.resolve(person.name);
    }
    return null;
  };
  const headPerson = personIn(np.from, headEnd);
  if (headPerson !== null) return { ...sp, kind: 'named', canonical: headPerson };
  let headHasSourceWord = false;
  for (let k = np.from; k < headEnd; k += 1) if (st.sourceCats.has(k)) headHasSourceWord = true;
  if (!headHasSourceWord) {
    const anyPerson = personIn(np.from, np.to);
    if (anyPerson !== null) return { ...sp, kind: 'named', canonical: anyPerson };
  }
  let kind: SourceKind = 'unknown';
  const cats = new Set<string>();
  for (let k = np.from; k < np.to; k += 1) {
    const c = st.sourceCats.get(k);
    if (c !== undefined && (k < headEnd || kind === 'unknown')) cats.add(c);
  }
  const headCats = new Set<string>();
  for (let k = np.from; k < headEnd; k += 1) {
    const c = st.sourceCats.get(k);
    if (c !== undefined) headCats.add(c);
  }
  const decide = (set: Set<string>): SourceKind | null => {
    if (set.has('source.anonymous')) return 'anonymous';
    if (set.has('source.institutional') || set.has('actor') || set.has('source.title')) return 'institutional';
    if (set.has('source.document')) return 'document';
    return null;
  };
  const headToks = tokens.slice(np.from, headEnd).filter((t) => !(t.pos === 'DET'));
  const headIsName = headCats.size === 0 && headToks.length > 0 && headToks.every((t) => (t.pos === 'PROPN' || properish(t)) && t.capitalised && !st.sourceCats.has(t.i)) && !(headToks.length === 1 && demonymHead(headToks[0], tokens[np.from]?.pos === 'DET'));
  if (headIsName && headEnd < np.to) return { ...sp, kind: 'named', canonical: st.resolve(headToks.map((t) => t.value).join(' ')) };
  kind = decide(headCats) ?? decide(cats) ?? 'unknown';
  if (kind === 'unknown' && np.to - np.from === 1 && demonymHead(first, false)) return { ...sp, kind: 'unknown', canonical: sp.text };
  if (kind === 'unknown') {
    // capitalised proper nouns that are not a known actor: most often a surname
    const allProper = tokens.slice(np.from, np.to).every((t) => (t.pos === 'PROPN' || properish(t)) && t.capitalised && !st.sourceCats.has(t.i));
    if (allProper) {
      return { ...sp, kind: 'named', canonical: st.resolve(tokens.slice(np.from, np.to).map((t) => t.value).join(' ')) };
    }
  }
  const words = tokens.slice(np.from, np.to).filter((t) => !(t.pos === 'DET' && (t.normal === 'a' || t.normal === 'an' || t.normal === 'the')));
  const canonical = words.map((t) => t.value).join(' ').replace(/\s+(['’]s)\b/g, '$1').replace(/\s*([()])\s*/g, ' $1').trim();
  return { ...sp, kind, canonical: canonical === '' ? sp.text : canonical };
}

function cueOf(st: State, cue: Cue): AttributionCue {
  const sp = tokSpan(st.doc, cue.from, cue.to) ?? span(st.doc, 0, 0);
  const out: AttributionCue = { ...sp, lemma: cue.lemma, stance: cue.stance, verbClass: cue.verbClass };
  if (cue.match.entry.id !== 'according-to') out.entryId = cue.match.entry.id;
  return out;
}

function quotedWordsIn(doc: AnalyzedDoc, start: number, end: number): number {
  let n = 0;
  for (let k = lowerBound(doc.tokens, start); k < doc.tokens.length; k += 1) {
    const t = doc.tokens[k];
    if (t === undefined || t.start >= end) break;
    if (t.isWord && t.quote >= 0) n += 1;
  }
  return n;
}

/** Tokens index range of a quote region's marks and content. */
function regionTokens(doc: AnalyzedDoc, start: number, end: number): { from: number; to: number } {
  let from = -1;
  let to = -1;
  for (let k = Math.max(0, lowerBound(doc.tokens, start) - 1); k < doc.tokens.length; k += 1) {
    const t = doc.tokens[k];
    if (t === undefined) continue;
    if (t.start >= end) break;
    if (t.end > start) {
      if (from < 0) from = k;
      to = k + 1;
    }
  }
  return { from, to };
}

interface QuoteGroup {
  regions: number[];
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  words: number;
  firstTok: number;
  lastTok: number;
  soCalled: boolean;
}

function quoteGroups(doc: AnalyzedDoc): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  const byGroup = new Map<number, QuoteGroup>();
  for (const r of doc.quotes) {
    if (r.depth !== 0) continue;
    const toks = regionTokens(doc, r.start, r.end);
    let words = 0;
    for (let k = toks.from; k >= 0 && k < toks.to; k += 1) if (doc.tokens[k]?.isWord === true) words += 1;
    const existing = r.group >= 0 ? byGroup.get(r.group) : undefined;
    if (existing !== undefined) {
      existing.regions.push(r.i);
      existing.end = r.end;
      existing.contentEnd = r.contentEnd;
      existing.words += words;
      existing.lastTok = toks.to;
      continue;
    }
    const before = doc.tokens[toks.from - 1];
    const before2 = doc.tokens[toks.from - 2];
    const soCalled = before !== undefined && (before.normal === 'so-called' || (before.normal === 'called' && before2 !== undefined && (before2.normal === '-' || before2.normal === 'so')));
    const g: QuoteGroup = { regions: [r.i], start: r.start, end: r.end, contentStart: r.contentStart, contentEnd: r.contentEnd, words, firstTok: toks.from, lastTok: toks.to, soCalled };
    groups.push(g);
    if (r.group >= 0) byGroup.set(r.group, g);
  }
  return groups;
}

/**
 * Detect every attribution of the document.
 *
 * @returns attributions in text order (cue order for indirect ones), without `position` set to
 *   anything but `body`; the caller adjusts for titles.
 */
export function detectAttributions(doc: AnalyzedDoc, lex: LexiconSet): Attribution[] {
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const { people, personAt, mask, resolve } = peopleIndex(doc, lex.source, lex.label);
  const sourceCats = new Map<number, string>();
  for (const m of matchLexicon(tokens, lex.source)) for (let k = m.from; k < m.to; k += 1) sourceCats.set(k, m.entry.category);
  for (const m of matchLexicon(tokens, lex.label)) for (let k = m.from; k < m.to; k += 1) if (!sourceCats.has(k)) sourceCats.set(k, 'actor');
  const st: State = { doc, lex, tokens, people, personAt, mask, resolve, sourceCats };
  const cues = findCues(st);
  const cueIndex = new Map<Cue, number>(cues.map((c, k) => [c, k]));
  const byCue = new Map<Cue, Attribution>();
  const cueAt = new Int32Array(tokens.length).fill(-1);
  cues.forEach((c, k) => {
    for (let t = c.from; t < c.to; t += 1) cueAt[t] = k;
  });

  const found: Array<Attribution & { order: number }> = [];
  const memo = new Map<Cue, AttributionSource | null>();
  const sourceOf = (cue: Cue): AttributionSource | null => {
    if (memo.has(cue)) return memo.get(cue) ?? null;
    memo.set(cue, null); // guards against cycles
    const t = tokens[cue.from];
    const limit = t === undefined ? 0 : sentenceLimit(tokens, doc, cue.from);
    const s = sourceFor(cue, limit);
    memo.set(cue, s);
    return s;
  };
  const sourceFor = (cue: Cue, limit: number): AttributionSource | null => {
    const tokensOfCue = tokens[cue.from];
    if (tokensOfCue === undefined) return null;
    // a passive's subject is its topic: the source is the "by" agent, if any
    if (impersonalPassive(tokens, cue) || (openingAsked(tokens, cue.from, cue.to) && tokens[cue.to]?.normal === 'by')) {
      const agent = passiveAgent(st, cue);
      return agent === null ? null : classify(st, agent);
    }
    if (PREP_CUES.has(cue.lemma)) {
      const np = npRight(st, cue.to, tokens.length) ?? (cue.lemma === 'according to' ? objectAfterPreposition(tokens, cue.to) : null);
      if (np === null) return null;
      // "according to my knowledge / her account": the owner of the knowledge is the source
      const det = tokens[np.from];
      const noun = tokens[np.from + 1];
      if (np.to - np.from === 2 && det !== undefined && noun !== undefined && POSSESSIVE_DET.has(det.normal) && EPISTEMIC_NOUNS.has(noun.lemma)) {
        return classify(st, { from: np.from, to: np.from + 1 });
      }
      return classify(st, np);
    }
    // an infinitive governed by "went on to", "refused to": the governor's subject
    const at = infinitiveGovernor(tokens, cue.from) ?? cue.from;
    // VP coordination ("criticized X and exposed Y") and participles ("…, stressing that"): the
    // speaker of the cue right before a participle, else the main clause's subject, else the
    // speaker of the previous attribution in the same sentence
    const inherit = (coordinated: boolean): AttributionSource | null => {
      const ci = cueIndex.get(cue) ?? 0;
      const prevCue = cues[ci - 1];
      const prevFirst = prevCue === undefined ? undefined : tokens[prevCue.from];
      const prevSource = prevCue !== undefined && prevFirst !== undefined && prevFirst.sentence === tokensOfCue.sentence ? sourceOf(prevCue) : null;
      // a participle right after a cue ("…, Nefzi said, adding …"): the earlier cue's speaker
      if (prevCue !== undefined && prevSource !== null && !coordinated && adjacentCue(tokens, prevCue.to, at, prevSource)) return { ...prevSource };
      // otherwise the subject of the main clause ("Sullivan put off deciding whether the group could
      // question Clinton but said …", "Cruz took the stage, saying …"): an earlier cue may sit in a
      // subordinate clause
      const sLimit = Math.max(limit, sentenceLimit(tokens, doc, at));
      const main = clauseSubject(st, sLimit, at);
      if (main !== null) return classify(st, main);
      // "Mr. Manafort, citing …, said": the noun phrase that opens the clause right before the comma
      if (tokens[at - 1]?.value === ',') {
        const np = npLeft(st, at - 1, sLimit);
        const before = np === null ? undefined : tokens[np.from - 1];
        if (np !== null && (np.from === sLimit || before === undefined || before.sentence !== tokensOfCue.sentence || before.pos === 'CCONJ' || /^["“”]$/.test(before.value))) return classify(st, np);
      }
      for (let k = ci - 1; k >= 0; k -= 1) {
        const c = cues[k];
        const t = c === undefined ? undefined : tokens[c.from];
        if (c === undefined || t === undefined || t.sentence !== tokensOfCue.sentence) break;
        const s = sourceOf(c);
        if (s !== null) return { ...s };
      }
      return null;
    };
    let b = at - 1;
    while (b >= limit && (tokens[b]?.pos === 'ADV' || tokens[b]?.pos === 'AUX') && tokens[b]?.sentence === tokensOfCue.sentence) b -= 1;
    const before = tokens[b];
    if (before !== undefined && before.sentence === tokensOfCue.sentence && before.pos === 'CCONJ') return inherit(true);
    const prevTok = tokens[at - 1];
    if (tokensOfCue.normal.endsWith('ing')) {
      // ", adding …" and ",” adding …" (a closing quotation mark between)
      let c = at - 1;
      while (c > limit && /^["”’']$/.test(tokens[c]?.value ?? '') && tokens[c]?.sentence === tokensOfCue.sentence) c -= 1;
      if (tokens[c]?.value === ',' && tokens[c]?.sentence === tokensOfCue.sentence) return inherit(false);
      // "Citing the attack, Clinton canceled …": an opening participle takes the main clause's subject
      const opener = tokens[at - 1];
      if (opener === undefined || opener.sentence !== tokensOfCue.sentence || opener.pos === 'CCONJ') {
        const end = doc.sentences[tokensOfCue.sentence]?.tokenEnd ?? tokens.length;
        let k = at + 1;
        while (k < end && tokens[k]?.value !== ',') k += 1;
        const subj = k < end ? clauseSubject(st, k + 1, end) : null;
        if (subj !== null) return classify(st, subj);
      }
    }
    if (prevTok !== undefined && (prevTok.pos === 'ADP' || prevTok.pos === 'SCONJ') && GERUND_ADP.has(prevTok.normal) && tokensOfCue.normal.endsWith('ing') && prevTok.sentence === tokensOfCue.sentence) {
      // "After saying …, the man left": the subject follows the opening phrase; "X responded by
      // saying": the subject of the clause the gerund hangs on
      const lead = tokens[prevTok.i - 1];
      if (lead === undefined || lead.sentence !== tokensOfCue.sentence || lead.isPunct || lead.pos === 'CCONJ') {
        const end = doc.sentences[tokensOfCue.sentence]?.tokenEnd ?? tokens.length;
        const subj = clauseSubject(st, limit, end);
        return subj === null ? null : classify(st, subj);
      }
      return inherit(false);
    }
    let left = npLeft(st, at, limit);
    // a time expression between subject and verb ("Sanders, who on Tuesday endorsed", "Cruz, who
    // last year threatened") or a floating quantifier ("Bolton and Gorka both denounced"): the
    // subject is further left
    for (let hop = 0; hop < 2 && left !== null; hop += 1) {
      const head = tokens[left.to - 1];
      const lone = tokens[left.from];
      const floating = left.to - left.from === 1 && lone !== undefined && (lone.normal === 'both' || lone.normal === 'all' || lone.normal === 'each');
      if (head === undefined || !(floating || TIME_HEADS.has(head.normal))) break;
      let e = left.from;
      while (e > limit && (tokens[e - 1]?.pos === 'ADV' || tokens[e - 1]?.pos === 'AUX' || tokens[e - 1]?.normal === 'on' || tokens[e - 1]?.normal === 'in')) e -= 1;
      let further = npLeft(st, e, limit);
      // a participle between ("A poll released on Tuesday showed"): the noun it modifies
      const part = tokens[e - 1];
      if (further === null && part !== undefined && part.pos === 'VERB' && passiveForm(part) && e - 1 > limit) further = npLeft(st, e - 1, limit);
      if (further === null) break;
      left = further;
    }
    // a participle on an object ("issued a statement saying …", "attacked Cruz, calling …"): the
    // speaker is the main clause's subject
    if (left !== null && tokensOfCue.normal.endsWith('ing') && at === cue.from) {
      const before = tokens[left.from - 1];
      if (before !== undefined && before.sentence === tokensOfCue.sentence && before.pos === 'VERB') {
        const s = inherit(false);
        if (s !== null) return s;
      }
    }
    if (left !== null) {
      const first = tokens[left.from];
      if (first !== undefined && left.to - left.from === 1 && RELATIVE.has(first.normal)) {
        // "John Kirby, who said" / "voters who say": the relative pronoun is the source (as PolNeAR
        // marks it); its kind and name come from the antecedent
        const comma = tokens[left.from - 1];
        const anteEnd = comma !== undefined && comma.value === ',' ? left.from - 1 : left.from;
        const ante = npLeft(st, anteEnd, limit);
        const rel = tokSpan(doc, left.from, left.to) ?? span(doc, 0, 0);
        if (ante !== null) {
          const a = classify(st, ante);
          // "the issue that seemed …": a relative "that" whose antecedent is no speaker is no source
          if (a.kind === 'unknown' && first.normal === 'that') return null;
          return { ...rel, kind: a.kind === 'unknown' ? 'pronoun' : a.kind, canonical: a.canonical };
        }
        if (first.normal === 'that') return null;
        return { ...rel, kind: 'pronoun', canonical: first.normal };
      }
      return classify(st, left);
    }
    // a subject before appositions and relative clauses: "Paris, who used to work on Capitol Hill, said"
    const across = subjectAcrossCommas(st, at, limit);
    if (across !== null) return classify(st, across);
    // inverted: said Kirby / said the spokesman (never a participle, nor a verb that takes its
    // addressee as object: "telling reporters")
    const right = at === cue.from && !tokensOfCue.normal.endsWith('ing') && !OBJECT_AFTER_TELL.has(cue.lemma) ? npRight(st, cue.to, tokens.length) : null;
    if (right !== null) {
      const after = tokens[right.to];
      const before = tokens[cue.from - 1];
      // "…, said six million people who …": the content before, the speaker after with a relative
      // clause or an apposition
      const trailing = before !== undefined && before.value === ',' && after !== undefined && (RELATIVE.has(after.normal) || after.value === ',');
      const inverted = trailing || after === undefined || after.isPunct || after.sentence !== tokensOfCue.sentence || (before !== undefined && (before.quote >= 0 || /^["“”'‘’]$/.test(before.value) || (before.isPunct && before.value !== ',')));
      if (inverted) return classify(st, right);
    }
    // a long apposition or relative clause between subject and cue: "Mike Morrell, a veteran of
    // the agency who retired in 2013, said …"
    if (prevTok !== undefined && prevTok.value === ',') {
      const subj = clauseSubject(st, limit, at, true);
      if (subj !== null) return classify(st, subj);
    }
    return null;
  };

  // 1. direct quotes
  const groups = quoteGroups(doc);
  let lastDirect: { index: number; paragraph: number; sentence: number } | null = null;
  for (const g of groups) {
    if (g.firstTok < 0) continue;
    const openTok = tokens[g.firstTok];
    const closeTok = tokens[g.lastTok - 1];
    if (openTok === undefined || closeTok === undefined) continue;
    if (g.soCalled) continue; // the writer's own distancing, never reported speech
    const paragraphEnd = doc.paragraphs[closeTok.paragraph]?.tokenEnd ?? tokens.length;
    const lastRegion = doc.quotes[g.regions[g.regions.length - 1] ?? -1];
    const contentText = doc.text.slice(g.contentStart, g.contentEnd).trim();
    const fullUtterance = /[,.!?…:;—–-]$/.test(contentText) || g.words >= 4;

    // (a) cue after the closing mark: ," Kirby said / ," said Kirby / ," he said
    let chosen: { cue: Cue; source: AttributionSource | null } | null = null;
    // a quotation ending with a full stop closes its sentence: no cue can follow it
    const endsSentence = /[.]["'”’]*$/.test(contentText) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|U\.S)\.$/.test(contentText);
    if (lastRegion !== undefined && lastRegion.close !== null && !endsSentence) {
      for (let k = g.lastTok; k < paragraphEnd && k < g.lastTok + 14; k += 1) {
        const t = tokens[k];
        if (t === undefined || t.quote >= 0 && k > g.lastTok) break;
        if (SENTENCE_END.has(t.value) && k > g.lastTok) break;
        if (doc.text.slice(t.start, t.end).match(/^["“”]$/)) break;
        const ci = cueAt[k] ?? -1;
        if (ci < 0) {
          if (!(isNpToken(t) || t.value === ',' || t.value === '.' || t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'AUX' || t.value === '(' || t.value === ')')) break;
          continue;
        }
        const cue = cues[ci];
        if (cue === undefined || cue.used || cue.lemma === 'according to') break;
        const source = sourceFor(cue, g.lastTok);
        const next = tokens[g.lastTok];
        const directlyAfter = next !== undefined && (next.value === ',' || next.isPunct || next.i === cue.from || (source !== null && source.kind !== 'unknown' && tokSpanStartsAt(tokens, g.lastTok, source.start)));
        if (source !== null && (fullUtterance || directlyAfter)) chosen = { cue, source };
        break;
      }
    }
    // (b) cue before the opening mark in the same sentence: Kirby said: "…" / said that "…"
    if (chosen === null) {
      const from = doc.paragraphs[openTok.paragraph]?.tokenStart ?? 0;
      for (let k = g.firstTok - 1; k >= from; k -= 1) {
        const t = tokens[k];
        if (t === undefined || t.quote >= 0 || SENTENCE_END.has(t.value) || /^["“”]$/.test(t.value)) break;
        const ci = cueAt[k] ?? -1;
        if (ci < 0) continue;
        const cue = cues[ci];
        if (cue === undefined) break;
        // a noun cue governs a quotation only right after it ("his calls for “restraint”"), not
        // one in a later clause ("Chinese calls for a ceasefire, as this would consolidate “…”")
        if (nominalCue(tokens, cue.from) && g.firstTok - cue.to > 3) break;
        const source = cue.used ? (byCue.get(cue)?.source ?? null) : sourceFor(cue, from);
        if (source !== null && source.kind !== 'unknown') {
          chosen = { cue, source };
          break;
        }
      }
    }
    // (c) colon attribution: Kirby: "…"
    if (chosen === null) {
      const colon = tokens[g.firstTok - 1];
      if (colon !== undefined && colon.value === ':' && colon.sentence === openTok.sentence) {
        const np = npLeft(st, g.firstTok - 1, doc.sentences[colon.sentence]?.tokenStart ?? 0);
        if (np !== null) {
          const source = classify(st, np);
          if (source.kind !== 'unknown') {
            const colonCue: Cue = {
              match: { entry: { id: 'colon', term: ':', category: 'neutral', weight: 0.1, notes: 'Colon attribution', source: 'Bell 1991' }, from: colon.i, to: colon.i + 1 },
              from: colon.i,
              to: colon.i + 1,
              lemma: ':',
              stance: 'neutral',
              verbClass: 'punctuation',
              used: false,
            };
            chosen = { cue: colonCue, source };
          }
        }
      }
    }
    const content = span(doc, g.contentStart, g.contentEnd);
    const quotedWords = quotedWordsIn(doc, g.contentStart, g.contentEnd);
    if (chosen !== null) {
      const kind: AttributionKind = chosen.cue.verbClass === 'punctuation' ? 'colon' : 'direct';
      chosen.cue.used = true;
      found.push({
        kind,
        cue: cueOf(st, chosen.cue),
        source: chosen.source,
        content,
        sentence: tokens[chosen.cue.from]?.sentence ?? openTok.sentence,
        quotedWords,
        position: 'body',
        order: g.contentStart,
      });
      const added = found[found.length - 1];
      if (added !== undefined && !byCue.has(chosen.cue)) byCue.set(chosen.cue, added);
      lastDirect = { index: found.length - 1, paragraph: closeTok.paragraph, sentence: closeTok.sentence };
      continue;
    }
    // (d) continuation of the previous speaker: a full quote in the same or the next paragraph
    const standalone = (() => {
      const before = tokens[g.firstTok - 1];
      return before === undefined || before.paragraph !== openTok.paragraph || SENTENCE_END.has(before.value) || /^["”’]$/.test(before.value);
    })();
    const sameSentence = lastDirect !== null && lastDirect.sentence === openTok.sentence;
    if (lastDirect !== null && (sameSentence || (standalone && (g.words >= 3 || endsSentenceMark(contentText)) && openTok.paragraph - lastDirect.paragraph <= 1))) {
      const prev = found[lastDirect.index];
      if (prev !== undefined) {
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
        lastDirect = { index: lastDirect.index, paragraph: closeTok.paragraph, sentence: closeTok.sentence };
      }
    } else if (fullUtterance && g.words >= 4) {
      lastDirect = null;
    }
  }

  // 2. indirect speech and "according to"
  // speech cues kept without a source (see bareReport); they do not swallow the belief cues of
  // their clause (dropNestedInference), since their speaker is unknown
  const bareCues = new Set<number>();
  const pushBare = (cue: Cue, sentence: number, sentenceEnd: number): void => {
    const first = tokens[cue.from];
    if (first === undefined) return;
    cue.used = true;
    bareCues.add(first.start);
    found.push({ kind: 'indirect', cue: cueOf(st, cue), source: null, content: clauseAfter(st, cue.to, sentenceEnd), sentence, quotedWords: 0, position: 'body', order: first.start });
  };
  for (const cue of cues) {
    if (cue.used) continue;
    const first = tokens[cue.from];
    if (first === undefined) continue;
    const sentence = doc.sentences[first.sentence];
    if (sentence === undefined) continue;
    if (QUOTE_ONLY.has(cue.lemma)) continue;
    if (cue.nominal === true) {
      const owner = nounPossessor(st, cue.from);
      cue.used = true;
      found.push({ kind: 'indirect', cue: cueOf(st, cue), source: owner === null ? null : classify(st, owner), content: clauseAfter(st, cue.to + 1, sentence.tokenEnd), sentence: first.sentence, quotedWords: 0, position: 'body', order: first.start });
      continue;
    }
    if (RAISING.has(cue.lemma)) {
      // "X seems to …", "it appears that …": the writer's inference about X, with no reported source
      cue.used = true;
      found.push({ kind: 'indirect', cue: cueOf(st, cue), source: null, content: clauseAfter(st, cue.to, sentence.tokenEnd), sentence: first.sentence, quotedWords: 0, position: 'body', order: first.start });
      continue;
    }
    // passives ("is expected to", "was asked", "is widely seen as") have no source but their "by"
    // agent ("was criticized by Democrats"): their subject is the topic, not the speaker
    // "reportedly" attributes to unnamed reports: no source of its own
    const source = cue.lemma === 'reportedly' ? null : sourceFor(cue, sentenceLimit(tokens, doc, cue.from));
    if (source === null) {
      if (sourceless(tokens, cue) || reportsWithoutFoundSource(st, cue)) {
        cue.used = true;
        found.push({ kind: PREP_CUES.has(cue.lemma) ? 'according-to' : 'indirect', cue: cueOf(st, cue), source: null, content: clauseAfter(st, cue.to, sentence.tokenEnd), sentence: first.sentence, quotedWords: 0, position: 'body', order: first.start });
      } else if (bareReport(tokens, cue)) pushBare(cue, first.sentence, sentence.tokenEnd);
      continue;
    }
    if (source.kind === 'unknown' && !PREP_CUES.has(cue.lemma) && (cue.verbClass === 'cognition' || (source.end - source.start === tokens[lowerBound(tokens, source.start)]?.value.length && !bareSayer(tokens, source.start, cue)))) {
      // the speaker is a lone unknown word ("Read said"): the cue still reports
      if (bareReport(tokens, cue)) pushBare(cue, first.sentence, sentence.tokenEnd);
      continue;
    }
    // a document put out ("a poll released on Tuesday", "emails published last week"): the participle
    // modifies its noun, nothing is reported
    if (source.kind === 'document' && DOCUMENT_PARTICIPLES.has(cue.lemma) && passiveForm(first)) continue;
    // evidence needs a document or data source, or a reported clause: "Their experience shows that …"
    if (cue.verbClass === 'evidence' && source.kind === 'unknown' && !PREP_CUES.has(cue.lemma) && !(tokens[cue.to]?.normal === 'that' && clausalComplement(tokens, cue.to))) continue;
    // "it" speaks only through a speech verb ("It said it decided …"), not "it seems", "it shows"
    if (source.kind === 'pronoun' && source.canonical === 'it' && !(cue.verbClass === 'speech' && itSpeaks(tokens, cue))) {
      // "it" as a dummy or topic subject ("it remains to be said"): the cue still reports
      if (bareReport(tokens, cue)) pushBare(cue, first.sentence, sentence.tokenEnd);
      continue;
    }
    cue.used = true;
    let contentFrom: number;
    let contentTo: number;
    if (PREP_CUES.has(cue.lemma)) {
      const after = Math.min(lowerBound(tokens, source.end), sentence.tokenEnd);
      // the clause before the cue ("X happened, according to Y") or after it, at most
      // MAX_CONTENT_TOKENS long (a text with no sentence end)
      if (cue.from > sentence.tokenStart + 1) {
        contentFrom = Math.max(sentence.tokenStart, cue.from - MAX_CONTENT_TOKENS);
        contentTo = cue.from;
      } else {
        contentFrom = after;
        contentTo = Math.min(sentence.tokenEnd, after + MAX_CONTENT_TOKENS);
        while (contentFrom < contentTo && tokens[contentFrom]?.isPunct === true) contentFrom += 1;
      }
    } else {
      contentFrom = cue.to;
      // skip the source when inverted, the object of "told reporters", and "that"
      while (contentFrom < sentence.tokenEnd) {
        const t = tokens[contentFrom];
        if (t === undefined) break;
        if ((t.start < source.end && t.start >= source.start) || (t.normal === 'by' && tokens[contentFrom + 1]?.start === source.start)) {
          contentFrom += 1;
          continue;
        }
        break;
      }
      if (OBJECT_AFTER_TELL.has(cue.lemma)) {
        const obj = npRight(st, contentFrom, sentence.tokenEnd);
        if (obj !== null) contentFrom = obj.to;
      }
      const t = tokens[contentFrom];
      if (t !== undefined && (t.normal === 'that' || t.value === ',' || t.value === ':')) contentFrom += 1;
      // the clause runs to the sentence end, stopping before the next cue's clause ("…, adding
      // that …") and never longer than MAX_CONTENT_TOKENS (a text with no sentence end)
      contentTo = Math.min(sentence.tokenEnd, contentFrom + MAX_CONTENT_TOKENS);
      const nextCue = cues[(cueIndex.get(cue) ?? cues.length) + 1];
      if (nextCue !== undefined && nextCue.from < contentTo && tokens[nextCue.from - 1]?.value === ',') contentTo = nextCue.from - 1;
    }
    // trim trailing punctuation
    while (contentTo > contentFrom && tokens[contentTo - 1]?.isPunct === true && tokens[contentTo - 1]?.quote === -1) contentTo -= 1;
    const content = contentTo > contentFrom ? tokSpan(doc, contentFrom, contentTo) : null;
    found.push({
      kind: PREP_CUES.has(cue.lemma) ? 'according-to' : 'indirect',
      cue: cueOf(st, cue),
      source,
      content,
      sentence: first.sentence,
      quotedWords: content === null ? 0 : quotedWordsIn(doc, content.start, content.end),
      position: 'body',
      order: first.start,
    });
  }

  // 3. headline colon without quotation marks: "Lynch: No outside influence on probe"
  let sourceStarts: Set<number> | undefined;
  for (let i = 1; i < tokens.length; i += 1) {
    const colon = tokens[i];
    if (colon === undefined || colon.value !== ':' || colon.quote >= 0) continue;
    const sentence = doc.sentences[colon.sentence];
    const next = tokens[i + 1];
    if (sentence === undefined || i - sentence.tokenStart > 7 || next === undefined || next.sentence !== colon.sentence || !next.isWord || !next.capitalised) continue;
    if (cueAt[i - 1] !== undefined && (cueAt[i - 1] ?? -1) >= 0) continue; // "said:" is a verb cue
    // a dateline: a place before a colon that opens the article, followed by a sentence that
    // carries its own attribution ("Washington: A spokesman for the White House stated that …")
    if (colon.paragraph === 0 && i - sentence.tokenStart <= 2 && datelineLede(tokens, i, sentence.tokenEnd, (sourceStarts ??= new Set(found.map((a) => a.source?.start ?? -1))))) continue;
    const np = npLeft(st, i, sentence.tokenStart);
    if (np === null || np.from !== sentence.tokenStart || np.to - np.from > 5 || tokens[np.from]?.pos === 'DET') continue;
    if (HEADER_LABELS.has(tokens[np.from]?.normal ?? '') || np.to - np.from === 1 && tokens[np.from]?.value === tokens[np.from]?.value.toUpperCase()) continue;
    const source = classify(st, np);
    if (!(source.kind === 'named' || source.kind === 'institutional')) continue;
    const colonCue: Cue = {
      match: { entry: { id: 'colon', term: ':', category: 'neutral', weight: 0.1, notes: 'Colon attribution', source: 'Bell 1991' }, from: i, to: i + 1 },
      from: i,
      to: i + 1,
      lemma: ':',
      stance: 'neutral',
      verbClass: 'punctuation',
      used: true,
    };
    found.push({ kind: 'colon', cue: cueOf(st, colonCue), source, content: clauseAfter(st, i + 1, sentence.tokenEnd), sentence: colon.sentence, quotedWords: 0, position: 'body', order: colon.start });
  }

  dropNestedInference(found, tokens, bareCues);
  found.sort((a, b) => a.order - b.order);
  // re-point continuation indices after sorting
  // the attribution a continuation continues: the first non-continuation with its cue (a map, so
  // that a text with thousands of quotations stays linear)
  const firstByCue = new Map<number, number>();
  found.forEach((o, k) => {
    if (o.kind !== 'continuation' && !firstByCue.has(o.cue.start)) firstByCue.set(o.cue.start, k);
  });
  const result: Attribution[] = found.map(({ order: _order, ...a }) => a);
  result.forEach((a, k) => {
    if (a.continues !== undefined) {
      const ti = firstByCue.get(a.cue.start) ?? -1;
      if (ti >= 0 && ti < k) a.continues = ti;
      else delete a.continues;
    }
  });
  resolvePronouns(result);
  return result;
}

/**
 * True when the cue word at `k` heads a noun phrase rather than a clause: tagged as a noun, or an
 * -s form after a demonym, an adjective or a possessive ("Chinese calls for", "his claims"), which
 * the tagger often reads as a verb.
 */
function nominalCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'NOUN') return true;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined || !/[^s]s$/.test(t.normal)) return false;
  return isDemonym(prev.value) || prev.pos === 'ADJ' || POSSESSIVE_DET.has(prev.normal) || prev.normal === "'s";
}

/**
 * True when the sentence after the colon at `colon` reads as an article's lede under a dateline: a
 * prose sentence (at least five lower-case words, unlike a title-case headline) whose own
 * attribution has its source right after the colon ("Washington: A spokesman for the White House
 * stated on Friday that …").
 */
function datelineLede(tokens: readonly Token[], colon: number, end: number, sourceStarts: ReadonlySet<number>): boolean {
  const after = tokens[colon + 1];
  if (after === undefined) return false;
  let lower = 0;
  for (let k = colon + 1; k < end; k += 1) {
    const t = tokens[k];
    if (t !== undefined && t.isWord && !t.capitalised) lower += 1;
  }
  return lower >= 5 && sourceStarts.has(after.start);
}

/** Nouns of knowing and telling whose possessor is the source: "according to my knowledge", "by her account". */
const EPISTEMIC_NOUNS = new Set(['knowledge', 'understanding', 'information', 'account', 'recollection', 'memory', 'view', 'opinion', 'estimate', 'calculation', 'count', 'reading', 'assessment', 'belief', 'experience']);

/** Section labels that a colon follows in headlines and notes ("Update: …", "Correction: …"). */
const HEADER_LABELS = new Set(['contributing', 'reporting', 'editing', 'update', 'updated', 'correction', 'note', 'editor', 'question', 'answer', 'q', 'a', 'name', 'watch', 'read', 'related', 'photo', 'video', 'source', 'sources', 'warning', 'breaking', 'exclusive', 'opinion', 'analysis', 'poll', 'live', 'latest']);

/**
 * Raising verbs of appearance ("X seems to …", "it appears that …"): an attribution of the writer's
 * inference, which PolNeAR marks with no source; their grammatical subject is the topic.
 */
const RAISING = new Set(['seem', 'appear']);

/**
 * Drops belief and evidence attributions ("want", "think", "know", "show") whose cue lies inside
 * the content of a speech attribution in the same sentence ("Clinton said she wants to …", "he
 * told reporters they know …"): the nested state is part of what is reported, not a separate
 * attribution. Continuations of a dropped attribution go with it. Linear: outer contents are
 * grouped by sentence and a cue is compared with its own sentence's only.
 */
function dropNestedInference(found: Array<Attribution & { order: number }>, tokens: readonly Token[], bare: ReadonlySet<number>): void {
  const outer = new Map<number, Array<{ start: number; end: number }>>();
  for (const a of found) {
    if (a.cue.verbClass !== 'speech' || a.content === null || a.kind === 'according-to' || a.kind === 'continuation') continue;
    if (bare.has(a.cue.start)) continue;
    const k = tokens[lowerBound(tokens, a.cue.start)]?.sentence ?? a.sentence;
    const list = outer.get(k) ?? [];
    list.push({ start: a.content.start, end: a.content.end });
    outer.set(k, list);
  }
  // per sentence, one containment index (a text with no sentence end has one sentence)
  const inSentence = new Map<number, (start: number, end: number) => boolean>();
  for (const [k, list] of outer) inSentence.set(k, containment(list.map((c) => [c.start, c.end] as const)));
  const inside = (k: number, start: number, end: number): boolean => inSentence.get(k)?.(start, end) ?? false;
  const dropped = new Set<number>();
  for (const a of found) {
    if (a.kind === 'continuation' || !(a.cue.verbClass === 'cognition' || a.cue.verbClass === 'evidence')) continue;
    const k = tokens[lowerBound(tokens, a.cue.start)]?.sentence ?? a.sentence;
    if (inside(k, a.cue.start, a.cue.end)) dropped.add(a.cue.start);
  }
  if (dropped.size === 0) return;
  let w = 0;
  for (const a of found) if (!dropped.has(a.cue.start) || a.cue.verbClass === 'speech') found[w++] = a;
  found.length = w;
}

/** Object pronouns after "according to" ("according to him"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/**
 * The object of "according to" when the tagger read it as a verb ("according to sources", "according
 * to reports emerging …") or it is an object pronoun ("according to him"): the words up to the next
 * preposition, conjunction or punctuation, at most six.
 */
function objectAfterPreposition(tokens: readonly Token[], start: number): Np | null {
  const first = tokens[start];
  if (first === undefined || !first.isWord) return null;
  if (OBJECT_PRONOUNS.has(first.normal)) return { from: start, to: start + 1 };
  let j = start;
  while (j < start + 6) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence || t.quote >= 0 || !t.isWord || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX' || (t.pos === 'PART' && t.normal !== "'s")) break;
    if (t.pos === 'PRON' && j > start) break;
    j += 1;
  }
  return j > start ? { from: start, to: j } : null;
}

/**
 * A cue that reports even though its speaker was not found: "according to" always does, and a speech
 * verb followed by a reported clause or quotation ("…, said six million people who …", "most of
 * them said they …") attributes that clause to someone.
 */
function reportsWithoutFoundSource(st: State, cue: Cue): boolean {
  if (cue.lemma === 'according to' || cue.lemma === 'reportedly') return true;
  if (cue.verbClass !== 'speech' || PREP_CUES.has(cue.lemma)) return false;
  const { tokens } = st;
  let k = cue.to;
  if (OBJECT_AFTER_TELL.has(cue.lemma)) {
    const obj = npRight(st, k, tokens.length);
    if (obj !== null) k = obj.to;
  }
  return clausalComplement(tokens, k);
}

/** Speech verbs that, with no speaker found, are mostly something else: "a request for comment", "addressed the crowd". */
const NOT_BARE = new Set(['comment', 'address']);

/**
 * A speech verb whose speaker was not found (or is a lone unknown word, or a dummy "it") still
 * reports: it is kept as a cue without a source ("…, those surveyed said", "Hawkins and others who
 * want to ban abortion said"). Not a noun or adjective reading ("their say", "a telling sign"), a
 * byline ("contributed reporting", "for comment") or an idiom ("that said", "enough said", "all
 * told", "say," meaning "for example").
 */
function bareReport(tokens: readonly Token[], cue: Cue): boolean {
  const t = tokens[cue.from];
  if (t === undefined || cue.verbClass !== 'speech' || NOT_BARE.has(cue.lemma) || t.pos === 'NOUN' || t.pos === 'ADJ') return false;
  const prev = tokens[cue.from - 1];
  const next = tokens[cue.to];
  const prevWord = neighbour(tokens, cue.from - 1, t.sentence)?.normal ?? '';
  if (prevWord === 'for' || prevWord === 'contributed' || prevWord === 'that' || prevWord === 'which') return false;
  if (cue.lemma !== 'say' && cue.lemma !== 'tell') return true;
  if (prevWord === 'enough' || prevWord === 'all' || prevWord === 'most') return false;
  if (prevWord === ',' && next !== undefined && next.value === ',') return false;
  return !(t.normal === 'telling' && (prev === undefined || prev.pos === 'DET' || prev.pos === 'ADV'));
}

/** Speech verbs that "it" (a company, a paper, a statement) can be the subject of. */
const IT_SPEECH = new Set(['say', 'add', 'report', 'write', 'announce', 'state', 'note', 'argue', 'claim', 'warn', 'tell', 'conclude', 'allege', 'declare', 'explain', 'accuse', 'urge', 'call for', 'describe', 'insist', 'deny', 'confirm', 'acknowledge', 'suggest', 'predict', 'estimate', 'recommend']);

/** "It said …", "it added that …": a finite speech verb right after "it" with a reported clause or quote after it. */
function itSpeaks(tokens: readonly Token[], cue: Cue): boolean {
  const t = tokens[cue.from];
  return t !== undefined && IT_SPEECH.has(cue.lemma) && !t.normal.endsWith('ing') && t.normal !== t.lemma && (clausalComplement(tokens, cue.to) || tokens[cue.to]?.isPunct === true);
}

/** Cues that report speech only next to a quotation ("…," he continued): never indirect speech. */
const QUOTE_ONLY = new Set(['continue', 'read']);
/** Subordinators before a subjectless "asked": "When asked whether …". */
const ASKED_AFTER = new Set(['when', 'after', 'once', 'if', 'as', 'before', 'while']);

/**
 * Cues that attribute without a stated source: a subjectless participle opening the sentence
 * ("Asked whether …, Cook said", "When asked about …") and impersonal passives ("is expected to",
 * "was asked").
 */
function sourceless(tokens: readonly Token[], cue: Cue): boolean {
  return openingAsked(tokens, cue.from, cue.to) || impersonalPassive(tokens, cue);
}

/**
 * The agent of a passive report: "was criticized by Democrats" -> "Democrats"; "(When) asked by a
 * reporter whether …" -> "a reporter" (PolNeAR marks the questioner as the source of the question).
 */
function passiveAgent(st: State, cue: Cue): Np | null {
  const by = st.tokens[cue.to];
  const last = st.tokens[cue.to - 1];
  if (by === undefined || by.normal !== 'by' || last === undefined || by.sentence !== last.sentence) return null;
  return npRight(st, cue.to + 1, st.tokens.length);
}

/** A subjectless "asked" that opens its clause ("Asked by X whether …", "When asked by X …"): the question is X's. */
function openingAsked(tokens: readonly Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (t === undefined || to - from !== 1 || t.normal !== 'asked') return false;
  const prev = tokens[from - 1];
  return prev === undefined || prev.sentence !== t.sentence || prev.isPunct || ASKED_AFTER.has(prev.normal);
}

/** "is expected to", "was (not) asked": a passive cue after a form of "be". */
function impersonalPassive(tokens: readonly Token[], cue: Cue): boolean {
  const first = tokens[cue.from];
  const last = tokens[cue.to - 1];
  const prev = tokens[cue.from - 1];
  if (first === undefined || last === undefined || prev === undefined || prev.sentence !== first.sentence) return false;
  const prev2 = tokens[cue.from - 2];
  if (!(prev.lemma === 'be' || prev.lemma === 'get' || (prev2 !== undefined && (prev2.lemma === 'be' || prev2.lemma === 'get') && (prev.pos === 'ADV' || prev.pos === 'PART')))) return false;
  if (last.lemma === 'ask' && last.normal === 'asked') return true;
  if (last.lemma === 'expect' && last.normal === 'expected' && tokens[cue.to]?.normal === 'to') return true;
  return cue.to - cue.from === 1 && passiveForm(last);
}

/** The clause after a sourceless cue, to the sentence end (the reported question or expectation). */
function clauseAfter(st: State, from: number, sentenceEnd: number): Span | null {
  let to = Math.min(sentenceEnd, from + MAX_CONTENT_TOKENS);
  while (to > from && st.tokens[to - 1]?.isPunct === true) to -= 1;
  return to > from ? tokSpan(st.doc, from, to) : null;
}

/**
 * First token a cue's source may start at: its sentence's start, or the previous sentence's when
 * the sentence splitter broke after an abbreviation or a parenthesis ("Sen. X (R-Ky.) said …"),
 * which shows as a sentence that opens with a lower-case word.
 */
function sentenceLimit(tokens: readonly Token[], doc: AnalyzedDoc, k: number): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  const sentence = doc.sentences[t.sentence];
  const start = sentence?.tokenStart ?? 0;
  const opener = tokens[start];
  const before = tokens[start - 1];
  if (opener !== undefined && before !== undefined && opener.isWord && !opener.capitalised && /^\p{Ll}/u.test(opener.value) && before.paragraph === opener.paragraph && (before.value === ')' || before.value === '.' && /^\p{Lu}/u.test(tokens[start - 2]?.value ?? ''))) {
    return doc.sentences[before.sentence]?.tokenStart ?? start;
  }
  return start;
}

function endsSentenceMark(text: string): boolean {
  return /[.!?]["'”’]*$/.test(text);
}

function tokSpanStartsAt(tokens: readonly Token[], k: number, start: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.start === start;
}

/**
 * he / she -> the nearest preceding named source; a short definite role ("the spokesman") -> the
 * nearest preceding source whose name starts with it ("spokesman for British Prime Minister Rishi Sunak").
 */
function resolvePronouns(list: Attribution[]): void {
  let lastNamed: string | null = null;
  const seen: string[] = [];
  for (const a of list) {
    const s = a.source;
    if (s === null) continue;
    if (s.kind === 'named') lastNamed = s.canonical;
    else if (s.kind === 'pronoun' && (s.canonical === 'he' || s.canonical === 'she') && lastNamed !== null) s.canonical = lastNamed;
    else if ((s.kind === 'institutional' || s.kind === 'anonymous') && /^the\s/i.test(s.text) && s.canonical.split(' ').length <= 2) {
      const key = `${s.canonical.toLowerCase()} `;
      for (let k = seen.length - 1; k >= 0; k -= 1) {
        const prev = seen[k];
        if (prev !== undefined && prev.toLowerCase().startsWith(key)) {
          s.canonical = prev;
          break;
        }
      }
    }
    seen.push(s.canonical);
  }
}

/** The attribution family as a marker: one finding per attribution cue. */
export const attributionMarker: Marker<'attribution'> = {
  id: 'attribution',
  description: 'Reported speech: cue verbs with their stance, sources and content.',
  detect(ctx: MarkerContext): Finding[] {
    const seen = new Set<number>();
    const out: Finding[] = [];
    for (const a of ctx.attributions) {
      if (a.kind === 'continuation' || seen.has(a.cue.start)) continue;
      seen.add(a.cue.start);
      const f: Finding = {
        marker: 'attribution',
        category: a.cue.stance,
        start: a.cue.start,
        end: a.cue.end,
        text: a.cue.text,
        weight: ctx.lexicons.attribution.byId.get(a.cue.entryId ?? '')?.weight ?? 0.1,
        sentence: a.sentence,
        voice: 'author',
        position: 'body',
        note: `${a.kind} attribution${a.source === null ? '' : ` to ${a.source.canonical} (${a.source.kind})`}`,
      };
      if (a.cue.entryId !== undefined) f.entryId = a.cue.entryId;
      out.push(f);
    }
    return out;
  },
};
