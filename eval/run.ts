/**
 * The evaluation command of framelens:
 *
 * ```sh
 * npx ts-node --transpile-only eval/run.ts --data <folder> [--json <file>] [--errors <n>]
 *   [--only hedges,polnear,...] [--floors eval/floors.json] [--half even|odd]
 * npx ts-node --transpile-only eval/run.ts --external <folder> [--baseline <saved.json>]
 *   [--save <file.json>] [--changes <n>] [--half even|odd]
 * npx ts-node --transpile-only eval/run.ts --external <folder> --sample <n> [--seed <s>] [--half even|odd]
 * ```
 *
 * `--sample` prints only a seeded random sample of the stories' author-voice loaded findings and
 * attributions, each in its sentence, for a person to judge (`external-sample.ts`).
 *
 * `--external` prints the report on material nobody on this project wrote (`external.ts`): peer
 * quote suites, the `sentiment` package's labelled sentences and real same-event stories, with the
 * findings that changed since a saved run. `--half` keeps the even or the odd records (0-based) of
 * every file, so that a rule change can be checked on both halves.
 *
 * Prints one table of metrics (value to 3 decimals, with counts), then records and time per corpus.
 *
 * Each corpus runs in its own child process: wink-nlp's POS tagger keeps state from one `readDoc`
 * to the next (winkjs/wink-nlp#143), so a corpus analysed after another one can get slightly
 * different tags. Isolation makes each corpus's figures the same with or without `--only`.
 * `--json` writes the same rows as a JSON array (an undefined value, NaN, is written as null).
 * Exit codes: 0 = done (and every floor met), 1 = a metric is below its floor, 2 = usage error,
 * 3 = a data or runtime error (e.g. a malformed JSONL line, named by file and line).
 *
 * @packageDocumentation
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { CORPORA, ErrorBook, runCorpus, selectCorpora, selectorNames } from './corpora';
import type { CorpusResult, CorpusSpec, ErrorEntry, ErrorKind, Half, MetricRow } from './corpora';
import { runExternal } from './external';
import { printSample } from './external-sample';

const USAGE =
  'usage: ts-node --transpile-only eval/run.ts (--data <folder> [--json <file>] [--errors <n>] [--only <corpus,...>] [--floors <file>] | --external <folder> [--baseline <saved.json>] [--save <file.json>] [--changes <n>] [--sample <n> [--seed <s>]]) [--half even|odd]';

/** Parsed command-line options. */
export interface RunOptions {
  /** Folder of the evaluation JSONL files, or null when only the external report runs. */
  data: string | null;
  /** The external folder (real stories, peer quote suites, labelled sentences), or null. */
  external: string | null;
  /** A saved external run to compare the stories with, or null. */
  baseline: string | null;
  /** Where to save this external run, or null. */
  save: string | null;
  /** Most changed lines printed per article (external report). */
  changes: number;
  /** Print only a seeded sample of this many loaded findings and attributions of the stories, or null. */
  sample: number | null;
  /** Seed of the sample. */
  seed: number;
  /** Only the even or odd records, cases and stories (0-based), or all. */
  half: Half;
  /** Where to write the rows as JSON, or null. */
  json: string | null;
  /** How many FP and FN strings to print per metric (0 = none). */
  errors: number;
  /** Corpus ids or groups to run, or null for all. */
  only: string[] | null;
  /** Floors file, or null. */
  floors: string | null;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

/**
 * Parses the arguments (without `node` and the script) with `util.parseArgs`.
 *
 * @throws UsageError on an unknown flag, a positional argument, a missing `--data`, a bad `--errors`
 * or an unknown `--only` name.
 */
export function parseRunArgs(argv: readonly string[]): RunOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        json: { type: 'string' },
        errors: { type: 'string' },
        only: { type: 'string' },
        floors: { type: 'string' },
        external: { type: 'string' },
        baseline: { type: 'string' },
        save: { type: 'string' },
        changes: { type: 'string' },
        sample: { type: 'string' },
        seed: { type: 'string' },
        half: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const str = (k: string): string | null => {
    const v = values[k];
    return typeof v === 'string' ? v : null;
  };
  const data = str('data');
  const external = str('external');
  if ((data === null || data === '') && (external === null || external === '')) throw new UsageError('missing --data <folder> or --external <folder>');
  if (external === null && (str('baseline') !== null || str('save') !== null)) throw new UsageError('--baseline and --save need --external <folder>');
  const h = str('half');
  if (h !== null && h !== 'even' && h !== 'odd') throw new UsageError(`--half expects even or odd, found "${h}"`);
  let changes = 30;
  const ch = str('changes');
  if (ch !== null) {
    if (!/^\d+$/.test(ch)) throw new UsageError(`--changes expects a whole number, found "${ch}"`);
    changes = Number(ch);
  }
  const whole = (k: string): number | null => {
    const v = str(k);
    if (v !== null && !/^\d+$/.test(v)) throw new UsageError(`--${k} expects a whole number, found "${v}"`);
    return v === null ? null : Number(v);
  };
  const sample = whole('sample');
  const seed = whole('seed') ?? 1;
  if (sample !== null && external === null) throw new UsageError('--sample needs --external <folder>');
  let errors = 0;
  const e = str('errors');
  if (e !== null) {
    if (!/^\d+$/.test(e)) throw new UsageError(`--errors expects a whole number, found "${e}"`);
    errors = Number(e);
  }
  let only: string[] | null = null;
  const o = str('only');
  if (o !== null) {
    only = o.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const known = selectorNames();
    const bad = only.filter((s) => !known.includes(s));
    if (bad.length > 0 || only.length === 0) {
      throw new UsageError(`--only: unknown corpus ${bad.length ? `"${bad.join('", "')}"` : '(empty)'}; expected some of ${known.join(', ')}`);
    }
  }
  return { data: data === '' ? null : data, external: external === '' ? null : external, baseline: str('baseline'), save: str('save'), changes, sample, seed, half: h as Half, json: str('json'), errors, only, floors: str('floors') };
}

/**
 * Reads a floors file: a JSON object of metric name → number; keys starting with `$` are comments.
 *
 * @throws UsageError when the file is missing, not JSON, or has a non-number floor.
 */
export function readFloors(file: string): Record<string, number> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--floors: cannot read ${file} (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`--floors: ${file} must hold a JSON object`);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k.startsWith('$')) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`--floors: ${file}: floor of "${k}" must be a number`);
    out[k] = v;
  }
  return out;
}

/** Outcome of the floors check. */
export interface FloorCheck {
  /** Metrics below their floor (or missing although their corpus ran, or NaN). */
  failures: Array<{ metric: string; value: number | null; floor: number; reason: string }>;
  /** Metrics not checked because their corpus did not run (file missing or not selected). */
  skipped: string[];
  /** Metrics checked and met. */
  passed: number;
}

/**
 * Compares each metric with its floor. A metric whose corpus did not run (`ranPrefixes` lacks its
 * prefix) is skipped; a metric whose corpus ran but which is absent, or NaN, or below the floor, fails.
 * A metric that belongs to no known corpus fails as unknown.
 */
export function checkFloors(rows: readonly MetricRow[], floors: Record<string, number>, ranPrefixes: readonly string[]): FloorCheck {
  const byName = new Map(rows.map((r) => [r.metric, r.value]));
  const known = CORPORA.map((c) => c.metricPrefix);
  const res: FloorCheck = { failures: [], skipped: [], passed: 0 };
  for (const [metric, floor] of Object.entries(floors)) {
    if (!known.some((p) => metric.startsWith(p))) {
      res.failures.push({ metric, value: null, floor, reason: 'unknown metric (no corpus has this prefix)' });
      continue;
    }
    if (!ranPrefixes.some((p) => metric.startsWith(p))) {
      res.skipped.push(metric);
      continue;
    }
    const v = byName.get(metric);
    if (v === undefined) res.failures.push({ metric, value: null, floor, reason: 'not produced although its corpus ran' });
    else if (Number.isNaN(v)) res.failures.push({ metric, value: null, floor, reason: 'undefined (NaN)' });
    else if (v < floor) res.failures.push({ metric, value: v, floor, reason: 'below floor' });
    else res.passed += 1;
  }
  return res;
}

function fmt(v: number): string {
  return Number.isNaN(v) ? 'NaN' : v.toFixed(3);
}

function formatCounts(c: Record<string, number>): string {
  return Object.entries(c)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
    .join(' ');
}

function table(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** Environment variable that turns this script into a one-corpus worker (value: JSON `{corpus, data}`). */
const WORKER_ENV = 'FRAMELENS_EVAL_WORKER';
/** Prefix of the worker's result line on stdout. */
const WORKER_MARK = '@@framelens-eval-result ';

type WorkerReply =
  | { ok: true; result: Omit<CorpusResult, 'errors'> & { errors: Record<string, Partial<Record<ErrorKind, ErrorEntry[]>>> } }
  | { ok: false; message: string };

/** Worker side: runs one corpus and writes the result as one JSON line. Returns the exit code. */
function worker(spec: string): number {
  let reply: WorkerReply;
  try {
    const { corpus, data, half } = JSON.parse(spec) as { corpus: string; data: string; half?: Half };
    const c = CORPORA.find((x) => x.id === corpus);
    if (!c) throw new Error(`unknown corpus ${corpus}`);
    const r = runCorpus(c, data, half ?? null);
    reply = { ok: true, result: { ...r, errors: r.errors.toJSON() } };
  } catch (e) {
    reply = { ok: false, message: (e as Error).message };
  }
  process.stdout.write(`${WORKER_MARK}${JSON.stringify(reply)}\n`);
  return reply.ok ? 0 : 3;
}

/**
 * Runs one corpus in a child process (same node, plus ts-node's transpile-only hook when this file
 * is TypeScript). Throws the worker's error message on failure.
 */
function runIsolated(spec: CorpusSpec, dataDir: string, half: Half): CorpusResult {
  if (!fs.existsSync(path.join(dataDir, spec.file))) return runCorpus(spec, dataDir, half); // skipped, no need for a process
  const execArgv = [...process.execArgv];
  if (__filename.endsWith('.ts')) execArgv.push('-r', require.resolve('ts-node/register/transpile-only'));
  const r = spawnSync(process.execPath, [...execArgv, __filename], {
    env: { ...process.env, [WORKER_ENV]: JSON.stringify({ corpus: spec.id, data: dataDir, half }) },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw r.error;
  const line = r.stdout.split('\n').find((l) => l.startsWith(WORKER_MARK));
  if (line === undefined) throw new Error(`worker for ${spec.id} exited with ${r.status ?? r.signal ?? '?'} and no result: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const reply = JSON.parse(line.slice(WORKER_MARK.length)) as WorkerReply;
  if (!reply.ok) throw new Error(reply.message);
  // JSON turned NaN values into null: restore them.
  const rows = reply.result.rows.map((row) => ({ ...row, value: typeof row.value === 'number' ? row.value : NaN }));
  return { ...reply.result, rows, errors: ErrorBook.fromJSON(reply.result.errors) };
}

/** Options of {@link main} that the command line does not expose. */
export interface MainOptions {
  /** Run each corpus in its own child process (default true; see the file comment). */
  isolate?: boolean;
}

/**
 * Runs the command. Returns the exit code instead of exiting, so tests can call it.
 *
 * @param argv arguments after the script name
 * @param out where normal output goes (one line per call)
 * @param err where error lines go
 * @param options `isolate: false` runs every corpus in this process (faster; for tests)
 * @returns 0 done, 1 a floor failed, 2 usage error, 3 data or runtime error
 */
export function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => console.log(s),
  err: (s: string) => void = (s) => console.error(s),
  options: MainOptions = {},
): number {
  let opts: RunOptions;
  let floors: Record<string, number> | null = null;
  try {
    opts = parseRunArgs(argv);
    if (opts.data !== null && (!fs.existsSync(opts.data) || !fs.statSync(opts.data).isDirectory())) throw new UsageError(`--data: no such folder: ${opts.data}`);
    if (opts.external !== null && (!fs.existsSync(opts.external) || !fs.statSync(opts.external).isDirectory())) throw new UsageError(`--external: no such folder: ${opts.external}`);
    if (opts.floors !== null) floors = readFloors(opts.floors);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`eval: ${e.message} — ${USAGE}`);
      return 2;
    }
    throw e;
  }

  if (opts.external !== null) {
    if (opts.sample !== null) {
      const keep = (i: number): boolean => opts.half === null || (opts.half === 'even' ? i % 2 === 0 : i % 2 === 1);
      printSample(path.join(opts.external, 'stories'), keep, opts.sample, opts.seed, out);
      return 0;
    }
    const code = runExternal({ folder: opts.external, baseline: opts.baseline, save: opts.save, half: opts.half, changes: opts.changes }, out, err);
    if (code !== 0 || opts.data === null) return code;
    out('');
  }
  const data = opts.data as string;
  const results: CorpusResult[] = [];
  try {
    for (const spec of selectCorpora(opts.only)) results.push(options.isolate === false ? runCorpus(spec, data, opts.half) : runIsolated(spec, data, opts.half));
  } catch (e) {
    err(`eval: error: ${(e as Error).message}`);
    return 3;
  }
  const rows = results.flatMap((r) => r.rows);

  out(`framelens evaluation on ${data}${opts.half === null ? '' : ` (${opts.half} half of every file)`}`);
  out('');
  for (const l of table(['metric', 'value', 'counts'], rows.map((r) => [r.metric, fmt(r.value), formatCounts(r.counts)]))) out(l);
  const noted = rows.filter((r) => r.notes !== undefined);
  if (noted.length > 0) {
    out('');
    out('notes:');
    for (const r of noted) out(`  ${r.metric}: ${r.notes ?? ''}`);
  }
  out('');
  const corpusRows = results.map((r) => [
    r.corpus,
    r.file,
    r.status === 'ok' ? String(r.records) : '-',
    r.status === 'ok' ? `${(r.ms / 1000).toFixed(2)} s` : '-',
    r.status === 'ok' ? `${r.dropped} dropped span(s)` : `skipped (${r.reason ?? ''})`,
  ]);
  for (const l of table(['corpus', 'file', 'records', 'time', 'status'], corpusRows)) out(l);

  if (opts.errors > 0) {
    for (const r of results) {
      for (const metric of r.errors.metrics()) {
        out('');
        out(`== ${metric}: top false positives (${r.errors.total(metric, 'fp')} in all) / false negatives (${r.errors.total(metric, 'fn')} in all)`);
        for (const kind of ['fp', 'fn'] as const) {
          for (const e of r.errors.top(metric, kind, opts.errors)) out(`  ${kind.toUpperCase()} ${String(e.count).padStart(4)}  ${JSON.stringify(e.text)}  | ${e.context}`);
        }
      }
    }
  }

  if (opts.json !== null) {
    try {
      fs.writeFileSync(opts.json, `${JSON.stringify(rows, null, 2)}\n`);
    } catch (e) {
      err(`eval: error: cannot write --json ${opts.json} (${(e as Error).message})`);
      return 3;
    }
  }

  if (floors !== null) {
    const ran = results.filter((r) => r.status === 'ok').map((r) => CORPORA.find((c) => c.id === r.corpus)?.metricPrefix ?? '');
    const fc = checkFloors(rows, floors, ran);
    out('');
    out(`floors: ${fc.passed} met, ${fc.failures.length} failed, ${fc.skipped.length} skipped (corpus not run)`);
    if (fc.skipped.length > 0) out(`  skipped: ${fc.skipped.join(', ')}`);
    if (fc.failures.length > 0) {
      for (const f of fc.failures) err(`eval: FLOOR ${f.metric} = ${f.value === null ? 'n/a' : fmt(f.value)} < floor ${f.floor.toFixed(3)} (${f.reason})`);
      return 1;
    }
  }
  return 0;
}

if (require.main === module) {
  const w = process.env[WORKER_ENV];
  process.exitCode = w !== undefined && w !== '' ? worker(w) : main(process.argv.slice(2));
}
