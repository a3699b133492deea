/**
 * Partial quotations inside indirect speech (issue 10): a quoted fragment that continues the
 * reported clause after its subject belongs to that clause, and a quoted piece of the writer's own
 * clause is not governed by a cue further on. Sentences written by us.
 */
import { analyze } from '../../src/index';

const brief = (text: string): Array<[string, string, string | null, string | null]> =>
  analyze(text).attributions.map((a) => [a.kind, a.cue.text, a.source?.text ?? null, a.content?.text ?? null]);

describe('a quoted fragment after the reported subject is a partial quote', () => {
  test('"said the ministry “will …”": one indirect report whose content holds both quotations', () => {
    expect(brief('Lindqvist said the ministry "will review every permit" before it can "resume the drilling."')).toEqual([
      ['indirect', 'said', 'Lindqvist', 'the ministry "will review every permit" before it can "resume the drilling."'],
    ]);
    expect(brief('The envoy said Ortiz "misled the council about the budget."')).toEqual([['indirect', 'said', 'The envoy', 'Ortiz "misled the council about the budget."']]);
  });

  test('a quoted subject right after the cue, with its verb after the closing mark', () => {
    expect(brief('Ruth Amoah, head of the union, said "hundreds of our members" will "walk out on Monday".')).toEqual([
      ['indirect', 'said', 'Ruth Amoah, head of the union', '"hundreds of our members" will "walk out on Monday"'],
    ]);
    // the trap: a quotation with a conjunction after it is the whole of what was said
    expect(brief('Amoah said "we are finished" and left the room.')).toEqual([['direct', 'said', 'Amoah', 'we are finished']]);
  });

  test('the traps: an addressee, a naming verb, a time word and a capitalised quotation stay direct', () => {
    expect(brief('Ortiz told reporters "it was a fair deal."')).toEqual([['direct', 'told', 'Ortiz', 'it was a fair deal.']]);
    expect(brief('The mayor called the plan "dead on arrival."')).toEqual([['direct', 'called', 'The mayor', 'dead on arrival.']]);
    expect(brief('Ortiz said Tuesday "we are done here."')).toEqual([['direct', 'said', 'Ortiz', 'we are done here.']]);
  });
});

describe('a quoted piece of the writer’s clause is not the next cue’s quotation', () => {
  test('a cue after a phrase and a comma takes its own clause, not the quotation before it', () => {
    expect(brief('Vane said it would be "wrong for the council to approve the tower" this year, complaining the costs "will double by spring."')).toEqual([
      ['indirect', 'said', 'Vane', 'it would be "wrong for the council to approve the tower" this year'],
      ['indirect', 'complaining', 'Vane', 'the costs "will double by spring."'],
    ]);
  });

  test('the trap: a whole quoted sentence followed by its cue stays direct', () => {
    expect(brief('"The council was wrong to approve the tower," Vane said.')).toEqual([['direct', 'said', 'Vane', 'The council was wrong to approve the tower,']]);
  });
});
