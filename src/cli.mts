/**
 * The `framelens` command: `framelens analyze <inputs…>` and `framelens compare <inputs…>`.
 * Exit codes: 0 success, 1 input errors (missing, unreadable, binary or malformed files), 2 usage
 * errors (unknown option, format or marker).
 */
import { createWriteStream, promises as fs, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import pick from 'lodash/pick.js';
import { analyze, compare, FramelensError, MARKER_IDS, toCsv, toHtml, toMarkdown, toTable } from './index.js';
import type { AnalyzeOptions, ArticleAnalysis, MarkerId, ReportArticle } from './index.js';
import { countLines } from './cli/count-lines.js';
import { boundHeapGrowth } from './cli/heap.js';
import { InputError, readInputs, type InputRecord } from './cli/inputs.js';
import { readLexiconFiles } from './cli/lexicon-files.js';
import { addFieldOptions, registerAggregate, runSummaries, type ReadCliOptions } from './cli/aggregate.mjs';
import { analyseAll, jobsOf } from './cli/jobs.js';
import { noArticle, runJsonl } from './cli/stream.js';
import { renderCharts } from './report/charts.mjs';
import { csvField, mdCell } from './report/format.js';

const FORMATS_ANALYZE = ['table', 'md', 'csv', 'json', 'jsonl', 'summary', 'html'] as const;
const FORMATS_COMPARE = ['table', 'md', 'csv', 'json', 'html'] as const;

class UsageError extends Error {}

interface CommonOptions {
  format: string;
  out?: string;
  markers?: string;
  lexicon: string[];
  titleFirstLine: boolean;
  keepGoing: boolean;
  progress: boolean;
  jobs?: string;
  skipDone?: string;
  errors?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMarkers(list: string | undefined): MarkerId[] | undefined {
  if (list === undefined) return undefined;
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(MARKER_IDS as readonly string[]).includes(n)) throw new UsageError(`unknown marker "${n}": expected one of ${MARKER_IDS.join(', ')}`);
  }
  return names as MarkerId[];
}

function analyzeOptions(opts: CommonOptions): Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'> {
  const o: Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'> = {};
  const markers = parseMarkers(opts.markers);
  if (markers !== undefined) o.markers = markers;
  const lexicons = readLexiconFiles(opts.lexicon);
  if (lexicons !== undefined) o.lexicons = lexicons;
  return o;
}

/** An analysis as the command writes it: `markers` holds only the families that were run (as the pool's `analysis-json-run` output). */
function serialised(a: ArticleAnalysis): Omit<ArticleAnalysis, 'markers'> & { markers: Partial<ArticleAnalysis['markers']> } {
  return { ...a, markers: pick(a.markers, a.markersRun) };
}

/** Findings of each family in the title (the body totals exclude the title). */
function titleCounts(a: ArticleAnalysis): Record<MarkerId, number> {
  const n = Object.fromEntries(MARKER_IDS.map((m) => [m, 0])) as Record<MarkerId, number>;
  for (const f of a.findings) if (f.position === 'title') n[f.marker] += 1;
  return n;
}

/** A progress bar on stderr, only when stderr is a terminal and the batch is long. */
function progressBar(enabled: boolean, total: number | null): { tick: () => void; stop: () => void } {
  if (!enabled || process.stderr.isTTY !== true || (total !== null && total < 20)) return { tick: () => undefined, stop: () => undefined };
  const format = total === null ? 'framelens | {value} articles analysed | {speed}/s' : 'framelens |{bar}| {value}/{total} articles analysed | {speed}/s | ETA {eta_formatted}';
  const bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 }, cliProgress.Presets.shades_classic);
  const start = Date.now();
  bar.start(total ?? 0, 0, { speed: '0' });
  let n = 0;
  return {
    tick: () => {
      n += 1;
      bar.update(n, { speed: (n / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

/**
 * Write the output in the chosen format: `table` for an unknown name (the caller has validated it),
 * `html` to framelens-report.html unless --out says otherwise.
 */
async function writeFormatted(opts: CommonOptions, render: Record<'json' | 'md' | 'csv' | 'html' | 'table', () => string | Promise<string>>): Promise<void> {
  const format = opts.format === 'json' || opts.format === 'md' || opts.format === 'csv' || opts.format === 'html' ? opts.format : 'table';
  await write(format === 'html' ? (opts.out ?? 'framelens-report.html') : opts.out, await render[format]());
}

async function write(out: string | undefined, content: string): Promise<void> {
  if (out === undefined || out === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (e) => (e ? reject(e) : resolve())));
  } else {
    await fs.writeFile(out, content);
    process.stderr.write(`framelens: wrote ${out}\n`);
  }
}

/**
 * One article as a terminal table: a row per family that was run (body count, rate, weighted sum,
 * findings in the title, examples from the body), then the article's warnings.
 */
function markerTable(a: ArticleAnalysis): string {
  const inTitle = titleCounts(a);
  const rows = a.markersRun.map((m) => {
    const s = a.markers[m];
    const ex = [...new Set(a.findings.filter((f) => f.marker === m && f.position !== 'title').map((f) => f.text.replace(/\s+/g, ' ')))].slice(0, 5).join(' | ');
    return `${m.padEnd(12)} ${String(s.count).padStart(5)} ${s.per1kWords.toFixed(1).padStart(8)} ${s.weighted.toFixed(2).padStart(9)} ${String(inTitle[m]).padStart(5)}  ${ex}`;
  });
  const head = `${a.id ?? ''}${a.outlet !== null && a.outlet !== a.id ? ` (${a.outlet})` : ''}: ${a.counts.words} words, ${a.counts.sentences} sentences`;
  const warnings = a.warnings.map((w) => `warning ${w.code}: ${w.message}`);
  return [head, `${'marker'.padEnd(12)} ${'count'.padStart(5)} ${'per 1k'.padStart(8)} ${'weighted'.padStart(9)} ${'title'.padStart(5)}  examples`, ...rows, ...warnings, ''].join('\n');
}

/** The families run in every article (the columns every row can fill). */
const familiesOf = (list: readonly ArticleAnalysis[]): MarkerId[] => MARKER_IDS.filter((m) => list.every((a) => a.markersRun.includes(m)));

function analysesMarkdown(list: readonly ArticleAnalysis[]): string {
  const families = familiesOf(list);
  const out = [`| article | outlet | words | ${families.map((m) => `${m} per 1k`).join(' | ')} | in title |`, `|${'---|'.repeat(4 + families.length)}`];
  for (const a of list) {
    const inTitle = titleCounts(a);
    out.push(`| ${mdCell(a.id ?? '')} | ${mdCell(a.outlet ?? '')} | ${a.counts.words} | ${families.map((m) => a.markers[m].per1kWords.toFixed(1)).join(' | ')} | ${families.reduce((n, m) => n + inTitle[m], 0)} |`);
  }
  const warnings = list.flatMap((a) => a.warnings.map((w) => `> ${mdCell(a.id ?? '')}: ${w.code}: ${mdCell(w.message)}`));
  return `${[...out, ...(warnings.length > 0 ? ['', ...warnings] : [])].join('\n')}\n`;
}

function analysesCsv(list: readonly ArticleAnalysis[]): string {
  const lines = ['article,outlet,marker,count,words,per1k_words,weighted,title_count'];
  for (const a of list) {
    const inTitle = titleCounts(a);
    for (const m of a.markersRun) lines.push([a.id ?? '', a.outlet ?? '', m, a.markers[m].count, a.counts.words, a.markers[m].per1kWords, a.markers[m].weighted, inTitle[m]].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The report's articles: each analysis with the exact text (and title) it was made from. */
function reportArticles(records: readonly InputRecord[], analyses: readonly ArticleAnalysis[]): ReportArticle[] {
  return records.map((r, k) => ({ analysis: analyses[k] as ArticleAnalysis, text: r.text, ...(r.title !== undefined ? { title: r.title } : {}) }));
}

function reportInputError(e: InputError): void {
  process.stderr.write(`framelens: ${e.message}\n`);
}

/**
 * Read every input; stop at the first problem unless --keep-going. Returns records and the number of
 * problems. With `onRecord` (streaming), each record is handed over as it is read, and the progress
 * bar counts the records `onRecord` has finished (analysed), not those read.
 */
async function gather(inputs: string[], opts: CommonOptions, onRecord?: (r: InputRecord) => Promise<void>): Promise<{ records: InputRecord[]; problems: number }> {
  const records: InputRecord[] = [];
  let problems = 0;
  const jsonlTotal = onRecord !== undefined && inputs.length === 1 && inputs[0] !== '-' && ['.jsonl', '.ndjson'].includes(extname(inputs[0] ?? '').toLowerCase()) ? await countLines(inputs[0] ?? '').catch(() => null) : null;
  const bar = onRecord === undefined ? progressBar(false, null) : progressBar(opts.progress, jsonlTotal ?? (inputs.includes('-') || inputs.some((p) => /\.(jsonl|ndjson)$/i.test(p)) ? null : inputs.length));
  try {
    for await (const item of readInputs(inputs, { titleFirstLine: opts.titleFirstLine, stdin: process.stdin })) {
      if (item instanceof InputError) {
        problems += 1;
        reportInputError(item);
        if (!opts.keepGoing) return { records, problems };
        continue;
      }
      if (onRecord !== undefined) {
        await onRecord(item);
        bar.tick();
      } else records.push(item);
    }
  } finally {
    bar.stop();
  }
  return { records, problems };
}

/** Analyse the records in order on `jobs` threads, ticking the progress bar once per analysed article. */
async function analysedWithProgress(records: readonly InputRecord[], base: Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'>, jobs: number, opts: CommonOptions): Promise<ArticleAnalysis[]> {
  const bar = progressBar(opts.progress, records.length);
  try {
    return await analyseAll(records, base, jobs, bar.tick);
  } finally {
    bar.stop();
  }
}

async function runAnalyze(inputs: string[], opts: CommonOptions): Promise<number> {
  if (!(FORMATS_ANALYZE as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}": expected one of ${FORMATS_ANALYZE.join(', ')}`);
  const base = analyzeOptions(opts);
  const streamed = opts.format === 'summary' || opts.format === 'jsonl';
  if (!streamed && (opts.skipDone !== undefined || opts.errors !== undefined)) throw new UsageError(`--skip-done and --errors apply to --format jsonl and summary (streamed), not to --format ${opts.format}`);
  if (opts.format === 'summary') return runSummaries(inputs, opts as CommonOptions & ReadCliOptions, base);
  const jobs = await jobsOf(opts.jobs);
  if (opts.format === 'jsonl') return runJsonl(inputs, opts, base, jobs);
  const { records, problems } = await gather(inputs, opts);
  if (problems > 0 && !opts.keepGoing) return 1;
  if (records.length === 0) return noArticle('analyse', problems);
  const analyses = await analysedWithProgress(records, base, jobs, opts);
  await writeFormatted(opts, {
    json: () => `${JSON.stringify(analyses.map(serialised), null, 2)}\n`,
    md: () => analysesMarkdown(analyses),
    csv: () => analysesCsv(analyses),
    html: () => toHtml(reportArticles(records, analyses), null),
    table: () => analyses.map(markerTable).join('\n'),
  });
  return 0;
}

async function runCompare(inputs: string[], opts: CommonOptions): Promise<number> {
  if (!(FORMATS_COMPARE as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" for compare: expected one of ${FORMATS_COMPARE.join(', ')}`);
  const base = analyzeOptions(opts);
  const jobs = await jobsOf(opts.jobs);
  const { records, problems } = await gather(inputs, opts);
  if (problems > 0 && !opts.keepGoing) return 1;
  if (records.length === 0) return noArticle('compare', problems);
  // distinct ids: a file name repeated across folders gets a suffix
  const seen = new Map<string, number>();
  for (const r of records) {
    const n = seen.get(r.id) ?? 0;
    seen.set(r.id, n + 1);
    if (n > 0) r.id = `${r.id}-${n + 1}`;
  }
  const analyses = await analysedWithProgress(records, base, jobs, opts);
  const comparison = compare(analyses);
  await writeFormatted(opts, {
    json: () => `${JSON.stringify(comparison, null, 2)}\n`,
    md: () => toMarkdown(comparison),
    csv: () => toCsv(comparison),
    html: async () => toHtml(reportArticles(records, analyses), comparison, { charts: records.length >= 2 ? await renderCharts(comparison) : [] }),
    table: () => toTable(comparison),
  });
  return 0;
}

function addCommon(cmd: Command, formats: readonly string[]): Command {
  return cmd
    .argument('<inputs...>', 'files (.txt .md .html .json .jsonl), folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).default('table'))
    .option('-o, --out <file>', 'write to this file (default: standard output; html: framelens-report.html)')
    .option('-m, --markers <list>', `comma-separated marker families to run (${MARKER_IDS.join(',')})`)
    .option('-l, --lexicon <file.json>', "add a lexicon's entries to its family (repeatable)", collect, [])
    .option('-t, --title-first-line', 'in .txt and .md files, the first line is the headline', false)
    .option('-k, --keep-going', 'report a bad file or record on stderr, skip it, and process the rest', false)
    .option('--no-progress', 'never show the progress bar (it is shown only when stderr is a terminal)')
    .option('-j, --jobs <n>', 'analyse on this many worker threads (default: the number of cores; 1: in this process); the output is the same bytes for every value');
}

/** The resumable-batch flags of the streamed outputs (`analyze --format jsonl|summary`; `--errors` also for `aggregate`). */
function addBatchOptions(cmd: Command, resumable: boolean): Command {
  if (resumable) cmd.option('--skip-done <output>', 'resume a killed run: skip the records that have a line in this earlier output (and those listed in --errors); with --out set to the same file, append the rest');
  return cmd.option('--errors <file>', 'list each failed record (position from 1, file:line, id, code, message) as a JSON line in this file and go on');
}

/** Build the command-line program (exported for tests). */
export function program(): Command {
  const prog = new Command('framelens')
    .description('Media-bias and framing analysis: loaded terms, hedges, boosters, attribution, scare quotes, sentiment and actor labels, with the words behind every number.')
    .version(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  addBatchOptions(addFieldOptions(addCommon(prog.command('analyze').description('score each article on framing markers'), FORMATS_ANALYZE)), true)
    .addHelpText(
      'after',
      `
Examples:
  framelens analyze seeds/*.txt
  framelens analyze --format json article.html > analysis.json
  framelens analyze --format jsonl corpus.jsonl > analyses.jsonl     (streams record by record)
  framelens analyze --format summary corpus.jsonl > summaries.jsonl  (for framelens aggregate)
  framelens analyze --format jsonl --jobs 4 --out a.jsonl --skip-done a.jsonl --errors a.errors.jsonl corpus.jsonl.gz
                                                        (run again after a kill: it goes on where it stopped)
  cat article.txt | framelens analyze -
  framelens analyze --markers loaded,hedge --lexicon energy.json articles/`,
    )
    .action(async (inputs: string[], opts: CommonOptions) => {
      process.exitCode = await runAnalyze(inputs, opts);
    });
  addCommon(prog.command('compare').description('compare several outlets\u2019 articles on the same event'), FORMATS_COMPARE)
    .addHelpText(
      'after',
      `
Examples:
  framelens compare seeds/*.txt
  framelens compare --format md seeds/ > comparison.md
  framelens compare --format html --out report.html seeds/
  framelens compare --format csv articles.jsonl > rates.csv`,
    )
    .action(async (inputs: string[], opts: CommonOptions) => {
      process.exitCode = await runCompare(inputs, opts);
    });
  registerAggregate(prog, { addCommon: (cmd, formats) => addBatchOptions(addCommon(cmd, formats), false), analyzeOptions: analyzeOptions as (opts: never) => ReturnType<typeof analyzeOptions> });
  return prog;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UsageError) {
      process.stderr.write(`framelens: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError) {
      process.stderr.write(`framelens: ${e.message}\n`);
      process.exitCode = 1;
    } else if (e instanceof FramelensError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = e.code === 'E_LEXICON' || e.code === 'E_INPUT' ? 1 : 2;
    } else {
      process.stderr.write(`framelens: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  }
}

boundHeapGrowth(process.execArgv);
void main(process.argv);
