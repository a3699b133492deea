/**
 * Title Case headlines and runs of capitals are read case-folded for lexicon matching and POS
 * (src/doc/case-fold.ts), with every offset on the original text; sentence-initial evaluative words
 * are scored in sentiment, names are not. Sentences written by us.
 */
import { analyze } from '../src/index';
import type { ArticleAnalysis } from '../src/index';

/** Findings as (marker, category, lower-cased text): what a reader compares between two casings. */
const findings = (a: ArticleAnalysis, position?: 'title' | 'body'): string[] =>
  a.findings.filter((f) => position === undefined || f.position === position).map((f) => `${f.marker} ${f.category} ${f.text.toLowerCase()}`);

const spansHold = (text: string, a: ArticleAnalysis, title?: string): void => {
  for (const f of a.findings) expect((f.position === 'title' ? title ?? '' : text).slice(f.start, f.end)).toBe(f.text);
  for (const x of a.attributions) {
    const src = x.position === 'title' ? title ?? '' : text;
    expect(src.slice(x.cue.start, x.cue.end)).toBe(x.cue.text);
    if (x.source !== null) expect(src.slice(x.source.start, x.source.end)).toBe(x.source.text);
    if (x.content !== null) expect(src.slice(x.content.start, x.content.end)).toBe(x.content.text);
  }
};

describe('case folding of Title Case and capitals', () => {
  const lower = 'Critics slam corrupt regime over sham vote.';

  test('a Title Case headline gives the findings of the same words in sentence case', () => {
    const want = findings(analyze(lower));
    expect(want).toEqual(expect.arrayContaining(['attribution accusing slam', 'loaded loaded.conflict-verb slam', 'loaded loaded.emotive corrupt', 'loaded loaded.pejorative-label regime', 'loaded loaded.delegitimising sham vote']));
    const title = 'Critics Slam Corrupt Regime Over Sham Vote';
    const alone = analyze(title);
    expect(findings(alone)).toEqual(want);
    spansHold(title, alone);
    const asTitle = analyze('The vote was held on Sunday.', { title });
    expect(findings(asTitle, 'title')).toEqual(want);
    spansHold('The vote was held on Sunday.', asTitle, title);
  });

  test('the same in capitals, and an all-caps kicker', () => {
    const caps = 'CRITICS SLAM CORRUPT REGIME OVER SHAM VOTE';
    const a = analyze(caps);
    expect(findings(a)).toEqual(findings(analyze(lower)));
    spansHold(caps, a);
    const kicker = 'OUTRAGE: The council raised the fare again.';
    expect(findings(analyze(kicker))).toContain('loaded loaded.emotive outrage');
  });

  test('a Title Case headline verb is a cue with its subject, as in the sentence-case report', () => {
    const title = 'Senator Blasts Rival Over Leak';
    const a = analyze('The senator spoke on Monday.', { title });
    const cue = a.attributions.find((x) => x.position === 'title');
    expect(cue).toMatchObject({ kind: 'indirect', cue: { text: 'Blasts', stance: 'accusing' }, source: { text: 'Senator' } });
    expect(findings(a, 'title')).toContain('loaded loaded.conflict-verb blasts');
    expect(findings(analyze('The senator blasted his rival over the leak.'))).toContain('loaded loaded.conflict-verb blasted');
  });

  test('a name the article writes in its prose stays a name in its Title Case headline', () => {
    const body = 'Sen. Ada Warren met James Comey on Monday. Warren said the inquiry had failed.';
    const a = analyze(body, { title: 'Warren Slams Comey Over Inquiry' });
    const cue = a.attributions.find((x) => x.position === 'title');
    expect(cue).toMatchObject({ cue: { text: 'Slams' }, source: { text: 'Warren', kind: 'named' } });
  });

  test('a sentence-initial evaluative word is scored; a name is not', () => {
    const a = analyze('Great food. Terrible service.');
    expect(a.findings.filter((f) => f.marker === 'sentiment').map((f) => [f.text, f.weight])).toEqual([
      ['Great', 3],
      ['Terrible', -3],
    ]);
    expect(a.sentiment.sentences.map((s) => s.score)).toEqual([3, -3]);
    expect(analyze('Terrible service.').sentiment.document.score).toBe(-3);
    // "Grace" and "Joy" are names here: titled, written inside a sentence, then opening one
    const names = analyze('Sen. Grace Lane met Joy Park on Monday. Joy Park spoke first.');
    expect(names.findings.filter((f) => f.marker === 'sentiment')).toEqual([]);
  });
});
