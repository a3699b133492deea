import fc from 'fast-check';
import { analyze } from '../src/index';
import type { ArticleAnalysis } from '../src/index';
import { seedText } from './helpers/seeds';

function checkSpans(text: string, a: ArticleAnalysis, title?: string): void {
  for (const f of a.findings) {
    const base = f.position === 'title' ? (title ?? '') : text;
    expect(base.slice(f.start, f.end)).toBe(f.text);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
  }
  for (const at of a.attributions) {
    const base = at.position === 'title' ? (title ?? '') : text;
    for (const s of [at.cue, at.source, at.content]) if (s !== null) expect(base.slice(s.start, s.end)).toBe(s.text);
  }
  for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  // no NaN anywhere
  expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity|null,"per1kWords"/);
}

const MESSY = [
  '',
  '   \n\t  ',
  'no sentence end here and it just keeps going without any punctuation at all',
  '"unbalanced quote at the start',
  'closing only” and ’ marks',
  '“nested “quotes” inside” and "straight" ones',
  '<p>Some <b>HTML</b> text with <a href="x">a link</a>.</p>',
  'NUL\u0000bytes\u0000inside the text.',
  'Emoji 😀🇺🇦 and a flag; Kirby said “ok 👍”.',
  'مرحبا بالعالم. Kirby said שלום.',
  'Mixed\r\nline\rendings\u2028and\u2029separators.',
  '\uFEFFBOM at start. May may May.',
  'Lone surrogate \ud800 in text.',
  '... ,,, !!! ??? ;;; :::',
  '"',
  '“”',
  "'",
  'a',
];

describe('every span is exact: text.slice(start, end) === span.text', () => {
  test.each(['000', '002', '004'])('seed %s', (id) => {
    const text = seedText[id] ?? '';
    checkSpans(text, analyze(text));
  });

  test('a seed with a title', () => {
    const text = seedText['004'] ?? '';
    const title = 'White House rejects the CCP’s “peace” ceasefire in a shock statement';
    const a = analyze(text, { title });
    expect(a.findings.filter((f) => f.position === 'title').length).toBeGreaterThan(0);
    checkSpans(text, a, title);
  });

  test.each(MESSY.map((m) => [JSON.stringify(m).slice(0, 40), m]))('messy input %s', (_name, text) => {
    const a = analyze(text);
    checkSpans(text, a);
    for (const m of Object.values(a.markers)) {
      expect(Number.isFinite(m.per1kWords)).toBe(true);
      expect(Number.isFinite(m.weighted)).toBe(true);
    }
  });

  test('property: random text built from news fragments and quote marks', () => {
    const pieces = ['Kirby', 'said', '“', '”', '"', "'", '‘', '’', 'may', 'May', 'regime', 'so-called', 'peace', ',', '.', '\n', '\n\n', ' ', 'according to', 'officials', 'claimed', 'that', 'the CCP', '’s', 'not', 'clearly', 'Mr.', 'John'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join(' ') + noise;
        const a = analyze(text);
        for (const f of a.findings) if (text.slice(f.start, f.end) !== f.text) return false;
        for (const at of a.attributions) for (const s of [at.cue, at.source, at.content]) if (s !== null && text.slice(s.start, s.end) !== s.text) return false;
        return !JSON.stringify(a).includes('NaN');
      }),
      { numRuns: 150, seed: 20230317 },
    );
  });
});
