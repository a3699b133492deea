/**
 * Definite roles that refer back to a person named with that title: "the president" after
 * "President Donald Trump", "the prime minister" after "Japanese Prime Minister Shinzo Abe". A
 * news text introduces a person once with title and name and then uses the bare title (Grosz, Joshi
 * & Weinstein 1995 on definite descriptions as referring back; the GenderGapTracker's coreference
 * step reads speakers the same way). Read by resolution (`resolve.ts`): a role speaker gets the
 * person's canonical name, and counts as that person for a pronoun after it.
 */
import { lowerBound } from '../../doc/build-doc';
import type { AttributionSource } from '../../types';
import { isDemonym } from '../people';
import type { DocIndex } from './document';

/** Most titled people read back from a role (a bound on the work per role in a very long text). */
const TITLED_REACH = 200;

/** A person named with words before the name (titles, roles, demonyms), outside quotations. */
export interface Titled {
  /** First token of the run (title included). */
  readonly at: number;
  /** Normal forms of the words before the name ("japanese", "prime", "minister"). */
  readonly words: ReadonlySet<string>;
  /** Canonical name. */
  readonly name: string;
}

/** The titled people of a document and how often each person is mentioned in it. */
export interface TitledPeople {
  /** People named with a title, in text order. */
  readonly list: readonly Titled[];
  /** Mentions per canonical name (outside quotations), the whole document. */
  readonly mentions: ReadonlyMap<string, number>;
}

/**
 * The people of the document named with a title (the run's title words, or title words of the
 * sources lexicon right before it), in text order, with every person's mention count.
 *
 * @example
 * ```ts
 * titledPeople(ix).list.map((p) => p.name); // ['Shinzo Abe'] in "Japanese Prime Minister Shinzo Abe arrived."
 * ```
 */
export function titledPeople(ix: DocIndex): TitledPeople {
  const out: Titled[] = [];
  const mentions = new Map<string, number>();
  const { tokens } = ix;
  for (const p of ix.people) {
    const first = tokens[p.from];
    if (first === undefined || first.quote >= 0) continue;
    const name = ix.resolve(p.name);
    mentions.set(name, (mentions.get(name) ?? 0) + 1);
    // the run's own title words, and a title the name rules left before the run ("Prime Minister")
    let at = p.runFrom;
    while (at > 0 && p.runFrom - at < 4 && ix.sourceCats.get(at - 1) === 'source.title' && tokens[at - 1]?.sentence === first.sentence) at -= 1;
    if (at >= p.from) continue;
    const words = new Set<string>();
    for (let k = at; k < p.from; k += 1) words.add(tokens[k]?.normal ?? '');
    out.push({ at, words, name });
  }
  return { list: out.sort((a, b) => a.at - b.at), mentions };
}

/**
 * The words of a definite role source: "the" and at most three words, the last a singular
 * common noun that is a title or a person noun of the sources lexicon ("the president", "the prime
 * minister", "the senior official"); `null` for anything else ("the White House", "the officials").
 *
 * @example
 * ```ts
 * roleWords(ix, source); // ['prime', 'minister'] for "the prime minister"
 * ```
 */
export function roleWords(ix: DocIndex, s: AttributionSource): string[] | null {
  const { tokens } = ix;
  const from = lowerBound(tokens, s.start);
  const to = lowerBound(tokens, s.end);
  const head = tokens[to - 1];
  if (tokens[from]?.normal !== 'the' || to - from < 2 || to - from > 4 || head === undefined) return null;
  if (head.pos !== 'NOUN' || head.lemma !== head.normal) return null;
  const cat = ix.sourceCats.get(to - 1);
  if (cat !== 'source.title' && cat !== 'source.anonymous') return null;
  const out: string[] = [];
  for (let k = from + 1; k < to; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.quote >= 0 || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return null;
    out.push(t.normal);
  }
  return out;
}

/**
 * The person a role refers back to, among those named with a title before token `before`: one whose
 * title words are exactly the role's ("the president" -> a "President …", never "Vice President
 * …"); failing that, one whose title adds only a demonym ("the prime minister" -> "Japanese Prime
 * Minister Shinzo Abe"; "the foreign minister" never takes "Prime Minister Abe"); or `null`. Of
 * several, the most mentioned in the document (the story's protagonist: "the president" after
 * "President Trump … President Emmanuel Macron of France" is Mr. Trump), then the latest. Only the
 * last {@link TITLED_REACH} titled people before `before` are read.
 *
 * @param demonyms - the demonym class (`people.demonym`)
 * @example
 * ```ts
 * titledReferent(titledPeople(ix), ['president'], 40, demonyms); // 'Donald Trump' after "President Donald Trump"
 * ```
 */
export function titledReferent(titled: TitledPeople, words: readonly string[], before: number, demonyms: ReadonlySet<string>): string | null {
  const { list, mentions } = titled;
  let last = list.length - 1;
  while (last >= 0 && (list[last]?.at ?? 0) >= before) last -= 1;
  const stop = Math.max(-1, last - TITLED_REACH);
  const role = new Set(words);
  let exact: string | null = null;
  let withDemonym: string | null = null;
  // the most mentioned person wins, then the latest
  const better = (name: string, than: string | null): boolean => than === null || (mentions.get(name) ?? 0) > (mentions.get(than) ?? 0);
  for (let i = last; i > stop; i -= 1) {
    const p = list[i];
    if (p === undefined || !words.every((w) => p.words.has(w))) continue;
    let extra = 0;
    let other = false;
    for (const w of p.words) {
      if (role.has(w)) continue;
      if (isDemonym(w, demonyms)) extra += 1;
      else other = true;
    }
    if (other) continue;
    if (extra === 0) {
      if (better(p.name, exact)) exact = p.name;
    } else if (better(p.name, withDemonym)) withDemonym = p.name;
  }
  return exact ?? withDemonym;
}
