/**
 * Resumable batches: `--skip-done <output>` and `--errors <file>`.
 *
 * A batch killed part-way (at record 600,000 of a corpus) leaves its output file with the lines of
 * the records done so far (in input order: the CLI writes results in order) and maybe one cut line.
 * Run again with `--skip-done <that file>` (and the same `--out` file), the command cuts a partial
 * last line, skips every input record whose id has a line in the file (counting repeats: the first
 * n records with an id that has n lines), and appends the others: the file ends with the bytes an
 * uninterrupted run writes. Records that failed are listed in the `--errors` file (JSONL: the
 * record's position among all input records from 1, its origin `file:line`, id, code and message),
 * so nothing is lost silently; with `--skip-done`, the records listed there are not tried again
 * (they were tried: delete their lines to retry them), and none is listed twice.
 */
import { createReadStream, createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { FramelensError } from '../errors.js';

/** What an earlier run of a batch did. */
export interface DoneRecords {
  /** Lines of the output file per record id (`null` ids count under the empty string never used by a record: they are not skipped). */
  ids: Map<string, number>;
  /** Complete output lines read. */
  lines: number;
  /** Positions listed in the errors file. */
  failed: Set<number>;
}

/** The id at the start of an analysis or summary line, without parsing the whole line. */
const ID_AT_START = /^\{"schemaVersion":"1",(?:"kind":"summary",)?"id":("(?:[^"\\]|\\.)*"|null)/;

/** The id of one output line (an analysis or a summary as the CLI writes them), `null` when it has none. */
export function lineId(line: string): string | null {
  const m = ID_AT_START.exec(line);
  const raw = m?.[1];
  const id = raw !== undefined ? (JSON.parse(raw) as unknown) : (JSON.parse(line) as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Cut a partial last line (a run killed while writing it) off a file; returns the bytes cut.
 *
 * @example
 * ```ts
 * await cutPartialLine('out.jsonl'); // 0 when the file ends with a newline
 * ```
 */
export async function cutPartialLine(path: string): Promise<number> {
  const h = await fs.open(path, 'r+');
  try {
    const { size } = await h.stat();
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    // find the last newline from the end
    while (end > 0) {
      const from = Math.max(0, end - chunk.length);
      const { bytesRead } = await h.read(chunk, 0, end - from, from);
      const k = chunk.subarray(0, bytesRead).lastIndexOf(10);
      if (k >= 0) {
        const keep = from + k + 1;
        if (keep < size) await h.truncate(keep);
        return size - keep;
      }
      end = from;
    }
    if (size > 0) await h.truncate(0);
    return size;
  } finally {
    await h.close();
  }
}

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const l of rl) if (l.trim() !== '') yield l;
}

const exists = (path: string): Promise<boolean> => fs.stat(path).then((s) => s.isFile(), () => false);

/**
 * What an earlier run wrote: the ids of the output file's complete lines (a partial last line is
 * cut off the file first), and the positions in its errors file (cut likewise). A missing file is
 * an empty one (the first run of a batch).
 *
 * @throws FramelensError `E_INPUT` when a line of the output is not an analysis or summary
 */
export async function readDone(output: string, errors: string | undefined): Promise<DoneRecords> {
  const done: DoneRecords = { ids: new Map(), lines: 0, failed: new Set() };
  if (await exists(output)) {
    await cutPartialLine(output);
    let n = 0;
    for await (const l of lines(output)) {
      n += 1;
      let id: string | null;
      try {
        id = lineId(l);
      } catch {
        throw new FramelensError('E_INPUT', `expected --skip-done ${output} to hold the JSON lines of an earlier run, instead found a malformed line ${n}`, '--skip-done');
      }
      if (id !== null) done.ids.set(id, (done.ids.get(id) ?? 0) + 1);
    }
    done.lines = n;
  }
  if (errors !== undefined && (await exists(errors))) {
    await cutPartialLine(errors);
    for await (const l of lines(errors)) {
      try {
        const p = (JSON.parse(l) as { position?: unknown }).position;
        if (typeof p === 'number') done.failed.add(p);
      } catch {
        // a line that is not an error entry lists nothing
      }
    }
  }
  return done;
}

/**
 * Whether the record at `position` with `id` was done by the earlier run (and, if so, count it as
 * skipped: a later record with the same id is done only if the output has another line for it).
 */
export function takeDone(done: DoneRecords | null, position: number, id: string | null): boolean {
  if (done === null) return false;
  if (done.failed.has(position)) return true;
  if (id === null) return false;
  const n = done.ids.get(id) ?? 0;
  if (n === 0) return false;
  done.ids.set(id, n - 1);
  return true;
}

/** One entry of the errors file. */
export interface ErrorEntry {
  /** The record's position among all input records, from 1. */
  position: number;
  /** Where it came from (`file:line`, `stdin:line`, a file name). */
  origin: string;
  /** Its id, when it was read far enough to have one. */
  id: string | null;
  /** `E_INPUT` (unreadable or malformed record) or the analysis's error code. */
  code: string;
  /** The message, as on stderr. */
  message: string;
}

/** The `--errors` file of a run (appended to: a resumed run adds its own failures). */
export class ErrorLog {
  private stream: WriteStream | null;
  /** Entries written by this run. */
  count = 0;

  constructor(readonly path: string | undefined) {
    this.stream = path === undefined ? null : createWriteStream(path, { flags: 'a' });
  }

  /** Record a failed record (when there is a file). */
  write(entry: ErrorEntry): void {
    this.count += 1;
    this.stream?.write(`${JSON.stringify(entry)}\n`);
  }

  /** Flush and close the file. */
  async close(): Promise<void> {
    const s = this.stream;
    this.stream = null;
    if (s !== null) await new Promise<void>((resolve, reject) => s.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
