import { thrown } from './helpers/errors';
import { analyze } from '../src/index';


describe('bad arguments throw a typed FramelensError naming what was expected and found', () => {
  test('text that is not a string', () => {
    const e = thrown(() => analyze(42 as unknown as string));
    expect(e.code).toBe('E_TEXT_TYPE');
    expect(e.message).toBe('framelens: expected text to be a string, instead found number 42');
    expect(thrown(() => analyze(null as unknown as string)).message).toContain('instead found null');
    expect(thrown(() => analyze(undefined as unknown as string)).message).toContain('instead found undefined');
  });

  test('malformed options', () => {
    expect(thrown(() => analyze('x', 'loaded' as never)).message).toBe('framelens: expected options to be an object, instead found string "loaded"');
    const m = thrown(() => analyze('x', { markers: 'loaded' as never }));
    expect(m.code).toBe('E_OPTIONS');
    expect(m.message).toBe('framelens: expected options.markers to be an array, instead found string "loaded"');
    const u = thrown(() => analyze('x', { markers: ['loaded', 'bias' as never] }));
    expect(u.code).toBe('E_MARKER_UNKNOWN');
    expect(u.message).toContain('expected options.markers[1] to be one of loaded, hedge, booster, attribution, scareQuote, sentiment, label, instead found string "bias"');
    expect(thrown(() => analyze('x', { title: 5 as never })).path).toBe('options.title');
    expect(thrown(() => analyze('x', { colour: 'red' } as never)).message).toContain('instead found "colour"');
  });
});

describe('messy text never throws and never yields NaN', () => {
  test('empty and whitespace-only text: zero counts, zero rates, a warning', () => {
    for (const text of ['', '  \n\n\t ']) {
      const a = analyze(text);
      expect(a.counts).toEqual({ words: 0, sentences: 0, tokens: 0, paragraphs: 0 });
      expect(a.markers.loaded.per1kWords).toBe(0);
      expect(a.attributionStats).toMatchObject({ per1kWords: 0, perSentence: 0, quotedWordShare: 0 });
      expect(a.warnings[0]?.code).toBe('empty-text');
    }
  });

  test('HTML-looking text and NUL bytes are analysed with a warning', () => {
    expect(analyze('<div><script>alert(1)</script> The regime fell.</div>').warnings.map((w) => w.code)).toContain('looks-like-html');
    expect(analyze('The\u0000regime fell.').warnings.map((w) => w.code)).toContain('control-characters');
  });

  test('a 5 MB single line with no sentence end', () => {
    const unit = 'the so called peace plan may be a masquerade and officials said nothing ';
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const a = analyze(text);
    expect(a.counts.words).toBeGreaterThan(800000);
    expect(a.counts.paragraphs).toBe(1);
    expect(Number.isFinite(a.markers.hedge.per1kWords)).toBe(true);
    expect(a.markers.hedge.per1kWords).toBeGreaterThan(0);
    const last = a.findings[a.findings.length - 1];
    expect(last && text.slice(last.start, last.end)).toBe(last?.text);
  });
});
