/**
 * `framelens aggregate` and `framelens analyze --format summary`.
 *
 * The pipeline is read -> map -> accumulate: `readCorpus` yields items in input order, the map
 * step turns each into an `ArticleSummary` (analysing articles on the `--jobs` pool, in input
 * order), and the accumulator keeps only sums, so memory stays flat on any number of records.
 * `analyze --format summary` is resumable (`--skip-done`), and both list failed records in the
 * `--errors` file (see `batch.ts`).
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
// the public API comes from ../index.js and ../report/charts.mjs, which the build keeps external
// (the command imports dist/index.mjs instead of bundling a second copy of the library)
import { FramelensError, profile, toCsv, toMarkdown, toProfileHtml, toTable, type Aggregate, type AnalyzeOptions, type ArticleSummary } from '../index.js';
import { renderProfileCharts } from '../report/charts.mjs';
import { Accumulator } from '../corpus/accumulate.js';
import { checkAggregateOptions } from '../corpus/aggregate.js';
import { checkAggregate, checkSameDesign } from '../corpus/merge.js';
import { inputBytes, readCorpus, type CorpusItem, type FieldOptions } from './corpus-inputs.js';
import { ErrorLog, takeDone, type DoneRecords } from './batch.js';
import { InputError } from './inputs.js';
import { jobsOf, pooledMap } from './jobs.js';
import { appendsTo, doneOf, lineSink } from './stream.js';

/** Analysis options without the per-article fields. */
export type BaseAnalyzeOptions = Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'>;

/**
 * The map step: items in, summaries out, in input order, one out per item in (errors pass through
 * as `InputError`). `pooledMap(jobs)` (in `jobs.ts`) is the one the CLI uses, for every `--jobs`.
 */
export type MapStep = (items: AsyncIterable<CorpusItem | InputError>, base: BaseAnalyzeOptions) => AsyncIterable<ArticleSummary | InputError>;

/** The reading options of `aggregate` and `analyze --format summary` (the common ones come from the CLI's `addCommon`). */
export interface ReadCliOptions {
  format: string;
  out?: string;
  titleFirstLine: boolean;
  keepGoing: boolean;
  progress: boolean;
  jobs?: string;
  skipDone?: string;
  errors?: string;
  idField: string;
  outletField: string;
  eventField: string;
  dateField: string;
  groupField: string[];
  textField: string;
  titleField: string;
}

/** The options of `aggregate`. */
interface AggregateCliOptions extends ReadCliOptions {
  by: string;
  partial: boolean;
  merge: boolean;
  people: boolean;
  alpha?: string;
}

const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;

const list = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** Add the record-field flags (shared by `aggregate` and `analyze --format summary`). */
export function addFieldOptions(cmd: Command): Command {
  return cmd
    .option('--id-field <name>', 'record field holding the article id', 'id')
    .option('--outlet-field <name>', 'record field holding the outlet', 'outlet')
    .option('--event-field <name>', 'record field holding the story/event id (a folder manifest\u2019s top-level "event" applies to its articles)', 'event')
    .option('--date-field <name>', 'record field holding the ISO 8601 date (for month and year groups)', 'date')
    .option('--group-field <names>', 'record fields kept as groups, e.g. leaning (comma-separated or repeated)', list, [])
    .option('--text-field <name>', 'record field holding the article text', 'text')
    .option('--title-field <name>', 'record field holding the headline', 'title');
}

function fieldsOf(o: ReadCliOptions, by: readonly string[]): FieldOptions {
  const builtin = new Set(['outlet', 'event', 'month', 'year']);
  const groupFields = [...new Set([...o.groupField, ...by.filter((k) => !builtin.has(k))])];
  return { idField: o.idField, outletField: o.outletField, eventField: o.eventField, dateField: o.dateField, groupFields, textField: o.textField, titleField: o.titleField };
}

/** A progress bar on stderr (TTY only): analysed articles, rate, and ETA from the bytes read. */
function progress(enabled: boolean, totalBytes: number | null, counter: { bytes: number }): { tick: () => void; stop: () => void } {
  if (!enabled || process.stderr.isTTY !== true) return { tick: () => undefined, stop: () => undefined };
  const known = totalBytes !== null && totalBytes > 0;
  const format = known ? 'framelens |{bar}| {articles} articles | {speed}/s | ETA {eta_formatted}' : 'framelens | {articles} articles | {speed}/s';
  const bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 200, fps: 5 }, cliProgress.Presets.shades_classic);
  const start = Date.now();
  let n = 0;
  bar.start(known ? totalBytes : 1, 0, { articles: 0, speed: '0' });
  return {
    tick: () => {
      n += 1;
      if (n % 16 === 0 || n < 16) bar.update(known ? Math.min(counter.bytes, totalBytes) : 0, { articles: n, speed: (n / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

async function write(out: string | undefined, content: string): Promise<void> {
  if (out === undefined || out === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (e) => (e ? reject(e) : resolve())));
  } else {
    await fs.writeFile(out, content);
    process.stderr.write(`framelens: wrote ${out}\n`);
  }
}

/** What a run of the map step does besides summarising: skip what an earlier run did, list failures. */
interface BatchRun {
  /** The earlier run's records (`--skip-done`), or `null`. */
  done: DoneRecords | null;
  /** The `--errors` file. */
  log: ErrorLog;
  /** Records skipped as done. */
  skipped: number;
}

const idOf = (item: CorpusItem): string | null => (item.kind === 'article' ? item.record.id : item.kind === 'summary' ? item.summary.id : item.analysis.id);

/**
 * Summaries of the inputs through the map step, with progress; stops at the first problem unless
 * --keep-going or --errors. Records done by an earlier run are skipped before they are analysed;
 * every failure is counted, and listed in the errors file with its position among all records.
 */
async function* summaries(inputs: string[], o: ReadCliOptions, fields: FieldOptions, base: BaseAnalyzeOptions, map: MapStep, problems: { n: number }, run: BatchRun): AsyncGenerator<ArticleSummary> {
  const counter = { bytes: 0 };
  const bar = progress(o.progress, await inputBytes(inputs), counter);
  const at: Array<{ position: number; id: string | null }> = [];
  async function* items(): AsyncGenerator<CorpusItem | InputError> {
    let position = 0;
    for await (const item of readCorpus(inputs, { fields, titleFirstLine: o.titleFirstLine, stdin: process.stdin, progress: counter })) {
      position += 1;
      const id = item instanceof InputError ? null : idOf(item);
      if (takeDone(run.done, position, id)) {
        run.skipped += 1;
        continue;
      }
      at.push({ position, id });
      yield item;
    }
  }
  const goOn = o.keepGoing || o.errors !== undefined;
  try {
    for await (const s of map(items(), base)) {
      const where = at.shift() ?? { position: 0, id: null };
      if (s instanceof InputError) {
        problems.n += 1;
        bar.stop();
        process.stderr.write(`framelens: ${s.message}\n`);
        run.log.write({ position: where.position, origin: s.origin, id: where.id, code: s.code, message: s.message });
        if (!goOn) return;
        continue;
      }
      bar.tick();
      yield s;
    }
  } finally {
    bar.stop();
  }
}

/** The map step and batch bookkeeping of a command's options. */
async function batchOf(o: ReadCliOptions): Promise<{ map: MapStep; run: BatchRun }> {
  const map = pooledMap(await jobsOf(o.jobs));
  return { map, run: { done: await doneOf(o), log: new ErrorLog(o.errors), skipped: 0 } };
}

/** Close the errors file and say on stderr what was skipped and listed. */
async function endBatch(o: ReadCliOptions, run: BatchRun): Promise<void> {
  await run.log.close();
  if (run.done !== null) process.stderr.write(`framelens: ${run.skipped} records done by an earlier run skipped (${run.done.lines} lines in ${o.skipDone ?? ''})\n`);
  if (run.log.count > 0 && o.errors !== undefined) process.stderr.write(`framelens: ${run.log.count} records failed; listed in ${o.errors}\n`);
}

/**
 * The partial aggregates of one input: a file (or `-`, standard input) holding one partial as JSON,
 * or several, one per line (as `--partial` writes them: the output of a map step's partitions,
 * concatenated). Yields `[origin, parsed value]` or the error of a line.
 */
async function* partialsOf(path: string): AsyncGenerator<[string, unknown] | InputError> {
  const where = path === '-' ? 'stdin' : path;
  let text: string;
  try {
    text = path === '-' ? await readStream(process.stdin) : await fs.readFile(path, 'utf8');
  } catch (e) {
    yield new InputError(`${where}: cannot read (${e instanceof Error ? e.message : String(e)})`, where);
    return;
  }
  try {
    yield [where, JSON.parse(text) as unknown];
    return;
  } catch {
    // not one JSON value: one partial per line
  }
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k += 1) {
    const line = (lines[k] ?? '').trim();
    if (line === '') continue;
    const origin = `${where}:${k + 1}`;
    try {
      yield [origin, JSON.parse(line) as unknown];
    } catch (e) {
      yield new InputError(`${origin}: malformed JSON (${e instanceof Error ? e.message : String(e)})`, origin);
    }
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function mergePartials(inputs: string[], o: AggregateCliOptions): Promise<Aggregate | null> {
  let acc: Accumulator | null = null;
  let first: Aggregate | null = null;
  for (const path of inputs) {
    for await (const item of partialsOf(path)) {
      let part: Aggregate;
      try {
        if (item instanceof InputError) throw item;
        part = checkAggregate(item[1], item[0]);
        if (first !== null) checkSameDesign(first, part, item[0]);
      } catch (e) {
        const msg = e instanceof FramelensError ? e.message.replace(/^framelens: /, '') : e instanceof Error ? e.message : String(e);
        process.stderr.write(`framelens: ${e instanceof InputError ? '' : `${item instanceof InputError ? '' : item[0]}: `}${msg}\n`);
        if (!o.keepGoing) return null;
        continue;
      }
      if (first === null) first = part;
      acc ??= new Accumulator({ by: [...part.by], event: part.event, people: part.people });
      acc.addAggregate(part);
    }
  }
  if (acc === null) process.stderr.write('framelens: no partial aggregate to merge\n');
  return acc?.result() ?? null;
}

async function runAggregate(inputs: string[], o: AggregateCliOptions, base: BaseAnalyzeOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new FramelensError('E_OPTIONS', `expected --format to be one of ${FORMATS.join(', ')}, instead found ${JSON.stringify(o.format)}`, '--format');
  const alpha = o.alpha === undefined ? undefined : Number(o.alpha);
  if (alpha !== undefined && !(alpha > 0 && alpha < 1)) throw new FramelensError('E_OPTIONS', `expected --alpha to be a number in (0, 1), instead found ${JSON.stringify(o.alpha)}`, '--alpha');
  let agg: Aggregate | null;
  let problems = 0;
  if (o.merge) {
    agg = await mergePartials(inputs, o);
    if (agg === null) return 1;
  } else {
    const by = o.by.split(',').map((s) => s.trim()).filter(Boolean);
    const acc = new Accumulator(checkAggregateOptions({ by, event: 'event', people: o.people }));
    const count = { n: 0 };
    const { map, run } = await batchOf(o);
    try {
      for await (const s of summaries(inputs, o, fieldsOf(o, by), base, map, count, run)) acc.addSummary(s);
    } finally {
      await endBatch(o, run);
    }
    problems = count.n;
    if (problems > 0 && !o.keepGoing && o.errors === undefined) return 1;
    agg = acc.result();
  }
  // an empty partial is a valid one (a map step's partition can be empty); an empty profile is not
  if (agg.articles === 0 && !o.partial) {
    process.stderr.write('framelens: no article to aggregate\n');
    return 1;
  }
  if (o.partial) {
    await write(o.out, `${JSON.stringify(agg)}\n`);
    return 0;
  }
  const p = profile(agg, alpha === undefined ? {} : { alpha });
  const out = o.format === 'html' ? (o.out ?? 'framelens-report.html') : o.out;
  const render = {
    json: () => `${JSON.stringify(p, null, 2)}\n`,
    md: () => toMarkdown(p),
    csv: () => toCsv(p),
    table: () => toTable(p),
    html: async () => toProfileHtml(p, { charts: await renderProfileCharts(p) }),
  }[o.format as (typeof FORMATS)[number]];
  await write(out, await render());
  return 0;
}

/** `framelens analyze --format summary`: one summary JSON line per article, streamed; resumable with `--skip-done`. */
export async function runSummaries(inputs: string[], o: ReadCliOptions, base: BaseAnalyzeOptions): Promise<number> {
  const { map, run } = await batchOf(o);
  const sink = lineSink(o.out, appendsTo(o.out, o.skipDone));
  const count = { n: 0 };
  try {
    for await (const s of summaries(inputs, o, fieldsOf(o, []), base, map, count, run)) await sink.write(`${JSON.stringify(s)}\n`);
  } finally {
    await sink.close();
    await endBatch(o, run);
  }
  return count.n > 0 && !o.keepGoing && o.errors === undefined ? 1 : 0;
}

/**
 * Register `framelens aggregate` on the program, with the CLI's common options and its analysis
 * options (both passed in, so that this file does not import the entry point).
 */
export function registerAggregate(
  prog: Command,
  deps: { addCommon: (cmd: Command, formats: readonly string[]) => Command; analyzeOptions: (opts: never) => BaseAnalyzeOptions },
): void {
  const cmd = deps
    .addCommon(prog.command('aggregate').description('profile outlets over a corpus: rates with clustered intervals, differences, within-event comparisons'), FORMATS)
    .option('-b, --by <keys>', 'group by these keys: outlet, event, month, year, or a record field (comma-separated)', 'outlet')
    .option('--partial', 'write the Aggregate (sums only) instead of the profile, to merge later', false)
    .option('--merge', 'the inputs are partial aggregates (from --partial; one per file, or one per line, - for standard input): merge them and profile the result', false)
    .option('--people', 'also keep label shares of people (name forms)', false)
    .addOption(new Option('--alpha <level>', 'significance level after Benjamini-Hochberg (default 0.05)'));
  addFieldOptions(cmd)
    .addHelpText(
      'after',
      `
Inputs: articles (.txt .md .html, JSON/JSONL records with a text field), analyze() results or
summaries (framelens analyze --format summary), as .jsonl, .jsonl.gz, .json or folders.

Examples:
  framelens aggregate --by outlet --event-field event stories/*/
  framelens aggregate --by outlet,month --date-field published corpus.jsonl.gz
  framelens analyze --format summary corpus.jsonl > summaries.jsonl
  framelens aggregate --by leaning --format csv summaries.jsonl > profile.csv
  framelens aggregate --partial --out part-1.json shard-1.jsonl.gz
  framelens aggregate --merge --format html --out profile.html part-*.json
  cat partials.jsonl | framelens aggregate --merge --format json -     (one partial per line)`,
    )
    .action(async (inputs: string[], opts: AggregateCliOptions) => {
      process.exitCode = await runAggregate(inputs, opts, opts.merge ? {} : deps.analyzeOptions(opts as never));
    });
}
