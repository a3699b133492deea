/**
 * The external report of the evaluation command (`eval/run.ts --external <folder>`): the material
 * nobody on this project wrote (see the folder's README): the peer quote suites, the `sentiment`
 * package's labelled sentences, and the real same-event stories. Prints
 *
 * - quotes found / speaker right / canonical speaker right on each peer suite;
 * - sentiment polarity accuracy of framelens and of the `sentiment` package on the same sentences;
 * - per story: loaded findings in the author's voice, attributions, unattributed quotations and
 *   scare quotes by category, and, with `--baseline <saved.json>`, the findings and attributions
 *   that changed since that run; `--save <file.json>` writes this run for a later comparison.
 *
 * `--half even|odd` keeps every other case, sentence and story (by 0-based index; stories by
 * their number), so that a change can be checked on both halves.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { scoreSuite, type SuiteScore } from './external-quotes';
import { scoreSentiment } from './external-sentiment';
import { diffRuns, readSavedRun, runStories } from './external-stories';

/** Options of the external report. */
export interface ExternalOptions {
  /** The external folder. */
  folder: string;
  /** A saved run to compare with, or null. */
  baseline: string | null;
  /** Where to save this run, or null. */
  save: string | null;
  /** Keep only the even or odd half, or null for all. */
  half: 'even' | 'odd' | null;
  /** Most changed lines printed per article. */
  changes: number;
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

function suiteLine(s: SuiteScore): string {
  const tokens = s.tokenCases > 0 ? `, speaker-token cases ${s.tokenCasesRight}/${s.tokenCases}` : '';
  return `${s.suite.padEnd(8)} cases ${s.cases}: quotes found ${s.found}/${s.quotes}, speaker ${s.speaker}/${s.quotes}, canonical ${s.canonical}/${s.canonicalExpected}${tokens}, direct quotes where none expected ${s.falseQuotes}`;
}

/**
 * Run the external report. Returns the exit code (0 done, 3 a data error).
 *
 * @param out - where the report goes, one line per call
 */
export function runExternal(o: ExternalOptions, out: (s: string) => void, err: (s: string) => void): number {
  const keep = (i: number): boolean => o.half === null || (o.half === 'even' ? i % 2 === 0 : i % 2 === 1);
  out(`framelens external report on ${o.folder}${o.half === null ? '' : ` (${o.half} half)`}`);
  try {
    out('');
    out('== peer quote suites (content compared without the quotation marks the suites include)');
    for (const f of ['quotes-textacy.jsonl', 'quotes-sayswho.jsonl']) {
      const file = path.join(o.folder, f);
      if (!fs.existsSync(file)) {
        out(`${f}: not found, skipped`);
        continue;
      }
      const s = scoreSuite(file, keep);
      out(suiteLine(s));
      for (const m of s.misses) out(`  ${m}`);
    }

    const sfile = path.join(o.folder, 'sentiment-labelled.jsonl');
    out('');
    out('== sentiment polarity (the package\'s rule: comparative < 0 is negative), framelens vs the `sentiment` package on the same sentences');
    if (fs.existsSync(sfile)) {
      const r = scoreSentiment(sfile, keep);
      for (const s of r.sets) out(`${s.set.padEnd(7)} n=${s.n}: framelens ${pct(s.framelens, s.n)} (${s.framelens}), sentiment ${pct(s.pkg, s.n)} (${s.pkg})`);
      out(`unit cases (expected score / package / framelens): ${r.units.map((u) => `${u.id} ${u.expected}/${u.pkg}/${u.framelens}`).join('; ')}`);
      for (const d of r.disagreements) out(`  ${d}`);
    } else out('sentiment-labelled.jsonl: not found, skipped');

    const sdir = path.join(o.folder, 'stories');
    out('');
    out('== stories');
    if (fs.existsSync(sdir)) {
      const r = runStories(sdir, keep);
      for (const t of r.totals) {
        const scare = Object.entries(t.scare).sort().map(([k, v]) => `${k}=${v}`).join(' ');
        out(`${t.story.padEnd(9)} articles ${t.articles}: loaded (author) ${t.loadedAuthor}, attributions ${t.attributions} (unattributed ${t.unattributed}), scare quotes ${scare === '' ? 'none' : scare}`);
      }
      out(`scare quotes of category scare.quote / scare.so-called (${r.scareQuotes.length}):`);
      for (const q of r.scareQuotes) out(`  ${q}`);
      if (o.baseline !== null) {
        const before = readSavedRun(o.baseline);
        out('');
        out(`== changed since ${o.baseline} (- before, + now)`);
        for (const c of diffRuns(before, r.run, o.changes)) {
          out(`${c.story}: +${c.added} -${c.removed}`);
          for (const l of c.lines) out(l);
        }
      }
      if (o.save !== null) {
        fs.writeFileSync(o.save, `${JSON.stringify(r.run)}\n`);
        out('');
        out(`saved this run to ${o.save}`);
      }
    } else out('stories/: not found, skipped');
  } catch (e) {
    err(`eval: error: ${(e as Error).message}`);
    return 3;
  }
  return 0;
}
