/**
 * People: runs of capitalised proper nouns ("John Kirby", "Mr. Kirby", "Dmitry Peskov"), with titles
 * and demonyms stripped, and a resolver that maps short forms ("Kirby", "Mr. Kirby", "Xi") to the
 * full name used elsewhere in the same document.
 */
import type { AnalyzedDoc, Token } from '../doc/build-doc';
import { matchLexicon, type CompiledLexicon } from '../lexicon/compile';
import { memoView, wordClass, type CompiledWordClasses } from '../lexicon/word-classes';

/** A person-name mention: tokens `[from, to)` after stripping titles. */
export interface PersonMention {
  /** First token of the name. */
  from: number;
  /** One past its last token. */
  to: number;
  /** Tokens of the name joined with single spaces ("John Kirby"). */
  name: string;
  /** The full run including stripped titles, `[runFrom, to)`. */
  runFrom: number;
}

/** The word classes that the people rules consult (`people.*` categories of `lexicons/grammar.json`). */
export interface NameWords {
  /** Courtesy titles, stripped from a name ("Mr.", "Dame"); normal form (`people.honorific`). */
  readonly honorifics: ReadonlySet<string>;
  /** Particles inside a name ("de", "van", "bin"); normal form (`people.name-particle`). */
  readonly particles: ReadonlySet<string>;
  /** Capitalised words that are never a name (weekdays, months, function words); normal form (`people.not-name`). */
  readonly notNames: ReadonlySet<string>;
  /** Generational suffixes ("Jr.", "III"); normal form (`people.name-suffix`). */
  readonly suffixes: ReadonlySet<string>;
  /** Adjectives of nationality and region ("Russian", "Western"); lower case (`people.demonym`). */
  readonly demonyms: ReadonlySet<string>;
  /** Final words of organisation, event and place names ("Court", "Olympics"); normal form (`people.organisation-word`). */
  readonly organisationWords: ReadonlySet<string>;
}

/**
 * The people word classes of a compiled grammar lexicon (built once per lexicon).
 *
 * @example
 * ```ts
 * nameWords(builtinWordClasses()).honorifics.has('mr.'); // true
 * ```
 */
export const nameWords = memoView(
  (g: CompiledWordClasses): NameWords => ({
    honorifics: wordClass(g, 'people.honorific'),
    particles: wordClass(g, 'people.name-particle'),
    notNames: wordClass(g, 'people.not-name'),
    suffixes: wordClass(g, 'people.name-suffix'),
    demonyms: wordClass(g, 'people.demonym'),
    organisationWords: wordClass(g, 'people.organisation-word'),
  }),
);

/**
 * Is this word a nationality or regional adjective, or its plural noun ("Russians", "Israelis")?
 *
 * @param demonyms - the demonym class (`people.demonym`)
 * @example
 * ```ts
 * const { demonyms } = nameWords(builtinWordClasses());
 * isDemonym('Chinese', demonyms); // true
 * isDemonym('Ryan', demonyms);    // false
 * ```
 */
export function isDemonym(word: string, demonyms: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return demonyms.has(w) || (w.endsWith('s') && demonyms.has(w.slice(0, -1)));
}
/** A token that can be part of a name: an honorific, or a capitalised noun, name or adjective that is no `notNames` word. */
function nameLike(t: Token | undefined, names: NameWords): boolean {
  if (t === undefined) return false;
  if (names.honorifics.has(t.normal)) return true;
  if (!t.capitalised) return false;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  // in a Title Case line the capital is the line's style: only its case-folded reading's names count
  if (t.folded && t.pos !== 'PROPN') return false;
  if (names.notNames.has(t.normal)) return false;
  return /^\p{Lu}[\p{L}'’.\-]*$/u.test(t.value);
}

/**
 * A first name the tagger read as a verb ("Rob Buschel", "Mark Warner", "Will Hurd"): a capitalised
 * base form tagged VERB, not its sentence's first word, outside a Title Case line, right before a
 * proper noun of its sentence.
 */
function verbFirstName(tokens: readonly Token[], i: number, names: NameWords): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // a sentence's first word has its capital from its position ("Following Trump's lead, …"); an
  // inflected form is no first name
  if (t === undefined || next === undefined || prev === undefined || prev.sentence !== t.sentence || t.pos !== 'VERB' || !t.capitalised || t.folded || t.normal !== t.lemma || names.notNames.has(t.normal)) return false;
  return next.pos === 'PROPN' && next.capitalised && !next.folded && next.sentence === t.sentence && /^\p{Lu}\p{Ll}+$/u.test(t.value);
}

/** Token indices covered by a title, institution or actor match (not part of a person's name). */
export function nonNameMask(doc: AnalyzedDoc, sources: CompiledLexicon, actors: CompiledLexicon): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const m of matchLexicon(doc.tokens, sources)) {
    const cat = m.entry.category;
    if (cat === 'source.pronoun') continue;
    for (let k = m.from; k < m.to; k += 1) mask[k] = cat === 'source.title' ? 2 : 1;
  }
  for (const m of matchLexicon(doc.tokens, actors)) {
    // leaders' names are people: keep them as names
    if (m.entry.category === 'label.leader-name') continue;
    for (let k = m.from; k < m.to; k += 1) mask[k] = 1;
  }
  return mask;
}

/**
 * True when the token at `j` is a hyphen set tight between a name word and a word after it
 * ("Jong-un"): both belong to the name.
 */
function hyphenJoin(tokens: readonly Token[], j: number, runStart: number): boolean {
  const h = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (h === undefined || prev === undefined || next === undefined || h.value !== '-' || prev.end !== h.start || h.end !== next.start) return false;
  if (!next.isWord || next.sentence !== h.sentence || !/^\p{L}+$/u.test(next.value)) return false;
  // a lower-case part joins only inside a name that already has a word before it ("Kim Jong-un",
  // "Moon Jae-in"); after a one-word name it is a compound modifier ("Obama-era", "Pakistan-born")
  // or when a capitalised part follows it ("Mar-a-Lago", "Stratford-upon-Avon")
  const after = tokens[j + 2];
  const further = tokens[j + 3];
  const bridge = after !== undefined && further !== undefined && after.value === '-' && after.start === next.end && further.start === after.end && further.capitalised;
  return next.capitalised || j - 1 > runStart || bridge;
}

/**
 * Find person mentions: maximal runs of name-like tokens in one sentence, with leading titles,
 * honorifics and institution words removed. A run that is sentence-initial and one word long is
 * kept only when it is tagged PROPN (so "Meanwhile" is not a person).
 *
 * @example
 * ```ts
 * const doc = buildDoc('John Kirby spoke. Kirby left.');
 * const lex = resolveLexicons(undefined);
 * findPeople(doc, nonNameMask(doc, lex.source, lex.label), nameWords(lex.grammar)).map((p) => p.name); // ['John Kirby', 'Kirby']
 * ```
 */
export function findPeople(doc: AnalyzedDoc, mask: Uint8Array, names: NameWords): PersonMention[] {
  const { honorifics } = names;
  const out: PersonMention[] = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined) break;
    if (!(nameLike(t, names) || verbFirstName(tokens, i, names)) || (mask[i] === 1 && !honorifics.has(t.normal))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length) {
      const u = tokens[j];
      if (u === undefined || u.sentence !== t.sentence) break;
      const particle = names.particles.has(u.normal) && j > i && nameLike(tokens[j + 1], names);
      // a hyphen inside the name joins its parts: "Kim Jong-un", "Ould Cheikh-Ahmed"
      const joined = hyphenJoin(tokens, j, i);
      if (j > i && joined) {
        j += 2;
        continue;
      }
      if (!(nameLike(u, names) || particle || (names.suffixes.has(u.normal) && j > i) || j === i) || (mask[j] === 1 && !honorifics.has(u.normal))) break;
      j += 1;
    }
    // strip leading titles, honorifics and demonym adjectives
    let from = i;
    while (from < j) {
      const u = tokens[from];
      if (u === undefined) break;
      if (mask[from] === 2 || honorifics.has(u.normal) || u.pos === 'ADJ') {
        from += 1;
      } else break;
    }
    // a title word tagged PROPN in the middle ("Prosecutor General Andriy Kostin"): keep the tail after the last title
    for (let k = from; k < j; k += 1) if (mask[k] === 2) from = k + 1;
    while (from < j && isDemonym(tokens[from]?.value ?? '', names.demonyms)) from += 1;
    const first = tokens[from];
    const lastTok = tokens[j - 1];
    const after = tokens[j];
    // "… Port of Entry", "the University of Michigan": the run after "of" continues a name that
    // ends in an organisation or place word
    const ofBefore = tokens[i - 1]?.normal === 'of' && tokens[i - 2]?.capitalised === true && names.organisationWords.has(tokens[i - 2]?.normal ?? '') && tokens[i - 2]?.sentence === t.sentence;
    const partOfOrg = ofBefore || (after !== undefined && after.capitalised && mask[j] === 1 && after.sentence === t.sentence) || (lastTok !== undefined && names.organisationWords.has(lastTok.normal));
    if (from < j && first !== undefined && (first.pos === 'PROPN' || j - from >= 2) && !partOfOrg && j - from <= 5) {
      const sentenceStart = doc.sentences[t.sentence]?.tokenStart ?? 0;
      const single = j - from === 1;
      const initialSingle = single && from === sentenceStart && first.pos !== 'PROPN';
      if (!initialSingle) {
        const name = tokens
          .slice(from, j)
          .map((u, n) => (n > 0 && (u.value === '-' || tokens[from + n - 1]?.value === '-') && tokens[from + n - 1]?.end === u.start ? '' : ' ') + u.value.replace(/[’]/g, "'"))
          .join('')
          .trim();
        out.push({ from, to: j, name, runFrom: i });
      }
    }
    i = j;
  }
  return supported(doc, out, mask, names);
}

/**
 * Keep mentions that look like people: a name of two or more words outside quotation marks, or a
 * one-word name that has a title before it, resolves to a full name, or occurs twice; names seen
 * only inside quotation marks (headline case: "Last Chance") need the same support outside.
 */
function supported(doc: AnalyzedDoc, mentions: PersonMention[], mask: Uint8Array, names: NameWords): PersonMention[] {
  const resolve = nameResolver(mentions.filter((m) => doc.tokens[m.from]?.quote === -1), names);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const outside = new Set(mentions.filter((m) => doc.tokens[m.from]?.quote === -1).map((m) => resolve(m.name)));
  return mentions.filter((m) => {
    const inQuote = (doc.tokens[m.from]?.quote ?? -1) >= 0;
    const full = resolve(m.name);
    if (inQuote && !outside.has(full)) return false;
    if (m.to - m.from >= 2) return true;
    // a title ("Mr.", "Sen.") or a capitalised role word used as one ("Officer Tusk", "Detective Ruiz")
    const prev = doc.tokens[m.from - 1];
    const role = prev !== undefined && mask[m.from - 1] === 1 && prev.capitalised && !prev.folded && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && prev.sentence === doc.tokens[m.from]?.sentence;
    const titled = m.runFrom < m.from || mask[m.from - 1] === 2 || role;
    return titled || full !== m.name || (counts.get(m.name) ?? 0) >= 2;
  });
}

type Gender = 'm' | 'f';

/**
 * Surnames (lower case) that two people of the document share as far as their genders show: a full
 * name whose title or apposition gives one gender ("Melania Trump, the first lady") and a one-word
 * mention of the same surname whose title gives the other ("Mr. Trump"). "Mr. Trump" is then not
 * "Melania Trump"; the short form stays unresolved. Gender words are `people.male-word` and
 * `people.female-word`; the apposition is the first noun after a comma, within five words.
 */
export function sharedSurnames(doc: AnalyzedDoc, people: readonly PersonMention[], grammar: CompiledWordClasses): Set<string> {
  const { tokens } = doc;
  const male = wordClass(grammar, 'people.male-word');
  const female = wordClass(grammar, 'people.female-word');
  const of = (t: Token | undefined): Gender | null => (t === undefined ? null : male.has(t.normal) ? 'm' : female.has(t.normal) ? 'f' : null);
  const full = new Map<string, Set<Gender>>();
  const short = new Map<string, Set<Gender>>();
  const add = (m: Map<string, Set<Gender>>, key: string, g: Gender | null): void => {
    if (g === null) return;
    let set = m.get(key);
    if (set === undefined) m.set(key, (set = new Set()));
    set.add(g);
  };
  for (const p of people) {
    const parts = p.name.split(' ');
    const key = (parts[parts.length - 1] ?? '').toLowerCase();
    for (let k = p.runFrom; k < p.from; k += 1) add(parts.length > 1 ? full : short, key, of(tokens[k]));
    if (parts.length > 1 && tokens[p.to]?.value === ',') {
      for (let k = p.to + 1; k < p.to + 6; k += 1) {
        const t = tokens[k];
        if (t === undefined || t.sentence !== tokens[p.from]?.sentence || t.isPunct) break;
        if (t.pos === 'NOUN') {
          add(full, key, of(t));
          break;
        }
      }
    }
  }
  const out = new Set<string>();
  for (const [key, gs] of short) {
    const f = full.get(key);
    if (f !== undefined && [...gs].some((g) => !f.has(g))) out.add(key);
  }
  return out;
}

/**
 * Resolve short name forms to full names of the same document: "Kirby" and "Mr. Kirby" to
 * "John Kirby", "Xi" to "Xi Jinping", when exactly one full name in the document ends (or, for
 * names written surname first, starts) with that word, and that word is not in `ambiguous`
 * ({@link sharedSurnames}).
 *
 * @example
 * ```ts
 * nameResolver(people, nameWords(lex.grammar))('Mr. Kirby'); // 'John Kirby' when the document names John Kirby
 * ```
 */
export function nameResolver(people: readonly PersonMention[], names: NameWords, ambiguous: ReadonlySet<string> = new Set()): (name: string) => string {
  const full = new Set<string>();
  for (const p of people) if (p.name.includes(' ')) full.add(p.name);
  const byPart = new Map<string, Set<string>>();
  for (const f of full) {
    const parts = f.split(' ');
    const keys = [parts[parts.length - 1], parts[0]];
    for (const k of keys) {
      if (k === undefined) continue;
      const key = k.toLowerCase();
      let s = byPart.get(key);
      if (s === undefined) byPart.set(key, (s = new Set()));
      s.add(f);
    }
  }
  const memo = new Map<string, string>();
  const resolve = (name: string): string => {
    const parts = name.split(' ').filter((p) => !names.honorifics.has(p.toLowerCase()));
    if (parts.length !== 1) return parts.join(' ') || name;
    const only = parts[0] ?? name;
    const candidates = byPart.get(only.toLowerCase());
    if (candidates !== undefined && candidates.size === 1 && !ambiguous.has(only.toLowerCase())) return [...candidates][0] ?? only;
    return only;
  };
  // the same names are resolved again and again (every mention, every attribution): memoise
  return (name: string): string => {
    let r = memo.get(name);
    if (r === undefined) memo.set(name, (r = resolve(name)));
    return r;
  };
}

/** People of a document, computed once per document and lexicon pair. */
export interface PeopleIndex {
  people: PersonMention[];
  /** Person index by token (-1 when the token is not part of a name). */
  personAt: Int32Array;
  /** 1 = institution/actor token, 2 = title token, 0 = other. */
  mask: Uint8Array;
  resolve: (name: string) => string;
}

/** One memoised people index, with the lexicons it was computed with. */
interface CachedPeople {
  /** The sources lexicon. */
  readonly sources: CompiledLexicon;
  /** The actors lexicon. */
  readonly actors: CompiledLexicon;
  /** The word classes. */
  readonly grammar: CompiledWordClasses;
  /** The index. */
  readonly index: PeopleIndex;
}

const peopleCache = new WeakMap<AnalyzedDoc, CachedPeople[]>();

/**
 * Person mentions of a document with their resolver (memoised per document and lexicons, so
 * attribution and labels share one computation).
 *
 * @example
 * ```ts
 * const lex = resolveLexicons(undefined);
 * peopleIndex(buildDoc('John Kirby spoke. Kirby left.'), lex.source, lex.label, lex.grammar).people.map((p) => p.name); // ['John Kirby', 'Kirby']
 * ```
 */
export function peopleIndex(doc: AnalyzedDoc, sources: CompiledLexicon, actors: CompiledLexicon, grammar: CompiledWordClasses): PeopleIndex {
  let cached = peopleCache.get(doc);
  if (cached === undefined) peopleCache.set(doc, (cached = []));
  const hit = cached.find((c) => c.sources === sources && c.actors === actors && c.grammar === grammar);
  if (hit !== undefined) return hit.index;
  const names = nameWords(grammar);
  const mask = nonNameMask(doc, sources, actors);
  const people = findPeople(doc, mask, names);
  const personAt = new Int32Array(doc.tokens.length).fill(-1);
  people.forEach((p, k) => {
    for (let t = p.from; t < p.to; t += 1) personAt[t] = k;
  });
  const index: PeopleIndex = { people, personAt, mask, resolve: nameResolver(people, names, sharedSurnames(doc, people, grammar)) };
  cached.push({ sources, actors, grammar, index });
  return index;
}
