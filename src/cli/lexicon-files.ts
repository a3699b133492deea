/**
 * `--lexicon <file.json>`: the lexicon files of the command line. A file holds one of
 *
 * - a whole lexicon (the format of `lexicons/*.json`: `{ id, family, language, version,
 *   description, categories, entries }`): its entries are added to its family;
 * - an override of one family, as passed to `analyze()`: `{ add: entries, categories?, family? }`;
 * - overrides keyed by family, exactly the `lexicons` option of `analyze()`:
 *   `{ "loaded": { add, categories? }, "hedge": { replace: lexicon } }`;
 * - a bare array of entries: `[{ id, term, category, weight, notes, source }, …]`.
 *
 * Without a `family`, an override or an array belongs to the family its entries' categories name
 * (`loaded.energy` → loaded, `hedge.*`, `booster.*`, `source.*`, `label.*`; a stance such as
 * `distancing` → attribution). Every file is validated as a lexicon of that family (the built-in
 * categories plus the file's own), so an error names the file, the entry id and the field. Several
 * files add up; a `replace` cannot be combined with another file's entries for the same family.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { getBuiltinLexicon, LEXICON_FAMILIES, validateLexicon } from '../index.js';
import type { Lexicon, LexiconEntry, LexiconFamily, LexiconOverride } from '../index.js';
import { InputError } from './inputs.js';

/** The `lexicons` option that a set of `--lexicon` files amounts to. */
export type LexiconOverrides = Partial<Record<LexiconFamily, LexiconOverride>>;

const STANCES = new Set(['neutral', 'emphatic', 'distancing', 'endorsing', 'accusing']);
const FAMILY_OF_PREFIX: Record<string, LexiconFamily> = { loaded: 'loaded', hedge: 'hedge', booster: 'booster', source: 'source', label: 'label' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFamily = (v: unknown): v is LexiconFamily => typeof v === 'string' && (LEXICON_FAMILIES as readonly string[]).includes(v);

/** The family a category names: `loaded.energy` → loaded, `distancing` → attribution. */
function familyOfCategory(category: unknown): LexiconFamily | undefined {
  if (typeof category !== 'string') return undefined;
  if (STANCES.has(category)) return 'attribution';
  return FAMILY_OF_PREFIX[category.split('.')[0] ?? ''];
}

/** The family of entries without a `family` field: the one their categories name, if they agree. */
function inferFamily(file: string, entries: readonly unknown[], declared: unknown): LexiconFamily {
  if (declared !== undefined) {
    if (!isFamily(declared)) throw new InputError(`${file}: expected "family" to be one of ${LEXICON_FAMILIES.join(', ')}, instead found ${JSON.stringify(declared)}`, file);
    return declared;
  }
  const families = new Set(entries.map((e) => familyOfCategory(isRecord(e) ? e.category : undefined)));
  const [only] = [...families];
  if (families.size === 1 && only !== undefined) return only;
  throw new InputError(
    `${file}: cannot tell which family these entries belong to: give the file a "family" field (${LEXICON_FAMILIES.join(', ')}), or categories that name it (loaded.*, hedge.*, booster.*, source.*, label.*, or a stance such as "distancing")`,
    file,
  );
}

/** Validate added entries as a lexicon of their family: the built-in categories plus the file's own. */
function checkAdd(file: string, family: LexiconFamily, entries: unknown, categories: unknown): { add: LexiconEntry[]; categories: Record<string, string> } {
  if (!Array.isArray(entries)) throw new InputError(`${file}: expected "add" to be an array of lexicon entries, instead found ${entries === undefined ? 'nothing' : typeof entries}`, file);
  if (categories !== undefined && !isRecord(categories)) throw new InputError(`${file}: expected "categories" to be an object of category → description, instead found ${Array.isArray(categories) ? 'an array' : typeof categories}`, file);
  const own = (categories ?? {}) as Record<string, string>;
  const builtin = getBuiltinLexicon(family);
  const lexicon = validateLexicon(
    { id: stem(file), family, language: builtin.language, version: '0.0.0', description: `entries added by ${file}`, categories: { ...builtin.categories, ...own }, entries },
    basename(file),
    family,
  );
  return { add: lexicon.entries, categories: own };
}

const stem = (file: string): string => basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'lexicon';

/** One file's overrides, validated. */
export function readLexiconFile(file: string): LexiconOverrides {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, '')) as unknown;
  } catch (e) {
    throw new InputError(`${file}: cannot read the lexicon (${e instanceof Error ? e.message : String(e)})`, file);
  }
  if (Array.isArray(raw)) {
    const family = inferFamily(file, raw, undefined);
    return { [family]: checkAdd(file, family, raw, undefined) };
  }
  if (!isRecord(raw)) throw new InputError(`${file}: expected a lexicon, an { add, categories? } override, overrides keyed by family or an array of entries, instead found ${raw === null ? 'null' : typeof raw}`, file);
  if (Array.isArray(raw.entries)) {
    // a whole lexicon: its entries join its family
    const lex: Lexicon = validateLexicon(raw, basename(file));
    return { [lex.family]: { add: lex.entries, categories: lex.categories } };
  }
  if (raw.add !== undefined) {
    const extra = Object.keys(raw).filter((k) => k !== 'add' && k !== 'categories' && k !== 'family');
    if (extra.length > 0) throw new InputError(`${file}: expected an override { add, categories?, family? }, instead found also ${extra.map((k) => JSON.stringify(k)).join(', ')}`, file);
    const family = inferFamily(file, Array.isArray(raw.add) ? raw.add : [], raw.family);
    return { [family]: checkAdd(file, family, raw.add, raw.categories) };
  }
  const keys = Object.keys(raw);
  if (keys.length > 0 && keys.every(isFamily)) {
    const out: LexiconOverrides = {};
    for (const family of keys as LexiconFamily[]) {
      const o = raw[family];
      if (!isRecord(o)) throw new InputError(`${file}: expected "${family}" to be { add: entries, categories? } or { replace: lexicon }, instead found ${Array.isArray(o) ? 'an array' : typeof o}`, file);
      if (o.replace !== undefined) {
        if (o.add !== undefined) throw new InputError(`${file}: expected "${family}" to have either "add" or "replace", instead found both`, file);
        out[family] = { replace: validateLexicon(o.replace, `${basename(file)} (${family}.replace)`, family) };
      } else out[family] = checkAdd(file, family, o.add, o.categories);
    }
    return out;
  }
  throw new InputError(
    `${file}: expected a lexicon (with "entries"), an override { add, categories?, family? }, overrides keyed by family (${LEXICON_FAMILIES.join(', ')}) or an array of entries, instead found an object with ${keys.length === 0 ? 'no keys' : keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}`,
    file,
  );
}

/** The overrides of several `--lexicon` files, added up family by family. */
export function readLexiconFiles(files: readonly string[]): LexiconOverrides | undefined {
  if (files.length === 0) return undefined;
  const out: LexiconOverrides = {};
  const from: Partial<Record<LexiconFamily, string>> = {};
  for (const file of files) {
    for (const [family, o] of Object.entries(readLexiconFile(file)) as Array<[LexiconFamily, LexiconOverride]>) {
      const prev = out[family];
      if (prev === undefined) {
        out[family] = o.replace !== undefined ? o : { add: [...o.add], categories: { ...o.categories } };
      } else if (prev.replace !== undefined || o.replace !== undefined) {
        throw new InputError(`${file}: the ${family} lexicon is replaced in ${from[family] ?? file} and changed again here: give a replacement lexicon alone, or add entries with "add"`, file);
      } else {
        prev.add.push(...o.add);
        prev.categories = { ...prev.categories, ...o.categories };
      }
      from[family] = file;
    }
  }
  return out;
}
