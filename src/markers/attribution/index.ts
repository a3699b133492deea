/**
 * Attribution: who is reported as saying (or believing, or showing) what, and how the writer frames
 * the saying.
 *
 * Structures (Bell 1991; PolNeAR): direct quotes with a cue after ("…," Kirby said / said Kirby /
 * he said) or before (Kirby told reporters: "…"), quotes continuing an attributed quote, indirect
 * speech (Kirby said that …), "according to X", and colon attribution (X: "…"). The cue's stance
 * comes from the speech-verb lexicon; the source's kind from the sources and actors lexicons and
 * proper-noun runs; pronouns are resolved to the nearest preceding named source.
 *
 * This module only runs the stages, in the order the data flows (see README.md in this folder).
 */
import type { AnalyzedDoc } from '../../doc/build-doc';
import type { LexiconSet } from '../../lexicon/builtin';
import type { Attribution, Finding } from '../../types';
import type { Marker, MarkerContext } from '../types';
import { markConventions } from './conventions';
import { findCues, indexCues } from './cues';
import { directQuotes } from './direct';
import { indexDocument } from './document';
import { headlineColons } from './headline';
import { indirectSpeech } from './indirect';
import { dropNestedInference, inTextOrder } from './order';
import { quoteGroups } from './quote-groups';
import { resolveSpeakers } from './resolve';
import { sourcesOf } from './source';
import { unattributedQuotes } from './unattributed';

/**
 * Detect every attribution of the document.
 *
 * @returns attributions in text order (cue order for indirect ones), with `position` `body`; the
 *   caller adjusts for titles.
 * @example
 * ```ts
 * detectAttributions(buildDoc('“We will not,” Kirby said.'), resolveLexicons(undefined)).map((a) => `${a.kind} ${a.source?.canonical}`);
 * // ['direct Kirby']
 * ```
 */
export function detectAttributions(doc: AnalyzedDoc, lex: LexiconSet): Attribution[] {
  if (doc.tokens.length === 0) return [];
  const ix = indexDocument(doc, lex);
  const cx = indexCues(findCues(ix), doc.tokens.length);
  const sources = sourcesOf(ix, cx);
  const groups = quoteGroups(doc);
  const direct = directQuotes(sources, groups);
  const indirect = indirectSpeech(sources, direct.used);
  const prior = [...direct.found, ...indirect.found];
  const headline = headlineColons(ix, cx, prior);
  const unattributed = unattributedQuotes(ix, groups, [...prior, ...headline]);
  const kept = dropNestedInference([...prior, ...headline, ...unattributed], doc.tokens, indirect.bare);
  return resolveSpeakers(ix, markConventions(ix, inTextOrder(kept)));
}

/**
 * The attribution family as a marker: one finding per attribution cue (category: the cue's stance).
 *
 * @example
 * ```ts
 * analyze('“No,” Kirby said.', { markers: ['attribution'] }).findings.map((f) => f.note); // ['direct attribution to Kirby (named)']
 * ```
 */
export const attributionMarker: Marker<'attribution'> = {
  id: 'attribution',
  description: 'Reported speech: cue verbs with their stance, sources and content.',
  detect(ctx: MarkerContext): Finding[] {
    const seen = new Set<number>();
    const out: Finding[] = [];
    for (const a of ctx.attributions) {
      // a continuation repeats a cue; an unattributed quotation has none
      if (a.kind === 'continuation' || a.kind === 'unattributed' || seen.has(a.cue.start)) continue;
      seen.add(a.cue.start);
      const f: Finding = {
        marker: 'attribution',
        category: a.cue.stance,
        start: a.cue.start,
        end: a.cue.end,
        text: a.cue.text,
        weight: ctx.lexicons.attribution.byId.get(a.cue.entryId ?? '')?.weight ?? 0.1,
        sentence: a.sentence,
        voice: 'author',
        position: 'body',
        note: `${a.kind} attribution${a.source === null ? '' : ` to ${a.source.canonical} (${a.source.kind})`}`,
      };
      if (a.cue.entryId !== undefined) f.entryId = a.cue.entryId;
      out.push(f);
    }
    return out;
  },
};
