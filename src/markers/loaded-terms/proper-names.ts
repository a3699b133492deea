/**
 * Proper names among loaded-term matches: a one-word entry written with a capital inside an ordinary
 * sentence that ends a multi-word name or repeats the last word of one ("Sen. Arlen Specter" ...
 * "Mr. Specter"; "the Daily Beast") is a name, not the common word. Headlines in title case and
 * sentence-initial capitals are left alone. Pure functions of the tokens.
 */
import { nameCapital, neighbour, type Token } from '../../doc/build-doc';

/** True when the sentence has a lower-case content word, i.e. is not a headline in title case. */
function proseSentence(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k; j >= 0 && tokens[j]?.sentence === sentence; j -= 1) if (lowerContent(tokens[j])) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]?.sentence === sentence; j += 1) if (lowerContent(tokens[j])) return true;
  return false;
}

/** {@link proseSentence} of the token at `k`, decided once per sentence (a long headline is not rescanned per name). */
export type ProseTest = (k: number) => boolean;

/**
 * A {@link ProseTest} over `tokens` that remembers each sentence's answer.
 *
 * @example
 * ```ts
 * const prose = proseSentences(buildDoc('Trump Says He Will Win. Critics disagree with him.').tokens);
 * prose(0); // false (a title-case headline)
 * ```
 */
export function proseSentences(tokens: readonly Token[]): ProseTest {
  const known = new Map<number, boolean>();
  return (k) => {
    const sentence = tokens[k]?.sentence ?? -1;
    let prose = known.get(sentence);
    if (prose === undefined) {
      prose = proseSentence(tokens, k);
      known.set(sentence, prose);
    }
    return prose;
  };
}

/** True for a lower-case noun, verb or adjective of at least four letters: a word of prose. */
function lowerContent(t: Token | undefined): boolean {
  return t !== undefined && !t.capitalised && t.value.length >= 4 && (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ');
}

/** True when the token at `k` continues a capitalised name ("Arlen Specter", "Louise M. Slaughter", "Daily Beast"). */
function nameContinuation(tokens: readonly Token[], k: number, prose: ProseTest): boolean {
  const t = tokens[k];
  if (t === undefined || t.pos !== 'PROPN' || !nameCapital(t)) return false;
  const prev = neighbour(tokens, k - 1, t.sentence);
  if (prev === undefined || !nameCapital(prev) || prev.pos !== 'PROPN' || !lastOfName(tokens, k)) return false;
  // the name must start inside the sentence: a capitalised sentence opener alone is no first name
  return neighbour(tokens, k - 2, t.sentence) !== undefined && prose(k);
}

/**
 * True when the capitalised word at `k` ends its name: not followed by another capitalised word (a
 * title before a name: "Venezuelan Dictator Marcos Perez") nor modifying a common noun ("Communist
 * associations").
 */
function lastOfName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = t === undefined ? undefined : neighbour(tokens, k + 1, t.sentence);
  if (next === undefined) return true;
  return !next.capitalised && next.pos !== 'NOUN' && next.pos !== 'PROPN';
}

/**
 * Lower-case forms of the last words of multi-word names in the document ("specter" of "Arlen Specter").
 *
 * @example
 * ```ts
 * const { tokens } = buildDoc('Sen. Arlen Specter spoke. Later Mr. Specter left.');
 * nameTails(tokens, proseSentences(tokens)); // Set { 'specter' }
 * ```
 */
export function nameTails(tokens: readonly Token[], prose: ProseTest): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t !== undefined && nameContinuation(tokens, k, prose)) out.add(t.normal);
  }
  return out;
}

/**
 * A one-word entry written with a capital inside an ordinary sentence is a proper name, not the
 * common word, when it ends a multi-word name or repeats the last word of one used in the document:
 * a surname ("Sen. Arlen Specter" ... "Mr. Specter"; "Rep. Louise Slaughter") or a title ("the Daily
 * Beast"). Headlines in title case and sentence-initial capitals are left alone.
 *
 * @example
 * ```ts
 * const { tokens } = buildDoc('Sen. Arlen Specter spoke. Later Mr. Specter left.');
 * const prose = proseSentences(tokens);
 * properName(tokens, 7, nameTails(tokens, prose), prose); // true: the second "Specter"
 * ```
 */
export function properName(tokens: readonly Token[], k: number, names: ReadonlySet<string>, prose: ProseTest): boolean {
  const t = tokens[k];
  // all capitals shout the word ("A TOTAL RACIST"), they do not name anyone
  if (t === undefined || t.pos !== 'PROPN' || neighbour(tokens, k - 1, t.sentence) === undefined || t.value === t.value.toUpperCase()) return false;
  if (nameContinuation(tokens, k, prose)) return true;
  return names.has(t.normal) && lastOfName(tokens, k) && prose(k);
}
