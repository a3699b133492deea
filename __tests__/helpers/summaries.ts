/** Hand-built article summaries for corpus tests (no wink: counts written out). */
import type { ArticleSummary, FindingCount } from '../../src/index';

/** A summary with `words` body words (70% author voice) and the given findings and fields. */
export function summary(fields: Partial<ArticleSummary> & { words: number }, findings: FindingCount[] = []): ArticleSummary {
  const author = Math.round(fields.words * 0.7);
  const quoted = Math.round(fields.words * 0.2);
  return {
    schemaVersion: '1',
    kind: 'summary',
    id: null,
    outlet: null,
    event: null,
    date: null,
    groups: {},
    markersRun: ['loaded', 'hedge', 'booster', 'attribution', 'scareQuote', 'sentiment', 'label'],
    sentences: Math.round(fields.words / 20),
    titleWords: 0,
    wordsByVoice: { author, quoted, reported: fields.words - author - quoted },
    findings,
    attribution: {
      byStance: { neutral: 0, emphatic: 0, distancing: 0, endorsing: 0, accusing: 0 },
      bySourceKind: { named: 0, institutional: 0, anonymous: 0, document: 0, pronoun: 0, unknown: 0 },
      byKind: { direct: 0, continuation: 0, indirect: 0, 'according-to': 0, colon: 0, unattributed: 0 },
      quotedWords: 0,
    },
    speakers: [],
    labels: [],
    sentiment: { author: 0, quoted: 0, reported: 0, title: 0 },
    terms: [],
    ...fields,
  };
}

/** `n` author-voice loaded terms in the body. */
export const loaded = (n: number): FindingCount[] => (n > 0 ? [['loaded', 'loaded.emotive', 'author', 'body', n]] : []);
