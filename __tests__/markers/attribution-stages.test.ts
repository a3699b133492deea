// The attribution stages on hand-built input: tokens tagged by hand (so the rules are tested apart
// from the tagger), and attribution lists written out.
import type { AnalyzedDoc, Token } from '../../src/doc/build-doc';
import { buildDoc } from '../../src/doc/build-doc';
import { builtinWordClasses, resolveLexicons } from '../../src/lexicon/builtin';
import { compileWordClasses } from '../../src/lexicon/word-classes';
import { getBuiltinLexicon } from '../../src/index';
import type { Attribution, AttributionSource } from '../../src/index';
import { classify } from '../../src/markers/attribution/classify';
import { plausibleCue } from '../../src/markers/attribution/cue-context';
import type { DocIndex } from '../../src/markers/attribution/document';
import { headlineColons } from '../../src/markers/attribution/headline';
import { findCues, indexCues } from '../../src/markers/attribution/cues';
import { indexDocument } from '../../src/markers/attribution/document';
import { dropNestedInference, inTextOrder, type Found } from '../../src/markers/attribution/order';
import { npLeft, npRight } from '../../src/markers/attribution/phrases';
import { quoteGroups } from '../../src/markers/attribution/quote-groups';
import { resolveSpeakers } from '../../src/markers/attribution/resolve';
import { infinitiveGovernor } from '../../src/markers/attribution/verb-forms';
import { attributionWords } from '../../src/markers/attribution/words';

/** A one-sentence document from "word/POS" or "word/POS/lemma" items separated by spaces. */
function handDoc(tagged: string): AnalyzedDoc {
  const tokens: Token[] = [];
  let text = '';
  for (const item of tagged.split(' ')) {
    const [value = '', pos = 'X', lemma] = item.split('/');
    const isPunct = pos === 'PUNCT';
    if (text !== '' && !isPunct) text += ' ';
    const start = text.length;
    text += value;
    const normal = value.toLowerCase();
    tokens.push({ i: tokens.length, value, normal, lemma: lemma ?? normal, pos, start, end: text.length, sentence: 0, paragraph: 0, negated: false, isWord: !isPunct, isPunct, capitalised: /^[A-Z]/.test(value), folded: false, stop: false, quote: -1 });
  }
  const words = tokens.filter((t) => t.isWord).length;
  const sentence = { i: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0, words };
  const paragraph = { i: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length, sentenceStart: 0, sentenceEnd: 1 };
  return { text, tokens, sentences: [sentence], paragraphs: [paragraph], quotes: [], words, warnings: [] };
}

/** A document index with no people and the given source-lexicon categories. */
function handIndex(doc: AnalyzedDoc, sourceCats: Array<[number, string]> = [], words = attributionWords(builtinWordClasses())): DocIndex {
  return { doc, tokens: doc.tokens, lex: resolveLexicons(undefined), words, people: [], personAt: new Int32Array(doc.tokens.length).fill(-1), resolve: (n) => n, sourceCats: new Map(sourceCats), leaders: new Uint8Array(doc.tokens.length) };
}

const text = (doc: AnalyzedDoc, np: { from: number; to: number } | null) => (np === null ? null : doc.text.slice(doc.tokens[np.from]?.start, doc.tokens[np.to - 1]?.end));

describe('phrases: the speaker noun phrase', () => {
  test('left of the verb, across an apposition', () => {
    const doc = handDoc('Kirby/PROPN ,/PUNCT a/DET spokesman/NOUN for/ADP the/DET NSC/PROPN ,/PUNCT said/VERB/say so/ADV ./PUNCT');
    expect(text(doc, npLeft(handIndex(doc), 8, 0))).toBe('Kirby, a spokesman for the NSC');
  });

  test('right of an inverted verb, stopping at the apposition after the name', () => {
    const doc = handDoc('said/VERB/say John/PROPN Kirby/PROPN ,/PUNCT a/DET spokesman/NOUN ./PUNCT');
    expect(text(doc, npRight(handIndex(doc), 1, doc.tokens.length))).toBe('John Kirby');
  });
});

describe('verb forms and cue context', () => {
  const doc = handDoc('The/DET mayor/NOUN rushed/VERB/rush to/PART deny/VERB it/PRON ./PUNCT');

  test('a governor verb passes its subject to the infinitive, by its word class', () => {
    expect(infinitiveGovernor(handIndex(doc), 4)).toBe(2);
    const g = getBuiltinLexicon('grammar');
    const noRush = attributionWords(compileWordClasses({ ...g, entries: g.entries.filter((e) => e.id !== 'grammar-attribution-governor-verb-rush') }));
    expect(infinitiveGovernor(handIndex(doc, [], noRush), 4)).toBeNull();
  });

  test('an infinitive is a cue only after a governor', () => {
    expect(plausibleCue(handIndex(doc), 4, 5, true)).toBe(true);
    const plan = handDoc('He/PRON plans/VERB/plan to/PART speak/VERB ./PUNCT');
    expect(plausibleCue(handIndex(plan), 3, 4, true)).toBe(false);
  });
});

describe('classify: the source kind from the source-lexicon categories of its head', () => {
  test('an institutional head, with the prepositional phrase kept in the canonical name', () => {
    const doc = handDoc('a/DET spokesman/NOUN for/ADP the/DET ministry/NOUN said/VERB/say ./PUNCT');
    const source = classify(handIndex(doc, [[1, 'source.title'], [4, 'source.institutional']]), { from: 0, to: 5 });
    expect(source).toEqual({ start: 0, end: 28, text: 'a spokesman for the ministry', kind: 'institutional', canonical: 'spokesman for ministry' });
  });

  test('anonymous wins over institutional; a lone pronoun is a pronoun; capitalised names with no source word are named', () => {
    const doc = handDoc('an/DET official/NOUN who/PRON declined/VERB ./PUNCT');
    expect(classify(handIndex(doc, [[1, 'source.anonymous']]), { from: 0, to: 2 }).kind).toBe('anonymous');
    const he = handDoc('he/PRON said/VERB/say ./PUNCT');
    expect(classify(handIndex(he), { from: 0, to: 1 })).toMatchObject({ kind: 'pronoun', canonical: 'he' });
    const named = handDoc('Jane/PROPN Doe/PROPN said/VERB/say ./PUNCT');
    expect(classify(handIndex(named), { from: 0, to: 2 })).toMatchObject({ kind: 'named', canonical: 'Jane Doe' });
  });
});

const span = (start: number, end: number, t = 'x') => ({ start, end, text: t });
const cue = (start: number, verbClass: Attribution['cue']['verbClass'] = 'speech') => ({ ...span(start, start + 4, 'said'), lemma: 'say', stance: 'neutral' as const, verbClass });
const source = (canonical: string, kind: AttributionSource['kind'], t = canonical): AttributionSource => ({ ...span(0, t.length, t), kind, canonical });
const found = (order: number, over: Partial<Found>): Found => ({ kind: 'indirect', cue: cue(order), source: null, content: null, sentence: 0, quotedWords: 0, position: 'body', order, ...over });

describe('order: nested beliefs, text order, continuations', () => {
  test('a belief cue inside a speech content of its sentence is dropped; a bare speech cue swallows nothing', () => {
    const tokens = buildDoc('Clinton said she wants to win.').tokens;
    const said = found(8, { content: span(13, 29) });
    const wants = found(17, { cue: cue(17, 'cognition') });
    expect(dropNestedInference([said, wants], tokens, new Set()).map((a) => a.order)).toEqual([8]);
    expect(dropNestedInference([said, wants], tokens, new Set([8])).map((a) => a.order)).toEqual([8, 17]);
  });

  test('sorted by offset (stable), a continuation points at the first attribution with its cue', () => {
    const direct = found(20, { kind: 'direct', cue: cue(10) });
    const continued = found(40, { kind: 'continuation', cue: cue(10), continues: 0 });
    const early = found(5, {});
    const out = inTextOrder([direct, continued, early]);
    expect(out.map((a) => [a.kind, a.continues])).toEqual([['indirect', undefined], ['direct', undefined], ['continuation', 1]]);
    expect(out.some((a) => 'order' in a)).toBe(false);
    expect(inTextOrder([continued]).map((a) => 'continues' in a)).toEqual([false]);
  });
});

describe('resolve: pronouns and short roles', () => {
  test('he -> the last named source when no person is named near it; "the spokesman" -> the earlier source it abbreviates; the input is not changed', () => {
    const he = source('he', 'pronoun');
    const list: Attribution[] = [
      found(0, { source: source('John Kirby', 'named') }),
      found(10, { source: he }),
      found(20, { source: source('spokesman for the ministry', 'institutional', 'a spokesman for the ministry') }),
      found(30, { source: source('spokesman', 'institutional', 'the spokesman') }),
    ].map(({ order: _o, ...a }) => a);
    expect(resolveSpeakers(handIndex(handDoc('x/NOUN')), list).map((a) => a.source?.canonical)).toEqual(['John Kirby', 'John Kirby', 'spokesman for the ministry', 'spokesman for the ministry']);
    expect(he.canonical).toBe('he');
  });

  test('one source object shared by two attributions is one mention: both show its final name', () => {
    const shared = source('he', 'pronoun');
    const list: Attribution[] = [
      found(0, { source: source('Jane Doe', 'named') }),
      found(10, { source: shared }),
      found(20, { source: source('John Roe', 'named') }),
      found(30, { source: shared }),
    ].map(({ order: _o, ...a }) => a);
    expect(resolveSpeakers(handIndex(handDoc('x/NOUN')), list).map((a) => a.source?.canonical)).toEqual(['Jane Doe', 'Jane Doe', 'John Roe', 'Jane Doe']);
  });
});

describe('quotation groups and headline colons on a real document', () => {
  test('a quotation over two paragraphs is one group; "so-called" marks the writer\'s own', () => {
    const doc = buildDoc('“We will not stop.\n\n“We will go on,” she said of the so-called “peace” plan.');
    expect(quoteGroups(doc).map((g) => [doc.text.slice(g.contentStart, g.contentEnd), g.soCalled])).toEqual([
      ['We will not stop.\n\n“We will go on,', false],
      ['peace', true],
    ]);
  });

  test('a name before a headline colon speaks; a section label does not', () => {
    const ix = indexDocument(buildDoc('Lynch: No outside influence on probe'), resolveLexicons(undefined));
    expect(headlineColons(ix, indexCues(findCues(ix), ix.tokens.length), []).map((a) => [a.source?.canonical, a.content?.text])).toEqual([['Lynch', 'No outside influence on probe']]);
    const label = indexDocument(buildDoc('Update: Police Close Road'), resolveLexicons(undefined));
    expect(headlineColons(label, indexCues(findCues(label), label.tokens.length), [])).toEqual([]);
  });
});
