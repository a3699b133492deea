import { analyze } from '../../src/index';

describe('sentiment', () => {
  test('AFINN scores on our own tokens, with exact spans', () => {
    const text = 'The decision was outrageous and unacceptable.';
    const a = analyze(text, { markers: ['sentiment'] });
    expect(a.findings.map((f) => [f.text, f.weight])).toEqual([
      ['outrageous', -3],
      ['unacceptable', -2],
    ]);
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(a.sentiment.document).toEqual({ score: -5, words: 6, comparative: -5 / 6 });
  });

  test('negation reverses the score', () => {
    const a = analyze('The plan is not good.', { markers: ['sentiment'] });
    expect(a.findings.map((f) => [f.text, f.weight, f.category])).toEqual([['good', -3, 'negative']]);
  });

  test('per voice: the writer vs the quoted speaker', () => {
    const a = analyze('"This is a terrible mistake," Kirby said. The talks were a success.');
    expect(a.sentiment.byVoice.quoted.score).toBe(-3 + -2);
    expect(a.sentiment.byVoice.author.score).toBe(2);
    expect(a.sentiment.sentences).toHaveLength(2);
    expect(a.sentiment.sentences[1]).toMatchObject({ sentence: 1, score: 2 });
  });

  test('the sentiment package is never called with extras (our table cannot be changed)', () => {
    // a user who calls `sentiment` with extras must not change framelens scores
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Sentiment = require('sentiment') as new () => { analyze(s: string, o?: { extras?: Record<string, number> }): unknown };
    new Sentiment().analyze('ceasefire', { extras: { ceasefire: 5 } });
    const a = analyze('A ceasefire was announced.', { markers: ['sentiment'] });
    expect(a.findings.map((f) => f.text)).not.toContain('ceasefire');
  });

  test('empty text gives zero, never NaN', () => {
    const a = analyze('', { markers: ['sentiment'] });
    expect(a.sentiment.document).toEqual({ score: 0, words: 0, comparative: 0 });
  });
});
