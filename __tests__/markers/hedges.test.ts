import { analyze } from '../../src/index';
import { texts } from '../helpers/seeds';

const hedges = (s: string) => texts(analyze(s, { markers: ['hedge'] }), 'hedge');

describe('hedges', () => {
  test('epistemic modals, adverbs and verbs are hedges', () => {
    expect(hedges('The talks may resume next week.')).toEqual(['may']);
    expect(hedges('The plan might fail, officials said.')).toEqual(['might']);
    expect(hedges('The strike reportedly killed six people.')).toEqual(['reportedly']);
    expect(hedges('The agency allegedly hid the figures.')).toEqual(['allegedly']);
    expect(hedges('Possibly the largest protest in years.')).toEqual(['Possibly']);
  });

  test('"May" the month is not a hedge, the modal is', () => {
    expect(hedges('The summit took place in May 2023.')).toEqual([]);
    expect(hedges('Elections are due on 4 May, and turnout may be low.')).toEqual(['may']);
    expect(hedges('May 9 is Victory Day in Russia.')).toEqual([]);
    expect(hedges('Theresa May resigned as prime minister.')).toEqual([]);
    expect(hedges('May the talks succeed.')).toEqual([]);
    // after a date word, with no year: the capital inside the sentence decides
    expect(hedges('The vote was held in early May, and since May the talks may have stalled.')).toEqual(['may']);
    expect(hedges('He said “May the best side win.”')).toEqual([]);
  });

  test('"could not" is negated ability, "may not" and "might not" still hedge', () => {
    expect(hedges('He could not attend the meeting.')).toEqual([]);
    expect(hedges('He couldn’t attend the meeting.')).toEqual([]);
    expect(hedges('The ceasefire could collapse.')).toEqual(['could']);
    expect(hedges('The ceasefire may not hold.')).toEqual(['may']);
    expect(hedges('It is not likely to pass.')).toHaveLength(1);
  });

  test('"will" is not a hedge', () => {
    expect(hedges('The president will travel to Moscow on Monday.')).toEqual([]);
  });

  test('"likely" as adjective and as adverb is counted once each time', () => {
    expect(hedges('A deal is likely.')).toEqual(['likely']);
    expect(hedges('They will likely meet on Monday.')).toEqual(['likely']);
    expect(hedges('The meeting between Xi and Putin is likely to mark an important moment.')).toHaveLength(1);
  });

  test('multi-word hedges match as one finding', () => {
    const a = analyze('It is believed that the convoy was attacked.', { markers: ['hedge'] });
    const f = a.findings.filter((x) => x.marker === 'hedge');
    expect(f).toHaveLength(1);
    expect(f[0]?.text).toBe('It is believed');
    expect(f[0]?.category).toBe('hedge.phrase');
  });

  test('hedges inside a quotation are in the quoted voice', () => {
    const a = analyze('"We may never know," Kirby said. The talks may resume.', { markers: ['hedge'] });
    expect(a.findings.map((f) => [f.text, f.voice])).toEqual([
      ['may', 'quoted'],
      ['may', 'author'],
    ]);
    expect(a.markers.hedge.byVoice).toEqual({ author: 1, quoted: 1, reported: 0 });
  });
});
