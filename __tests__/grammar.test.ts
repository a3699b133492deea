import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, getBuiltinLexicon, validateLexicon } from '../src/index';
import type { Attribution, Lexicon, LexiconEntry } from '../src/index';
import { thrown as err } from './helpers/errors';

const grammar = (): Lexicon => getBuiltinLexicon('grammar');
/** The built-in grammar lexicon without the entries of these ids. */
const without = (...ids: string[]) => {
  const g = grammar();
  for (const id of ids) expect(g.entries.some((e) => e.id === id)).toBe(true);
  return { grammar: { replace: { ...g, entries: g.entries.filter((e) => !ids.includes(e.id)) } } };
};
const brief = (a: Attribution) => `${a.kind} ${a.cue.text} | ${a.source?.canonical ?? '-'} | ${a.content?.text ?? '-'}`;
const attrs = (text: string, lexicons = {}) => analyze(text, { markers: ['attribution'], lexicons }).attributions.map(brief);

const entry = (over: Partial<LexiconEntry> = {}): LexiconEntry => ({
  id: 'grammar-attribution-governor-verb-move',
  term: 'move',
  category: 'attribution.governor-verb',
  weight: 0,
  notes: '"moved to deny that …": the subject speaks.',
  source: 'test',
  ...over,
});

describe('the grammar lexicon (word classes)', () => {
  test('validates like every lexicon, with its family, and each class has words and a rationale', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '..', 'lexicons', 'grammar.json'), 'utf8')) as unknown;
    const g = validateLexicon(raw, 'grammar.json', 'grammar');
    expect(g.family).toBe('grammar');
    for (const [cat, description] of Object.entries(g.categories)) {
      expect(description.length).toBeGreaterThan(40);
      expect(g.entries.filter((e) => e.category === cat).length).toBeGreaterThan(0);
    }
    for (const e of g.entries) {
      expect(e.id.startsWith('grammar-')).toBe(true);
      expect(e.term).toBe(e.term.toLowerCase());
      expect(e.weight).toBe(0);
    }
    // a researcher reads here which verbs count as cues of which class
    const words = (cat: string) => g.entries.filter((e) => e.category === cat).map((e) => e.term);
    expect(words('attribution.clause-only-cue')).toEqual(['maintain', 'prove', 'advise', 'leak', 'address', 'counter', 'discover', 'conclude']);
    expect(words('attribution.speech-object-cue')).toEqual(['offer']);
    expect(words('attribution.raising-cue')).toEqual(['seem', 'appear']);
    expect(g.entries.find((e) => e.term === 'allegation')?.verb).toBe('allege');
  });

  test('the JSON Schema knows the family and the verb field', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'lexicons', 'lexicon.schema.json'), 'utf8')) as {
      properties: { family: { enum: string[] }; entries: { items: { properties: Record<string, unknown> } } };
    };
    expect(schema.properties.family.enum).toContain('grammar');
    expect(Object.keys(schema.properties.entries.items.properties)).toContain('verb');
  });

  test('validation names the lexicon, the entry and the field', () => {
    const base = { id: 'mine', family: 'grammar', categories: { 'attribution.governor-verb': 'Governors' } };
    const upper = err(() => validateLexicon({ ...base, entries: [entry({ term: 'Move' })] }, 'mine.json'));
    expect(upper.code).toBe('E_LEXICON');
    expect(upper.message).toContain('lexicon mine.json, entry "grammar-attribution-governor-verb-move": expected term to be a lower-case word');
    expect(upper.path).toBe('mine.json#grammar-attribution-governor-verb-move.term');
    expect(err(() => validateLexicon({ ...base, entries: [entry({ pos: ['VERB'] })] }, 'mine.json')).message).toContain('expected pos to be absent (word classes are looked up one token form at a time)');
    expect(err(() => validateLexicon({ ...base, entries: [entry({ verb: '' })] }, 'mine.json')).message).toContain('expected verb to be a non-empty string');
    const loaded = { id: 'x', family: 'loaded', categories: { 'loaded.deceit': 'd' }, entries: [entry({ id: 'loaded-x', category: 'loaded.deceit', verb: 'say' })] };
    expect(err(() => validateLexicon(loaded, 'x.json')).message).toContain('expected verb to be absent (only grammar lexicons name a verb)');
    expect(err(() => analyze('x', { lexicons: { grammar: { add: [entry({ category: 'attribution.governor-verbs' })] } } })).message).toContain('expected category to be one of the declared categories');
  });
});

describe('word classes change results per call, and only that call', () => {
  test('a governor verb passes its subject to an infinitive speech act; without it the cue is gone', () => {
    const text = 'The mayor rushed to deny that the budget was late.';
    expect(attrs(text)).toEqual(['indirect deny | mayor | the budget was late']);
    expect(attrs(text, without('grammar-attribution-governor-verb-rush'))).toEqual([]);
    // the removal does not leak into the next call
    expect(attrs(text)).toEqual(['indirect deny | mayor | the budget was late']);
  });

  test('a governor adjective likewise ("was quick to deny")', () => {
    const text = 'The mayor was quick to deny that the budget was late.';
    expect(attrs(text)).toEqual(['indirect deny | mayor | the budget was late']);
    expect(attrs(text, without('grammar-attribution-governor-adjective-quick'))).toEqual([]);
  });

  test('adding a verb to a class makes it a governor', () => {
    const text = 'The mayor moved to deny that the budget was late.';
    expect(attrs(text)).toEqual([]);
    expect(attrs(text, { grammar: { add: [entry()] } })).toEqual(['indirect deny | mayor | the budget was late']);
  });

  test('a clause-only cue reports only with a clause: out of the class, "maintained a lead" becomes a report', () => {
    const text = 'The senator maintained a narrow lead, and he maintained that the count was fair.';
    expect(attrs(text)).toEqual(['indirect maintained | he | the count was fair']);
    expect(attrs(text, without('grammar-attribution-clause-only-cue-maintain'))).toHaveLength(2);
  });

  test('a speech-object cue reports only a speech act: out of the class, "offered a pardon" becomes a report', () => {
    const text = 'The governor offered a pardon, and he offered his apology.';
    expect(attrs(text)).toEqual(['indirect offered | he | his apology']);
    expect(attrs(text, without('grammar-attribution-speech-object-cue-offer'))).toHaveLength(2);
  });

  test('"it" speaks only through the verbs of its class', () => {
    const text = 'It said that the dam would hold.';
    expect(attrs(text)).toEqual(['indirect said | it | the dam would hold']);
    expect(attrs(text, without('grammar-attribution-it-speech-cue-say'))).toEqual(['indirect said | - | that the dam would hold']);
  });

  test('a replaced lexicon without a class leaves that class empty', () => {
    const g = grammar();
    const noTopic = { ...g, categories: Object.fromEntries(Object.entries(g.categories).filter(([c]) => c !== 'attribution.topic-verb')), entries: g.entries.filter((e) => e.category !== 'attribution.topic-verb') };
    const text = 'A spokesman spoke to reporters on Monday.';
    expect(attrs(text)).toEqual([]);
    expect(attrs(text, { grammar: { replace: noTopic } })).toEqual(['indirect spoke | spokesman | to reporters on Monday']);
  });
});

describe('the loaded-terms word classes', () => {
  const loaded = (text: string, lexicons = {}) => analyze(text, { markers: ['loaded'], lexicons }).findings.map((f) => f.text);

  test('"talking points" is loaded only with a side that owns the script', () => {
    const text = 'Republican talking points dominated the hearing.';
    expect(loaded(text)).toEqual(['talking points']);
    expect(loaded(text, without('grammar-loaded-terms-script-owner-republican'))).toEqual([]);
  });

  test('the object of a naming verb is not part of the label; a non-intensifier never is', () => {
    expect(loaded('They called the protesters thugs.')).toEqual(['thugs']);
    expect(loaded('They called the protesters thugs.', without('grammar-loaded-terms-naming-verb-call'))).toEqual(['protesters thugs']);
    expect(loaded('It was a still hostile regime.')).toEqual(['hostile regime']);
    expect(loaded('It was a still hostile regime.', without('grammar-loaded-terms-non-intensifier-still'))).toEqual(['still hostile regime']);
  });
});

describe('the people word classes', () => {
  test('a demonym is never a name: without "russian" in the class, the Russians become a person', () => {
    const text = 'Russian officials said the talks failed. The Russian said so too.';
    const sources = (lexicons = {}) => analyze(text, { markers: ['attribution'], lexicons }).attributions.map((a) => [a.source?.kind, a.source?.canonical]);
    expect(sources()).toEqual([['anonymous', 'Russian officials'], ['unknown', 'Russian']]);
    // the head noun still decides "Russian officials" (a name before a common noun only modifies it)
    expect(sources(without('grammar-people-demonym-russian'))).toEqual([['anonymous', 'Russian officials'], ['named', 'Russian']]);
  });
});
