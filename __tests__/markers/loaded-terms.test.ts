import { analyze } from '../../src/index';
import { inflections } from '../../src/lexicon/compile';

const loaded = (s: string) => analyze(s, { markers: ['loaded'] }).findings.map((f) => [f.text, f.category]);

describe('loaded terms', () => {
  test('multi-word terms from the seeds', () => {
    expect(loaded('In a rare pre-emptive strike, the U.S. government issued a shock statement.')).toEqual([
      ['pre-emptive strike', 'loaded.militarised'],
      ['shock statement', 'loaded.militarised'],
    ]);
    expect(loaded('Beijing tries to hide, but its true colors are well known.')).toEqual([['true colors', 'loaded.deceit']]);
  });

  test('"so-called" is three tokens and one finding', () => {
    const a = analyze('Kirby criticized the so-called "peace" plan.', { markers: ['loaded'] });
    expect(a.findings.map((f) => f.text)).toEqual(['so-called']);
    expect(a.findings[0]?.category).toBe('loaded.delegitimising');
  });

  test('inflections match through the lemma', () => {
    const texts = analyze('Both regimes lied. The senator slammed the bill.', { markers: ['loaded'] }).findings.map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['regimes', 'slammed']));
  });

  test('neutral news words are not loaded', () => {
    expect(loaded('The government said the army attacked the city during the invasion.')).toEqual([]);
  });

  test('voice: the writer, a quotation, or reported speech', () => {
    const a = analyze('The regime fell. "It is a masquerade," he said. Kirby said that it was propaganda.', { markers: ['loaded', 'attribution'] });
    const byText = Object.fromEntries(a.findings.filter((f) => f.marker === 'loaded').map((f) => [f.text, f.voice]));
    expect(byText).toEqual({ regime: 'author', masquerade: 'quoted', propaganda: 'reported' });
  });

  test('weights and totals', () => {
    const a = analyze('The regime staged a masquerade.', { markers: ['loaded'] });
    const sum = a.findings.reduce((s, f) => s + f.weight, 0);
    expect(a.markers.loaded.count).toBe(2);
    expect(a.markers.loaded.weighted).toBeCloseTo(sum, 10);
    expect(a.markers.loaded.per1kWords).toBeCloseTo((2 * 1000) / a.counts.words, 10);
  });

  test('framing verbs of saying carry the writer\'s judgement (Recasens et al. 2013; BASIL)', () => {
    // "complained" characterises the speaker; "insisted" is the emphatic cue of a report (stance, below)
    expect(loaded('The senator complained about the schedule, and the mayor insisted it was fine.')).toEqual([['complained', 'loaded.framing-verb']]);
    expect(loaded('He repeated his claim that the count was wrong.')).toEqual([['claim', 'loaded.framing-verb']]);
  });

  test('neutral senses of framing verbs are vetoed by context', () => {
    expect(loaded('Jobless claims fell last week, the department said.')).toEqual([]);
    expect(loaded('She was admitted to the hospital on Monday.')).toEqual([]);
    expect(loaded('The company claimed responsibility for the outage.')).toEqual([]);
  });

  test('evaluative adverbs and strongly evaluative words', () => {
    // epistemic "clearly" / "obviously" are boosters (certainty), not loaded wording
    expect(loaded('The plan was clearly a response to the protests.')).toEqual([]);
    expect(analyze('The plan was clearly a response to the protests.', { markers: ['booster'] }).findings.map((f) => f.text)).toEqual(['clearly']);
    expect(loaded('Critics called the spending profligate and the process dysfunctional.')).toEqual([
      ['profligate', 'loaded.emotive'],
      ['dysfunctional', 'loaded.derision'],
    ]);
  });

  test('a labelling modifier is widened over the noun phrase it labels (PTC name calling)', () => {
    expect(loaded('The board fired the corrupt career politicians on Friday.')).toEqual([['corrupt career politicians', 'loaded.emotive']]);
    expect(loaded('Kirby criticized the so-called plan.')).toEqual([['so-called plan', 'loaded.delegitimising']]);
    // an intensifier covers the adjective it intensifies; widening never runs into the next finding
    expect(loaded('They fired the radical leftist boss.').map(([t]) => t)).toEqual(['radical', 'leftist boss']);
    // punctuation (a scare quote, a comma) and verbs stop the widening
    expect(loaded('The so-called "reform" passed.').map(([t]) => t)).toEqual(['so-called']);
    expect(loaded('It was corrupt, and everyone knew.').map(([t]) => t)).toEqual(['corrupt']);
    for (const f of analyze('The utterly shameful vote came after a corrupt deal.', { markers: ['loaded'] }).findings) {
      expect('The utterly shameful vote came after a corrupt deal.'.slice(f.start, f.end)).toBe(f.text);
    }
  });

  test('"regime" and "scandal" after a proper-name modifier are conventional names', () => {
    expect(loaded('The minister met envoys of the Syrian regime in Geneva.')).toEqual([]);
    expect(loaded('The Teapot scandal dominated the hearings.')).toEqual([]);
    expect(loaded('The diplomats left. The regime jailed the reporters.').map(([t]) => t)).toEqual(['regime']);
    expect(loaded('A brutal regime jailed the reporters.').map(([t]) => t)).toEqual(expect.arrayContaining(['regime']));
  });

  test('descriptive uses of "regime", "terrorist" and "threat" are vetoed', () => {
    expect(loaded('The report discussed regime change in the region.')).toEqual([]);
    expect(loaded('The ministry lists the militia as a terrorist organization.')).toEqual([]);
    expect(loaded('Villagers lived under threat of eviction.')).toEqual([]);
    expect(loaded('The judge received death threats last year.')).toEqual([]);
    expect(loaded('They called the militia terrorists.').map(([t]) => t)).toEqual(['terrorists']);
  });

  test('manner adverbs and evasion verbs frame a speaker (BASIL lexical bias)', () => {
    expect(loaded('The mayor testily waved off the question and tried to dodge it.')).toEqual([
      ['testily', 'loaded.conflict-verb'],
      ['dodge', 'loaded.framing-verb'],
    ]);
    expect(loaded('The aide smugly repeated the figure, which was erroneously reported.').map(([t]) => t)).toEqual(['smugly', 'erroneously']);
  });

  test('a loaded head is widened left over the modifiers stacked before it (PTC span convention)', () => {
    expect(loaded('They mocked the hostile regime and its neocon minion.').map(([t]) => t)).toEqual(['mocked', 'hostile regime', 'neocon minion']);
    expect(loaded('The senator was unfairly smearing the nominee, a downright bizarre tactic.').map(([t]) => t)).toEqual([
      'unfairly smearing',
      'downright bizarre tactic',
    ]);
    // hedging and sentence adverbs, determiners and multi-word entries stop the widening
    expect(loaded('The actually corrupt officials left.').map(([t]) => t)).toEqual(['corrupt officials']);
    expect(loaded('Reporters called the mayor a disgrace.').map(([t]) => t)).toEqual(['disgrace']);
    expect(loaded('In a rare pre-emptive strike, they left.').map(([t]) => t)).toEqual(['pre-emptive strike']);
    // the object of a naming verb is not a modifier of the label that follows it
    expect(loaded('They branded the protesters thugs.').map(([t]) => t)).toEqual(['thugs']);
  });

  test('coordinated evaluative adjectives and graded verbs are one span', () => {
    expect(loaded('It was a vicious and potent campaign.')).toEqual([['vicious and potent campaign', 'loaded.emotive']]);
    expect(loaded('The mayor will vigorously defend the law.').map(([t]) => t)).toEqual(['vigorously defend']);
    // a manner adverb keeps its own span
    expect(loaded('The mayor testily waved off the question.').map(([t]) => t)).toEqual(['testily']);
  });

  test('a negated degree adverb hedges rather than exaggerates', () => {
    expect(loaded('That was not entirely a mistake.')).toEqual([]);
    expect(loaded("The firm wasn't completely honest.")).toEqual([]);
    expect(loaded('The firm was completely dishonest.').length).toBeGreaterThan(0);
  });

  test('a framing verb that cues an emphatic, endorsing or conventional report is recorded as its stance, not as a loaded term', () => {
    const cue = (s: string) => analyze(s).attributions.map((a) => [a.cue.text, a.cue.stance, a.conventional === true]);
    for (const [s, verb, stance] of [
      ['Kirby admitted that the plan had failed.', 'admitted', 'endorsing'],
      ['The officials acknowledged that the count was wrong.', 'acknowledged', 'endorsing'],
      ['The mayor vowed to rebuild the bridge by spring.', 'vowed', 'emphatic'],
      ['Ortiz praised the crews who cleared the road.', 'praised', 'emphatic'],
    ] as const) {
      expect(loaded(s)).toEqual([]);
      expect(cue(s)).toEqual([[verb, stance, false]]);
    }
    // a legal filing's verb keeps its distancing stance, marked as the genre's convention
    expect(loaded('The lawsuit claims that the firm hid the losses.')).toEqual([]);
    expect(cue('The lawsuit claims that the firm hid the losses.')).toEqual([['claims', 'distancing', true]]);
    // the writer's distancing and accusing verbs stay loaded
    expect(loaded('The firm claimed that the losses were small.')).toEqual([['claimed', 'loaded.framing-verb']]);
    expect(loaded('The senator denounced the plan, aides said.')).toEqual([['denounced', 'loaded.framing-verb']]);
    // outside a report a concessive verb is ordinary wording
    expect(loaded('I am not ashamed to admit it.')).toEqual([]);
  });

  test('descriptive uses of "terrorist" and "cover up" are not loaded', () => {
    expect(loaded('Police foiled a terrorist plot in the city.')).toEqual([]);
    expect(loaded('The bishop covered up the abuse for years.')).toEqual([]);
    expect(loaded('It was a cover-up of the abuse.')).toEqual([['cover-up', 'loaded.deceit']]);
  });

  test('gerunds and participles the tagger leaves unlemmatised still match their verb', () => {
    // wink tags these -ing forms as nouns and keeps them as their own lemma
    expect(loaded('A video surfaced of him mocking the senator.')).toEqual([['mocking', 'loaded.derision']]);
    expect(loaded('She resigned after a post berating the children.').map(([t]) => t)).toEqual(['berating']);
    // the first word of a verb phrase inflects too
    expect(loaded('The new ad aired, railing against the rules.').map(([t]) => t)).toEqual(['railing against']);
    expect(loaded('Republicans seized on the remarks.').map(([t]) => t)).toEqual(['seized on']);
  });

  test('inflections of a short consonant-vowel-consonant word double the consonant only', () => {
    const forms = inflections('sham').map((f) => f.form);
    expect(forms).toEqual(expect.arrayContaining(['shams', 'shamming', 'shammed']));
    expect(forms).not.toContain('shamed');
    expect(inflections('mock').map((f) => f.form)).toEqual(expect.arrayContaining(['mocks', 'mocking', 'mocked']));
    expect(inflections('berate').map((f) => f.form)).toEqual(expect.arrayContaining(['berates', 'berating', 'berated']));
    expect(inflections('bully').map((f) => f.form)).toEqual(expect.arrayContaining(['bullies', 'bullying', 'bullied']));
    expect(inflections('x-ray')).toEqual([]);
  });

  test('literal senses: a drafted set of "talking points" and a "life-threatening" injury', () => {
    expect(loaded('The senators asked for the talking points the agency drafted; the final talking points omitted it.')).toEqual([]);
    expect(loaded('He keeps repeating Kremlin talking points.').map(([t]) => t)).toEqual(['talking points']);
    expect(loaded('The driver suffered life-threatening injuries.')).toEqual([]);
    // the adjective still casts an actor; "threatened to block" is an emphatic report (the cue's stance)
    expect(loaded('He made threatening remarks about the judge.').map(([t]) => t)).toEqual(['threatening remarks']);
  });

  test('an entry restricted to nouns or adjectives gets its plural, never verbal forms', () => {
    expect(loaded('She wore a fringed shawl and the stunting of growth worried the nurses.')).toEqual([]);
    expect(loaded('A fringe candidate staged a stunt; the fringes cheered.').map(([t]) => t)).toEqual(['fringe', 'stunt', 'fringes']);
  });

  test('possessive names and compound modifiers make conventional names of "regime", "scandal", "meddling"', () => {
    expect(loaded("Officials in Damascus defended Assad's regime.")).toEqual([]);
    expect(loaded('The diocese faced an abuse scandal in the spring.')).toEqual([]);
    expect(loaded('The panel studied Russian meddling and election meddling.')).toEqual([]);
    expect(loaded('The critics decried meddling in the vote.').map(([t]) => t)).toEqual(['decried', 'meddling']);
    expect(loaded('They dealt with a rogue regime.').map(([t]) => t)).toEqual(['rogue regime']);
  });

  test('manner adverbs of delivery and attack idioms', () => {
    expect(loaded('"That is fine," the mayor said icily.')).toEqual([['icily', 'loaded.conflict-verb']]);
    expect(loaded('The governor took a shot at the council.').map(([t]) => t)).toEqual(['took a shot at']);
    expect(loaded('The plan is in the cross hairs of the new board.').map(([t]) => t)).toEqual(['cross hairs']);
  });

  test('descriptors that are neutral in news reporting are not loaded', () => {
    expect(loaded('The council passed a controversial bill after sweeping changes to the draft.')).toEqual([]);
    expect(loaded('Residents were warned of the danger, the lawyers contend.')).toEqual([]);
  });
  test('"talking points" counts only as a side\'s script, not as a briefing document', () => {
    expect(loaded('Aides circulated proposed talking points to the committee, and the original talking points were revised.')).toEqual([]);
    expect(loaded('The host read out Republican talking points all evening.').map(([t]) => t)).toEqual(['talking points']);
    expect(loaded('Critics said the mayor kept repeating talking points.').map(([t]) => t)).toEqual(['talking points']);
  });

  test('a hyphenated compound is the same fixed phrase as the open one ("lame-duck session")', () => {
    expect(loaded('The lame-duck session opened and the lame duck Congress met.')).toEqual([]);
    expect(loaded('It was a lame excuse.').map(([t]) => t)).toEqual(['lame excuse']);
  });

  test('named policies and wars: "war on drugs", "war on poverty"', () => {
    expect(loaded('The decades-long war on drugs and the war on poverty shaped the budget.')).toEqual([]);
    expect(loaded('The pastor denounced the war on faith.').map(([t]) => t)).toEqual(['denounced', 'war on']);
  });

  test('a loaded common word written as part of a proper name is a name', () => {
    expect(loaded('The bill was backed by Sen. Walter Coward of Ohio. Later Mr. Coward spoke to reporters.')).toEqual([]);
    expect(loaded('Sen. Walter Coward called his rival a coward.').map(([t]) => t)).toEqual(['coward']);
    // a title before a name is still the label it gives ("Venezuelan Dictator Marcos Perez")
    expect(loaded('Analysts said the Venezuelan Dictator Marcos Perez fled.')).toHaveLength(1);
    expect(loaded('A reader wrote that the mayor Walter Coward is a COWARD.').map(([t]) => t)).toEqual(['COWARD']);
  });

  test('"merely" and "establishment" are not loaded in news prose', () => {
    expect(loaded('The measure would merely provide a means of enforcement, and establishment Republicans backed the establishment of a school.')).toEqual([]);
  });

  test('classes completed: derived adverbs and nouns of listed adjectives, ridicule gestures, labels', () => {
    const texts = (s: string) => loaded(s).map(([t]) => t);
    expect(texts('The mayor hypocritically asked for more money, and the nastiness of the race grew.')).toEqual(['hypocritically', 'nastiness']);
    expect(texts('The governor answered with a smirk and an eye roll.')).toEqual(['smirk', 'eye roll']);
    expect(texts('The blogger called the bishop an islamophobe.')).toEqual(['islamophobe']);
    // the descriptive term of news style guides is not a label
    expect(texts('Islamist parties won seats in the election.')).toEqual([]);
    expect(texts('Critics were aghast at the inhumane conditions.')).toEqual(['aghast', 'inhumane conditions']);
  });

  test('"virulent" and "intolerant" in their literal senses are not loaded', () => {
    expect(loaded('A virulent strain of the virus spread, and some patients are intolerant of the drug.')).toEqual([]);
    expect(loaded('The group ran a virulent campaign against the press.').map(([t]) => t)).toEqual(['virulent campaign']);
  });
  test('spans on real-article shapes: names whole, hyphenated words whole, no run into a time phrase, "claim" as assertion only', () => {
    expect(loaded('They met the dictator Kim Jong-un on Sunday.').map(([t]) => t)).toEqual(['dictator Kim Jong-un']);
    expect(loaded('He is a self-proclaimed genius.').map(([t]) => t)).toEqual(['self-proclaimed genius']);
    expect(loaded('The senator fired back hours later.').map(([t]) => t)).toEqual(['fired back']);
    expect(loaded('His claim that the vote was late spread quickly.').map(([t]) => t)).toEqual(['claim']);
    expect(loaded('Families waited to present their asylum claims to the court.')).toEqual([]);
  });
});
