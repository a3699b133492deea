/**
 * framelens: media-bias and framing analysis with evidence spans.
 *
 * Public surface only (pinned by `__tests__/exports.test.ts`). Charts are in `framelens/charts`.
 *
 * @packageDocumentation
 * @module framelens
 */
export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { FramelensError, MAX_TEXT_LENGTH } from './errors';
export type { FramelensErrorCode } from './errors';
export { getBuiltinLexicon } from './lexicon/builtin';
export { validateLexicon } from './lexicon/validate';
export { LEXICON_FAMILIES } from './lexicon/types';
export type { Lexicon, LexiconEntry, LexiconFamily, LexiconOverride } from './lexicon/types';
export { MARKER_IDS } from './types';
export type {
  ActorLabels,
  AnalysisWarning,
  ArticleAnalysis,
  Attribution,
  AttributionCue,
  AttributionKind,
  AttributionSource,
  AttributionStats,
  Finding,
  MarkerId,
  MarkerSummary,
  Position,
  SentenceInfo,
  SentimentScore,
  SentimentSummary,
  SourceKind,
  Span,
  Speaker,
  Stance,
  Voice,
} from './types';
export { analyzeMany } from './many/analyze-many';
export type { AnalyzeManyItem, AnalyzeManyOptions, AnalyzeManyResult, ItemError, ItemErrorCode } from './many/analyze-many';
export { compare } from './compare';
export type { CompareInput, CompareOptions, Comparison, Difference, LabelCell, RateCell, RateRow, SourceProfile, Coverage, CoverageArticle, CoverageMember, CoverageUnit } from './compare';
export type { CountShare } from './compare';
export type { LogOddsTerm } from './stats/log-odds';
export { toMarkdown } from './report/markdown';
export { toCsv } from './report/csv';
export { toTable } from './report/table';
export { toHtml, escapeHtml } from './report/html';
export type { ReportArticle, HtmlReportOptions, ReportChart } from './report/html';
export { summarize } from './corpus/summarize';
export type { ArticleSummary, FindingCount, SummaryActor, SummaryAttribution, SummaryLabel, SummaryMeta, SummarySpeaker } from './corpus/summary-types';
export { aggregate } from './corpus/aggregate';
export { mergeAggregates } from './corpus/merge';
export type { ActorSums, Aggregate, AggregateOptions, DenominatorSums, EventTable, GroupAggregate, GroupKey, LabelSums, MeasureSums, SpeakerSums, TermTable } from './corpus/aggregate-types';
export type { DenominatorId, MeasureSpec } from './corpus/measures';
export type { Exact } from './stats/exact';
export type { MeasureKind } from './stats/cluster';
export { profile } from './corpus/profile';
export type { ActorInGroup, ActorProfile, CorpusProfile, DistinctiveTerm, EventRate, EventRates, GroupDifference, LabelShare, TopSpeaker, GroupRate, GroupSources, GroupTerms, MeasureProfile, ProfileGroup, ProfileMethod, ProfileOptions, ProfileWarning, ShareCell, WithinEventDifference } from './corpus/profile-types';
export { toProfileHtml } from './report/profile-html';
export type { PageChart, ProfileHtmlOptions } from './report/profile-html';
export type { ProfileSectionOptions } from './report/profile-format';
