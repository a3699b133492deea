import { analyze } from '../../src/index';
import { texts } from '../helpers/seeds';

const boosters = (s: string) => texts(analyze(s, { markers: ['booster'] }), 'booster');

describe('boosters', () => {
  test('adverbs and phrases that close down alternatives', () => {
    expect(boosters('The plan clearly favours Moscow.')).toEqual(['clearly']);
    expect(boosters('It is in fact a recognition of Russian aggression.')).toEqual(['in fact']);
    expect(boosters('The U.S. has bluntly rejected the proposal.')).toEqual(['bluntly']);
    expect(boosters('This is undoubtedly a setback.')).toEqual(['undoubtedly']);
    expect(boosters('"Period," Kirby said emphatically.')).toEqual(['emphatically']);
  });

  test('"not clear" is not a booster', () => {
    expect(boosters('It is not clear when the call will take place.')).toEqual([]);
  });

  test('"clear" as a verb is not a booster', () => {
    expect(boosters('Troops cleared the area on Monday.')).toEqual([]);
  });

  test('category and weight come from the lexicon', () => {
    const a = analyze('Of course the ministry denied it.', { markers: ['booster'] });
    expect(a.findings[0]).toMatchObject({ marker: 'booster', text: 'Of course', category: 'booster.phrase' });
    expect(a.findings[0]?.weight).toBeGreaterThan(0);
    expect(a.findings[0]?.entryId).toMatch(/^booster-/);
  });
});
