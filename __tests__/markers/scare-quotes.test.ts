import { analyze } from '../../src/index';

const scare = (s: string) => analyze(s, { markers: ['scareQuote'] }).findings.map((f) => [f.text, f.category]);

describe('scare quotes', () => {
  test('a short quoted word with no speaker is a scare quote', () => {
    expect(scare('Beijing published its 12-point “peace” plan last month.')).toEqual([['“peace”', 'scare.quote']]);
    expect(scare('The authorities promote a "neutral" image abroad.')).toEqual([['"neutral"', 'scare.quote']]);
  });

  test('"so-called" before the quotation doubles the distancing', () => {
    expect(scare('Kirby criticized the so-called “peace” plan.')).toEqual([['“peace”', 'scare.so-called']]);
  });

  test('a partial quote governed by a speaker in the same sentence is not a scare quote', () => {
    expect(scare('A White House spokesman said a ceasefire would only consolidate “Russian conquest”.')).toEqual([]);
    expect(scare('Beijing accused NATO of “provoking” Russia.')).toEqual([]);
  });

  test('long quotations are speech, not scare quotes', () => {
    expect(scare('He wrote that “this is not a step towards a just and lasting peace” today.')).toEqual([]);
  });

  test('single quotes as scare quotes; apostrophes are not quotes', () => {
    expect(scare("China's 'peace' plan was rejected.")).toEqual([["'peace'", 'scare.quote']]);
    expect(scare("Russia's forces and the countries' leaders met.")).toEqual([]);
  });

  test('words inside a scare quote are the writer\'s voice', () => {
    const a = analyze('Beijing tries to “disguise” itself.', { markers: ['loaded', 'scareQuote'] });
    expect(a.findings.find((f) => f.marker === 'loaded')).toMatchObject({ text: 'disguise', voice: 'author' });
  });
});

describe('scare quotes: a quoted question or exclamation is an utterance', () => {
  test('two words or more ending in "?" or "!" are no scare quote; a one-word quotation still is', () => {
    const count = (s: string) => analyze(s).markers.scareQuote.count;
    expect(count('He was asked, "Why now?" and left.')).toBe(0);
    expect(count('The crowd kept chanting "Lock her up!" outside.')).toBe(0);
    expect(count('The so-called "reform" plan failed.')).toBe(1);
  });
});
