import { analyze } from '../../src/index';

describe('labels', () => {
  test('each label of an actor is counted under the actor', () => {
    const a = analyze('China rejected the plan. Beijing said the CCP would not bend. The Chinese Communist Party met, and the CCP’s envoy left.');
    const china = a.labels.find((l) => l.actor === 'China');
    expect(china?.labels.map((l) => [l.label, l.count])).toEqual([
      ['CCP', 2],
      ['Beijing', 1],
      ['China', 1],
      ['Chinese Communist Party', 1],
    ]);
    expect(china?.mentions).toBe(5);
    expect(china?.labels.find((l) => l.label === 'CCP')?.category).toBe('label.party');
  });

  test('spelling choices are labels: Kiev vs Kyiv', () => {
    const a = analyze('Kiev rejected it. Kyiv said no.');
    const ukraine = a.labels.find((l) => l.actor === 'Ukraine');
    const cats = Object.fromEntries(ukraine?.labels.map((l) => [l.label, l.category]) ?? []);
    expect(cats).toEqual({ Kiev: 'label.spelling-legacy', Kyiv: 'label.capital-metonym' });
  });

  test('"US" the country is case-sensitive: "us" the pronoun is not a label', () => {
    const a = analyze('The US told us nothing.');
    expect(a.findings.filter((f) => f.marker === 'label').map((f) => f.text)).toEqual(['US']);
  });

  test('people found as proper-noun runs are actors, with forms resolved', () => {
    const a = analyze('John Kirby spoke on Friday. Mr. Kirby said no call was planned. Kirby left.');
    const kirby = a.labels.find((l) => l.actor === 'John Kirby');
    expect(kirby?.origin).toBe('person');
    expect(kirby?.mentions).toBe(3);
  });

  test('hyphenated names stay whole; a one-word name before a hyphenated modifier is not joined to it', () => {
    const a = analyze('President Moon Jae-in met Yoon Young-chan on Friday. Jean-Luc Martin watched. The Obama-era rule, Obama said, was fair.');
    const people = a.labels.filter((l) => l.origin === 'person').map((l) => l.actor);
    expect(people).toEqual(expect.arrayContaining(['Moon Jae-in', 'Yoon Young-chan', 'Jean-Luc Martin']));
    expect(people).not.toContain('Obama-era');
  });

  test('mean sentiment of the sentences mentioning the actor', () => {
    const a = analyze('Russia launched a brutal attack. Ukraine welcomed the support.');
    const russia = a.labels.find((l) => l.actor === 'Russia');
    const ukraine = a.labels.find((l) => l.actor === 'Ukraine');
    expect(russia?.meanSentiment).toBeLessThan(0);
    expect(ukraine?.meanSentiment).toBeGreaterThan(0);
  });
});
