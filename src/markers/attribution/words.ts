/**
 * The word classes that the attribution rules consult, in one typed object that every stage reads
 * (and none writes). The words are data: the `attribution.*` categories of `lexicons/grammar.json`
 * (see LEXICONS.md), overridable per call through `analyze(text, { lexicons: { grammar } })`. Each
 * field names its category and the token form it is matched on.
 */
import { classVerbs, memoView, wordClass, type CompiledWordClasses } from '../../lexicon/word-classes';

/** The attribution family's word classes. */
export interface AttributionWords {
  /** Personal pronouns that can be a subject ("he said"); matched on the normal form (`attribution.pronoun`). */
  readonly pronouns: ReadonlySet<string>;
  /** Relative pronouns ("Kirby, who said"); normal form (`attribution.relative`). */
  readonly relatives: ReadonlySet<string>;
  /** Possessive determiners ("his warning"); normal form (`attribution.possessive`). */
  readonly possessives: ReadonlySet<string>;
  /** Determiners and adjectives that head a noun phrase alone ("some say"); normal form (`attribution.quantifier-head`). */
  readonly quantifierHeads: ReadonlySet<string>;
  /** Prepositions inside a noun phrase ("spokesman for the NSC"); normal form (`attribution.np-preposition`). */
  readonly npPrepositions: ReadonlySet<string>;
  /** Adjectives after a speaker's head noun with a preposition ("an adviser close to X"); normal form (`attribution.postmodifier-adjective`). */
  readonly postmodifierAdjectives: ReadonlySet<string>;
  /** Reflexive intensifiers after a speaker ("Cruz himself said"); normal form (`attribution.reflexive`). */
  readonly reflexives: ReadonlySet<string>;
  /** Participles of polling after their head, who speak ("those surveyed said"); normal form (`attribution.respondent-participle`). */
  readonly respondentParticiples: ReadonlySet<string>;
  /** Cues whose object is the addressee, not the speaker ("told reporters"); cue lemma (`attribution.addressee-cue`). */
  readonly addresseeCues: ReadonlySet<string>;
  /** Cues of asking and urging whose object is the addressee when a question or an infinitive follows it ("asked Mr. Comey if …", "urged Congress to act"); cue lemma (`attribution.asking-cue`). */
  readonly askingCues: ReadonlySet<string>;
  /** Verbs whose "as" complement is the speaker's characterisation ("described him as reckless"); cue lemma (`attribution.characterising-verb`). */
  readonly characterisingVerbs: ReadonlySet<string>;
  /** Verbs that pass their subject to an infinitive speech act ("refused to say"); lemma (`attribution.governor-verb`). */
  readonly governorVerbs: ReadonlySet<string>;
  /** Adjectives that pass their subject to an infinitive speech act ("quick to deny"); normal form (`attribution.governor-adjective`). */
  readonly governorAdjectives: ReadonlySet<string>;
  /** Prepositions before a gerund speech act of the clause's subject ("by saying"); normal form (`attribution.gerund-preposition`). */
  readonly gerundPrepositions: ReadonlySet<string>;
  /** Verbs whose passive reports nothing ("was released"); lemma (`attribution.non-reporting-passive`). */
  readonly nonReportingPassives: ReadonlySet<string>;
  /** Verbs that take a clause as object ("a probe the agency said was ongoing"); lemma (`attribution.clause-taker`). */
  readonly clauseTakers: ReadonlySet<string>;
  /** Subjects that take a plural verb ("they say"); normal form (`attribution.plural-subject`). */
  readonly pluralSubjects: ReadonlySet<string>;
  /** Subjects that take an -s verb ("he says"); normal form (`attribution.singular-subject`). */
  readonly singularSubjects: ReadonlySet<string>;
  /** Words that open a time phrase after a speaker ("officials late Thursday", "media last week"); normal form (`attribution.time-modifier`). */
  readonly timeModifiers: ReadonlySet<string>;
  /** Subordinators that front a clause before the sentence's subject ("As he …, Mr. Trump said"); normal form (`attribution.fronted-subordinator`). */
  readonly frontedSubordinators: ReadonlySet<string>;
  /** Talking verbs that report only with a topic ("spoke about"); lemma (`attribution.topic-verb`). */
  readonly topicVerbs: ReadonlySet<string>;
  /** The prepositions that give a talking verb its topic ("about", "against"); normal form (`attribution.topic-particle`). */
  readonly topicParticles: ReadonlySet<string>;
  /** Nouns that take a plural verb in the base form ("people say"); normal form (`attribution.plural-noun`). */
  readonly pluralNouns: ReadonlySet<string>;
  /** Cue verbs whose object is obligatory ("a poll released Monday" is no report); lexicon term (`attribution.transitive-cue`). */
  readonly transitiveCues: ReadonlySet<string>;
  /** Cue verbs of naming ("a program called …"); lexicon term (`attribution.naming-cue`). */
  readonly namingCues: ReadonlySet<string>;
  /** Cue verbs that report only with a clause or quotation ("maintained that"); lexicon term (`attribution.clause-only-cue`). */
  readonly clauseOnlyCues: ReadonlySet<string>;
  /** Cue verbs that report only with a clause, a speech act as object or a to-infinitive ("offered his condolences", "offered to resign"); lexicon term (`attribution.speech-object-cue`). */
  readonly speechObjectCues: ReadonlySet<string>;
  /** Cue verbs that report only with a statement as object ("issued a statement"); lexicon term (`attribution.document-only-cue`). */
  readonly documentOnlyCues: ReadonlySet<string>;
  /** Speech acts that are put out ("issued an apology"); lemma or normal form (`attribution.speech-act-noun`). */
  readonly speechActNouns: ReadonlySet<string>;
  /** Words after a participle that show it has no object ("released on Monday"); normal form (`attribution.no-object-after`). */
  readonly noObjectAfter: ReadonlySet<string>;
  /** Words that open an embedded question after a cue ("asked whether"); normal form (`attribution.question-word`). */
  readonly questionWords: ReadonlySet<string>;
  /** Reporting nouns with a content clause, each with the verb whose entry gives its stance; lemma (`attribution.reporting-noun`). */
  readonly reportingNouns: ReadonlyMap<string, string>;
  /** Verbs of putting a document out, as participles after it ("emails published"); cue lemma (`attribution.document-participle`). */
  readonly documentParticiples: ReadonlySet<string>;
  /** Heads of "in a … poll" evidence phrases; lemma (`attribution.poll-head`). */
  readonly pollHeads: ReadonlySet<string>;
  /** Participles that modify a poll ("a poll released Monday"); cue lemma (`attribution.poll-participle`). */
  readonly pollParticiples: ReadonlySet<string>;
  /** Head nouns of time expressions ("last week"); normal form (`attribution.time-head`). */
  readonly timeHeads: ReadonlySet<string>;
  /** Nouns of knowing whose possessor is the source ("according to my knowledge"); lemma (`attribution.epistemic-noun`). */
  readonly epistemicNouns: ReadonlySet<string>;
  /** Section labels before a headline colon ("Update:"); normal form (`attribution.header-label`). */
  readonly headerLabels: ReadonlySet<string>;
  /** Raising verbs of appearance ("X seems to"); cue lemma (`attribution.raising-cue`). */
  readonly raisingCues: ReadonlySet<string>;
  /** Object pronouns after "according to" ("according to him"); normal form (`attribution.object-pronoun`). */
  readonly objectPronouns: ReadonlySet<string>;
  /** Speech verbs that, with no speaker found, are mostly something else ("for comment"); cue lemma (`attribution.not-bare-cue`). */
  readonly notBareCues: ReadonlySet<string>;
  /** Speech verbs that "it" (a company, a paper) can be the subject of; cue lemma (`attribution.it-speech-cue`). */
  readonly itSpeechCues: ReadonlySet<string>;
  /** Cues that report only next to a quotation ("…," he continued); cue lemma (`attribution.quote-only-cue`). */
  readonly quoteOnlyCues: ReadonlySet<string>;
  /** Subordinators before a subjectless "asked" ("When asked whether"); normal form (`attribution.asked-after`). */
  readonly askedAfter: ReadonlySet<string>;
  /** Connectives after which the writer goes on in their own words ("despite", ", but"); normal form (`attribution.clause-boundary`). */
  readonly clauseBoundary: ReadonlySet<string>;
  /** Documents and parties of a legal proceeding ("the lawsuit alleges"); lemma of a noun of the source (`attribution.legal-document`). */
  readonly legalDocuments: ReadonlySet<string>;
  /** The conventional verbs of a legal document or party ("alleges", "charges"); cue lemma (`attribution.conventional-cue`). */
  readonly conventionalCues: ReadonlySet<string>;
  /** Words before a quotation that make it a name or a mentioned word ("called", "the word"); normal form (`quotation.naming-word`). */
  readonly namingWords: ReadonlySet<string>;
  /** Words after a comma that continue the name before it ("…, Inc.", "…, Jr."); normal form (`attribution.comma-suffix`). */
  readonly commaSuffixes: ReadonlySet<string>;
  /** Adjectives of nationality and region ("Russian", "Western"), shared with the people rules; lower case (`people.demonym`). */
  readonly demonyms: ReadonlySet<string>;
  /** Derived: articles, "'s" and the possessives but "her" (a verb form after one modifies a noun). */
  readonly modifierDeterminers: ReadonlySet<string>;
  /** Derived: the pronouns and "there" (subjects that open a clause without "that"). */
  readonly subjectPronouns: ReadonlySet<string>;
}

/** The category of each class. */
const CATEGORY = {
  pronouns: 'attribution.pronoun',
  relatives: 'attribution.relative',
  possessives: 'attribution.possessive',
  quantifierHeads: 'attribution.quantifier-head',
  npPrepositions: 'attribution.np-preposition',
  postmodifierAdjectives: 'attribution.postmodifier-adjective',
  reflexives: 'attribution.reflexive',
  respondentParticiples: 'attribution.respondent-participle',
  addresseeCues: 'attribution.addressee-cue',
  askingCues: 'attribution.asking-cue',
  characterisingVerbs: 'attribution.characterising-verb',
  governorVerbs: 'attribution.governor-verb',
  governorAdjectives: 'attribution.governor-adjective',
  gerundPrepositions: 'attribution.gerund-preposition',
  nonReportingPassives: 'attribution.non-reporting-passive',
  clauseTakers: 'attribution.clause-taker',
  pluralSubjects: 'attribution.plural-subject',
  singularSubjects: 'attribution.singular-subject',
  topicVerbs: 'attribution.topic-verb',
  frontedSubordinators: 'attribution.fronted-subordinator',
  timeModifiers: 'attribution.time-modifier',
  topicParticles: 'attribution.topic-particle',
  pluralNouns: 'attribution.plural-noun',
  transitiveCues: 'attribution.transitive-cue',
  namingCues: 'attribution.naming-cue',
  clauseOnlyCues: 'attribution.clause-only-cue',
  documentOnlyCues: 'attribution.document-only-cue',
  speechObjectCues: 'attribution.speech-object-cue',
  speechActNouns: 'attribution.speech-act-noun',
  noObjectAfter: 'attribution.no-object-after',
  questionWords: 'attribution.question-word',
  documentParticiples: 'attribution.document-participle',
  pollHeads: 'attribution.poll-head',
  pollParticiples: 'attribution.poll-participle',
  timeHeads: 'attribution.time-head',
  epistemicNouns: 'attribution.epistemic-noun',
  headerLabels: 'attribution.header-label',
  raisingCues: 'attribution.raising-cue',
  objectPronouns: 'attribution.object-pronoun',
  notBareCues: 'attribution.not-bare-cue',
  itSpeechCues: 'attribution.it-speech-cue',
  quoteOnlyCues: 'attribution.quote-only-cue',
  askedAfter: 'attribution.asked-after',
  clauseBoundary: 'attribution.clause-boundary',
  legalDocuments: 'attribution.legal-document',
  conventionalCues: 'attribution.conventional-cue',
  namingWords: 'quotation.naming-word',
  commaSuffixes: 'attribution.comma-suffix',
} as const;

/** Articles and the possessive marker: with the possessives but "her" (also an object), they make a following verb form a modifier. */
const MODIFIERS = ['a', 'an', 'the', "'s"];

/**
 * The attribution word classes of a compiled grammar lexicon (built once per lexicon).
 *
 * @example
 * ```ts
 * attributionWords(builtinWordClasses()).governorVerbs.has('refuse'); // true
 * ```
 */
export const attributionWords = memoView((g: CompiledWordClasses): AttributionWords => {
  const sets = {} as Record<keyof typeof CATEGORY, ReadonlySet<string>>;
  for (const [field, category] of Object.entries(CATEGORY) as Array<[keyof typeof CATEGORY, string]>) sets[field] = wordClass(g, category);
  // a reporting noun without a verb takes the stance of the verb of its own form
  const reportingNouns = new Map<string, string>();
  const verbs = classVerbs(g, 'attribution.reporting-noun');
  for (const noun of wordClass(g, 'attribution.reporting-noun')) reportingNouns.set(noun, verbs.get(noun) ?? noun);
  return {
    ...sets,
    reportingNouns,
    demonyms: wordClass(g, 'people.demonym'),
    modifierDeterminers: new Set([...MODIFIERS, ...[...sets.possessives].filter((w) => w !== 'her')]),
    subjectPronouns: new Set([...sets.pronouns, 'there']),
  };
});
