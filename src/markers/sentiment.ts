/**
 * Sentiment: AFINN-165 word scores (Nielsen 2011) taken from the `sentiment` package's word list and
 * applied to our own tokens, so every scored word has an exact span. Proper nouns are not scored
 * ("United States", "Voice of Hope"). Negation: a word inside wink's
 * negation scope ("not good", "never fair") has its score reversed. `sentiment`'s own `analyze()` is
 * never called (its tokenizer loses offsets, and its `extras` option mutates a shared table).
 */
import sentimentEnglish from 'sentiment/languages/en/index.js';
import type { AnalyzedDoc } from '../doc/build-doc';
import type { Finding, SentimentScore, SentimentSummary, Voice } from '../types';
import type { Marker, MarkerContext } from './types';

// A snapshot taken at load time: later `sentiment` calls with `extras` cannot change our scores.
const AFINN: ReadonlyMap<string, number> = new Map(
  Object.entries(sentimentEnglish.labels).filter(([k, v]) => !k.includes(' ') && Number.isFinite(v)),
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
    for (const t of doc.tokens) {
      // names carry no tone: "United States", "Voice of Hope"
      if (!t.isWord || t.pos === 'PROPN') continue;
      const base = AFINN.get(t.normal) ?? (t.normal.includes("'") ? AFINN.get(t.normal.replace(/'/g, '')) : undefined);
      if (base === undefined || base === 0) continue;
      const score = t.negated ? -base : base;
      out.push({
        marker: 'sentiment',
        category: score > 0 ? 'positive' : 'negative',
        start: t.start,
        end: t.end,
        text: doc.text.slice(t.start, t.end),
        weight: score,
        entryId: `afinn-${t.normal}`,
        sentence: t.sentence,
        voice: 'author',
        position: 'body',
        note: t.negated ? `AFINN ${base}, reversed by negation` : `AFINN ${base}`,
      });
    }
    return out;
  },
};

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
