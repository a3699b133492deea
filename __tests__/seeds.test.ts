/**
 * The engine must find these differences between the three seed articles (three outlets' reports of
 * one event) without any seed-specific code.
 */
import type { ArticleAnalysis } from '../src/index';
import { seed, texts } from './helpers/seeds';

const a000 = seed('000');
const a002 = seed('002');
const a004 = seed('004');

const ccpMentions = (a: ArticleAnalysis): number => {
  const china = a.labels.find((l) => l.actor === 'China');
  return (china?.labels ?? []).filter((l) => /\bCCP\b|Communist Party/i.test(l.label)).reduce((s, l) => s + l.count, 0);
};

describe('seed expectations', () => {
  test("004's loaded-term rate is more than twice that of 000 and of 002", () => {
    expect(a004.markers.loaded.per1kWords).toBeGreaterThan(2 * a000.markers.loaded.per1kWords);
    expect(a004.markers.loaded.per1kWords).toBeGreaterThan(2 * a002.markers.loaded.per1kWords);
    expect(texts(a004, 'loaded')).toEqual(expect.arrayContaining(['pre-emptive strike', 'shock statement', 'masquerade', 'true colors', 'so-called']));
  });

  test('004 has at least 3 scare quotes, at least 2 around "peace"; 000 and 002 at most 1', () => {
    const scare004 = texts(a004, 'scareQuote');
    expect(scare004.length).toBeGreaterThanOrEqual(3);
    expect(scare004.filter((t) => /^.peace.$/.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(a000.markers.scareQuote.count).toBeLessThanOrEqual(1);
    expect(a002.markers.scareQuote.count).toBeLessThanOrEqual(1);
  });

  test('John Kirby is the top named source of all three', () => {
    for (const a of [a000, a002, a004]) {
      const named = a.speakers.filter((s) => s.kind === 'named');
      expect(named[0]?.canonical).toBe('John Kirby');
      expect(a.speakers[0]?.canonical).toBe('John Kirby');
    }
  });

  test('004 has at least 2 distancing attributions ("claimed"); 000 and 002 none', () => {
    expect(a004.attributionStats.byStance.distancing).toBeGreaterThanOrEqual(2);
    expect(a004.attributions.filter((x) => x.cue.stance === 'distancing').map((x) => x.cue.text)).toContain('claimed');
    expect(a000.attributionStats.byStance.distancing).toBe(0);
    expect(a002.attributionStats.byStance.distancing).toBe(0);
  });

  test('the China actor in 004 is labelled "CCP" (any form) at least 8 times, in 000 never', () => {
    expect(ccpMentions(a004)).toBeGreaterThanOrEqual(8);
    expect(ccpMentions(a000)).toBe(0);
    expect(a000.labels.find((l) => l.actor === 'China')?.labels.map((l) => l.label)).toEqual(expect.arrayContaining(['China', 'Beijing']));
  });

  test('004 has more hedges than 002', () => {
    expect(a004.markers.hedge.count).toBeGreaterThan(a002.markers.hedge.count);
  });

  test('the shared Kirby quote is a direct attribution in all three seeds', () => {
    const kirbyQuote = (a: ArticleAnalysis) =>
      a.attributions.find((x) => x.source?.canonical === 'John Kirby' && /just and lasting peace/.test(x.content?.text ?? ''));
    expect(kirbyQuote(a000)?.kind).toBe('direct');
    expect(kirbyQuote(a004)?.kind).toBe('direct');
  });

  test('Kiev in 000 is a legacy spelling label for Ukraine', () => {
    const ukraine = a000.labels.find((l) => l.actor === 'Ukraine');
    expect(ukraine?.labels.find((l) => l.label === 'Kiev')?.category).toBe('label.spelling-legacy');
  });
});
