/**
 * analyze() is a function of its input: the same bytes whatever the process read before. These are
 * texts of our own whose tokens change in a bare wink instance after another text was read (a
 * possessive first met before punctuation enters wink's vocabulary whole; "trump's.. " read once
 * changes how it is read the second time): each is analysed before and after its priming text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, compare } from '../src/index';
import { buildDoc } from '../src/doc/build-doc';
import { RENEW_AFTER, WINK_PIPE, winkInstancesMade } from '../src/doc/wink-state';

const CASES: Array<{ priming: string; text: string }> = [
  { priming: 'The winner was Trump’s.', text: 'Trump’s aides denied it, officials said.' },
  { priming: 'It was Kowalczyk’s.', text: 'Aides to Kowalczyk’s campaign said the vote was rigged.' },
  { priming: 'The ex-minister’s.', text: 'The ex-minister’s aides left, the spokesman claimed.' },
  { priming: "trump's.. ", text: "trump's.. " },
];

/** Token values of `text` read by a bare wink instance, fresh or after `priming`. */
function bareTokens(text: string, priming: string | null): string[] {
  const nlp = winkNLP(model, [...WINK_PIPE]);
  if (priming !== null) nlp.readDoc(priming);
  return nlp.readDoc(text).tokens().out(nlp.its.value) as string[];
}

describe('the same text gives the same bytes whatever was read before', () => {
  test.each(CASES)('a bare wink instance reads "$text" differently after "$priming" (the trap is real)', ({ priming, text }) => {
    expect(bareTokens(text, priming)).not.toEqual(bareTokens(text, null));
  });

  test.each(CASES)('analyze("$text") before and after "$priming"', ({ priming, text }) => {
    const before = JSON.stringify(analyze(text));
    const tokensBefore = buildDoc(text).tokens.map((t) => [t.value, t.pos, t.lemma, t.sentence]);
    analyze(priming);
    expect(JSON.stringify(analyze(text))).toBe(before);
    expect(buildDoc(text).tokens.map((t) => [t.value, t.pos, t.lemma, t.sentence])).toEqual(tokensBefore);
  });

  test('a corpus analysed in another order gives the same analyses', () => {
    const texts = [...CASES.map((c) => c.text), ...CASES.map((c) => c.priming), 'Officials in the U.S. said the plan may fail. Critics disagreed.'];
    const forward = texts.map((t) => JSON.stringify(analyze(t)));
    const backward = [...texts].reverse().map((t) => JSON.stringify(analyze(t))).reverse();
    expect(backward).toEqual(forward);
    const records = texts.map((text, k) => ({ id: `t${k}`, text }));
    expect(JSON.stringify(compare([...records].reverse()).rates.map((r) => r.perArticle.sort((a, b) => a.id.localeCompare(b.id))))).toBe(
      JSON.stringify(compare(records).rates.map((r) => r.perArticle.sort((a, b) => a.id.localeCompare(b.id)))),
    );
  });

  test('one wink instance serves many documents (it is reset, not replaced)', () => {
    for (let k = 0; k < 50; k += 1) analyze(`Kowalczyk${k}’s aides said plan${k} may fail.`);
    expect(winkInstancesMade()).toBe(1);
  });

  test('a renewed wink instance reads as the first did (the renewal bounds memory, not results)', () => {
    const text = 'Kowalczyk’s aides said the U.S.-backed plan may fail, officials claimed.';
    const before = JSON.stringify(analyze(text));
    const made = winkInstancesMade();
    // tokens with digits are never kept in wink's vocabulary, so each adds a lexeme per reading:
    // 2 x 60,000 of them pass RENEW_AFTER
    const unique = Array.from({ length: 60_000 }, (_, k) => `q${k}x`).join(' ');
    expect(RENEW_AFTER).toBeLessThan(120_000);
    analyze(unique);
    analyze(unique);
    analyze('One more.');
    expect(winkInstancesMade()).toBeGreaterThan(made);
    expect(JSON.stringify(analyze(text))).toBe(before);
  });
});
