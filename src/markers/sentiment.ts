/**
 * Sentiment: AFINN-165 word scores (Nielsen 2011) taken from the `sentiment` package's word list and
 * applied to our own tokens, so every scored word has an exact span. Names are not scored ("United
 * States", "Voice of Hope"): a capitalised proper noun inside its sentence, or a person's name or an
 * actor of the actors lexicon anywhere; a capital that only opens a sentence ("Great food.") makes no
 * name. Negation: a word inside wink's
 * negation scope ("not good", "never fair") has its score reversed. `sentiment`'s own `analyze()` is
 * never called (its tokenizer loses offsets, and its `extras` option mutates a shared table).
 */
import sentimentEnglish from 'sentiment/languages/en/index.js';
import type { AnalyzedDoc, Token } from '../doc/build-doc';
import { matchLexicon } from '../lexicon/compile';
import type { Finding, SentimentScore, SentimentSummary, Voice } from '../types';
import { peopleIndex } from './people';
import type { Marker, MarkerContext } from './types';

// A snapshot taken at load time: later `sentiment` calls with `extras` cannot change our scores.
// A prototype-less object, not a Map: V8 keeps it as a hash table of internalised strings, and a
// token's normal form, internalised at its first lookup, is then found by identity (every word
// token is looked up; a Map compares the strings themselves).
const AFINN: Readonly<Record<string, number>> = Object.assign(
  Object.create(null) as Record<string, number>,
  Object.fromEntries(Object.entries(sentimentEnglish.labels).filter(([k, v]) => !k.includes(' ') && Number.isFinite(v))),
);

/**
 * The sentiment family. Findings: one per AFINN-scored word (category `positive` or `negative`;
 * weight = the score after negation, in [-5, 5]).
 *
 * @example
 * ```ts
 * analyze('Not good at all.', { markers: ['sentiment'] }).findings[0]?.weight; // -3
 * ```
 */
export const sentimentMarker: Marker<'sentiment'> = {
  id: 'sentiment',
  description: 'AFINN-165 word scores with negation, per sentence and per voice.',
  detect(ctx: MarkerContext): Finding[] {
    const { doc } = ctx;
    const out: Finding[] = [];
    let known: Uint8Array | undefined;
    const { tokens } = doc;
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k] as Token;
      if (!t.isWord) continue;
      // a hyphenated compound the tokenizer split ("self-deluded"), scored as AFINN lists it
      const compound = hyphenated(tokens, k);
      const base = compound !== null ? compound.score : AFINN[t.normal] ?? (t.normal.includes("'") ? AFINN[t.normal.replace(/'/g, '')] : undefined);
      if (base === undefined || base === 0) continue;
      const end = compound !== null ? (tokens[k + 2] as Token).end : t.end;
      if (compound !== null) k += 2;
      // names carry no tone ("United States", "Voice of Hope"), but a capital alone makes no name:
      // "Great food. Terrible service." is scored
      if (t.capitalised && ((t.pos === 'PROPN' && !sentenceInitial(doc.tokens, t.i)) || (known ??= knownNames(ctx))[t.i] === 1)) continue;
      const score = t.negated ? -base : base;
      out.push({
        marker: 'sentiment',
        category: score > 0 ? 'positive' : 'negative',
        start: t.start,
        end,
        text: doc.text.slice(t.start, end),
        weight: score,
        entryId: `afinn-${compound?.term ?? t.normal}`,
        sentence: t.sentence,
        voice: 'author',
        position: 'body',
        note: t.negated ? `AFINN ${base}, reversed by negation` : `AFINN ${base}`,
      });
    }
    return out;
  },
};

/** The AFINN entry of the hyphenated compound starting at `k` ("self" "-" "deluded", no spaces), or null. */
function hyphenated(tokens: readonly Token[], k: number): { term: string; score: number } | null {
  const a = tokens[k] as Token;
  const h = tokens[k + 1];
  const b = tokens[k + 2];
  // offsets first: they are in the token objects, a value is a string elsewhere in memory
  if (h === undefined || b === undefined || h.start !== a.end || b.start !== h.end || h.value !== '-' || !b.isWord) return null;
  const term = `${a.normal}-${b.normal}`;
  const score = AFINN[term];
  return score === undefined ? null : { term, score };
}

/**
 * True when the token at `k` opens its sentence, after opening punctuation ("“Great …", "(Terrible
 * …") or a kicker's colon ("Verdict: Great food"): its capital is the sentence's, not a name's.
 */
function sentenceInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  for (let j = k - 1; j >= 0; j -= 1) {
    const u = tokens[j] as Token;
    if (u.sentence !== t.sentence) return true;
    if (u.value === ':') return true;
    if (!u.isPunct || u.value === ',') return false;
  }
  return true;
}

/**
 * Tokens of the document's known names (1), which carry no tone even where they open a sentence: an
 * actor of the actors lexicon, or a person's name that is more than capitals at a sentence start:
 * titled ("Sen. Hope Lane"), written elsewhere inside a sentence, or the subject of a verb after it
 * ("Hope Hicks said so"). "Bad Quality." alone names no one.
 */
function knownNames(ctx: MarkerContext): Uint8Array {
  const { doc, lexicons } = ctx;
  const { tokens } = doc;
  const mask = new Uint8Array(tokens.length);
  const { people, resolve } = peopleIndex(doc, lexicons.source, lexicons.label, lexicons.grammar);
  const inside = new Set<string>();
  for (const p of people) if (!sentenceInitial(tokens, p.runFrom)) inside.add(resolve(p.name));
  for (const p of people) {
    let verbAfter = false;
    for (let k = p.to; k < tokens.length && k < p.to + 4; k += 1) {
      const t = tokens[k] as Token;
      if (t.sentence !== tokens[p.from]?.sentence) break;
      if (t.pos === 'VERB' || t.pos === 'AUX') verbAfter = true;
      if (verbAfter || !(t.pos === 'ADV' || t.value === ',' || t.pos === 'PROPN')) break;
    }
    if (p.runFrom < p.from || !sentenceInitial(tokens, p.runFrom) || inside.has(resolve(p.name)) || verbAfter) mask.fill(1, p.from, p.to);
  }
  for (const m of matchLexicon(tokens, lexicons.label)) mask.fill(1, m.from, m.to);
  return mask;
}

function score(sum: number, words: number): SentimentScore {
  return { score: sum, words, comparative: words > 0 ? sum / words : 0 };
}

/**
 * Sentiment totals of a document from its sentiment findings: the whole text, each voice (words are
 * counted by the voice of each token), and each sentence.
 *
 * @param voiceOfToken - the voice of every token, by token index
 */
export function summariseSentiment(doc: AnalyzedDoc, findings: readonly Finding[], voiceOfToken: readonly Voice[]): SentimentSummary {
  const perSentence = doc.sentences.map(() => 0);
  const voiceSum: Record<Voice, number> = { author: 0, quoted: 0, reported: 0 };
  const voiceWords: Record<Voice, number> = { author: 0, quoted: 0, reported: 0 };
  let total = 0;
  for (const f of findings) {
    total += f.weight;
    perSentence[f.sentence] = (perSentence[f.sentence] ?? 0) + f.weight;
    voiceSum[f.voice] += f.weight;
  }
  doc.tokens.forEach((t, k) => {
    if (t.isWord) voiceWords[voiceOfToken[k] ?? 'author'] += 1;
  });
  return {
    document: score(total, doc.words),
    byVoice: {
      author: score(voiceSum.author, voiceWords.author),
      quoted: score(voiceSum.quoted, voiceWords.quoted),
      reported: score(voiceSum.reported, voiceWords.reported),
    },
    sentences: doc.sentences.map((s, k) => ({ sentence: k, ...score(perSentence[k] ?? 0, s.words) })),
  };
}
