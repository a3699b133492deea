/**
 * `framelens analyze --format jsonl`: one record in, one analysis line out, streamed through the
 * `--jobs` pool in input order (flat memory on any number of records), resumable with
 * `--skip-done`, with failed records listed in the `--errors` file (see `batch.ts`).
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { BaseAnalyzeOptions } from './aggregate.mjs';
import { ErrorLog, readDone, takeDone, type DoneRecords } from './batch.js';
import { InputError, readInputs, type InputRecord } from './inputs.js';
import { analyseRecords } from './jobs.js';

/** The options `analyze --format jsonl` reads. */
export interface StreamOptions {
  out?: string;
  titleFirstLine: boolean;
  keepGoing: boolean;
  skipDone?: string;
  errors?: string;
}

/** A sink that writes lines with back-pressure. */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Standard output, or a file (appended to when `append`).
 *
 * @example
 * ```ts
 * const sink = lineSink('out.jsonl', true); await sink.write('{"id":"a"}\n'); await sink.close();
 * ```
 */
export function lineSink(out: string | undefined, append: boolean): LineSink {
  const stream = out === undefined || out === '-' ? process.stdout : createWriteStream(out, { flags: append ? 'a' : 'w' });
  return {
    write: (line) =>
      new Promise((ok, fail) => {
        if (stream.write(line)) ok();
        else stream.once('drain', ok).once('error', fail);
      }),
    close: () => (stream === process.stdout ? Promise.resolve() : new Promise<void>((ok) => (stream as NodeJS.WritableStream).end(ok))),
  };
}

/**
 * Nothing to analyse: say so (after the problems already reported, if any); returns exit code 1.
 *
 * @example
 * ```ts
 * if (records.length === 0) return noArticle('compare', problems);
 * ```
 */
export function noArticle(verb: string, problems: number): number {
  process.stderr.write(`framelens: no article to ${verb}${problems > 0 ? ` (every input had a problem: ${problems} reported above)` : ': the inputs hold no records'}\n`);
  return 1;
}

/** Whether `--out` is the `--skip-done` file (the run appends to it). */
export const appendsTo = (out: string | undefined, skipDone: string | undefined): boolean => out !== undefined && out !== '-' && skipDone !== undefined && resolve(out) === resolve(skipDone);

/** The earlier run's records, when resuming. */
export async function doneOf(o: { skipDone?: string; errors?: string }): Promise<DoneRecords | null> {
  return o.skipDone === undefined ? null : readDone(o.skipDone, o.errors);
}

/**
 * Stream the records of `inputs` through the pool and write one analysis line each. Returns the
 * exit code: 1 when a record failed and neither `--keep-going` nor `--errors` was given (the run
 * stops there, after writing every record before it), else 0.
 */
export async function runJsonl(inputs: string[], o: StreamOptions, base: BaseAnalyzeOptions, jobs: number): Promise<number> {
  const done = await doneOf(o);
  const sink = lineSink(o.out, appendsTo(o.out, o.skipDone));
  const log = new ErrorLog(o.errors);
  const goOn = o.keepGoing || o.errors !== undefined;
  const positions: number[] = [];
  let position = 0;
  let stopped = false;
  let skipped = 0;
  let written = 0;
  let problems = 0;
  const fail = (message: string, entry: { position: number; origin: string; id: string | null; code: string }): void => {
    problems += 1;
    if (done?.failed.has(entry.position) === true) return; // listed by the earlier run
    process.stderr.write(`framelens: ${message}\n`);
    log.write({ ...entry, message });
    if (!goOn) stopped = true;
  };
  async function* records(): AsyncGenerator<InputRecord> {
    for await (const item of readInputs(inputs, { titleFirstLine: o.titleFirstLine, stdin: process.stdin })) {
      position += 1;
      if (item instanceof InputError) {
        fail(item.message, { position, origin: item.origin, id: null, code: 'E_INPUT' });
        if (stopped) return;
        continue;
      }
      if (takeDone(done, position, item.id)) {
        skipped += 1;
        continue;
      }
      positions.push(position);
      yield item;
    }
  }
  try {
    for await (const { record, result } of analyseRecords(records(), base, jobs, 'analysis-json-run')) {
      const at = positions.shift() ?? 0;
      if (result.ok) {
        await sink.write(`${result.value as string}\n`);
        written += 1;
      } else {
        fail(`${record.origin}: ${result.error.message.replace(/^framelens: /, '')}`, { position: at, origin: record.origin, id: record.id, code: result.error.code });
        // stop here; a bad input record stops the reading instead, and the records before it are written
        if (stopped) break;
      }
    }
  } finally {
    await sink.close();
    await log.close();
  }
  if (done !== null) process.stderr.write(`framelens: ${skipped} records done by an earlier run skipped (${done.lines} lines in ${o.skipDone ?? ''})\n`);
  if (log.count > 0 && o.errors !== undefined) process.stderr.write(`framelens: ${log.count} records failed; listed in ${o.errors}\n`);
  if (stopped) return 1;
  return written === 0 && skipped === 0 ? noArticle('analyse', problems) : 0;
}
