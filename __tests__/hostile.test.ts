/**
 * Regression tests of the hostile-input classes the harness found: exponential lexicon terms, a
 * 1 MB word, categories named after Object.prototype members, and bad arguments to each public
 * function. No timing: the complexity tests count trie nodes and characters.
 */
import { analyze, compare, getBuiltinLexicon, toCsv, toHtml, toMarkdown, toTable, escapeHtml, validateLexicon, MAX_TEXT_LENGTH } from '../src/index';
import { compileLexicon } from '../src/lexicon/compile';
import { buildTrie, countNodes } from '../src/lexicon/trie';
import { MAX_RUN, maskLongRuns } from '../src/doc/long-runs';
import { thrown } from './helpers/errors';

const WORDS = 'the leaders were running quickly toward those meetings where officials had discussed rising prices and falling wages during long nights of talks about taxes'.split(' ');

describe('a custom term of k words costs k trie nodes, not 2^k', () => {
  test('a 24-word term: 24 nodes, and it matches', () => {
    const term = WORDS.slice(0, 24).join(' ');
    const lexicon = { id: 'mine', family: 'hedge', language: 'en', version: '1', description: '', categories: { 'hedge.mine': 'mine' }, entries: [{ id: 'long', term, category: 'hedge.mine', weight: 0.5, notes: 'n', source: 's' }] };
    expect(countNodes(buildTrie([compileLexicon(validateLexicon(lexicon, 'mine')).paths]))).toBe(24);
    // in the loaded family the first word's verbal inflections ("thing", "thed") add a path each
    const loaded = { ...lexicon, family: 'loaded', categories: { 'loaded.mine': 'mine' }, entries: [{ ...lexicon.entries[0], category: 'loaded.mine' }] };
    expect(countNodes(buildTrie([compileLexicon(validateLexicon(loaded, 'mine')).paths]))).toBe(3 * 24);
    const a = analyze(`Yesterday ${term}. Nothing else.`, { markers: ['loaded'], lexicons: { loaded: { add: [{ id: 'long', term, category: 'loaded.deceit', weight: 0.5, notes: 'n', source: 's' }] } } });
    expect(a.findings.filter((f) => f.entryId === 'long').map((f) => f.text)).toEqual([term]);
  });
});

describe('one very long word', () => {
  test('the guard masks one character in every run of more than MAX_RUN, keeping the length', () => {
    const { text, masked } = maskLongRuns(`ok ${'a'.repeat(1000)} ok`);
    expect(text.length).toBe(1006);
    expect(masked).toBe(Math.floor(1000 / (MAX_RUN + 1)));
    expect(maskLongRuns('😀'.repeat(200)).text.length).toBe(400);
    expect(maskLongRuns('😀'.repeat(200)).text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('a 1 MB word: exact spans, a warning, tokens of at most MAX_RUN characters', () => {
    const text = `Kirby said ${'Ab1'.repeat(333_334)} may fail.`;
    const a = analyze(text);
    expect(a.warnings.map((w) => w.code)).toContain('long-token');
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.counts.tokens).toBeGreaterThan(7000);
  });
});

describe('categories named after Object.prototype members', () => {
  const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
  const categories = Object.fromEntries(names.map((n) => [n, `the ${n} category`]));
  Object.defineProperty(categories, '__proto__', { value: 'the __proto__ category', enumerable: true });
  const add = names.map((n, k) => ({ id: `mine-${k}`, term: ['zorblat', 'quibbix', 'flurnig', 'wompet', 'glarvin'][k] ?? 'x', category: n, weight: 0.5, notes: 'n', source: 's' }));
  const text = 'The zorblat’s quibbix was a flurnig, critics said, and the wompet glarvin left.';

  test('are counted as own keys, and the counts sum', () => {
    const a = analyze(text, { markers: ['loaded'], lexicons: { loaded: { add, categories } } });
    const by = a.markers.loaded.byCategory;
    for (const n of names) expect(Object.prototype.hasOwnProperty.call(by, n) && typeof by[n] === 'number').toBe(true);
    expect(Object.values(by).reduce((s, v) => s + v, 0)).toBe(a.markers.loaded.count);
    const c = compare([{ id: 'a', text }, a]);
    expect(JSON.stringify(c)).not.toMatch(/NaN|null,"per1k/);
  });

  test('an undeclared prototype-named category is refused', () => {
    const e = thrown(() => analyze(text, { lexicons: { loaded: { add: [{ ...add[0], category: 'toString' } as never] } } }));
    expect(e.code).toBe('E_LEXICON');
    expect(Object.prototype.hasOwnProperty.call({}, 'polluted')).toBe(false);
  });
});

describe('bad arguments to each public function', () => {
  const analysis = analyze('Kirby said the plan may fail.', { id: 'x' });
  const comparison = compare([analysis, analyze('The regime lied.', { id: 'y' })]);
  test.each([
    ['getBuiltinLexicon("nope")', () => getBuiltinLexicon('nope' as never), 'E_ARGUMENT', 'expected family to be one of loaded, hedge, booster, attribution, source, label, grammar, instead found string "nope"'],
    ['getBuiltinLexicon(5)', () => getBuiltinLexicon(5 as never), 'E_ARGUMENT', 'instead found number 5'],
    ['compare() of an analysis without counts', () => compare([{ ...analysis, counts: undefined } as never]), 'E_INPUT', 'expected inputs[0] to be an analyze() result (missing counts)'],
    ['compare() of an analysis without markers', () => compare([analysis, { ...analysis, id: 'z', markers: undefined } as never]), 'E_INPUT', 'expected inputs[1] to be an analyze() result (missing markers)'],
    ['toHtml() of a plain analysis', () => toHtml([analysis] as never, null), 'E_ARGUMENT', 'expected articles[0] to be { analysis, text, title? }'],
    ['toMarkdown() of an analysis', () => toMarkdown(analysis as never), 'E_ARGUMENT', 'expected comparison to be a compare() result'],
    ['toTable() with a bad width', () => toTable(comparison, { width: -1 }), 'E_OPTIONS', 'expected options.width to be a whole number in [8, 10000], instead found number -1'],
    ['toCsv(null)', () => toCsv(null as never), 'E_ARGUMENT', 'instead found null'],
    ['escapeHtml(5)', () => escapeHtml(5 as never), 'E_ARGUMENT', 'expected s to be a string, instead found number 5'],
    ['validateLexicon(lexicon, 5)', () => validateLexicon(getBuiltinLexicon('hedge'), 5 as never), 'E_ARGUMENT', 'expected where to be a string'],
    ['a text over the size limit', () => analyze(' '.repeat(MAX_TEXT_LENGTH + 1)), 'E_TEXT_SIZE', 'expected text to be at most 25,000,000 characters'],
    ['a replacement lexicon of null', () => analyze('x', { lexicons: { hedge: { replace: null as never } } }), 'E_LEXICON', 'expected an object, instead found null'],
  ])('%s', (_name, call, code, message) => {
    const e = thrown(call);
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});
