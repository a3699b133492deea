/**
 * Attribution on the classes of text real articles are full of (issue 10): inverted and dashed cues,
 * titled speakers with an "of" phrase, pronouns resolved to people mentioned before, demonyms and
 * bare document nouns, legal documents' conventional verbs, non-communication senses, quotations
 * no cue governs, and the reported region of indirect speech. Sentences written by us.
 */
import { analyze } from '../../src/index';
import type { Attribution } from '../../src/index';

const brief = (a: Attribution): [string, string, string | null, string | null] => [a.kind, a.cue.text, a.source?.text ?? null, a.content?.text ?? null];
const attrs = (text: string): Attribution[] => analyze(text).attributions;

describe('attribution: quotations with the speaker after them', () => {
  test('inverted cue after the quotation, after "!" and with a dashed cue', () => {
    expect(attrs('“We love the park!” reply Amira and Joe.').map(brief)).toEqual([['direct', 'reply', 'Amira and Joe', 'We love the park!']]);
    expect(attrs('"No comment"--said Mr. Ortega.').map(brief)).toEqual([['direct', 'said', 'Mr. Ortega', 'No comment']]);
  });

  test('a titled speaker keeps the "of" phrase in the source, and the canonical name is the person', () => {
    const [a] = attrs('“We are looking into it,” said Officer Brandt of the Harbor Police Department.');
    expect(a?.source).toMatchObject({ text: 'Officer Brandt of the Harbor Police Department', kind: 'named' });
    expect(a?.source?.canonical).toMatch(/Brandt$/);
  });

  test('a pronoun resolves to the nearest person mentioned before, speaker or not; unresolved stays a pronoun', () => {
    const [a] = attrs('Maria Lopez left the hearing early. “We are done here,” she said.');
    expect(a?.source).toMatchObject({ text: 'she', kind: 'pronoun', canonical: 'Maria Lopez' });
    // an unnamed person introduced as a subject is nearer than a place name or a person further back
    const c = attrs('Omar Haddad chaired the panel on the Middle East. Then a city official raised her hand: “Why now?” she asked.');
    expect(c.find((x) => x.cue.text === 'asked')?.source).toMatchObject({ text: 'she', canonical: 'city official' });
    const [b] = attrs('“We are done here,” she said.');
    expect(b?.source).toMatchObject({ text: 'she', kind: 'pronoun', canonical: 'she' });
  });
});

describe('attribution: who can be a speaker', () => {
  test('a demonym is never a named speaker; it is a side', () => {
    const [a] = attrs('Chinese calls for a ceasefire grew louder.');
    expect(a?.source).toMatchObject({ text: 'Chinese', kind: 'institutional' });
    expect(analyze('Chinese calls for a ceasefire grew louder.').speakers.filter((s) => s.kind === 'named')).toEqual([]);
  });

  test('a document noun with no owner is a document source but not a listed speaker', () => {
    const a = analyze('The ministry issued a statement on Monday. The statement claimed that the talks would resume.');
    expect(a.attributions.find((x) => x.cue.text === 'claimed')?.source?.kind).toBe('document');
    expect(a.speakers.map((s) => s.canonical)).not.toContain('statement');
  });

  test('a legal filing\'s verb keeps its stance but is a convention, not the writer\'s distancing', () => {
    const a = analyze('The lawsuit alleges that the firm hid its losses.');
    expect(a.attributions[0]).toMatchObject({ cue: { text: 'alleges', stance: 'distancing' }, conventional: true });
    expect(a.attributionStats.byStance.distancing).toBe(1);
    expect(a.attributionStats.conventional.distancing).toBe(1);
    const b = analyze('The senator alleges that the firm hid its losses.');
    expect(b.attributions[0]?.conventional).toBeUndefined();
  });
});

describe('attribution: predicates that are not communication', () => {
  test('"push back" with a noun-phrase object is postponing; "push back on" is resisting a claim', () => {
    expect(attrs('The council pushed back the vote to March.')).toEqual([]);
    expect(attrs('The mayor pushed back on the claims.').map((a) => a.cue.text)).toEqual(['pushed back']);
  });

  test('a cognition verb with a quoted word in its clause is a partial quote, not a direct quote', () => {
    const got = attrs('Burton thinks that cats are “cuties”.');
    expect(got.filter((a) => a.kind === 'direct')).toEqual([]);
    expect(got[0]).toMatchObject({ kind: 'indirect', cue: { text: 'thinks' }, source: { text: 'Burton' } });
  });
});

describe('attribution: quotations no cue governs', () => {
  test('a quoted sentence standing alone is unattributed, counted in the quoted-word share, no scare quote', () => {
    const a = analyze('The hall fell silent. “We will never give up.”');
    expect(a.attributions.map(brief)).toEqual([['unattributed', '“', null, 'We will never give up.']]);
    expect(a.attributionStats.byKind.unattributed).toBe(1);
    expect(a.attributionStats.quotedWordShare).toBeGreaterThan(0.4);
    expect(a.markers.scareQuote.count).toBe(0);
    expect(a.speakers).toEqual([]);
  });
});

describe('voice: the reported region ends with the reported clause', () => {
  test('the writer\'s own words after a new main clause are the author\'s', () => {
    const text = 'Kirby said that the plan failed, and the senator left the room in disgust.';
    const a = analyze(text);
    expect(a.findings.find((f) => f.marker === 'loaded' && f.text === 'disgust')?.voice).toBe('author');
    expect(a.findings.find((f) => f.marker === 'sentiment' && f.text === 'failed')?.voice).toBe('reported');
  });

  test('a parenthetical cue mid-sentence: the clause it interrupts is reported on both sides', () => {
    const voiceOf = (text: string, word: string) => analyze(text).findings.find((f) => f.marker === 'loaded' && f.text === word)?.voice;
    // the part before the cue has no verb: the rest is its predicate
    const a = analyze('The plan, officials said, was a disaster.');
    expect(a.attributions.map((x) => [x.cue.text, x.content?.text, x.contentRest?.text])).toEqual([['said', 'The plan', 'was a disaster']]);
    const t = 'The plan, officials said, was a disaster.';
    const rest = a.attributions[0]?.contentRest;
    expect(rest && t.slice(rest.start, rest.end)).toBe('was a disaster');
    expect(voiceOf(t, 'disaster')).toBe('reported');
    // ends on its copula; a finished clause going on with a verb of its own
    expect(voiceOf('The audit was, two officials said, a disaster.', 'disaster')).toBe('reported');
    expect(voiceOf('The campaign had warnings, the lawsuit says, embraced the meddling of a foreign power.', 'meddling')).toBe('reported');
    // a quotation inside the rest is the speaker's word, not the writer's scare quote
    const q = analyze('The memos, they said, show the director was “blind with biases” all along.');
    expect(q.markers.scareQuote.count).toBe(0);
    // the trap: after a finished clause, "and" + verb is the speaker's next act, a relative the writer's
    expect(analyze('The vote was rigged, he said, and called for a recount.').attributions[0]?.contentRest).toBeUndefined();
    const w = analyze('The talks will resume, the ministry said, where the brutal crackdown began.');
    expect(w.attributions[0]?.contentRest).toBeUndefined();
    expect(voiceOf('The talks will resume, the ministry said, where the brutal crackdown began.', 'brutal crackdown')).toBe('author');
  });
});

describe('quotations that are names or mentioned words', () => {
  test('a Title Case name, a naming participle and a mentioned word are neither scare quotes nor attributions', () => {
    for (const text of ['He appeared on “Face the Nation” on Sunday.', 'The plan, dubbed “Operation Clean Sweep,” began in May.', 'She helps run a program called “Safe Streets Now” in the city.', 'He used the word “thug” twice.']) {
      const a = analyze(text);
      expect([text, a.markers.scareQuote.count, a.attributions.map((x) => x.kind)]).toEqual([text, 0, []]);
    }
    // the writer's distancing is still one
    expect(analyze('Its “peace” plan failed.').markers.scareQuote.count).toBe(1);
    // and a speaker's naming verb with an object is the speaker's words
    expect(attrs('Schumer called the plan “a disgrace”.').map(brief)).toEqual([['direct', 'called', 'Schumer', 'a disgrace']]);
  });
});

describe('attribution: headline colons and transcript labels', () => {
  test('a person of the document before a headline colon is its speaker, not a dateline', () => {
    const a = attrs('Ortega: Rivals should have thanked me for the deal.\n\nMayor Luis Ortega said on Friday that the deal would hold.');
    expect(a.filter((x) => x.kind === 'colon').map(brief)).toEqual([['colon', ':', 'Ortega', 'Rivals should have thanked me for the deal']]);
    // trap: a place before the colon over a lede with its own speaker stays a dateline
    expect(attrs('Lisbon: A spokesman for the ministry stated on Friday that the talks had failed.').map((x) => x.kind)).toEqual(['indirect']);
  });

  test('a plural head names unnamed speakers; a singular label or a kicker does not', () => {
    expect(attrs('Economists: The rate cut will come in June.\n\nThe bank meets next week.').map(brief)).toEqual([['colon', ':', 'Economists', 'The rate cut will come in June']]);
    expect(attrs('Update: The vote was delayed.')).toEqual([]);
    expect(attrs('OUTRAGE: The vote was rigged.')).toEqual([]);
  });

  test('a transcript label in capitals that is the surname of a person of the document is a speaker', () => {
    const a = attrs('Nadia Kerr asked Governor Tom Pell about the budget.\n\nKERR: Will you sign the bill?\n\nPELL: We will sign it in May.\n\nBREAKING: The session is over.');
    expect(a.filter((x) => x.kind === 'colon').map((x) => [x.source?.text, x.source?.canonical, x.source?.kind])).toEqual([
      ['KERR', 'Nadia Kerr', 'named'],
      ['PELL', 'Tom Pell', 'named'],
    ]);
  });
});

describe("attribution: the writer's own questions", () => {
  test('a question the writer asks attributes nothing to the person asked about', () => {
    expect(attrs('What has the mayor said about the audit?')).toEqual([]);
    expect(attrs('Has anyone been charged?')).toEqual([]);
    expect(attrs('Did Kirby say that the plan would work?')).toEqual([]);
  });

  test('traps: a quoted question, a tag set off by commas and a question after a report keep their cue', () => {
    expect(attrs('“What now?” she asked.').map((a) => [a.kind, a.cue.text])).toEqual([['direct', 'asked']]);
    expect(attrs('Why, she asked, would anyone vote for it?').map((a) => [a.cue.text, a.source?.text])).toEqual([['asked', 'she']]);
    expect(attrs('Kirby said the plan would work, but will it?').map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'Kirby']]);
    // a relative clause inside the question reports: the group insists
    expect(attrs('Why do people join a group that insists the vote was stolen?').map((a) => a.cue.text)).toEqual(['insists']);
  });
});

describe('attribution: a title in quotation marks is named, not said', () => {
  test('a Title Case quotation after a noun or a preposition names a work; after a colon or its cue it is speech', () => {
    const direct = (s: string) => analyze(s).attributions.filter((a) => a.kind === 'direct').map((a) => a.content?.text);
    expect(direct('The exchange was described by Ms. Hale in her memoir, “A Quiet Reckoning.”')).toEqual([]);
    expect(direct('Hale told the crowd: "Build The Bridge Now."')).toEqual(['Build The Bridge Now.']);
    expect(direct('The crowd chanted "Lock Her Up" for an hour.')).toEqual(['Lock Her Up']);
    // nor does the programme's name continue the quotation before it in the same sentence
    const spoken = analyze('"She sold the plan badly," Ron Tate told viewers on "Evening Report."').attributions.map((a) => [a.kind, a.content?.text]);
    expect(spoken).toEqual([['direct', 'She sold the plan badly,']]);
    // a quotation after a naming participle is a name, and the cue after it reports the clause that follows
    const codename = analyze('Hale described a project, codenamed "Lantern", which she said had been shelved in 2009.').attributions.map((a) => [a.kind, a.cue.text, a.content?.text]);
    expect(codename).toEqual([
      ['indirect', 'described', 'a project, codenamed "Lantern"'],
      ['indirect', 'said', 'had been shelved in 2009'],
    ]);
  });

  test('"call" labels only with a complement: a telephone call or a summons is no cue', () => {
    const cues = (s: string) => analyze(s).attributions.map((a) => [a.cue.text, a.content?.text]);
    expect(cues('Trump called Abe on Monday.')).toEqual([]);
    expect(cues('He was faulted for calling the Russians and asking them to wait.').map(([c]) => c)).not.toContain('calling');
    expect(cues('She called reporters last week.')).toEqual([]);
    // the traps: a coordinated object, and a phrase of the object before the label
    expect(cues('He called both Lee and Park liars.').map(([c]) => c)).toEqual(['called']);
    expect(cues("She called Ford's plans to build a plant in Mexico a disgrace.").map(([c]) => c)).toEqual(['called']);
    expect(cues('Critics called the plan reckless and costly.')).toEqual([['called', 'the plan reckless and costly']]);
    expect(cues('The senator called it a hoax.')).toEqual([['called', 'it a hoax']]);
  });

  test('a trailing "told" with its addressee reports the clause before it', () => {
    const told = (s: string) => analyze(s).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]);
    expect(told('The files were moved in 2017, Israeli officials told Fox News.')).toEqual([['told', 'Israeli officials', 'The files were moved in 2017']]);
    expect(told('The vote was delayed, aides told reporters on Monday, and the senators went home.')).toEqual([['told', 'aides', 'The vote was delayed']]);
    // the trap: the object of "promised" is what was promised, and the clause before is the writer's condition
    expect(told('If the tariffs go into effect, Europe has promised swift retaliation.')).toEqual([['promised', 'Europe', undefined]]);
  });
});
