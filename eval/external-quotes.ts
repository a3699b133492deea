/**
 * Peer quote suites of the external folder (`quotes-textacy.jsonl`, `quotes-sayswho.jsonl`): the
 * test cases of two quote extractors, scored on framelens's public output. For every expected
 * quotation: is it found (an attribution whose content is the quotation, or an indirect attribution
 * whose reported clause contains it as a partial quote), is its speaker right, and, where the suite
 * names the person a pronoun stands for, is the canonical name right. Cases that expect no quotation
 * ("Burton thinks that cats are “cuties”") count the direct quotations framelens reports anyway.
 *
 * The texts are read from the folder given on the command line; nothing is copied.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/index';
import type { Attribution } from '../src/index';

/** One expected quotation of a suite. */
interface ExpectedQuote {
  speaker: string;
  speaker_any?: string[];
  cue: string;
  content: string;
}

/** One case of a suite, as the file holds it. */
interface QuoteCase {
  suite: string;
  id: string;
  text: string;
  expected?: ExpectedQuote[];
  expected_canonical?: string[];
  expected_speaker_tokens?: string[];
}

/** The tally of one suite. */
export interface SuiteScore {
  /** Suite name (`textacy`, `sayswho`). */
  suite: string;
  /** Cases read. */
  cases: number;
  /** Expected quotations (all of them have a cue in their sentence). */
  quotes: number;
  /** Expected quotations found. */
  found: number;
  /** Found with the right speaker. */
  speaker: number;
  /** Expected canonical names (pronoun speakers the suite resolves). */
  canonicalExpected: number;
  /** Canonical names right. */
  canonical: number;
  /** Speaker-token cases (sayswho's adjustment tests): tokens expected and matched. */
  tokenCases: number;
  /** Speaker-token cases whose tokens all match. */
  tokenCasesRight: number;
  /** Direct quotations reported in cases that expect none. */
  falseQuotes: number;
  /** One line per miss or error, for reading. */
  misses: string[];
}

const MARKS = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g;

/** A quotation's text without its surrounding quotation marks and whitespace (the suites keep the marks). */
export function bareQuote(s: string): string {
  return s.replace(MARKS, '').replace(/\s+/g, ' ');
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const STOP = new Set(['the', 'a', 'an', 'and', ',', 'of']);

/** True when framelens's speaker matches the suite's speaker (surface form, or every listed part). */
export function speakerMatches(got: string | undefined, e: ExpectedQuote): boolean {
  if (got === undefined) return false;
  const g = norm(got);
  const want = norm(e.speaker);
  // the speaker's phrase may keep its post-modifier ("Officer Tusk of the Walrus Police Department")
  if (g === want || g.startsWith(`${want} of `) || g.startsWith(`${want}, `)) return true;
  if (e.speaker_any !== undefined) {
    const words = g.split(/[\s,]+/).filter((w) => !STOP.has(w));
    const parts = e.speaker_any.map(norm);
    return parts.every((w) => words.includes(w)) && words.every((w) => parts.includes(w));
  }
  return false;
}

/** The attribution that reports quotation `content`, and how (direct content or a partial quote inside reported content). */
function findQuote(atts: readonly Attribution[], content: string): Attribution | undefined {
  const want = bareQuote(content);
  const direct = atts.find((a) => a.kind !== 'unattributed' && a.content !== null && bareQuote(a.content.text) === want);
  if (direct !== undefined) return direct;
  return atts.find((a) => (a.kind === 'indirect' || a.kind === 'according-to') && a.content !== null && a.content.text.replace(/\s+/g, ' ').includes(want));
}

/** Speaker tokens of the quotation attributions, for sayswho's adjustment cases (determiners left out). */
function speakerTokens(atts: readonly Attribution[]): string[] {
  const out: string[] = [];
  for (const a of atts) {
    if (a.source === null || a.content === null) continue;
    if (a.kind === 'indirect' || a.kind === 'according-to') {
      if (a.quotedWords === 0) continue;
    } else if (a.kind === 'unattributed') continue;
    for (const w of a.source.text.split(/\s+/)) if (!STOP.has(w.toLowerCase()) && w !== '') out.push(w.replace(/[,.]$/, ''));
  }
  return out;
}

/**
 * Score every case of one suite file.
 *
 * @param file - the suite's JSONL file
 * @param keep - which cases to use (by 0-based line index), for the even/odd halves
 */
export function scoreSuite(file: string, keep: (index: number) => boolean = () => true): SuiteScore {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const s: SuiteScore = { suite: path.basename(file, '.jsonl').replace(/^quotes-/, ''), cases: 0, quotes: 0, found: 0, speaker: 0, canonicalExpected: 0, canonical: 0, tokenCases: 0, tokenCasesRight: 0, falseQuotes: 0, misses: [] };
  lines.forEach((line, index) => {
    if (!keep(index)) return;
    const c = JSON.parse(line) as QuoteCase;
    s.cases += 1;
    const atts = analyze(c.text).attributions;
    if (c.expected_speaker_tokens !== undefined) {
      s.tokenCases += 1;
      const got = speakerTokens(atts);
      const want = c.expected_speaker_tokens;
      const ok = got.length === want.length && got.every((w, k) => norm(w) === norm(want[k] ?? ''));
      if (ok) s.tokenCasesRight += 1;
      else s.misses.push(`${c.id}: speaker tokens ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      return;
    }
    const expected = c.expected ?? [];
    if (expected.length === 0) {
      const direct = atts.filter((a) => a.kind === 'direct' || a.kind === 'continuation' || a.kind === 'colon');
      s.falseQuotes += direct.length;
      for (const a of direct) s.misses.push(`${c.id}: expected no quotation, found ${a.kind} ${JSON.stringify(a.content?.text ?? '')} (${a.cue.text}, ${a.source?.text ?? 'no source'})`);
      return;
    }
    expected.forEach((e, k) => {
      s.quotes += 1;
      const a = findQuote(atts, e.content);
      if (a === undefined) {
        s.misses.push(`${c.id}: not found ${JSON.stringify(bareQuote(e.content).slice(0, 70))}`);
        return;
      }
      s.found += 1;
      if (speakerMatches(a.source?.text, e)) s.speaker += 1;
      else s.misses.push(`${c.id}: speaker ${JSON.stringify(a.source?.text ?? null)}, expected ${JSON.stringify(e.speaker)} for ${JSON.stringify(bareQuote(e.content).slice(0, 40))}`);
      const canon = c.expected_canonical?.[k];
      if (canon !== undefined) {
        s.canonicalExpected += 1;
        if (a.source !== null && norm(a.source.canonical) === norm(canon)) s.canonical += 1;
        else s.misses.push(`${c.id}: canonical ${JSON.stringify(a.source?.canonical ?? null)}, expected ${JSON.stringify(canon)}`);
      } else if (a.source?.kind === 'pronoun') {
        s.misses.push(`${c.id}: (note) pronoun ${JSON.stringify(a.source.text)} -> ${JSON.stringify(a.source.canonical)} (the suite names no canonical)`);
      }
    });
  });
  return s;
}
