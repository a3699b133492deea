/**
 * People: runs of capitalised proper nouns ("John Kirby", "Mr. Kirby", "Dmitry Peskov"), with titles
 * and demonyms stripped, and a resolver that maps short forms ("Kirby", "Mr. Kirby", "Xi") to the
 * full name used elsewhere in the same document.
 */
import type { AnalyzedDoc, Token } from '../doc/build-doc';
import { matchLexicon, type CompiledLexicon } from '../lexicon/compile';

/** A person-name mention: tokens `[from, to)` after stripping titles. */
export interface PersonMention {
  from: number;
  to: number;
  /** Tokens of the name joined with single spaces ("John Kirby"). */
  name: string;
  /** The full run including stripped titles, `[runFrom, to)`. */
  runFrom: number;
}

const HONORIFIC = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady']);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'di', 'del', 'der', 'ibn']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'i', 'the', 'a', 'an', 'this', 'that', 'it', 'we', 'he', 'she', 'they', 'but', 'and', 'or', 'in', 'on', 'at', 'as', 'if',
  'god', 'covid', 'covid-19', 'internet', 'twitter', 'facebook', 'youtube',
]);
const SUFFIX = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
/**
 * Adjectives of nationality and region ("Russian", "Western"): never a person's name on their own.
 * An explicit list, not a suffix pattern: "-an" and "-i" also end surnames (Ryan, Khan, Pelosi).
 */
const DEMONYMS = new Set(
  (
    'afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani bahraini bangladeshi ' +
    'belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian chilean chinese colombian ' +
    'congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european ' +
    'filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian ' +
    'iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz latvian ' +
    'lebanese libyan lithuanian malaysian malian mexican moldovan mongolian moroccan nepali nicaraguan nigerian norwegian omani ' +
    'pakistani palestinian panamanian peruvian polish portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese ' +
    'serbian singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ' +
    'turkmen ugandan ukrainian uzbek venezuelan vietnamese welsh yemeni zimbabwean ' +
    'western eastern northern southern asian african arab arabic latin nordic baltic balkan soviet sino russo anglo euro communist nazi'
  ).split(' '),
);

/**
 * Is this word a nationality or regional adjective, or its plural noun ("Russians", "Israelis")?
 *
 * @example
 * ```ts
 * isDemonym('Chinese'); // true
 * isDemonym('Ryan');    // false
 * ```
 */
export function isDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)));
}
/** Last words of organisation, event and place names ("International Criminal Court", "Winter Olympics"). */
const ORG_WORDS = new Set([
  'court', 'council', 'party', 'university', 'committee', 'organization', 'organisation', 'cooperation', 'summit', 'games', 'olympics',
  'house', 'ministry', 'department', 'agency', 'bank', 'union', 'republic', 'federation', 'kingdom', 'states', 'nations', 'forces',
  'army', 'navy', 'news', 'times', 'post', 'journal', 'press', 'institute', 'foundation', 'association', 'corporation', 'company',
  'group', 'office', 'service', 'commission', 'assembly', 'parliament', 'congress', 'senate', 'agreement', 'treaty', 'war', 'act',
  'street', 'square', 'river', 'sea', 'ocean', 'island', 'islands', 'mountains', 'valley', 'city', 'county', 'province', 'region',
  'airport', 'station', 'school', 'college', 'hospital', 'center', 'centre', 'museum', 'church', 'day', 'week', 'year', 'cup',
  'league', 'club', 'network', 'tv', 'radio', 'daily', 'review', 'magazine', 'initiative', 'plan', 'project', 'program', 'programme',
]);

function nameLike(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (HONORIFIC.has(t.normal)) return true;
  if (!t.capitalised) return false;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  if (NOT_NAMES.has(t.normal)) return false;
  return /^\p{Lu}[\p{L}'’.\-]*$/u.test(t.value);
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
 * Find person mentions: maximal runs of name-like tokens in one sentence, with leading titles,
 * honorifics and institution words removed. A run that is sentence-initial and one word long is
 * kept only when it is tagged PROPN (so "Meanwhile" is not a person).
 */
export function findPeople(doc: AnalyzedDoc, mask: Uint8Array): PersonMention[] {
  const out: PersonMention[] = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined) break;
    if (!nameLike(t) || (mask[i] === 1 && !HONORIFIC.has(t.normal))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length) {
      const u = tokens[j];
      if (u === undefined || u.sentence !== t.sentence) break;
      const particle = NAME_PARTICLES.has(u.normal) && j > i && nameLike(tokens[j + 1]);
      if (!(nameLike(u) || particle || (SUFFIX.has(u.normal) && j > i)) || (mask[j] === 1 && !HONORIFIC.has(u.normal))) break;
      j += 1;
    }
    // strip leading titles, honorifics and demonym adjectives
    let from = i;
    while (from < j) {
      const u = tokens[from];
      if (u === undefined) break;
      if (mask[from] === 2 || HONORIFIC.has(u.normal) || u.pos === 'ADJ') {
        from += 1;
      } else break;
    }
    // a title word tagged PROPN in the middle ("Prosecutor General Andriy Kostin"): keep the tail after the last title
    for (let k = from; k < j; k += 1) if (mask[k] === 2) from = k + 1;
    while (from < j && isDemonym(tokens[from]?.value ?? '')) from += 1;
    const first = tokens[from];
    const lastTok = tokens[j - 1];
    const after = tokens[j];
    const partOfOrg = (after !== undefined && after.capitalised && mask[j] === 1 && after.sentence === t.sentence) || (lastTok !== undefined && ORG_WORDS.has(lastTok.normal));
    if (from < j && first !== undefined && (first.pos === 'PROPN' || j - from >= 2) && !partOfOrg && j - from <= 5) {
      const sentenceStart = doc.sentences[t.sentence]?.tokenStart ?? 0;
      const single = j - from === 1;
      const initialSingle = single && from === sentenceStart && first.pos !== 'PROPN';
      if (!initialSingle) {
        const name = tokens.slice(from, j).map((u) => u.value.replace(/[’]/g, "'")).join(' ');
        out.push({ from, to: j, name, runFrom: i });
      }
    }
    i = j;
  }
  return supported(doc, out, mask);
}

/**
 * Keep mentions that look like people: a name of two or more words outside quotation marks, or a
 * one-word name that has a title before it, resolves to a full name, or occurs twice; names seen
 * only inside quotation marks (headline case: "Last Chance") need the same support outside.
 */
function supported(doc: AnalyzedDoc, mentions: PersonMention[], mask: Uint8Array): PersonMention[] {
  const resolve = nameResolver(mentions.filter((m) => doc.tokens[m.from]?.quote === -1));
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const outside = new Set(mentions.filter((m) => doc.tokens[m.from]?.quote === -1).map((m) => resolve(m.name)));
  return mentions.filter((m) => {
    const inQuote = (doc.tokens[m.from]?.quote ?? -1) >= 0;
    const full = resolve(m.name);
    if (inQuote && !outside.has(full)) return false;
    if (m.to - m.from >= 2) return true;
    const titled = m.runFrom < m.from || mask[m.from - 1] === 2;
    return titled || full !== m.name || (counts.get(m.name) ?? 0) >= 2;
  });
}

/**
 * Resolve short name forms to full names of the same document: "Kirby" and "Mr. Kirby" to
 * "John Kirby", "Xi" to "Xi Jinping", when exactly one full name in the document ends (or, for
 * names written surname first, starts) with that word.
 */
export function nameResolver(people: readonly PersonMention[]): (name: string) => string {
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
    const parts = name.split(' ').filter((p) => !HONORIFIC.has(p.toLowerCase()));
    if (parts.length !== 1) return parts.join(' ') || name;
    const only = parts[0] ?? name;
    const candidates = byPart.get(only.toLowerCase());
    if (candidates !== undefined && candidates.size === 1) return [...candidates][0] ?? only;
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

const peopleCache = new WeakMap<AnalyzedDoc, WeakMap<CompiledLexicon, PeopleIndex>>();

/**
 * Person mentions of a document with their resolver (memoised per document and sources lexicon, so
 * attribution and labels share one computation).
 */
export function peopleIndex(doc: AnalyzedDoc, sources: CompiledLexicon, actors: CompiledLexicon): PeopleIndex {
  let byLex = peopleCache.get(doc);
  if (byLex === undefined) peopleCache.set(doc, (byLex = new WeakMap()));
  const cached = byLex.get(sources);
  if (cached !== undefined) return cached;
  const mask = nonNameMask(doc, sources, actors);
  const people = findPeople(doc, mask);
  const personAt = new Int32Array(doc.tokens.length).fill(-1);
  people.forEach((p, k) => {
    for (let t = p.from; t < p.to; t += 1) personAt[t] = k;
  });
  const index: PeopleIndex = { people, personAt, mask, resolve: nameResolver(people) };
  byLex.set(sources, index);
  return index;
}
