/**
 * Cue verbs whose reporting sense depends on what follows them (issue 10: non-speech predicates
 * taken as cues): clause-only cues ("concluded that …" against "concluded the talks") and
 * speech-object cues ("offered his condolences" against "offered a pardon"), and the reporting
 * position that lets either stand after its content ("“…,” he maintained."). Sentences written by us.
 */
import { analyze } from '../../src/index';

const cues = (text: string): Array<[string, string | null, string | null]> =>
  analyze(text)
    .attributions.filter((a) => a.kind !== 'unattributed')
    .map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text ?? null]);

describe('clause-only cues: "conclude" reports a finding, not the end of an event', () => {
  test('with a clause, after a time word, after a short phrase, and without "that"', () => {
    expect(cues('The inquiry concluded that the fire was set.')).toEqual([['concluded', 'The inquiry', 'the fire was set']]);
    expect(cues('Investigators concluded Friday that the fire was set.')).toEqual([['concluded', 'Investigators', 'the fire was set']]);
    expect(cues('Two agencies concluded in a 2019 memo that foreign agents had entered the network.')).toEqual([['concluded', 'Two agencies', 'foreign agents had entered the network']]);
    expect(cues('Several agencies concluded foreign agents hacked the servers.')).toEqual([['concluded', 'Several agencies', 'foreign agents hacked the servers']]);
  });

  test('the traps: an event that ends, an object that is ended, a reporting noun with its own clause', () => {
    expect(cues('The interview concluded after an hour.')).toEqual([]);
    expect(cues('After the talks concluded, the ministers flew home.')).toEqual([]);
    expect(cues('Officials concluded the talks on Friday.')).toEqual([]);
    expect(cues('The mayor appeared eager to conclude a deal with the union.').map(([c]) => c)).not.toContain('conclude');
    // "that" belongs to "statements", not to "counter"
    expect(cues('The emails ran counter to his earlier statements that no meeting took place.').map(([c]) => c)).not.toContain('counter');
  });
});

describe('reporting position: a cue after its content needs no object', () => {
  test('after a quotation, inverted, and as a parenthetical', () => {
    expect(cues('"We did nothing wrong," he maintained.')).toEqual([['maintained', 'he', 'We did nothing wrong,']]);
    expect(cues("They were never useful,'' concluded a 2016 review of the program.").map(([c, s]) => [c, s])).toEqual([['concluded', 'a 2016 review of the program']]);
    expect(cues('“The bridge can wait,” Okafor concludes in his column.').map(([c, s]) => [c, s])).toEqual([['concludes', 'Okafor']]);
    expect(cues('The plan, officials concluded, had failed.').map(([c, s]) => [c, s])).toEqual([['concluded', 'officials']]);
  });

  test('the trap: a quoted name before a noun is no quotation of speech', () => {
    expect(cues('Most messages went to one "city.gov" e-mail address.')).toEqual([]);
  });
});

describe('speech-object cues: "offer" reports only a speech act', () => {
  test('condolences, an explanation, details, an evaluation after an indirect object, a commissive', () => {
    expect(cues('Mayor Reyes offered her condolences to the families.')).toEqual([['offered', 'Mayor Reyes', 'her condolences to the families']]);
    expect(cues('The governor offered no explanation for the delay.').map(([c]) => c)).toEqual(['offered']);
    expect(cues('The agency would not offer details of the contract.').map(([c]) => c)).toEqual(['offer']);
    expect(cues('Lund offered the crowd a gloomy assessment of the race.').map(([c]) => c)).toEqual(['offered']);
    expect(cues('The minister offered to resign.')).toEqual([['offered', 'The minister', 'to resign']]);
    expect(cues('"It is over," she offered.')).toEqual([['offered', 'she', 'It is over,']]);
  });

  test('the traps: a pardon, an opportunity, a property of a thing', () => {
    expect(cues('Investigators asked whether the governor offered a pardon to his former aide.').map(([c]) => c)).toEqual(['asked']);
    expect(cues('The port offers cheap storage to shippers.')).toEqual([]);
    expect(cues('When offered the chance to speak, the senator declined.').map(([c]) => c)).not.toContain('offered');
  });
});
