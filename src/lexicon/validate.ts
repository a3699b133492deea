import { checkName, checkString } from '../args';
import { FramelensError, describeValue } from '../errors';
import { own, recordOf } from '../util/records';
import { LEXICON_FAMILIES, type Lexicon, type LexiconEntry, type LexiconFamily } from './types';

const ID_RE = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']);
const ENTRY_KEYS = new Set(['id', 'term', 'category', 'weight', 'match', 'pos', 'exclude', 'caseSensitive', 'notes', 'source', 'class', 'actor', 'verb']);
/** Matching fields that a word class (grammar lexicon) has no use for: its words are looked up one token form at a time. */
const PHRASE_KEYS = ['match', 'pos', 'exclude', 'caseSensitive'] as const;

function fail(where: string, id: string, field: string, expected: string, found: unknown): never {
  throw new FramelensError('E_LEXICON', `lexicon ${where}, entry ${JSON.stringify(id)}: expected ${field} to be ${expected}, instead found ${describeValue(found)}`, `${where}#${id}.${field}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown): v is string[] {
  // Array.from: a hole in a sparse array is an undefined item (every() would skip it)
  return Array.isArray(v) && Array.from(v as unknown[]).every((x) => typeof x === 'string');
}

/**
 * Check one entry against the lexicon format (FORMAT.md). Throws `FramelensError` (`E_LEXICON`)
 * naming the lexicon, the entry id and the field.
 *
 * @param where - the lexicon's file name or id, for messages
 * @param family - the family the lexicon belongs to (decides family-specific fields)
 * @param categories - the declared categories
 */
export function validateEntry(raw: unknown, where: string, family: LexiconFamily, categories: Record<string, string>, index: number): LexiconEntry {
  if (!isRecord(raw)) fail(where, `#${index}`, 'the entry', 'an object', raw);
  const id = typeof raw.id === 'string' ? raw.id : `#${index}`;
  if (typeof raw.id !== 'string' || !ID_RE.test(raw.id)) fail(where, id, 'id', 'a kebab-case string such as "loaded-regime"', raw.id);
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) fail(where, id, key, `one of the known fields (${[...ENTRY_KEYS].join(', ')})`, key);
  }
  if (typeof raw.term !== 'string' || raw.term.trim() === '') fail(where, id, 'term', 'a non-empty string', raw.term);
  if (raw.term.length > 200) fail(where, id, 'term', 'at most 200 characters', raw.term);
  if (family === 'grammar') {
    if (raw.term !== raw.term.toLowerCase() || raw.term !== raw.term.trim()) fail(where, id, 'term', 'a lower-case word without surrounding spaces (word classes are compared with normal forms and lemmas)', raw.term);
    for (const key of PHRASE_KEYS) if (raw[key] !== undefined) fail(where, id, key, 'absent (word classes are looked up one token form at a time)', raw[key]);
  }
  if (typeof raw.category !== 'string' || own(categories, raw.category) === undefined) {
    fail(where, id, 'category', `one of the declared categories (${Object.keys(categories).join(', ')})`, raw.category);
  }
  if (typeof raw.weight !== 'number' || !Number.isFinite(raw.weight) || raw.weight < 0 || raw.weight > 1) {
    fail(where, id, 'weight', 'a number in [0, 1]', raw.weight);
  }
  if (typeof raw.notes !== 'string' || raw.notes.trim() === '') fail(where, id, 'notes', 'a non-empty string', raw.notes);
  if (typeof raw.source !== 'string' || raw.source.trim() === '') fail(where, id, 'source', 'a non-empty string', raw.source);
  const entry: LexiconEntry = { id: raw.id, term: raw.term, category: raw.category, weight: raw.weight, notes: raw.notes, source: raw.source };
  if (raw.match !== undefined) {
    if (raw.match !== 'lemma' && raw.match !== 'exact') fail(where, id, 'match', '"lemma" or "exact"', raw.match);
    entry.match = raw.match;
  }
  if (raw.pos !== undefined) {
    if (!stringArray(raw.pos) || raw.pos.length === 0 || !raw.pos.every((p) => POS_TAGS.has(p))) {
      fail(where, id, 'pos', `a non-empty array of universal POS tags (${[...POS_TAGS].join(', ')})`, raw.pos);
    }
    entry.pos = raw.pos.slice();
  }
  if (raw.exclude !== undefined) {
    const ex = raw.exclude;
    if (!isRecord(ex) || Object.keys(ex).some((k) => k !== 'prev' && k !== 'next')) fail(where, id, 'exclude', 'an object with "prev" and/or "next" string arrays', ex);
    const out: { prev?: string[]; next?: string[] } = {};
    if (ex.prev !== undefined) {
      if (!stringArray(ex.prev)) fail(where, id, 'exclude.prev', 'an array of strings', ex.prev);
      out.prev = ex.prev.map((s) => s.toLowerCase());
    }
    if (ex.next !== undefined) {
      if (!stringArray(ex.next)) fail(where, id, 'exclude.next', 'an array of strings', ex.next);
      out.next = ex.next.map((s) => s.toLowerCase());
    }
    entry.exclude = out;
  }
  if (raw.caseSensitive !== undefined) {
    if (typeof raw.caseSensitive !== 'boolean') fail(where, id, 'caseSensitive', 'a boolean', raw.caseSensitive);
    entry.caseSensitive = raw.caseSensitive;
  }
  if (family === 'attribution') {
    if (raw.class !== 'speech' && raw.class !== 'cognition' && raw.class !== 'evidence') fail(where, id, 'class', '"speech", "cognition" or "evidence"', raw.class);
    entry.class = raw.class;
    if (!['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing'].includes(raw.category)) {
      fail(where, id, 'category', 'a stance: neutral, emphatic, distancing, endorsing or accusing', raw.category);
    }
  } else if (raw.class !== undefined) {
    fail(where, id, 'class', 'absent (only speech-verb lexicons have a class)', raw.class);
  }
  if (family === 'label') {
    if (typeof raw.actor !== 'string' || raw.actor.trim() === '') fail(where, id, 'actor', 'a non-empty string (the canonical actor)', raw.actor);
    entry.actor = raw.actor;
  } else if (raw.actor !== undefined) {
    fail(where, id, 'actor', 'absent (only actor lexicons name an actor)', raw.actor);
  }
  if (raw.verb !== undefined) {
    if (family !== 'grammar') fail(where, id, 'verb', 'absent (only grammar lexicons name a verb)', raw.verb);
    if (typeof raw.verb !== 'string' || raw.verb.trim() === '') fail(where, id, 'verb', 'a non-empty string (the speech verb whose entry gives the stance)', raw.verb);
    entry.verb = raw.verb;
  }
  return entry;
}

/**
 * Validate a whole lexicon (a built-in file or a user's). Rejects unknown families, undeclared
 * categories, duplicate ids, out-of-range weights and malformed fields; the error names the lexicon,
 * the entry and the field.
 *
 * @param raw - parsed JSON
 * @param where - file name or id used in messages
 * @param expectedFamily - when given, the lexicon must belong to this family
 * @returns a deep copy that later changes to `raw` cannot affect
 * @example
 * ```ts
 * validateLexicon(JSON.parse(fs.readFileSync('my.json', 'utf8')), 'my.json', 'loaded');
 * ```
 */
export function validateLexicon(raw: unknown, where: string, expectedFamily?: LexiconFamily): Lexicon {
  checkString(where, 'where');
  if (expectedFamily !== undefined) checkName(expectedFamily, LEXICON_FAMILIES, 'expectedFamily');
  if (!isRecord(raw)) throw new FramelensError('E_LEXICON', `lexicon ${where}: expected an object, instead found ${describeValue(raw)}`, where);
  const head = (field: string, expected: string, found: unknown): never => {
    throw new FramelensError('E_LEXICON', `lexicon ${where}: expected ${field} to be ${expected}, instead found ${describeValue(found)}`, `${where}#.${field}`);
  };
  if (typeof raw.id !== 'string' || raw.id === '') head('id', 'a non-empty string', raw.id);
  const family = raw.family;
  if (typeof family !== 'string' || !(LEXICON_FAMILIES as readonly string[]).includes(family)) head('family', `one of ${LEXICON_FAMILIES.join(', ')}`, family);
  const fam = family as LexiconFamily;
  if (expectedFamily !== undefined && fam !== expectedFamily) head('family', JSON.stringify(expectedFamily), family);
  if (!isRecord(raw.categories) || Object.keys(raw.categories).length === 0) head('categories', 'a non-empty object of category -> description', raw.categories);
  const declared = new Map<string, string>();
  for (const [k, v] of Object.entries(raw.categories as Record<string, unknown>)) {
    if (typeof v !== 'string') head(`categories.${k}`, 'a string', v);
    declared.set(k, v as string);
  }
  // own properties only: a category may be named "toString" or "__proto__"
  const categories = recordOf(declared);
  if (!Array.isArray(raw.entries)) head('entries', 'an array', raw.entries);
  const seen = new Set<string>();
  // Array.from: a sparse array's holes are undefined entries, not skipped ones
  const entries = Array.from(raw.entries as unknown[]).map((e, k) => {
    const entry = validateEntry(e, where, fam, categories, k);
    if (seen.has(entry.id)) fail(where, entry.id, 'id', 'unique within the lexicon', `${entry.id} (a duplicate)`);
    seen.add(entry.id);
    return entry;
  });
  return {
    id: raw.id as string,
    family: fam,
    language: typeof raw.language === 'string' ? raw.language : 'en',
    version: typeof raw.version === 'string' ? raw.version : '0.0.0',
    description: typeof raw.description === 'string' ? raw.description : '',
    categories,
    entries,
  };
}
