/**
 * `framelens aggregate` and `framelens analyze --format summary`.
 *
 * The pipeline is read -> map -> accumulate: `readCorpus` yields items in input order, the map
 * step turns each into an `ArticleSummary` (analysing articles; a parallel implementation can
 * replace `sequentialMap` as long as it yields in input order), and the accumulator keeps only
 * sums, so memory stays flat on any number of records.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
// the public API comes from ../index.js and ../report/charts.mjs, which the build keeps external
// (the command imports dist/index.mjs instead of bundling a second copy of the library)
import { analyze, FramelensError, profile, summarize, toCsv, toMarkdown, toProfileHtml, toTable, type Aggregate, type AnalyzeOptions, type ArticleSummary } from '../index.js';
import { renderProfileCharts } from '../report/charts.mjs';
import { Accumulator } from '../corpus/accumulate.js';
import { checkAggregateOptions } from '../corpus/aggregate.js';
import { checkAggregate, checkSameDesign } from '../corpus/merge.js';
import { inputBytes, readCorpus, type CorpusItem, type FieldOptions } from './corpus-inputs.js';
import { InputError } from './inputs.js';

/** Analysis options without the per-article fields. */
export type BaseAnalyzeOptions = Omit<AnalyzeOptions, 'id' | 'outlet' | 'title'>;

/**
 * The map step: items in, summaries out, in input order (errors pass through as `InputError`).
 * `sequentialMap` analyses one article at a time; a worker pool can take its place.
 */
export type MapStep = (items: AsyncIterable<CorpusItem | InputError>, base: BaseAnalyzeOptions) => AsyncIterable<ArticleSummary | InputError>;

/** The map step in this process, one item at a time. */
export const sequentialMap: MapStep = async function* (items, base) {
  for await (const item of items) {
    if (item instanceof InputError) {
      yield item;
      continue;
    }
    try {
      if (item.kind === 'summary') yield item.summary;
      else if (item.kind === 'analysis') yield summarize(item.analysis, item.meta);
      else {
        const r = item.record;
        const a = analyze(r.text, { ...base, id: r.id, outlet: r.outlet, ...(r.title !== undefined ? { title: r.title } : {}) });
        yield summarize(a, item.meta);
      }
    } catch (e) {
      if (!(e instanceof FramelensError) || e.code === 'E_LEXICON' || e.code === 'E_MARKER_UNKNOWN') throw e;
      const origin = item.kind === 'article' ? item.record.origin : item.origin;
      yield new InputError(`${origin}: ${e.message.replace(/^framelens: /, '')}`, origin);
    }
  }
};

/** The reading options of `aggregate` and `analyze --format summary` (the common ones come from the CLI's `addCommon`). */
export interface ReadCliOptions {
  format: string;
  out?: string;
  titleFirstLine: boolean;
  keepGoing: boolean;
  progress: boolean;
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

/** Summaries of the inputs through the map step, with progress; stops at the first problem unless keep-going. */
async function* summaries(inputs: string[], o: ReadCliOptions, fields: FieldOptions, base: BaseAnalyzeOptions, map: MapStep, problems: { n: number }): AsyncGenerator<ArticleSummary> {
  const counter = { bytes: 0 };
  const bar = progress(o.progress, await inputBytes(inputs), counter);
  try {
    for await (const s of map(readCorpus(inputs, { fields, titleFirstLine: o.titleFirstLine, stdin: process.stdin, progress: counter }), base)) {
      if (s instanceof InputError) {
        problems.n += 1;
        bar.stop();
        process.stderr.write(`framelens: ${s.message}\n`);
        if (!o.keepGoing) return;
        continue;
      }
      bar.tick();
      yield s;
    }
  } finally {
    bar.stop();
  }
}

async function mergePartials(inputs: string[], o: AggregateCliOptions): Promise<Aggregate | null> {
  let acc: Accumulator | null = null;
  let first: Aggregate | null = null;
  for (const path of inputs) {
    let part: Aggregate;
    try {
      part = checkAggregate(JSON.parse(await fs.readFile(path, 'utf8')) as unknown, path);
      if (first !== null) checkSameDesign(first, part, path);
    } catch (e) {
      const msg = e instanceof FramelensError ? e.message.replace(/^framelens: /, '') : e instanceof Error ? e.message : String(e);
      process.stderr.write(`framelens: ${path}: ${msg}\n`);
      if (!o.keepGoing) return null;
      continue;
    }
    if (first === null) first = part;
    acc ??= new Accumulator({ by: [...part.by], event: part.event, people: part.people });
    acc.addAggregate(part);
  }
  return acc?.result() ?? null;
}

async function runAggregate(inputs: string[], o: AggregateCliOptions, base: BaseAnalyzeOptions, map: MapStep): Promise<number> {
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
    for await (const s of summaries(inputs, o, fieldsOf(o, by), base, map, count)) acc.addSummary(s);
    problems = count.n;
    if (problems > 0 && !o.keepGoing) return 1;
    agg = acc.result();
    if (agg.articles === 0) {
      process.stderr.write('framelens: no article to aggregate\n');
      return 1;
    }
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

/** `framelens analyze --format summary`: one summary JSON line per article, streamed. */
export async function runSummaries(inputs: string[], o: ReadCliOptions, base: BaseAnalyzeOptions, map: MapStep = sequentialMap): Promise<number> {
  const sink = o.out === undefined || o.out === '-' ? process.stdout : createWriteStream(o.out);
  const count = { n: 0 };
  for await (const s of summaries(inputs, o, fieldsOf(o, []), base, map, count)) {
    const line = `${JSON.stringify(s)}\n`;
    if (!sink.write(line)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
  }
  if (sink !== process.stdout) await new Promise<void>((resolve) => (sink as NodeJS.WritableStream).end(resolve));
  return count.n > 0 && !o.keepGoing ? 1 : 0;
}

/**
 * Register `framelens aggregate` on the program, with the CLI's common options and its analysis
 * options (both passed in, so that this file does not import the entry point).
 */
export function registerAggregate(
  prog: Command,
  deps: { addCommon: (cmd: Command, formats: readonly string[]) => Command; analyzeOptions: (opts: never) => BaseAnalyzeOptions; map?: MapStep },
): void {
  const cmd = deps
    .addCommon(prog.command('aggregate').description('profile outlets over a corpus: rates with clustered intervals, differences, within-event comparisons'), FORMATS)
    .option('-b, --by <keys>', 'group by these keys: outlet, event, month, year, or a record field (comma-separated)', 'outlet')
    .option('--partial', 'write the Aggregate (sums only) instead of the profile, to merge later', false)
    .option('--merge', 'the inputs are partial aggregates (from --partial): merge them and profile the result', false)
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
  framelens aggregate --merge --format html --out profile.html part-*.json`,
    )
    .action(async (inputs: string[], opts: AggregateCliOptions) => {
      process.exitCode = await runAggregate(inputs, opts, opts.merge ? {} : deps.analyzeOptions(opts as never), deps.map ?? sequentialMap);
    });
}
