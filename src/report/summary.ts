/**
 * The comparison in plain words: its significant differences as sentences, for the top of the
 * reports ("004 (Voice of Hope) uses loaded terms 11.5 times as often as 000 (Outlet 000): 17.0 vs
 * 1.5 per 1,000 words (q = 0.006); in the writer's own voice 8.8 vs 0.0.").
 */
import sortBy from 'lodash/sortBy.js';
import type { Comparison, Difference } from '../compare-types';
import type { MarkerId } from '../types';
import { articleLabel, fmt, fmtP } from './format';
import { FAMILY_STYLE } from './palette';

/** How many differences are spelled out; the rest are counted. */
const MAX_SENTENCES = 8;

/** "11.5 times", "2.4 times"; whole numbers from 100. */
function times(ratio: number): string {
  return ratio >= 100 ? `${Math.round(ratio)} times` : `${ratio.toFixed(1)} times`;
}

/** One significant difference as a sentence, the higher article first. */
function sentence(c: Comparison, d: Difference): string {
  const row = c.rates.find((r) => r.measure === d.measure && r.category === null);
  const cell = (id: string) => row?.perArticle.find((x) => x.id === id);
  const aHigher = d.per1kA >= d.per1kB;
  const [hi, lo] = aHigher ? [d.a, d.b] : [d.b, d.a];
  const [hiRate, loRate] = aHigher ? [d.per1kA, d.per1kB] : [d.per1kB, d.per1kA];
  const words = FAMILY_STYLE[d.measure as MarkerId]?.words ?? d.measure;
  const author = `in the writer's own voice ${fmt(cell(hi)?.authorPer1kWords ?? 0)} vs ${fmt(cell(lo)?.authorPer1kWords ?? 0)}`;
  const q = `q = ${fmtP(d.q)}`;
  if (loRate === 0) return `${articleLabel(c, hi)} uses ${words} (${fmt(hiRate)} per 1,000 words) and ${articleLabel(c, lo)} none (${q}); ${author}.`;
  return `${articleLabel(c, hi)} uses ${words} ${times(hiRate / loRate)} as often as ${articleLabel(c, lo)}: ${fmt(hiRate)} vs ${fmt(loRate)} per 1,000 words (${q}); ${author}.`;
}

/**
 * The summary of a comparison: one sentence per significant difference (lowest q first, at most
 * eight, then how many more), or a sentence saying there is none and why that is weak evidence.
 *
 * @example
 * ```ts
 * summaryLines(compare(seeds))[0];
 * // '004 (Voice of Hope) uses loaded terms 11.5 times as often as 000 (Outlet 000): 17.0 vs 1.5 per 1,000 words (q = 0.006); in the writer's own voice 8.8 vs 0.0.'
 * ```
 */
export function summaryLines(c: Comparison): string[] {
  const significant = sortBy(
    c.differences.filter((d) => d.significant),
    [(d) => d.q, (d) => -Math.abs(Math.log((d.per1kA + 1e-9) / (d.per1kB + 1e-9)))],
  );
  const words = c.articles.map((a) => a.words);
  const sizes = `${Math.min(...words).toLocaleString('en-US')}–${Math.max(...words).toLocaleString('en-US')} words`;
  if (c.articles.length < 2) return ['One article: its rates are shown, but there is nothing to compare it with.'];
  if (significant.length === 0) {
    return [`No family's rate differs significantly between these articles (${c.differences.length} tests, Benjamini-Hochberg q < ${c.method.alpha}). With ${sizes} per article the intervals are wide: that is not evidence that they frame the story alike.`];
  }
  const out = significant.slice(0, MAX_SENTENCES).map((d) => sentence(c, d));
  if (significant.length > MAX_SENTENCES) out.push(`${significant.length - MAX_SENTENCES} more significant differences are in the table below.`);
  out.push(`${significant.length} of ${c.differences.length} tests are significant (Benjamini-Hochberg q < ${c.method.alpha}; articles of ${sizes}). Rates are per 1,000 words; the writer's own voice excludes quotations and reported speech.`);
  return out;
}
