import { thrown as err } from './helpers/errors';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, getBuiltinLexicon, LEXICON_FAMILIES, validateLexicon } from '../src/index';
import type { LexiconEntry } from '../src/index';

const dir = join(__dirname, '..', 'lexicons');


const entry = (over: Partial<LexiconEntry> = {}): LexiconEntry => ({
  id: 'loaded-greenwashing',
  term: 'greenwashing',
  category: 'loaded.deceit',
  weight: 0.7,
  notes: 'Accuses a company of deceptive environmental claims.',
  source: 'test',
  ...over,
});

describe('built-in lexicons', () => {
  test('every file validates, with its family', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'lexicon.schema.json');
    expect(files.sort()).toEqual(['actors.json', 'boosters.json', 'grammar.json', 'hedges.json', 'loaded.json', 'sources.json', 'speech-verbs.json']);
    for (const f of files) {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
      expect(() => validateLexicon(raw, f)).not.toThrow();
    }
  });

  test('real lexicons: hundreds of loaded terms, categorised and weighted, with provenance', () => {
    const loaded = getBuiltinLexicon('loaded');
    expect(loaded.entries.length).toBeGreaterThan(400);
    expect(Object.keys(loaded.categories).length).toBeGreaterThanOrEqual(8);
    for (const fam of LEXICON_FAMILIES) {
      for (const e of getBuiltinLexicon(fam).entries) {
        expect(e.notes.length).toBeGreaterThan(5);
        expect(e.source.length).toBeGreaterThan(2);
      }
    }
    expect(loaded.entries.filter((e) => e.term.includes(' ')).length).toBeGreaterThan(50);
  });

  test('getBuiltinLexicon returns a copy', () => {
    const a = getBuiltinLexicon('hedge');
    a.entries.length = 0;
    expect(getBuiltinLexicon('hedge').entries.length).toBeGreaterThan(100);
  });
});

describe('validation names the lexicon, the entry and the field', () => {
  const base = { id: 'mine', family: 'loaded', language: 'en', version: '1.0.0', description: 'test', categories: { 'loaded.deceit': 'Deceit framing' } };

  test.each([
    [{ weight: 2 }, 'weight', 'a number in [0, 1]', 'number 2'],
    [{ category: 'loaded.unknown' }, 'category', 'one of the declared categories (loaded.deceit)', 'string "loaded.unknown"'],
    [{ term: '' }, 'term', 'a non-empty string', 'string ""'],
    [{ pos: ['NOUNS'] }, 'pos', 'a non-empty array of universal POS tags', 'array of length 1'],
    [{ match: 'fuzzy' as never }, 'match', '"lemma" or "exact"', 'string "fuzzy"'],
  ])('entry %j', (over, field, expected, found) => {
    const e = err(() => validateLexicon({ ...base, entries: [entry(over as Partial<LexiconEntry>)] }, 'mine.json'));
    expect(e.code).toBe('E_LEXICON');
    expect(e.message).toContain(`lexicon mine.json, entry "loaded-greenwashing": expected ${field} to be ${expected}`);
    expect(e.message).toContain(`instead found ${found}`);
    expect(e.path).toBe(`mine.json#loaded-greenwashing.${field}`);
  });

  test('duplicate ids are rejected', () => {
    const e = err(() => validateLexicon({ ...base, entries: [entry(), entry()] }, 'mine.json'));
    expect(e.message).toContain('entry "loaded-greenwashing": expected id to be unique');
  });

  test('a missing notes field is rejected', () => {
    const { notes: _n, ...noNotes } = entry();
    expect(err(() => validateLexicon({ ...base, entries: [noNotes] }, 'mine.json')).message).toContain('expected notes to be a non-empty string, instead found undefined');
  });
});

describe('user lexicons in analyze()', () => {
  const text = 'The firm was accused of greenwashing its regime of reports.';

  test('adding entries to a family', () => {
    const a = analyze(text, { markers: ['loaded'], lexicons: { loaded: { add: [entry()] } } });
    expect(a.findings.map((f) => f.text)).toEqual(['greenwashing', 'regime']);
    expect(a.findings[0]?.entryId).toBe('loaded-greenwashing');
  });

  test('the addition never leaks into later calls', () => {
    analyze(text, { lexicons: { loaded: { add: [entry()] } } });
    const again = analyze(text, { markers: ['loaded'] });
    expect(again.findings.map((f) => f.text)).toEqual(['regime']);
  });

  test('adding a new category, and replacing a lexicon', () => {
    const a = analyze(text, {
      markers: ['loaded'],
      lexicons: { loaded: { add: [entry({ category: 'loaded.energy' })], categories: { 'loaded.energy': 'Energy-debate wording' } } },
    });
    expect(a.findings[0]?.category).toBe('loaded.energy');
    const r = analyze(text, {
      markers: ['loaded'],
      lexicons: { loaded: { replace: { id: 'energy', family: 'loaded', language: 'en', version: '1', description: 'd', categories: { 'loaded.deceit': 'x' }, entries: [entry()] } } },
    });
    expect(r.findings.map((f) => f.text)).toEqual(['greenwashing']);
  });

  test('an invalid user entry is rejected like a built-in one', () => {
    const e = err(() => analyze(text, { lexicons: { loaded: { add: [entry({ weight: -1 })] } } }));
    expect(e.message).toContain('lexicon options.lexicons.loaded.add, entry "loaded-greenwashing": expected weight to be a number in [0, 1], instead found number -1');
    expect(err(() => analyze(text, { lexicons: { bias: { add: [] } } as never })).message).toContain('instead found "bias"');
    expect(err(() => analyze(text, { lexicons: { loaded: [] as never } })).code).toBe('E_OPTIONS');
  });
});

describe('LEXICONS.md', () => {
  test('is generated from the current lexicon files (run npm run lexicons:doc)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lexiconsMarkdown } = require('../scripts/lexicons-doc') as { lexiconsMarkdown: () => string };
    expect(readFileSync(join(__dirname, '..', 'LEXICONS.md'), 'utf8')).toBe(lexiconsMarkdown());
  });
});
