import { analyze } from '../../src/index';
import type { Attribution } from '../../src/index';

const attrs = (s: string): Attribution[] => analyze(s, { markers: ['attribution'] }).attributions;
const brief = (a: Attribution) => ({
  kind: a.kind,
  cue: a.cue.text,
  stance: a.cue.stance,
  source: a.source?.text ?? null,
  sourceKind: a.source?.kind ?? null,
  canonical: a.source?.canonical ?? null,
  content: a.content?.text ?? null,
});

describe('attribution: direct quotes', () => {
  test('quote, then cue and speaker', () => {
    expect(attrs('"We do not support calls for a ceasefire," Kirby said.').map(brief)).toEqual([
      { kind: 'direct', cue: 'said', stance: 'neutral', source: 'Kirby', sourceKind: 'named', canonical: 'Kirby', content: 'We do not support calls for a ceasefire,' },
    ]);
  });

  test('inverted: said Kirby; pronoun: he said', () => {
    expect(attrs('"It will only benefit Russia," said John Kirby.').map(brief)[0]).toMatchObject({ cue: 'said', source: 'John Kirby', sourceKind: 'named' });
    const two = attrs('John Kirby spoke on Friday. "It will only benefit Russia," he said.');
    const last = two[two.length - 1];
    expect(last && brief(last)).toMatchObject({ kind: 'direct', source: 'he', sourceKind: 'pronoun', canonical: 'John Kirby' });
  });

  test('cue and speaker before the quote, with a colon', () => {
    expect(attrs('National Security Council coordinator John Kirby told reporters: "We certainly want to express our concern."').map(brief)).toEqual([
      {
        kind: 'direct',
        cue: 'told',
        stance: 'neutral',
        source: 'National Security Council coordinator John Kirby',
        sourceKind: 'named',
        canonical: 'John Kirby',
        content: 'We certainly want to express our concern.',
      },
    ]);
  });

  test('curly and straight quotation marks give the same attribution', () => {
    const straight = attrs('"We do not see this as a step towards peace," Kirby stressed.').map(brief);
    const curly = attrs('“We do not see this as a step towards peace,” Kirby stressed.').map(brief);
    expect(curly).toEqual(straight);
    expect(curly[0]).toMatchObject({ cue: 'stressed', stance: 'emphatic' });
  });

  test('"said" inside a quotation is not a cue', () => {
    const list = attrs('"As I said, we are concerned," Kirby added.');
    expect(list.map(brief)).toEqual([
      { kind: 'direct', cue: 'added', stance: 'neutral', source: 'Kirby', sourceKind: 'named', canonical: 'Kirby', content: 'As I said, we are concerned,' },
    ]);
  });

  test('a quotation continued across paragraphs is one attribution', () => {
    const text = '"We do not support a ceasefire now.\n\n"It would only benefit Russia," Kirby said.';
    const a = analyze(text, { markers: ['attribution'] });
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]?.content?.text).toBe('We do not support a ceasefire now.\n\n"It would only benefit Russia,');
    expect(a.warnings.filter((w) => w.code === 'quote-unclosed')).toHaveLength(0);
  });

  test('a quote-only paragraph after an attributed quote continues the speaker', () => {
    const text = '"If China wants to play a serious role, we would welcome that," the spokesman told reporters.\n\n"We believe that any agreement must respect Ukraine\'s sovereignty."';
    const list = attrs(text);
    expect(list.map((a) => a.kind)).toEqual(['direct', 'continuation']);
    expect(list[1]?.source?.canonical).toBe('spokesman');
    expect(list[1]?.continues).toBe(0);
  });
});

describe('attribution: indirect speech and stance', () => {
  test('X said that ...', () => {
    expect(attrs('Kirby stressed that the ceasefire would not lead to a just peace.').map(brief)).toEqual([
      { kind: 'indirect', cue: 'stressed', stance: 'emphatic', source: 'Kirby', sourceKind: 'named', canonical: 'Kirby', content: 'the ceasefire would not lead to a just peace' },
    ]);
  });

  test('stance of the speech verb', () => {
    const stance = (s: string) => attrs(s)[0]?.cue.stance;
    expect(stance('Peskov said the talks would go ahead.')).toBe('neutral');
    expect(stance('Peskov claimed that the talks would go ahead.')).toBe('distancing');
    expect(stance('Kirby revealed that Beijing had no plan.')).toBe('endorsing');
    expect(stance('Kirby pointed out that Beijing had no plan.')).toBe('endorsing');
    expect(stance('Kirby accused Moscow of exploiting the truce.')).toBe('accusing');
    expect(stance('Kirby insisted that the plan was flawed.')).toBe('emphatic');
  });

  test('according to X', () => {
    const [a] = attrs('According to U.S. officials, the shipment never left port.');
    expect(a && brief(a)).toEqual({
      kind: 'according-to',
      cue: 'According to',
      stance: 'neutral',
      source: 'U.S. officials',
      sourceKind: 'anonymous',
      canonical: 'U.S. officials',
      content: 'the shipment never left port',
    });
  });

  test('source kinds: institutional, anonymous, named with title and apposition', () => {
    expect(attrs('The Kremlin said the leaders would sign documents.')[0]?.source).toMatchObject({ kind: 'institutional', canonical: 'Kremlin' });
    expect(attrs('A spokesman for the White House stated that the U.S. opposes the plan.')[0]?.source?.kind).toBe('institutional');
    expect(attrs('Officials said the convoy was delayed.')[0]?.source?.kind).toBe('anonymous');
    expect(attrs('Kirby, a spokesman for the White House National Security Council, said the plan failed.')[0]?.source).toMatchObject({
      kind: 'named',
      canonical: 'Kirby',
      text: 'Kirby, a spokesman for the White House National Security Council',
    });
  });

  test('names resolve across forms: John Kirby, Mr. Kirby, Kirby, he', () => {
    const a = analyze('John Kirby said the plan failed. Mr. Kirby stated that talks stalled. Kirby added that no call was planned. He said Biden would wait.');
    expect(a.attributions.map((x) => x.source?.canonical)).toEqual(['John Kirby', 'John Kirby', 'John Kirby', 'John Kirby']);
    expect(a.speakers[0]).toMatchObject({ canonical: 'John Kirby', kind: 'named', attributions: 4 });
  });

  test('agent phrases, infinitives and passives that report nothing are not cues', () => {
    expect(attrs('The plan issued by Beijing was vague.')).toEqual([]);
    expect(attrs('Biden plans to speak with Xi.')).toEqual([]);
    expect(attrs('The figures were released on Monday.')).toEqual([]);
    expect(attrs('She is supposed to arrive at noon.')).toEqual([]);
    // an agentless passive or an elided clause with nothing after it: no one is meant, nothing is said
    expect(attrs('Its motives are well known.')).toEqual([]);
    expect(attrs('Agencies will back up the findings if asked.')).toEqual([]);
    expect(attrs('Brad Hale predicted the case would be dismissed.').map((a) => a.cue.text)).toEqual(['predicted']);
    expect(attrs('When asked, he said the plan had failed.').map((a) => [a.cue.text, a.content?.text])).toEqual([['said', 'the plan had failed']]);
  });

  test('a reporting passive is a cue; its source is the "by" agent or none, never its subject', () => {
    expect(attrs('The mayor was widely criticized for the delay.').map(brief)).toEqual([
      { kind: 'indirect', cue: 'criticized', stance: 'accusing', source: null, sourceKind: null, canonical: null, content: 'for the delay' },
    ]);
    expect(attrs('Its motives are widely known to be political.').map((a) => [a.cue.text, a.source])).toEqual([['known', null]]);
    expect(attrs('The budget was criticized by Senator Mary Hale.').map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text ?? null])).toEqual([['criticized', 'Senator Mary Hale', null]]);
    expect(attrs('The budget was sharply criticized by the teachers union.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['criticized', 'the teachers union']]);
    // the subject of a passive never speaks the quote next to it
    // (an agentless passive with nothing after it reports nothing at all)
    expect(attrs("The 'reform' plan was rejected.").map((a) => [a.kind, a.source])).toEqual([]);
    expect(attrs("The 'reform' plan was rejected as unworkable.").map((a) => [a.kind, a.source])).toEqual([['indirect', null]]);
  });

  test('the people polled speak; idioms and bylines are not reports', () => {
    // the people polled are the speaker (attribution.respondent-participle; until issue 10 it had none)
    expect(attrs('By a wide margin, those polled said the roads mattered most.').map((a) => [a.cue.text, a.source?.text, a.source?.kind, a.content?.text])).toEqual([['said', 'those polled', 'anonymous', 'the roads mattered most']]);
    // idioms and bylines are not reports
    expect(attrs('That said, the mayor remains popular.')).toEqual([]);
    expect(attrs('If she narrows the gap to, say, five points, she still loses.')).toEqual([]);
    expect(attrs('Lee contributed reporting.')).toEqual([]);
  });

  test('"address" and "counter" report only with a clause or quote', () => {
    expect(attrs('The governor addressed the crowd on Friday.')).toEqual([]);
    expect(attrs('The governor countered that the roads were safe.').map((a) => [a.cue.text, a.source?.text])).toEqual([['countered', 'The governor']]);
  });
});

describe('attribution statistics', () => {
  test('density and quoted-word share', () => {
    const a = analyze('"We do not support it," Kirby said. The talks continue.');
    expect(a.attributionStats.per1kWords).toBeCloseTo((1 * 1000) / a.counts.words, 10);
    expect(a.attributionStats.perSentence).toBeCloseTo(1 / a.counts.sentences, 10);
    expect(a.attributionStats.quotedWordShare).toBeCloseTo(5 / a.counts.words, 10);
    expect(a.speakers).toEqual([expect.objectContaining({ canonical: 'Kirby', attributions: 1, quotedWords: 5 })]);
  });
});

describe('attribution: phenomena added for PolNeAR coverage', () => {
  const one = (s: string, cue: string) => attrs(s).map(brief).find((a) => a.cue === cue);

  test('relative pronoun as the source, with the antecedent as its name', () => {
    expect(one('Farmers who say the tariffs hurt them met the governor.', 'say')).toMatchObject({ source: 'who' });
    expect(one('The plan was backed by Maria Lopez, who said it would cut costs.', 'said')).toMatchObject({ source: 'who', canonical: 'Maria Lopez' });
  });

  test('quantifier and number subjects: some say, six in 10 say, polls show', () => {
    expect(one('Some say the bridge will never be finished.', 'say')).toMatchObject({ source: 'Some' });
    expect(one('Six in 10 say the mayor is doing a good job.', 'say')).toMatchObject({ source: 'Six in 10' });
    expect(one('Recent polls show that the race is tight.', 'show')).toMatchObject({ source: 'Recent polls' });
    expect(attrs('He watched the show on Friday.')).toEqual([]);
  });

  test('participle or coordinated cue with no earlier cue takes the main-clause subject', () => {
    expect(one('Garcia left the stage early, saying the event had run too long.', 'saying')).toMatchObject({ source: 'Garcia' });
    expect(one('On Monday, Chen declined to discuss the budget but said the talks would resume.', 'said')).toMatchObject({ source: 'Chen' });
  });

  test('long apposition between subject and cue', () => {
    expect(one('Laura Bianchi, a former adviser to the council who left in 2019, said the rules were unclear.', 'said')).toMatchObject({ source: 'Laura Bianchi' });
  });

  test('a name the tagger reads as a verb is still a source', () => {
    const a = attrs('"The numbers are wrong," Ward said.').map(brief);
    expect(a[0]).toMatchObject({ kind: 'direct', cue: 'said', source: 'Ward' });
  });

  test('subjectless "asked" and impersonal passives have a cue without a source', () => {
    expect(one('Asked whether the deal was final, the minister smiled.', 'Asked')).toMatchObject({ source: null });
    expect(one('When asked about the delay, officials pointed to the weather.', 'asked')).toMatchObject({ source: null });
    expect(one('The council is expected to vote on the measure next week.', 'expected')).toMatchObject({ source: null });
  });

  test('"continued" is a cue next to a quotation only', () => {
    expect(one('"We will not stop," Alvarez continued.', 'continued')).toMatchObject({ kind: 'direct', source: 'Alvarez' });
    expect(attrs('Alvarez continued his tour of the region on Monday.')).toEqual([]);
  });

  test('title-case headline verbs and headline colons', () => {
    expect(one('Governor Smith Says Budget Cuts Will Hurt Schools.', 'Says')).toBeDefined();
    expect(one('Senator Patel: Rail funding should double.', ':')).toMatchObject({ kind: 'colon', source: 'Senator Patel' });
    expect(attrs('Update: The article was changed.').filter((a) => a.cue.text === ':')).toEqual([]);
  });

  test('a sentence split after an abbreviation in parentheses keeps its subject', () => {
    expect(one('Rep. Dana Hill (D-Ore.) said that the bill would pass.', 'said')).toMatchObject({ sourceKind: 'named' });
  });
});

describe('attribution: subjects, gerunds and infinitives', () => {
  const one = (s: string, cue: string) => attrs(s).map(brief).find((a) => a.cue === cue);

  test('a surname that ends like a nationality is a named source', () => {
    expect(one('Dolan said the vote would be close.', 'said')).toMatchObject({ source: 'Dolan', sourceKind: 'named' });
    expect(one('Morgan said the vote would be close.', 'said')).toMatchObject({ source: 'Morgan', sourceKind: 'named' });
  });

  test('a gerund speech act after a preposition takes the clause subject', () => {
    expect(one('Alvarez responded by saying the audit was finished.', 'saying')).toMatchObject({ source: 'Alvarez' });
    expect(one('After noting the delays, the mayor left the meeting.', 'noting')).toMatchObject({ source: 'the mayor' });
  });

  test('an infinitive speech act after an aspectual or readiness predicate', () => {
    expect(one('Ortega went on to explain that the fund was empty.', 'explain')).toMatchObject({ source: 'Ortega' });
    expect(one('The senator was quick to deny any role in the deal.', 'deny')).toMatchObject({ source: 'The senator' });
    expect(attrs('Biden plans to speak with Xi.')).toEqual([]);
  });

  test('a subject separated from a coordinated cue by a relative clause', () => {
    expect(one('Novak, who has led the group since 2010, arrived late and acknowledged that the count was wrong.', 'acknowledged')).toMatchObject({ source: 'Novak' });
  });

  test('according to X with a modifier the tagger may read as a verb', () => {
    expect(one('Turnout fell sharply, according to exit polls.', 'according to')).toMatchObject({ source: 'exit polls' });
  });

  test('refusal, defence and expressive speech acts are cues', () => {
    expect(one('Lin defended the decision on Monday.', 'defended')).toMatchObject({ source: 'Lin' });
    expect(one('The governor thanked the volunteers for their work.', 'thanked')).toMatchObject({ source: 'The governor' });
    expect(attrs('Keller refused to disavow the group.').map(brief)[0]).toMatchObject({ source: 'Keller', sourceKind: 'named' });
  });
});

describe('attribution: belief, appearance and talking verbs', () => {
  test('a belief verb inside reported speech is part of the content, not a second attribution', () => {
    const list = attrs('The mayor said she wants to rebuild the old bridge next year.');
    expect(list.map((a) => a.cue.text)).toEqual(['said']);
    expect(list[0]?.content?.text).toBe('she wants to rebuild the old bridge next year');
  });

  test('a belief verb on its own is still an attribution', () => {
    expect(attrs('The mayor wants to rebuild the old bridge next year.').map(brief)[0]).toMatchObject({ cue: 'wants', source: 'The mayor' });
  });

  test('"seems" and "appears" attribute an inference with no source', () => {
    const list = attrs('The senator seems to favor the new tariff plan.');
    expect(list.map(brief)).toEqual([
      { kind: 'indirect', cue: 'seems', stance: 'neutral', source: null, sourceKind: null, canonical: null, content: 'to favor the new tariff plan' },
    ]);
    expect(attrs('It appears that the deal collapsed overnight.').map((a) => [a.cue.text, a.source])).toEqual([['appears', null]]);
  });

  test('"spoke" is a cue with a topic, not when it only names an audience', () => {
    expect(attrs('The governor spoke passionately about the flooded farms.').map(brief)[0]).toMatchObject({ cue: 'spoke', source: 'The governor' });
    expect(attrs('The governor spoke to the farmers on Tuesday afternoon.').map((a) => a.cue.text)).toEqual([]);
  });

  test('a relative "that" whose antecedent is no speaker is no source', () => {
    expect(attrs('She cited the weather that suggests a long winter.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['cited', 'She']]);
    expect(attrs('He wrote a column that argues for lower taxes.').map((a) => [a.cue.text, a.source?.text ?? null])).toContainEqual(['argues', 'that']);
  });
});

describe('attribution: prepositional and evidence constructions', () => {
  const pairs = (text: string): Array<[string, string | null]> =>
    analyze(text).attributions.map((a) => [a.cue.text, a.source === null ? null : a.source.text]);

  test('"in a poll" is an evidence cue whose source is the poll; the participle is not a second cue', () => {
    expect(pairs('In a Zorbex Research poll released Tuesday, 40 percent chose the levy.')).toEqual([['In', 'a Zorbex Research poll']]);
    expect(pairs('The mayor trails among renters in a new Quillan survey.')).toEqual([['in', 'a new Quillan survey']]);
    expect(pairs('The mayor was stuck in single digits in polls.')).toEqual([]);
    expect(pairs('The mayor slid in the polls.')).toEqual([]);
  });

  test('"according to" takes possessive and adverb-modified noun phrases', () => {
    expect(pairs('The fund had $3 million, according to her campaign finance filings.')).toEqual([['according to', 'her campaign finance filings']]);
    expect(pairs('The levy is popular, according to a just-released survey.')).toEqual([['according to', 'a just-released survey']]);
  });

  test('an -s form before a verb is not a reduced relative; "more likely to say" keeps the subject', () => {
    expect(pairs('The retired plumber says running for mayor is exhausting.')).toEqual([['says', 'The retired plumber']]);
    expect(pairs('Renters are more likely to say the levy is unfair.')).toEqual([['say', 'Renters']]);
  });

  test('a count of respondents is the source of "said"', () => {
    expect(pairs('While 60 liked the plan, 43 said the opposite.')).toContainEqual(['said', '43']);
  });

});

describe('attribution: subjects across appositions, participles and inversion', () => {
  const cues = (s: string): string[] => attrs(s).map((a) => a.cue.text);
  const sourceOf = (s: string, cue: string): string | null => attrs(s).find((a) => a.cue.text === cue)?.source?.text ?? null;

  test('a subject before a relative clause and an age apposition', () => {
    expect(sourceOf('"It was a fine day," Marta Quill, 52, who runs a bakery in Dover, said about the parade.', 'said')).toBe('Marta Quill');
    expect(sourceOf('Last week, Tom Ardley, who chairs the budget panel, said the plan was sound.', 'said')).toMatch(/^Tom Ardley/);
  });

  test('inverted "said" with a long subject and a relative clause', () => {
    expect(sourceOf('That settles the matter, said a dozen farmers who lost their crops.', 'said')).toBe('a dozen farmers');
  });

  test('a participle after a cue takes that cue\'s speaker; an opening participle takes the main subject', () => {
    expect(sourceOf('The plan works, Dana Reyes said Monday, adding that it costs little.', 'adding')).toBe('Dana Reyes');
    expect(sourceOf('Citing the storm, Mayor Ellen Park canceled the parade.', 'Citing')).toBe('Mayor Ellen Park');
    expect(sourceOf('The mayor issued a statement saying the parade would go ahead.', 'saying')).toBe('The mayor');
  });

  test('a coordinated cue takes the main clause subject, not a subordinate clause\'s', () => {
    expect(sourceOf('Judge Amos Kell delayed ruling whether the council could question the mayor but said the case could return.', 'said')).toBe('Judge Amos Kell');
  });

  test('a time expression or a floating quantifier is not the source', () => {
    expect(sourceOf('Rita Vance, who on Tuesday endorsed the plan, praised the council.', 'endorsed')).toBe('who');
    expect(sourceOf('Lena Ortiz and Omar Hale both denounced the plan.', 'denounced')).toBe('Lena Ortiz and Omar Hale');
  });

  test('"it" speaks through a speech verb, and "according to" takes an object pronoun', () => {
    expect(sourceOf('The company posted its results. It said it would hire more staff.', 'said')).toBe('It');
    expect(sourceOf('The deal collapsed, according to him.', 'according to')).toBe('him');
    expect(cues('The deal collapsed, according to sources.')).toContain('according to');
  });

  test('"reportedly" is a cue without a source', () => {
    const a = attrs('The governor reportedly plans to resign.').find((x) => x.cue.text === 'reportedly');
    expect(a?.source ?? null).toBeNull();
  });

  test('evidence verbs the tagger reads as nouns: "records … show", "…, the reports show."', () => {
    expect(cues('Tax records from the last decade show he paid nothing.')).toContain('show');
    expect(cues('The group is spending heavily, the filings show.')).toContain('show');
  });
});

describe('attribution: words that look like cues but report nothing', () => {
  const cues = (s: string): string[] => attrs(s).map((a) => a.cue.text);

  test('naming participles and telephone calls are not "call" cues', () => {
    expect(cues('She now helps lead a charity called Open Doors.')).not.toContain('called');
    expect(cues('Ray Dunn said he called Mills earlier this month to ask about the vote.')).not.toContain('called');
    expect(cues('The senator called the plan reckless.')).toContain('called');
  });

  test('reduced relatives and modifier participles are not cues', () => {
    expect(cues('A survey released Monday put the mayor ahead.')).not.toContain('released');
    expect(cues('The mayor defended her proposed budget.')).not.toContain('proposed');
    expect(cues('The candidate won 20 pledged delegates.')).not.toContain('pledged');
  });

  test('nouns read as verbs and verbs without a reported clause', () => {
    expect(cues('The governor gave her final address in May.')).not.toContain('address');
    expect(cues('The senator maintained a large lead all year.')).not.toContain('maintained');
    expect(cues('The senator maintained that the vote was fair.')).toContain('maintained');
    expect(cues('The candidate appeared on a morning show.')).not.toContain('appeared');
    expect(cues('Thousands of voters showed up early.')).not.toContain('showed');
  });

  test('"said" misread as an adjective after a name is still a cue; "That said" is not', () => {
    expect(cues('That said, the vote is close.')).not.toContain('said');
  });
});

describe('attribution: datelines, nominal cues, and the owner of knowledge', () => {
  test('a dateline before a lede that carries its own attribution is not a colon attribution', () => {
    const text = 'Geneva: A spokesman for the council stated on Friday that the talks would resume next week.';
    expect(attrs(text).map((a) => [a.kind, a.cue.text, a.source?.text ?? null])).toEqual([['indirect', 'stated', 'A spokesman for the council']]);
    // a title-case headline with a speaker before the colon still is one
    expect(attrs('Mayor Lopez: The Budget Will Pass This Week').map((a) => [a.kind, a.source?.text ?? null])).toEqual([['colon', 'Mayor Lopez']]);
  });

  test('a quotation in a later clause does not belong to a noun cue ("Chinese calls for")', () => {
    const got = attrs('The minister rejected Chinese calls for a truce, as this would only reward “the aggressor” in the east.');
    expect(got.filter((a) => a.kind === 'direct')).toEqual([]);
    expect(got.find((a) => a.cue.text === 'calls for')?.source?.text).toBe('Chinese');
    // inside the minister's reported clause, the quotation is a partial quote, not a scare quote
    expect(analyze('The minister stated that he rejected Chinese calls for a truce, as this would only reward “the aggressor” in the east.').markers.scareQuote.count).toBe(0);
    expect(analyze('A truce now would only reward “the aggressor” in the east.').markers.scareQuote.count).toBe(1);
  });

  test('"according to my knowledge": the possessor is the source, a pronoun', () => {
    const [a] = attrs('According to my knowledge, no request has been made.');
    expect(a && [a.kind, a.source?.text, a.source?.kind]).toEqual(['according-to', 'my', 'pronoun']);
    const [b] = attrs('According to her campaign filings, the group raised $2 million.');
    expect(b?.source?.text).toBe('her campaign filings');
  });
});

describe('attribution: reporting nouns, questioners, documents put out', () => {
  test('a reporting noun with a content clause is a cue; its possessor is the source', () => {
    const got = attrs("The mayor rejected the senator's claim that the budget was balanced.").map(brief);
    expect(got.find((a) => a.cue === 'claim')).toMatchObject({ kind: 'indirect', stance: 'distancing', source: "the senator's", content: 'the budget was balanced' });
    expect(attrs('Critics dismissed her warning that the bridge would fail.').find((a) => a.cue.text === 'warning')?.source?.text).toBe('her');
    // no possessor: a cue without a source
    expect(attrs('There were complaints that the count was slow.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['complaints', null]]);
  });

  test('not a relative clause, nor the medium of a verb\'s report', () => {
    expect(attrs('He repeated the claim that was rejected last year.').map((a) => a.cue.text)).not.toContain('claim');
    expect(attrs('The governor said in a statement that the plan works.').map((a) => a.cue.text)).toEqual(['said']);
  });

  test('"asked by X": the questioner is the source', () => {
    const [a] = attrs('Asked by a reporter whether he would run, the mayor smiled.');
    expect(a && [a.cue.text, a.source?.text]).toEqual(['Asked', 'a reporter']);
    const b = attrs('The mayor was asked by host Ann Lee whether he would run.').find((x) => x.cue.text === 'asked');
    expect(b?.source?.text).toBe('host Ann Lee');
  });

  test('issuing or filing a document is a cue; a document put out is not', () => {
    expect(attrs('The council issued a statement on Monday.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['issued', 'The council']]);
    expect(attrs('The families filed a lawsuit against the maker.').map((a) => a.cue.text)).toEqual(['filed']);
    expect(attrs('The permits were issued in June.').map((a) => a.cue.text)).toEqual([]);
    // ... and the source of the evidence verb is the document, not the time phrase after its participle
    expect(attrs('A poll released on Tuesday showed the mayor ahead.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['showed', 'A poll']]);
  });

  test('persuasion and advocacy verbs; "found itself", "added to" and "remains to be seen" are not cues', () => {
    expect(attrs('The senator pushed for a new vote.').map((a) => [a.cue.text, a.source?.text ?? null])).toEqual([['pushed for', 'The senator']]);
    expect(attrs('The senator laid out her plan on Monday.').map((a) => a.cue.text)).toEqual(['laid out']);
    expect(attrs('They tried to convince voters that the tax was fair.').map((a) => a.cue.text)).toEqual(['convince']);
    expect(attrs('The firm found itself at the center of the dispute.')).toEqual([]);
    expect(attrs('The new tax added to the confusion.')).toEqual([]);
    expect(attrs('Whether it works remains to be seen.')).toEqual([]);
    expect(attrs('The survey found that most voters were undecided.').map((a) => a.cue.text)).toEqual(['found']);
  });
});

describe('speakers', () => {
  test('an unresolved pronoun is counted in the stats but is not a speaker; a resolved one is', () => {
    const a = analyze('We consider the plan a step forward. According to my knowledge, nothing has changed.');
    expect(a.speakers).toEqual([]);
    expect(a.attributionStats.bySourceKind.pronoun).toBe(2);
    const b = analyze('John Kirby spoke on Friday. "It will only benefit Russia," he said.');
    expect(b.speakers.map((s) => [s.canonical, s.kind, s.forms])).toEqual([['John Kirby', 'named', ['John Kirby', 'he']]]);
    // "he" resolves to the person named before it, a speaker or not
    expect(analyze('John Kirby arrived on Friday. "It will only benefit Russia," he said.').speakers.map((s) => s.canonical)).toEqual(['John Kirby']);
    // with no compatible person before it, it stays unresolved: no speaker
    expect(analyze('Mrs. Ana Ruiz arrived on Friday. "It will only benefit Russia," he said.').speakers).toEqual([]);
  });
});
