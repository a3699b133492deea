/**
 * The line count of a file, for the command's progress bar.
 */
import { createReadStream } from 'node:fs';

/**
 * Number of lines of a JSONL file (newlines, plus a last line without one), read as a stream: the
 * total of the progress bar, known before the first record is analysed.
 */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i += 1) if (b[i] === 10) n += 1;
    if (b.length > 0) last = b[b.length - 1] ?? 10;
  }
  return last === 10 ? n : n + 1;
}
