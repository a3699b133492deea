/**
 * Definite roles that refer back to a titled person ("the president" after "President Dana Ortiz"),
 * pronouns after a role subject, and place names that are no person ("Ortiz Tower", "Port of
 * Entry"). Issue 10: speakers a reader would confirm. Sentences written by us.
 */
import { analyze } from '../../src/index';

const speakers = (text: string): Array<[string, string]> =>
  analyze(text)
    .attributions.filter((a) => a.source !== null && a.kind !== 'unattributed')
    .map((a) => [a.source?.text ?? '', a.source?.canonical ?? '']);

describe('a definite role names the person introduced with that title', () => {
  test('"the president", "the prime minister" with a demonym before the title, "the senator"', () => {
    expect(speakers('President Dana Ortiz met Danish Prime Minister Ib Holm on Monday. The president said the talks were useful.')).toEqual([['The president', 'Dana Ortiz']]);
    expect(speakers('Danish Prime Minister Ib Holm arrived late. The prime minister said the delay was his.')).toEqual([['The prime minister', 'Ib Holm']]);
    expect(speakers('Senator Rosa Vint spoke first. The senator said the bill was dead.')).toEqual([['The senator', 'Rosa Vint']]);
  });

  test('of two presidents, the more mentioned one; a pronoun after the role subject is that person', () => {
    const text =
      'President Dana Ortiz met President Luc Brel of Belgium. Ms. Ortiz smiled, and Ms. Ortiz waved. The president hinted that a deal was near, while hosting Mr. Brel at her ranch. She denied that she had made concessions.';
    expect(speakers(text)).toEqual([
      ['The president', 'Dana Ortiz'],
      ['She', 'Dana Ortiz'],
    ]);
  });

  test('the traps: a different title, a vice president, and no titled person at all', () => {
    expect(speakers('Danish Prime Minister Ib Holm arrived. The foreign minister said nothing had changed.')).toEqual([['The foreign minister', 'foreign minister']]);
    expect(speakers('Vice President Sam Lord spoke. The president said the plan was ready.')).toEqual([['The president', 'president']]);
    expect(speakers('The spokesman said the office was closed.')).toEqual([['The spokesman', 'spokesman']]);
  });
});

describe('place and building names are no people', () => {
  test('a name that ends in a building word, and a name after "Port of"', () => {
    const tower = 'Donald Ortiz hosted a meeting at Ortiz Tower in 2016. Mr. Ortiz said on Tuesday that the meeting was brief.';
    expect(speakers(tower)).toEqual([['Mr. Ortiz', 'Donald Ortiz']]);
    const port = 'Agent Lena Ruiz briefed reporters at the San Ysidro Port of Entry. “Several groups crossed the fence,” she said.';
    expect(speakers(port)).toEqual([['she', 'Agent Lena Ruiz']]);
  });
});

describe('first names the tagger reads as verbs', () => {
  test('"Rob" before a surname is a name; the possessor in the apposition is not the speaker', () => {
    expect(speakers('In a note forwarded by Mr. Vale, Rob Kessler, Mr. Vale\'s lawyer, said the suit had not been served.')).toEqual([['Rob Kessler, Mr. Vale\'s lawyer', 'Rob Kessler']]);
  });

  test('the traps: a sentence-initial verb before a name, and an inflected form', () => {
    const text = 'Following Ortiz, the council voted. Ms. Ortiz said the vote was fair.';
    expect(speakers(text)).toEqual([['Ms. Ortiz', 'Ortiz']]);
    expect(speakers('The clerk Visited Ortiz at home, and Ms. Ortiz said the vote was fair.')).toEqual([['Ms. Ortiz', 'Ortiz']]);
  });
});
