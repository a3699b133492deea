/**
 * The invariants the harness asserts on every result: exact spans within bounds, only finite
 * numbers, plain JSON that survives a round trip, and nothing added to Object.prototype. Each check
 * returns the problems it found (empty when none) and counts what it looked at.
 */
import type { ArticleAnalysis, Comparison, Span } from '../src/index';

/** What the checks looked at, summed over a run. */
export interface Tally {
  inputs: number;
  analyses: number;
  findings: number;
  spans: number;
  comparisons: number;
  badArguments: number;
  rejectedOptions: number;
}

/** A zero tally. */
export function newTally(): Tally {
  return { inputs: 0, analyses: 0, findings: 0, spans: 0, comparisons: 0, badArguments: 0, rejectedOptions: 0 };
}

function spanProblem(base: string, s: Span, what: string): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > base.length) {
    return `${what} [${s.start}, ${s.end}) is out of bounds (text length ${base.length})`;
  }
  if (base.slice(s.start, s.end) !== s.text) return `${what} [${s.start}, ${s.end}): text.slice gives ${JSON.stringify(base.slice(s.start, s.end))}, span.text is ${JSON.stringify(s.text)}`;
  return null;
}

/**
 * Every span of every finding, attribution part (cue, source, content) and sentence is exact on the
 * text it points into (the title for `position: 'title'`).
 */
export function checkSpans(text: string, title: string | undefined, a: ArticleAnalysis, tally: Tally): string[] {
  const problems: string[] = [];
  const push = (p: string | null): void => {
    tally.spans += 1;
    if (p !== null) problems.push(p);
  };
  for (const [k, f] of a.findings.entries()) push(spanProblem(f.position === 'title' ? (title ?? '') : text, f, `findings[${k}] (${f.marker})`));
  tally.findings += a.findings.length;
  for (const [k, at] of a.attributions.entries()) {
    const base = at.position === 'title' ? (title ?? '') : text;
    push(spanProblem(base, at.cue, `attributions[${k}].cue`));
    if (at.source !== null) push(spanProblem(base, at.source, `attributions[${k}].source`));
    if (at.content !== null) push(spanProblem(base, at.content, `attributions[${k}].content`));
  }
  for (const [k, s] of a.sentences.entries()) {
    push(spanProblem(text, s, `sentences[${k}]`));
    for (const [j, at] of s.termStarts.entries()) if (at < s.start || at >= s.end) problems.push(`sentences[${k}].termStarts[${j}] = ${at} lies outside the sentence`);
  }
  for (const [k, w] of a.warnings.entries()) {
    const base = w.position === 'title' ? (title ?? '') : text;
    if (w.start !== undefined && w.end !== undefined && (w.start < 0 || w.end < w.start || w.end > base.length)) problems.push(`warnings[${k}] [${w.start}, ${w.end}) is out of bounds${w.position === 'title' ? ' of the title' : ''}`);
  }
  return problems;
}

/** Only plain JSON values: finite numbers, strings, booleans, null, arrays and plain objects. */
export function checkPlainJson(value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, p: string): void => {
    if (problems.length > 5) return;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push(`${p} is ${v}`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, k) => walk(x, `${p}[${k}]`));
      return;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], `${p}.${k}`);
      return;
    }
    problems.push(`${p} is not plain JSON (${typeof v})`);
  };
  walk(value, path);
  return problems;
}

/** `JSON.parse(JSON.stringify(x))` gives back the same bytes and the same keys (no undefined values). */
export function checkRoundTrip(json: string, value: unknown): string[] {
  const again = JSON.stringify(JSON.parse(json));
  if (again !== json) return ['JSON round trip changed the bytes'];
  const undef = JSON.stringify(value, (_k, v: unknown) => (v === undefined ? '__undefined__' : v));
  return undef.includes('"__undefined__"') ? ['a property is undefined (dropped by JSON)'] : [];
}

/** Object.prototype's own property names, to compare before and after a call. */
export function prototypeKeys(): string {
  return [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertySymbols(Object.prototype).map(String)].sort().join(',');
}

/** Each family's categories sum to its count; its rate is its count per 1,000 body words. */
export function checkSummaries(a: ArticleAnalysis): string[] {
  const problems: string[] = [];
  for (const [family, s] of Object.entries(a.markers)) {
    let sum = 0;
    for (const n of Object.values(s.byCategory)) sum += typeof n === 'number' ? n : Number.NaN;
    if (sum !== s.count) problems.push(`markers.${family}: byCategory sums to ${sum}, count is ${s.count}`);
    const rate = a.counts.words > 0 ? (s.count * 1000) / a.counts.words : 0;
    if (Math.abs(rate - s.per1kWords) > 1e-9 * Math.max(1, rate)) problems.push(`markers.${family}: per1kWords ${s.per1kWords}, expected ${rate}`);
  }
  return [...problems, ...checkAttributionStats(a)];
}

/**
 * The attribution stats agree with the attributions: `byKind` counts every body attribution (the
 * unattributed quotations included), an unattributed quotation has no source and the opening mark
 * as its cue, `conventional` is `true` or absent, and `attributionStats.conventional` never exceeds
 * `byStance`.
 */
function checkAttributionStats(a: ArticleAnalysis): string[] {
  const problems: string[] = [];
  const st = a.attributionStats;
  const body = a.attributions.filter((x) => x.position !== 'title');
  const kinds = Object.values(st.byKind).reduce((x, y) => x + y, 0);
  if (kinds !== body.length) problems.push(`attributionStats.byKind sums to ${kinds}, body attributions are ${body.length}`);
  for (const [k, x] of a.attributions.entries()) {
    if (x.kind === 'unattributed' && (x.source !== null || x.cue.lemma !== '"')) problems.push(`attributions[${k}]: unattributed with a source or a cue other than the opening mark`);
    if (x.conventional !== undefined && x.conventional !== true) problems.push(`attributions[${k}].conventional is ${String(x.conventional)}`);
  }
  for (const [stance, n] of Object.entries(st.conventional)) {
    if (n > (st.byStance[stance as keyof typeof st.byStance] ?? 0)) problems.push(`attributionStats.conventional.${stance} ${n} exceeds byStance`);
  }
  return problems;
}

/** All checks on one analysis of `text`: spans, summaries, plain JSON, round trip. */
export function checkAnalysis(text: string, title: string | undefined, a: ArticleAnalysis, json: string, tally: Tally): string[] {
  return [...checkSpans(text, title, a, tally), ...checkSummaries(a), ...checkPlainJson(a), ...checkRoundTrip(json, a)];
}

/** Checks on one comparison: plain JSON, round trip, rates that sum as counts say. */
export function checkComparison(c: Comparison, json: string): string[] {
  const problems = [...checkPlainJson(c), ...checkRoundTrip(json, c)];
  for (const r of c.rates) {
    for (const x of r.perArticle) {
      const expected = x.words > 0 ? (x.count * 1000) / x.words : 0;
      if (Math.abs(x.per1kWords - expected) > 1e-9 * Math.max(1, expected)) problems.push(`rates ${r.measure} ${x.id}: per1kWords ${x.per1kWords} for ${x.count} in ${x.words} words`);
    }
  }
  return problems;
}
