/**
 * Attribution: the shape of the speaker's noun phrase (issue 10, PolNeAR error classes): plural
 * possessives inside a speaker's apposition, party-and-state labels that wink splits into
 * sentences, and speakers post-modified by "close to X" / "familiar with X". Sentences written by us.
 */
import { analyze } from '../../src/index';
import type { Attribution } from '../../src/index';
import { buildDoc } from '../../src/doc/build-doc';

const brief = (a: Attribution): [string, string, string | null, string | null] => [a.kind, a.cue.text, a.source?.text ?? null, a.content?.text ?? null];
const attrs = (text: string): Attribution[] => analyze(text).attributions;

describe('attribution: a plural possessive inside the speaker', () => {
  test('"Weaver, Sanders’ campaign manager, said" keeps the apposition and the quotation is direct', () => {
    expect(attrs('“We will carry the county,” Lena Voss, the Hendricks’ campaign manager, said.').map(brief)).toEqual([
      ['direct', 'said', 'Lena Voss, the Hendricks’ campaign manager', 'We will carry the county,'],
    ]);
    expect(attrs("“We will carry the county,” Lena Voss, the Hendricks' campaign manager, said.").map((a) => a.kind)).toEqual(['direct']);
  });

  test('the apostrophe is the possessive clitic, unless it closes a quotation', () => {
    const doc = buildDoc('The farmers’ union met the Jones’ lawyer.');
    const marks = doc.tokens.filter((t) => t.value === '’');
    expect(marks.map((t) => t.pos)).toEqual(['PART', 'PART']);
    // trap: a single quotation closed right after an s-final word keeps its closing mark
    const quoted = buildDoc('He said ‘no to the farmers’ and left.');
    expect(quoted.quotes).toHaveLength(1);
    expect(quoted.tokens.find((t) => t.value === '’')?.pos).toBe('PUNCT');
  });
});

describe('attribution: party-and-state labels in parentheses', () => {
  test('"(D-N.Y.)" and "(R-Mo.)," stay inside one sentence, so the senator is the speaker', () => {
    const a = analyze('Sen. Dana Whitlock (D-N.Y.) said the bill would pass.');
    expect(a.sentences).toHaveLength(1);
    expect(a.attributions.map(brief)).toEqual([['indirect', 'said', 'Sen. Dana Whitlock (D-N.Y.)', 'the bill would pass']]);
    const b = analyze('Rep. Owen Park (R-Mo.), who leads the panel, said the talks had stalled.');
    expect(b.sentences).toHaveLength(1);
    expect(b.attributions.find((x) => x.cue.text === 'said')?.source?.canonical).toBe('Owen Park');
  });

  test('trap: a parenthesis closed before a new capitalised sentence still ends the sentence', () => {
    expect(analyze('The vote failed (it was close.) Then the council went home.').sentences).toHaveLength(2);
    expect(analyze('The motion passed (see page 4.) Members left early.').sentences).toHaveLength(2);
  });
});

describe('attribution: the speaker is the head before "close to X"', () => {
  test('the adviser speaks, not the White House; the kind comes from the head', () => {
    const [a] = attrs('One Republican adviser close to the White House said the plan had no support.');
    expect(a?.source).toMatchObject({ text: 'One Republican adviser close to the White House', kind: 'anonymous' });
    expect(attrs('An official familiar with the talks said they would resume.')[0]?.source).toMatchObject({ text: 'An official familiar with the talks', kind: 'anonymous' });
    expect(attrs('The deal is off, a source close to him said.')[0]?.source?.text).toBe('a source close to him');
    expect(attrs('An aide briefed on the review said it was over.')[0]?.source?.text).toBe('An aide briefed on the review');
  });

  test('a name that modifies the head noun does not make the speaker that person', () => {
    const a = attrs('Mayor Ana Ruiz lost the vote. Ruiz’s former aides said the plan had failed.');
    expect(a.find((x) => x.cue.text === 'said')?.source).toMatchObject({ text: 'Ruiz’s former aides', kind: 'anonymous' });
    // traps: the name as the head, or before an apposition, is the speaker
    expect(attrs('Mayor Ana Ruiz said the plan had failed.')[0]?.source).toMatchObject({ kind: 'named', canonical: 'Ana Ruiz' });
    expect(attrs('Ana Ruiz, a former aide, said the plan had failed.')[0]?.source).toMatchObject({ kind: 'named', canonical: 'Ana Ruiz' });
    expect(attrs('Mayor Ana Ruiz lost. The mayor’s office said it would appeal.').find((x) => x.cue.text === 'said')?.source?.kind).toBe('institutional');
    // a time phrase after the name is no head noun: "President Ruiz last year said"
    expect(attrs('Mayor Ana Ruiz lost the vote. Mayor Ruiz last year dismissed the audit as a stunt.').find((x) => x.cue.text === 'dismissed')?.source).toMatchObject({ kind: 'named', canonical: 'Ana Ruiz' });
  });

  test('trap: a predicate "close to" is no part of the subject; an object pronoun after a verb is no speaker', () => {
    expect(attrs('He stayed close to the White House and said nothing.')[0]?.source?.text).toBe('He');
    expect(attrs('They gave it to him said Kirby.')[0]?.source?.text).toBe('Kirby');
    // an adjective outside the class does not carry the scan past its preposition
    expect(attrs('A reporter angry at the mayor said the session was over.')[0]?.source?.text).not.toBe('A reporter angry at the mayor');
  });
});

describe('attribution: subjects that end in an intensifier, a partitive or a polling participle', () => {
  test('"Ford itself said", "the mayor herself said": the intensifier is part of the speaker, who keeps a name', () => {
    expect(attrs('Hallam itself said the plant would close.')[0]?.source).toMatchObject({ text: 'Hallam itself', kind: 'named', canonical: 'Hallam' });
    expect(attrs('Greta Lind herself said the plan was dead.')[0]?.source).toMatchObject({ text: 'Greta Lind herself', kind: 'named' });
  });

  test('"most of them said", "two of us said": the partitive is the speaker', () => {
    expect(attrs('Most of them said they would vote again.')[0]?.source).toMatchObject({ text: 'Most of them', kind: 'anonymous' });
    expect(attrs('Two of us said no to the offer.')[0]?.source?.text).toBe('Two of us');
  });

  test('"those surveyed said", "voters polled said": the people polled speak, unnamed', () => {
    expect(attrs('Those surveyed said the tax should stay.')[0]?.source).toMatchObject({ text: 'Those surveyed', kind: 'anonymous' });
    expect(attrs('Farmers polled said the drought was the worst in years.')[0]?.source).toMatchObject({ text: 'Farmers polled', kind: 'anonymous' });
  });

  test('traps: the pollster is no respondent, and a partitive object of a verb is no speaker', () => {
    const a = attrs('Many of the chairs that the paper interviewed predicted a win.');
    expect(a.map((x) => x.source?.text)).not.toContain('the paper interviewed');
    expect(attrs('He gave the money to some of them and said nothing.')[0]?.source?.text).toBe('He');
  });
});

describe('attribution: "it" speaking with a reported clause that has no "that"', () => {
  test('"It says foreign visitors can be barred": a finite speech verb, a subject and a verb after it', () => {
    expect(attrs('The ruling came on Monday. It says foreign visitors can be barred.').find((x) => x.cue.text === 'says')?.source).toMatchObject({ text: 'It', kind: 'pronoun' });
  });

  test('trap: "it says a lot" and "it said goodbye" have no reported clause, so "it" is no speaker', () => {
    expect(attrs('It says a lot about the town.')[0]?.source ?? null).toBeNull();
    expect(attrs('It said goodbye to the city.')[0]?.source ?? null).toBeNull();
  });
});

describe('attribution: the one quoted speaks, not the one quoting', () => {
  test('"was quoted by X as saying", "X quoted Y as saying", "quoted him as saying"', () => {
    expect(attrs('“We are ready to enrich more,” Ali Reza Tavakoli was quoted by state television as saying.').map(brief)).toEqual([
      ['direct', 'quoted', 'Ali Reza Tavakoli', 'We are ready to enrich more,'],
    ]);
    expect(attrs('The minister was quoted by Tass as saying the talks had failed.').map(brief)).toEqual([['indirect', 'quoted', 'The minister', 'the talks had failed']]);
    expect(attrs('Tass quoted the minister as saying the talks had failed.').map(brief)).toEqual([['indirect', 'quoted', 'the minister', 'the talks had failed']]);
    const a = analyze('Mary Hale spoke first. “It is over,” the agency quoted her as saying.');
    expect(a.attributions[0]?.source).toMatchObject({ text: 'her', kind: 'pronoun', canonical: 'Mary Hale' });
    // the trap: quoting a document is still the quoter's act
    expect(attrs('The report was quoted by several senators.').map((x) => x.source?.text)).toEqual(['several senators']);
  });
});

describe('attribution: what stands between a subject and its cue', () => {
  test('a wire dateline is no part of the speaker', () => {
    expect(attrs('TEL AVIV (Reuters) - Israel presented new files on Monday, calling on Washington to leave the deal.').map((x) => x.source?.text)).toEqual(['Israel']);
    expect(attrs('WASHINGTON (AP) — The White House said on Tuesday that talks would resume.').map((x) => x.source?.text)).toEqual(['The White House']);
    // a hyphen inside a word still joins: "pro-Kremlin"
    expect(attrs('The pro-Kremlin outlet said the vote was fair.').map((x) => x.source?.text)).toEqual(['The pro-Kremlin outlet']);
  });

  test('a time phrase between the subject and its verb, and a participle used as a preposition', () => {
    expect(attrs('The administration on Tuesday embraced the claims, saying they were credible.').map((x) => [x.cue.text, x.source?.text])).toEqual([['saying', 'The administration']]);
    expect(attrs('He met the director about sensitive matters, including the dossier detailing his ties to Moscow.').map((x) => [x.cue.text, x.source?.text])).toEqual([['detailing', 'the dossier']]);
  });

  test('"what it said was …": the pronoun before the cue speaks', () => {
    expect(attrs('Israel presented what it said was new evidence.').map((x) => [x.cue.text, x.source?.text, x.content?.text])).toEqual([['said', 'it', 'was new evidence']]);
    expect(attrs('It is what it is.')).toEqual([]);
  });
});

describe('attribution: a speaking "it" resolves to the thing named before it', () => {
  const canon = (text: string) => analyze(text).attributions.map((a) => [a.cue.text, a.source?.canonical ?? null]);
  test('a proper-noun subject, a document or institution subject, an earlier institutional speaker', () => {
    expect(canon('Israel presented what it said was new evidence.')).toEqual([['said', 'Israel']]);
    expect(canon('Hale said Iran lied when it said it never sought weapons.')).toEqual([['said', 'Hale'], ['said', 'Iran']]);
    expect(canon('The lawsuit was filed Friday. It alleges that the firm hid losses.')).toEqual([['alleges', 'lawsuit']]);
    expect(canon('The ministry said the talks were over. It added that no date was set.')).toEqual([['said', 'ministry'], ['added', 'ministry']]);
  });

  test('what an organisation reported is not what "it" names next; a second speaking "it" is the first', () => {
    // the lawsuit is the topic of what Civic Watch noted, and Civic Watch speaks again
    expect(canon('Civic Watch noted on Friday that the new lawsuit draws on the same facts as the old one. It said it learned of the lawsuit from the press.')).toEqual([
      ['noted', 'Civic Watch'],
      ['said', 'Civic Watch'],
    ]);
    // the trap: the noun inside the first report ("the law") is no antecedent of the second "it"
    expect(canon('The city filed suit on Monday. It says the law is void, and it claims the state acted in bad faith.').slice(-2)).toEqual([
      ['says', 'it'],
      ['claims', 'it'],
    ]);
    // a document subject with no speaker in reach still names "it"
    expect(canon('The lawsuit was filed Friday. It alleges that the firm hid losses.')).toEqual([['alleges', 'lawsuit']]);
  });

  test('never a person, never across more than one sentence back; else it stays "it"', () => {
    expect(canon('Maria Lopez arrived on Monday. It said the plan failed.')).toEqual([['said', 'it']]);
    expect(canon('Iran tested a missile. The weather was fine. The crowd was large. It said the test had failed.')).toEqual([['said', 'it']]);
  });
});

describe('attribution: a comma inside a name ("…, Inc.", "…, Jr.")', () => {
  test('the speaker before a company form keeps its name; an apposition that ends in one is still the apposition', () => {
    expect(attrs('Acme, Inc. said it would appeal.').map((a) => [a.source?.text, a.source?.canonical])).toEqual([['Acme, Inc.', 'Acme']]);
    const a = attrs('Brad Hale, campaign manager of Hale for Senate, Inc., predicted the suit would fail.');
    expect(a.map((x) => [x.cue.text, x.source?.text, x.source?.kind, x.source?.canonical])).toEqual([
      ['predicted', 'Brad Hale, campaign manager of Hale for Senate, Inc.', 'named', 'Brad Hale'],
    ]);
    // the trap: a plain list of names is no name with a suffix
    expect(attrs('Ford, Smith and Jones said the deal was off.').map((x) => x.source?.text)).toEqual(['Smith and Jones']);
  });
});

describe('attribution: verbs coordinated with a cue', () => {
  const brief2 = (text: string) => attrs(text).map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text ?? null]);
  test('inside a relative clause the second verb speaks with the relative subject, unless a comma closes the clause', () => {
    expect(brief2('The offer will not satisfy the union, whose members have said they will strike and have demanded a new contract.')).toEqual([
      ['said', 'whose members', 'they will strike'],
      ['demanded', 'whose members', 'a new contract'],
    ]);
    // a cue of its own inside the first clause ("want") does not hide the coordinated one
    expect(brief2('The offer will not satisfy the union, whose members have said they do not want to bargain under threat and have demanded a new contract.')[0]).toEqual([
      'said',
      'whose members',
      'they do not want to bargain under threat',
    ]);
    expect(brief2('The offer will not satisfy Ms. Varga, who has said she will sue and has demanded a recount.').map((x) => x[1])).toEqual(['who', 'who']);
    // the trap: ", and demanded" returns to the main clause
    expect(brief2('The mayor met the union, which said it would strike, and demanded a new contract.').map((x) => x[1])).toEqual(['which', 'The mayor']);
  });

  test("the reported clause ends where the speaker's next act begins", () => {
    expect(brief2('The mayor said the plan was sound and denied that it would cost jobs.')).toEqual([
      ['said', 'The mayor', 'the plan was sound'],
      ['denied', 'The mayor', 'it would cost jobs'],
    ]);
    // the traps: a verb coordinated inside the reported clause, or one not of speech, stays in it
    expect(brief2('She says they are going ahead and will see what happens.')).toEqual([['says', 'She', 'they are going ahead and will see what happens']]);
    expect(brief2('Experts said money is needed to develop a vaccine and learn more.')).toEqual([['said', 'Experts', 'money is needed to develop a vaccine and learn more']]);
    expect(brief2('Ms. Ortiz wrote that the mayor had called her and pressed her to drop the case.')[0]).toEqual(['wrote', 'Ms. Ortiz', 'the mayor had called her and pressed her to drop the case']);
    expect(brief2('The chairmen requested that the files be sent to them, and made clear that they would issue a subpoena.')[0]).toEqual(['requested', 'The chairmen', 'the files be sent to them']);
    expect(brief2('The group said the city was seeking publicity and defended its own report.')[0]).toEqual(['said', 'The group', 'the city was seeking publicity']);
    expect(brief2('The agency said he broke with its rules and spoke publicly about the case.')[0]).toEqual(['said', 'The agency', 'he broke with its rules and spoke publicly about the case']);
  });
});

describe("attribution: a leader's name alone is a named source", () => {
  const kinds = (text: string) => attrs(text).map((a) => [a.source?.text ?? null, a.source?.kind ?? null, a.source?.canonical ?? null]);
  test('"Putin said", "Macron said": named persons, resolved to the full name given before; the seat of power stays institutional', () => {
    expect(kinds('Putin said he would talk.')).toEqual([['Putin', 'named', 'Putin']]);
    expect(kinds('Vladimir Putin met Xi on Monday. Putin said he would talk.')).toEqual([['Putin', 'named', 'Vladimir Putin']]);
    // the traps: the state, the capital and the seat of power are institutions
    expect(kinds('The Kremlin said it would talk.')).toEqual([['The Kremlin', 'institutional', 'Kremlin']]);
    expect(kinds('Russia said it would talk.')).toEqual([['Russia', 'institutional', 'Russia']]);
  });
});

describe('attribution: a subject with a restrictive relative clause', () => {
  const src = (text: string) => attrs(text).map((a) => [a.cue.text, a.source?.text ?? null, a.source?.kind ?? null, a.source?.canonical ?? null]);
  test('the speaker is the phrase before "who" / "that" with its clause, not the clause\'s object', () => {
    expect(src('The official who met Smith said the talks failed.')).toEqual([['said', 'The official who met Smith', 'anonymous', 'official']]);
    expect(src('Officials who have closely monitored the program said nothing had changed.')).toEqual([['said', 'Officials who have closely monitored the program', 'anonymous', 'Officials']]);
    expect(src('Lawyers who went to the border denied the account.')[0]?.slice(0, 2)).toEqual(['denied', 'Lawyers who went to the border']);
    // the traps: the subject of the relative clause itself, and a pronoun after a noun
    expect(src('They joined a march that the mayor said was peaceful.').map((x) => x[1])).toEqual(['the mayor']);
    expect(src('It was the standoff that began the day he said the talks were over.').map((x) => x[1])).toEqual(['he']);
  });

  test('the addressee of asking and urging is not what was asked', () => {
    const content = (text: string) => attrs(text).map((a) => a.content?.text ?? null);
    expect(content('Later, Mr. Priebus asked Mr. Comey if their talk was private.')).toEqual(['if their talk was private']);
    expect(content('The senator urged Congress to act quickly.')).toEqual(['to act quickly']);
    // the trap: an object with no question or infinitive after it is the content
    expect(content('She asked a question about the budget.')).toEqual(['a question about the budget']);
  });
});

describe('attribution: a participle after a comma speaks with its clause', () => {
  test('an -ing form the tagger reads as a reporting noun, and an adverb before the participle', () => {
    expect(attrs('Vane left the hearing early, warning that the costs will double.').map(brief)).toEqual([['indirect', 'warning', 'Vane', 'the costs will double']]);
    expect(attrs('Okafor went even further, essentially accusing the board of fraud.').map(brief)).toEqual([['indirect', 'accusing', 'Okafor', 'the board of fraud']]);
    // the trap: a possessed reporting noun keeps its possessor as the source
    expect(attrs('Her warning that the costs will double went unheeded.').map((a) => [a.cue.text, a.source?.text])).toEqual([['warning', 'Her']]);
  });
});
