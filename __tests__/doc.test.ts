import { buildDoc } from '../src/doc/build-doc';
import { analyze } from '../src/index';

describe('document: tokens, offsets, sentences, paragraphs', () => {
  test('token offsets reproduce the input, with tabs, blank lines, NBSP and contractions', () => {
    const text = '  He said:\t"We don’t know."\n\n\u00a0Kirby couldn\'t — wouldn\'t — say.  ';
    const doc = buildDoc(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(doc.tokens.map((t) => t.value)).toContain('n’t');
    expect(doc.paragraphs).toHaveLength(2);
  });

  test('sentences are split at paragraph breaks even without a full stop', () => {
    const doc = buildDoc('British Letter\nIn London, a spokesman said on Friday that it was over.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['British Letter', 'In London, a spokesman said on Friday that it was over.']);
  });

  test('lemmas, with a fallback when wink gives none', () => {
    const doc = buildDoc('They cannot go. Officials slammed it.');
    const lemma = (v: string) => doc.tokens.find((t) => t.value === v)?.lemma;
    expect(lemma('slammed')).toBe('slam');
    expect(lemma('Officials')).toBe('official');
    for (const t of doc.tokens) expect(t.lemma.length).toBeGreaterThan(0);
  });

  test('words exclude punctuation and clitics', () => {
    expect(buildDoc("Russia's forces don't stop.").words).toBe(4);
  });
});

describe('document: independent of what was read before', () => {
  test('a possessive is two tokens wherever it stands, and stays so after wink met it before a full stop', () => {
    const s = 'Officials said Zorblatt’s plan failed, and the Qwerty\'s board agreed.';
    const first = buildDoc(s).tokens.map((t) => [t.value, t.pos]);
    // wink reads "Zorblatt’s." whole and keeps it in its vocabulary for the rest of the process
    const end = buildDoc('Nobody agreed with Zorblatt’s. Critics sided with the Qwerty\'s.');
    expect(end.tokens.map((t) => t.value)).toEqual(['Nobody', 'agreed', 'with', 'Zorblatt', '’s', '.', 'Critics', 'sided', 'with', 'the', 'Qwerty', "'s", '.']);
    expect(end.tokens.filter((t) => t.value.endsWith('s') && t.value.length === 2).map((t) => t.pos)).toEqual(['PART', 'PART']);
    const again = buildDoc(s);
    expect(again.tokens.map((t) => [t.value, t.pos])).toEqual(first);
    expect(again.tokens.slice(2, 4).map((t) => [t.value, t.start, t.end, t.isWord])).toEqual([
      ['Zorblatt', 15, 23, true],
      ['’s', 23, 25, false],
    ]);
    for (const t of again.tokens) expect(s.slice(t.start, t.end)).toBe(t.value);
    // contractions are not possessives
    expect(buildDoc('It’s late. Here’s why.').tokens.map((t) => [t.value, t.pos])).toEqual([
      ['It', 'PRON'],
      ['’s', 'AUX'],
      ['late', 'ADJ'],
      ['.', 'PUNCT'],
      ['Here’s', 'ADV'],
      ['why', 'ADV'],
      ['.', 'PUNCT'],
    ]);
  });
});

describe('document: quotation regions', () => {
  const regions = (text: string) => buildDoc(text).quotes.map((q) => [text.slice(q.contentStart, q.contentEnd), q.depth, q.style]);

  test('straight and curly double quotes', () => {
    expect(regions('He said "yes" and “no”.')).toEqual([
      ['yes', 0, 'double'],
      ['no', 0, 'double'],
    ]);
  });

  test('single quotes inside double quotes', () => {
    expect(regions('"They call it a \'peace\' plan," he said.')).toEqual([
      ["They call it a 'peace' plan,", 0, 'double'],
      ['peace', 1, 'single'],
    ]);
  });

  test('a quotation left open at a paragraph end continues when the next paragraph opens with a quote mark', () => {
    const text = '“We will not accept it.\n“Nor will our allies,” he said.';
    const doc = buildDoc(text);
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[0]?.continued).toBe(true);
    expect(doc.quotes[0]?.group).toBe(doc.quotes[1]?.group);
    expect(doc.warnings).toEqual([]);
  });

  test('an unbalanced quote closes at the paragraph end with a warning and never throws', () => {
    const text = 'He said “this never ends.\nThe next paragraph is narration.';
    const doc = buildDoc(text);
    expect(doc.quotes).toHaveLength(1);
    expect(text.slice(doc.quotes[0]?.contentStart, doc.quotes[0]?.contentEnd)).toBe('this never ends.');
    expect(doc.warnings.map((w) => w.code)).toEqual(['quote-unclosed']);
    const narration = doc.tokens.find((t) => t.value === 'narration');
    expect(narration?.quote).toBe(-1);
  });

  test('a new opening mark after a sentence end restarts the quotation', () => {
    const text = 'Kirby said Beijing did not "rule out the idea. "But we have seen no signs."';
    const q = buildDoc(text).quotes.map((r) => text.slice(r.contentStart, r.contentEnd));
    expect(q).toEqual(['rule out the idea.', 'But we have seen no signs.']);
  });

  test('a closing mark with no opening mark is ignored with a warning', () => {
    const doc = buildDoc('This is another clear signal.” Then nothing.');
    expect(doc.quotes).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['quote-unmatched-close']);
  });
});

describe('warnings about the headline', () => {
  test('a quotation left open in the title is a title warning whose offsets are in the title', () => {
    // the fuzz harness's case: an empty body and a headline of one opening mark
    const a = analyze('', { title: '“' });
    expect(a.warnings).toEqual([
      { code: 'empty-text', message: 'the text is empty or whitespace only; every count and rate is 0' },
      { code: 'quote-unclosed', message: 'title: a quotation opened in this paragraph is not closed; it ends at the paragraph end', start: 0, end: 1, position: 'title' },
    ]);
    const title = 'Mayor calls plan “a disaster';
    const b = analyze('The council met on Monday.', { title });
    const w = b.warnings.find((x) => x.code === 'quote-unclosed');
    expect(w?.position).toBe('title');
    expect(title.slice(w?.start, w?.end)).toBe('“a disaster');
  });
});
