/**
 * The built-in lexicons (inlined into the bundle by the build, so they work in the browser and in
 * an installed package), their validation and compilation (once per process), and the merging of a
 * user's overrides (per call, never mutating the built-ins).
 */
import loadedJson from '../../lexicons/loaded.json';
import hedgesJson from '../../lexicons/hedges.json';
import boostersJson from '../../lexicons/boosters.json';
import verbsJson from '../../lexicons/speech-verbs.json';
import sourcesJson from '../../lexicons/sources.json';
import actorsJson from '../../lexicons/actors.json';
import { checkKeys, checkName, isRecord, ownValue } from '../args';
import grammarJson from '../../lexicons/grammar.json';
import { FramelensError, describeValue } from '../errors';
import { compileLexicon, extendLexicon, registerGroup, type CompiledLexicon } from './compile';
import { builtTermWords } from './term-table';
import { validateEntry, validateLexicon } from './validate';
import { LEXICON_FAMILIES, MATCHED_FAMILIES, type Lexicon, type LexiconEntry, type LexiconFamily, type LexiconOverride, type MatchedFamily } from './types';
import { recordOf } from '../util/records';
import { compileWordClasses, type CompiledWordClasses } from './word-classes';

const RAW: Record<LexiconFamily, { file: string; data: unknown }> = {
  loaded: { file: 'lexicons/loaded.json', data: loadedJson },
  hedge: { file: 'lexicons/hedges.json', data: hedgesJson },
  booster: { file: 'lexicons/boosters.json', data: boostersJson },
  attribution: { file: 'lexicons/speech-verbs.json', data: verbsJson },
  source: { file: 'lexicons/sources.json', data: sourcesJson },
  label: { file: 'lexicons/actors.json', data: actorsJson },
  grammar: { file: 'lexicons/grammar.json', data: grammarJson },
};

const validated = new Map<LexiconFamily, Lexicon>();
const compiled = new Map<MatchedFamily, CompiledLexicon>();
let grammar: CompiledWordClasses | null = null;

/**
 * The built-in lexicon of a family, validated (a deep copy: changing it changes nothing inside
 * framelens).
 *
 * @example
 * ```ts
 * getBuiltinLexicon('hedge').entries.length; // 180
 * ```
 */
export function getBuiltinLexicon(family: LexiconFamily): Lexicon {
  return structuredCloneLexicon(builtin(checkName(family, LEXICON_FAMILIES, 'family')));
}

function builtin(family: LexiconFamily): Lexicon {
  let lex = validated.get(family);
  if (lex === undefined) {
    const raw = RAW[family];
    lex = validateLexicon(raw.data, raw.file, family);
    validated.set(family, lex);
  }
  return lex;
}

function structuredCloneLexicon(lex: Lexicon): Lexicon {
  return JSON.parse(JSON.stringify(lex)) as Lexicon;
}

/**
 * The compiled built-in lexicon of a matched family (compiled once per process).
 *
 * @example
 * ```ts
 * builtinCompiled('hedge').byId.size; // 199
 * ```
 */
export function builtinCompiled(family: MatchedFamily): CompiledLexicon {
  let c = compiled.get(family);
  if (c === undefined) {
    const lex = builtin(family);
    c = compileLexicon(lex, builtTermWords(family, lex.entries) ?? undefined);
    compiled.set(family, c);
  }
  return c;
}

/**
 * The built-in word classes (compiled once per process).
 *
 * @example
 * ```ts
 * builtinWordClasses().classes.size; // the number of grammar categories
 * ```
 */
export function builtinWordClasses(): CompiledWordClasses {
  grammar ??= compileWordClasses(builtin('grammar'));
  return grammar;
}

/** Compiled lexicons for one call: the built-ins, with the user's overrides applied. */
export type LexiconSet = Record<MatchedFamily, CompiledLexicon> & {
  /** The word classes the rules consult. */
  grammar: CompiledWordClasses;
};

/**
 * Resolve `options.lexicons` into compiled lexicons. Overrides are validated exactly like the
 * built-in files; the result is specific to this call and never leaks into later calls.
 *
 * @example
 * ```ts
 * resolveLexicons(undefined).grammar === builtinWordClasses(); // true: no override, the built-ins
 * resolveLexicons({ grammar: { add: [entry] } }).grammar; // compiled for this call only
 * ```
 */
export function resolveLexicons(overrides: unknown): LexiconSet {
  const set = {} as LexiconSet;
  const given = overridesObject(overrides);
  // one walk over a document's tokens finds the matches of all built-in lexicons at once; a call's
  // own lexicons form a group of their own (word classes are looked up, never matched)
  registerGroup(MATCHED_FAMILIES.map(builtinCompiled));
  for (const family of MATCHED_FAMILIES) {
    const o = ownValue(given, family);
    set[family] = o === undefined ? builtinCompiled(family) : compileOverride(family, o);
  }
  registerGroup(MATCHED_FAMILIES.map((f) => set[f]));
  const g = ownValue(given, 'grammar');
  set.grammar = g === undefined ? builtinWordClasses() : compileWordClasses(applyOverride('grammar', g).lexicon);
  return set;
}

/** `options.lexicons` checked as an object keyed by family. */
function overridesObject(overrides: unknown): Record<string, unknown> {
  const given: Record<string, unknown> = overrides === undefined ? {} : (overrides as Record<string, unknown>);
  if (overrides !== undefined && (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))) {
    throw new FramelensError('E_OPTIONS', `expected options.lexicons to be an object keyed by family (${LEXICON_FAMILIES.join(', ')}), instead found ${describeValue(overrides)}`, 'options.lexicons');
  }
  for (const key of Object.keys(given)) {
    if (!(LEXICON_FAMILIES as readonly string[]).includes(key)) {
      throw new FramelensError('E_OPTIONS', `expected options.lexicons keys to be lexicon families (${LEXICON_FAMILIES.join(', ')}), instead found ${JSON.stringify(key)}`, `options.lexicons.${key}`);
    }
  }
  return given;
}

/**
 * Validate `options.lexicons` exactly as {@link resolveLexicons} does, without compiling anything
 * (for a batch whose workers compile them).
 *
 * @throws FramelensError `E_OPTIONS`, `E_LEXICON`
 * @example
 * ```ts
 * checkLexiconOverrides({ loaded: { add: [{ id: 'x', term: 'x', category: 'nope', weight: 1 }] } }); // throws E_LEXICON
 * ```
 */
export function checkLexiconOverrides(overrides: unknown): void {
  const given = overridesObject(overrides);
  for (const family of LEXICON_FAMILIES) {
    const o = ownValue(given, family);
    if (o !== undefined) applyOverride(family, o);
  }
}

/** Replacement lexicons compiled lately, by their JSON (a call with the same lexicon compiles nothing). */
const replacements = new Map<string, CompiledLexicon>();
const REPLACEMENTS_KEPT = 8;

/**
 * Compile one family's override: additions as an overlay of the built-in lexicon (only the added
 * entries are compiled), a replacement whole (cached by content).
 */
function compileOverride(family: MatchedFamily, o: unknown): CompiledLexicon {
  const r = applyOverride(family, o);
  if (r.added !== null) return extendLexicon(builtinCompiled(family), r.lexicon, r.added);
  const key = `${family}\u0000${JSON.stringify(r.lexicon)}`;
  let c = replacements.get(key);
  if (c === undefined) {
    c = compileLexicon(r.lexicon);
    if (replacements.size >= REPLACEMENTS_KEPT) replacements.delete(replacements.keys().next().value as string);
  } else replacements.delete(key);
  replacements.set(key, c);
  return c;
}

function applyOverride(family: LexiconFamily, o: unknown): { lexicon: Lexicon; added: LexiconEntry[] | null } {
  const path = `options.lexicons.${family}`;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    throw new FramelensError('E_OPTIONS', `expected ${path} to be { add: entries } or { replace: lexicon }, instead found ${describeValue(o)}`, path);
  }
  checkKeys(o as Record<string, unknown>, ['add', 'categories', 'replace'], path, 'E_OPTIONS');
  const own = (k: string): unknown => ownValue(o as Record<string, unknown>, k);
  const ov = { add: own('add'), categories: own('categories'), replace: own('replace') };
  if (ov.replace !== undefined) {
    if (ov.add !== undefined) throw new FramelensError('E_OPTIONS', `expected ${path} to have either add or replace, instead found both`, path);
    const id = isRecord(ov.replace) ? ownValue(ov.replace, 'id') : undefined;
    const where = typeof id === 'string' ? `${id} (${path}.replace)` : `${path}.replace`;
    return { lexicon: validateLexicon(ov.replace, where, family), added: null };
  }
  if (!Array.isArray(ov.add)) {
    throw new FramelensError('E_OPTIONS', `expected ${path}.add to be an array of lexicon entries, instead found ${describeValue(ov.add)}`, `${path}.add`);
  }
  const base = builtin(family);
  const declared = new Map(Object.entries(base.categories));
  if (ov.categories !== undefined) {
    if (typeof ov.categories !== 'object' || ov.categories === null || Array.isArray(ov.categories)) {
      throw new FramelensError('E_OPTIONS', `expected ${path}.categories to be an object of category -> description, instead found ${describeValue(ov.categories)}`, `${path}.categories`);
    }
    for (const [k, v] of Object.entries(ov.categories as Record<string, unknown>)) {
      if (typeof v !== 'string') throw new FramelensError('E_OPTIONS', `expected ${path}.categories.${k} to be a string, instead found ${describeValue(v)}`, `${path}.categories.${k}`);
      declared.set(k, v);
    }
  }
  // own properties only: a category may be named "toString" or "__proto__"
  const categories = recordOf(declared);
  const where = `${path}.add`;
  const given: unknown[] = ov.add;
  const added: LexiconEntry[] = [];
  for (let k = 0; k < given.length; k += 1) added.push(validateEntry(given[k], where, family, categories, k));
  const ids = new Set<string>();
  for (const e of added) {
    if (ids.has(e.id)) throw new FramelensError('E_LEXICON', `lexicon ${where}, entry ${JSON.stringify(e.id)}: expected id to be unique within the lexicon, instead found a duplicate`, `${where}#${e.id}.id`);
    ids.add(e.id);
  }
  return { lexicon: { ...base, categories, entries: [...base.entries.filter((e) => !ids.has(e.id)), ...added] }, added };
}
