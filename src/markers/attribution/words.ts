/**
 * The word classes that the attribution rules consult, in one typed object that every stage reads
 * (and none writes). Each field says which token form it is matched on.
 */

/** The attribution family's word classes. */
export interface AttributionWords {
  /** Personal pronouns that can be a subject ("he said"); matched on the normal form. */
  readonly pronouns: ReadonlySet<string>;
  /** Relative pronouns ("Kirby, who said"); normal form. */
  readonly relatives: ReadonlySet<string>;
  /** Possessive determiners ("his warning"); normal form. */
  readonly possessives: ReadonlySet<string>;
  /** Determiners and adjectives that head a noun phrase alone ("some say"); normal form. */
  readonly quantifierHeads: ReadonlySet<string>;
  /** Prepositions inside a noun phrase ("spokesman for the NSC"); normal form. */
  readonly npPrepositions: ReadonlySet<string>;
  /** Cues whose object is the addressee, not the speaker ("told reporters"); cue lemma. */
  readonly addresseeCues: ReadonlySet<string>;
  /** Verbs that pass their subject to an infinitive speech act ("refused to say"); lemma. */
  readonly governorVerbs: ReadonlySet<string>;
  /** Adjectives that pass their subject to an infinitive speech act ("quick to deny"); normal form. */
  readonly governorAdjectives: ReadonlySet<string>;
  /** Prepositions before a gerund speech act of the clause's subject ("by saying"); normal form. */
  readonly gerundPrepositions: ReadonlySet<string>;
  /** Verbs whose passive reports nothing ("was released"); lemma. */
  readonly nonReportingPassives: ReadonlySet<string>;
  /** Verbs that take a clause as object ("a probe the agency said was ongoing"); lemma. */
  readonly clauseTakers: ReadonlySet<string>;
  /** Subjects that take a plural verb ("they say"); normal form. */
  readonly pluralSubjects: ReadonlySet<string>;
  /** Subjects that take an -s verb ("he says"); normal form. */
  readonly singularSubjects: ReadonlySet<string>;
  /** Talking verbs that report only with a topic ("spoke about"); lemma. */
  readonly topicVerbs: ReadonlySet<string>;
  /** The prepositions that give a talking verb its topic ("about", "against"); normal form. */
  readonly topicParticles: ReadonlySet<string>;
  /** Nouns that take a plural verb in the base form ("people say"); normal form. */
  readonly pluralNouns: ReadonlySet<string>;
  /** Cue verbs whose object is obligatory ("a poll released Monday" is no report); lexicon term. */
  readonly transitiveCues: ReadonlySet<string>;
  /** Cue verbs of naming ("a program called …"); lexicon term. */
  readonly namingCues: ReadonlySet<string>;
  /** Cue verbs that report only with a clause or quotation ("maintained that"); lexicon term. */
  readonly clauseOnlyCues: ReadonlySet<string>;
  /** Cue verbs that report only with a statement as object ("issued a statement"); lexicon term. */
  readonly documentOnlyCues: ReadonlySet<string>;
  /** Speech acts that are put out ("issued an apology"); lemma or normal form. */
  readonly speechActNouns: ReadonlySet<string>;
  /** Words after a participle that show it has no object ("released on Monday"); normal form. */
  readonly noObjectAfter: ReadonlySet<string>;
  /** Words that open an embedded question after a cue ("asked whether"); normal form. */
  readonly questionWords: ReadonlySet<string>;
  /** Reporting nouns with a content clause, each with the verb whose entry gives its stance; lemma. */
  readonly reportingNouns: ReadonlyMap<string, string>;
  /** Verbs of putting a document out, as participles after it ("emails published"); cue lemma. */
  readonly documentParticiples: ReadonlySet<string>;
  /** Heads of "in a … poll" evidence phrases; lemma. */
  readonly pollHeads: ReadonlySet<string>;
  /** Participles that modify a poll ("a poll released Monday"); cue lemma. */
  readonly pollParticiples: ReadonlySet<string>;
  /** Head nouns of time expressions ("last week"); normal form. */
  readonly timeHeads: ReadonlySet<string>;
  /** Nouns of knowing whose possessor is the source ("according to my knowledge"); lemma. */
  readonly epistemicNouns: ReadonlySet<string>;
  /** Section labels before a headline colon ("Update:"); normal form. */
  readonly headerLabels: ReadonlySet<string>;
  /** Raising verbs of appearance ("X seems to"); cue lemma. */
  readonly raisingCues: ReadonlySet<string>;
  /** Object pronouns after "according to" ("according to him"); normal form. */
  readonly objectPronouns: ReadonlySet<string>;
  /** Speech verbs that, with no speaker found, are mostly something else ("for comment"); cue lemma. */
  readonly notBareCues: ReadonlySet<string>;
  /** Speech verbs that "it" (a company, a paper) can be the subject of; cue lemma. */
  readonly itSpeechCues: ReadonlySet<string>;
  /** Cues that report only next to a quotation ("…," he continued); cue lemma. */
  readonly quoteOnlyCues: ReadonlySet<string>;
  /** Subordinators before a subjectless "asked" ("When asked whether"); normal form. */
  readonly askedAfter: ReadonlySet<string>;
  /** Derived: articles, "'s" and the possessives but "her" (a verb form after one modifies a noun). */
  readonly modifierDeterminers: ReadonlySet<string>;
  /** Derived: the pronouns and "there" (subjects that open a clause without "that"). */
  readonly subjectPronouns: ReadonlySet<string>;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const POSSESSIVE_DET = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The word classes of the attribution rules. */
export const ATTRIBUTION_WORDS: AttributionWords = {
  pronouns: PRONOUNS,
  relatives: new Set(['who', 'which', 'that']),
  possessives: POSSESSIVE_DET,
  quantifierHeads: new Set(['some', 'many', 'others', 'most', 'both', 'few', 'several', 'another', 'all', 'each', 'either', 'neither', 'half', 'none']),
  npPrepositions: new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on']),
  addresseeCues: new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'promise', 'brief']),
  governorVerbs: new Set(['continue', 'begin', 'start', 'decline', 'refuse', 'fail', 'try', 'attempt', 'seek', 'rush', 'hasten', 'hesitate', 'dare', 'choose', 'decide', 'manage', 'venture', 'tend', 'struggle', 'scramble', 'pause', 'stop', 'proceed', 'resume', 'neglect', 'omit', 'bother', 'rise']),
  governorAdjectives: new Set(['quick', 'eager', 'ready', 'willing', 'unwilling', 'reluctant', 'able', 'unable', 'careful', 'keen', 'happy', 'glad', 'loath', 'hesitant', 'quicker', 'first', 'last', 'slow', 'anxious', 'likely', 'unlikely']),
  gerundPrepositions: new Set(['by', 'after', 'before', 'upon', 'in', 'despite', 'since', 'while', 'when', 'without']),
  nonReportingPassives: new Set(['release', 'publish', 'post', 'list', 'write', 'suppose', 'offer', 'deny']),
  clauseTakers: new Set(['say', 'claim', 'believe', 'think', 'argue', 'estimate', 'predict', 'expect', 'fear', 'suggest', 'insist', 'allege', 'contend', 'assert', 'hope', 'suspect', 'worry', 'know', 'feel', 'consider', 'deem']),
  pluralSubjects: new Set(['they', 'we', 'i', 'you', 'some', 'many', 'others', 'most', 'both', 'few', 'several', 'all', 'who', 'which', 'that', 'those']),
  singularSubjects: new Set(['he', 'she', 'it', 'who', 'which', 'that', 'another', 'one', 'everyone', 'nobody', 'someone']),
  topicVerbs: new Set(['speak']),
  topicParticles: new Set(['about', 'of', 'on', 'out', 'for', 'up', 'against']),
  pluralNouns: new Set(['people', 'data', 'media', 'police', 'children', 'men', 'women', 'staff', 'majority', 'public', 'crowd', 'audience', 'team', 'government', 'personnel', 'clergy', 'military', 'press', 'youth', 'electorate', 'jury', 'committee', 'family']),
  transitiveCues: new Set(['release', 'publish', 'call', 'name', 'dub', 'label', 'cite', 'quote', 'propose', 'leak', 'describe', 'endorse', 'support', 'oppose', 'reject', 'praise', 'blame', 'condemn', 'criticize', 'criticise', 'attack', 'address', 'offer', 'prove', 'post', 'tout', 'highlight']),
  namingCues: new Set(['call', 'name', 'dub', 'label', 'title', 'nickname', 'brand']),
  clauseOnlyCues: new Set(['maintain', 'prove', 'advise', 'leak', 'address', 'counter', 'discover']),
  documentOnlyCues: new Set(['issue', 'file']),
  speechActNouns: new Set(['apology', 'ultimatum', 'threat', 'response', 'rebuttal', 'clarification', 'correction', 'advisory', 'appeal', 'plea', 'challenge', 'suit', 'motion', 'brief', 'petition', 'request', 'notice', 'proclamation', 'note', 'reprimand', 'rebuke', 'condemnation', 'reply', 'retort', 'grievance', 'objection', 'protest', 'recommendation', 'guidance', 'announcement', 'endorsement', 'opinion', 'decision', 'finding', 'critique', 'criticism', 'attack', 'accusation']),
  noObjectAfter: new Set(['by', 'on', 'in', 'at', 'last', 'earlier', 'this', 'during', 'from', 'shortly', 'late', 'early', 'recently', 'yesterday', 'today', 'for', 'with', 'since', 'after', 'before', 'online', 'publicly']),
  questionWords: new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']),
  reportingNouns: new Map<string, string>([
    ['claim', 'claim'], ['assertion', 'assert'], ['allegation', 'allege'], ['contention', 'contend'], ['charge', 'charge'],
    ['warning', 'warn'], ['suggestion', 'suggest'], ['complaint', 'complain'], ['belief', 'believe'],
    ['statement', 'state'], ['argument', 'argue'], ['insistence', 'insist'], ['prediction', 'predict'], ['promise', 'promise'],
    ['pledge', 'pledge'], ['admission', 'admit'], ['denial', 'deny'], ['assurance', 'assure'], ['acknowledgment', 'acknowledge'],
    ['acknowledgement', 'acknowledge'], ['concession', 'concede'], ['vow', 'vow'], ['insinuation', 'insinuate'], ['speculation', 'speculate'],
  ]),
  documentParticiples: new Set(['release', 'publish', 'post', 'issue', 'leak']),
  pollHeads: new Set(['poll', 'survey', 'polling']),
  pollParticiples: new Set(['release', 'conduct', 'take', 'publish']),
  timeHeads: new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'ago', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'hour', 'hours', 'minutes', 'decade', 'decades', 'century', 'spring', 'summer', 'fall', 'autumn', 'winter']),
  epistemicNouns: new Set(['knowledge', 'understanding', 'information', 'account', 'recollection', 'memory', 'view', 'opinion', 'estimate', 'calculation', 'count', 'reading', 'assessment', 'belief', 'experience']),
  headerLabels: new Set(['contributing', 'reporting', 'editing', 'update', 'updated', 'correction', 'note', 'editor', 'question', 'answer', 'q', 'a', 'name', 'watch', 'read', 'related', 'photo', 'video', 'source', 'sources', 'warning', 'breaking', 'exclusive', 'opinion', 'analysis', 'poll', 'live', 'latest']),
  raisingCues: new Set(['seem', 'appear']),
  objectPronouns: new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']),
  notBareCues: new Set(['comment', 'address']),
  itSpeechCues: new Set(['say', 'add', 'report', 'write', 'announce', 'state', 'note', 'argue', 'claim', 'warn', 'tell', 'conclude', 'allege', 'declare', 'explain', 'accuse', 'urge', 'call for', 'describe', 'insist', 'deny', 'confirm', 'acknowledge', 'suggest', 'predict', 'estimate', 'recommend']),
  quoteOnlyCues: new Set(['continue', 'read']),
  askedAfter: new Set(['when', 'after', 'once', 'if', 'as', 'before', 'while']),
  modifierDeterminers: new Set(['a', 'an', 'the', "'s", ...[...POSSESSIVE_DET].filter((w) => w !== 'her')]),
  subjectPronouns: new Set([...PRONOUNS, 'there']),
};
