/**
 * Reading the CLI's inputs: text and Markdown files, HTML pages (main text extracted by
 * `./html.ts`), JSON records or arrays, JSONL streams (record by record), folders, and standard
 * input.
 */
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { extractHtml } from './html.js';
import { loadReadability } from './readability.js';

/** One article to analyse. */
export interface InputRecord {
  id: string;
  outlet: string;
  title?: string;
  text: string;
  /** Where it came from: `file`, `file:line` or `stdin`. */
  origin: string;
  /** Problems of the input itself (an HTML page too deep or too large for Readability): added to the analysis' warnings. */
  warnings?: Array<{ code: string; message: string }>;
}

/** A problem with one input (missing, unreadable, binary, malformed; `code`: the analysis's error code when it failed there): exit code 1. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly origin: string,
    readonly code: string = 'E_INPUT',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** For .txt/.md: the first line is the title. */
  titleFirstLine: boolean;
  /** Standard input (for `-`). */
  stdin: Readable;
}

const TEXT_EXT = new Set(['.txt', '.text', '.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXT = new Set(['.json']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const KNOWN = new Set([...TEXT_EXT, ...HTML_EXT, ...JSON_EXT, ...JSONL_EXT]);

const stem = (path: string): string => basename(path, extname(path));

/**
 * Why a file's bytes are not text, or `null`: NUL bytes in the first 8 KB, or a first 64 KB of
 * which more than a fifth is not UTF-8 text (invalid sequences, control characters). A Latin-1
 * file has a few invalid bytes (its accented letters) and still reads as text.
 */
export function notText(buf: Buffer): string | null {
  if (buf.subarray(0, 8192).includes(0)) return 'it contains NUL bytes';
  return mostlyNotText(buf.subarray(0, 65536).toString('utf8')) ? 'most of its bytes are not UTF-8 text' : null;
}

/** More than a fifth of the characters are U+FFFD (an invalid UTF-8 sequence) or control characters. */
function mostlyNotText(s: string): boolean {
  if (s.length < 8) return false;
  let bad = 0;
  for (let k = 0; k < s.length; k += 1) {
    const c = s.charCodeAt(k);
    if (c === 0xfffd || c === 0x7f || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad += 1;
  }
  return bad * 5 > s.length;
}

function decode(buf: Buffer, origin: string): string {
  const why = notText(buf);
  if (why !== null) throw new InputError(`${origin}: looks like a binary file (${why}), not text`, origin);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function fromText(text: string, path: string, origin: string, titleFirstLine: boolean): InputRecord {
  const name = stem(path);
  if (titleFirstLine) {
    const nl = text.indexOf('\n');
    const title = (nl < 0 ? text : text.slice(0, nl)).replace(/^#+\s*/, '').trim();
    const body = nl < 0 ? '' : text.slice(nl + 1).replace(/^\s*\n/, '');
    return { id: name, outlet: name, title, text: body, origin };
  }
  return { id: name, outlet: name, text, origin };
}

/** The record of an HTML page: its main text and title (see `./html.ts`). */
async function fromHtml(html: string, path: string, origin: string): Promise<InputRecord> {
  const page = extractHtml(html, await loadReadability());
  if (page.text === '') throw new InputError(`${origin}: no article text found in the HTML page`, origin);
  const name = path === 'stdin' ? 'stdin' : stem(path);
  const rec: InputRecord = { id: name, outlet: name, text: page.text, origin };
  if (page.title !== '') rec.title = page.title;
  if (page.simplified !== undefined) rec.warnings = [{ code: 'html-simplified', message: page.simplified }];
  return rec;
}

/** Validate one JSON record `{ id?, outlet?, title?, text }`. */
export function toRecord(value: unknown, path: string, origin: string, index: number | null): InputRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${origin}: expected a record { id?, outlet?, title?, text }, instead found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, origin);
  }
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError(`${origin}: expected "text" to be a string, instead found ${r.text === undefined ? 'no "text" field' : typeof r.text}`, origin);
  for (const k of ['id', 'outlet', 'title'] as const) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') throw new InputError(`${origin}: expected "${k}" to be a string, instead found ${typeof r[k]}`, origin);
  }
  const name = path === '-' ? 'stdin' : stem(path);
  const rec: InputRecord = {
    id: typeof r.id === 'string' ? r.id : index === null ? name : `${name}:${index}`,
    outlet: typeof r.outlet === 'string' ? r.outlet : name,
    text: r.text,
    origin,
  };
  if (typeof r.title === 'string') rec.title = r.title;
  return rec;
}

function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const line = m !== null ? text.slice(0, Number(m[1])).split('\n').length : null;
    throw new InputError(`${origin}${line !== null ? `:${line}` : ''}: malformed JSON (${msg})`, origin);
  }
}

/** Records of a JSON file: one record or an array of records. */
function fromJson(text: string, path: string, origin: string): Array<InputRecord | InputError> {
  const value = parseJson(text, origin);
  if (Array.isArray(value)) {
    if (value.length === 0) return [new InputError(`${origin}: the JSON array holds no records`, origin)];
    return value.map((v, k) => {
      try {
        return toRecord(v, path, `${origin}[${k}]`, k + 1);
      } catch (e) {
        return e instanceof InputError ? e : new InputError(String(e), origin);
      }
    });
  }
  return [toRecord(value, path, origin, null)];
}

/** One JSONL line as a record, or the error naming its file and line. */
function jsonlRecord(text: string, path: string, origin: string, line: number): InputRecord | InputError {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    if (text.includes('\u0000') || mostlyNotText(text)) return new InputError(`${origin}: looks like binary data (${text.includes('\u0000') ? 'NUL bytes' : 'mostly not UTF-8 text'}), not a JSON record`, origin);
    return new InputError(`${origin}: malformed JSON (${e instanceof Error ? e.message : String(e)})`, origin);
  }
  try {
    return toRecord(value, path, origin, line);
  } catch (e) {
    return e instanceof InputError ? e : new InputError(`${origin}: ${String(e)}`, origin);
  }
}

/**
 * Records of a JSONL stream, one per non-empty line, read lazily (flat memory). Each line stands
 * alone: a binary or malformed line is an error of that line, and the others are still read.
 */
async function* fromJsonl(stream: Readable, path: string): AsyncGenerator<InputRecord | InputError> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let records = 0;
  for await (const raw of rl) {
    line += 1;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    records += 1;
    yield jsonlRecord(text, path, `${path === '-' ? 'stdin' : path}:${line}`, line);
  }
  if (records === 0) yield new InputError(`${path}: the file holds no records (${line === 0 ? 'it is empty' : 'only blank lines'})`, path);
}

async function* fromFile(path: string, opts: ReadOptions): AsyncGenerator<InputRecord | InputError> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    // streamed line by line: each line is checked on its own (a binary line does not reject the file)
    const readable = await fs.access(path).then(() => null, (e: NodeJS.ErrnoException) => e.code ?? String(e));
    if (readable !== null) {
      yield new InputError(`${path}: cannot read the file (${readable})`, path);
      return;
    }
    yield* fromJsonl(createReadStream(path, { encoding: 'utf8' }), path);
    return;
  }
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    yield new InputError(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
    return;
  }
  try {
    const text = decode(buf, path);
    if (HTML_EXT.has(ext)) yield await fromHtml(text, path, path);
    else if (JSON_EXT.has(ext)) yield* fromJson(text, path, path);
    else yield fromText(text, path, path, opts.titleFirstLine);
  } catch (e) {
    yield e instanceof InputError ? e : new InputError(`${path}: ${String(e)}`, path);
  }
}

/**
 * Standard input. When its first non-blank line is a complete JSON object, the input is JSONL and
 * is streamed: each record is yielded as soon as its line arrives (so `framelens analyze --format
 * jsonl -` can serve as the map step of a pipe). Otherwise the whole input is read and sniffed:
 * a JSON array or object, an HTML page, or plain text.
 */
async function* fromStdin(opts: ReadOptions): AsyncGenerator<InputRecord | InputError> {
  const rl = createInterface({ input: opts.stdin, crlfDelay: Infinity });
  const it = rl[Symbol.asyncIterator]();
  const head: string[] = [];
  for (;;) {
    const r = await it.next();
    if (r.done === true) break;
    head.push(head.length === 0 && r.value.charCodeAt(0) === 0xfeff ? r.value.slice(1) : r.value);
    if (r.value.trim() !== '') break;
  }
  const firstLine = (head[head.length - 1] ?? '').trim();
  if (firstLine.startsWith('{')) {
    let first: unknown;
    let complete = true;
    try {
      first = JSON.parse(firstLine) as unknown;
    } catch {
      complete = false;
    }
    if (complete) {
      let line = head.length;
      try {
        yield toRecord(first, '-', `stdin:${line}`, line);
      } catch (e) {
        yield e instanceof InputError ? e : new InputError(`stdin:${line}: ${String(e)}`, 'stdin');
      }
      for (;;) {
        const r = await it.next();
        if (r.done === true) break;
        line += 1;
        const text = r.value.trim();
        if (text === '') continue;
        yield jsonlRecord(text, '-', `stdin:${line}`, line);
      }
      return;
    }
  }
  const rest: string[] = [...head];
  for (;;) {
    const r = await it.next();
    if (r.done === true) break;
    rest.push(r.value);
  }
  const text = rest.join('\n');
  const why = text.slice(0, 8192).includes('\u0000') ? 'it contains NUL bytes' : mostlyNotText(text.slice(0, 65536)) ? 'most of it is not UTF-8 text' : null;
  if (why !== null) {
    yield new InputError(`stdin: looks like binary data (${why}), not text`, 'stdin');
    return;
  }
  const start = text.trimStart();
  try {
    if (start.startsWith('[') || start.startsWith('{')) yield* fromJson(text, '-', 'stdin');
    else if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(start)) yield await fromHtml(text, 'stdin', 'stdin');
    else yield fromText(text, 'stdin', 'stdin', opts.titleFirstLine);
  } catch (e) {
    yield e instanceof InputError ? e : new InputError(`stdin: ${String(e)}`, 'stdin');
  }
}

/** One entry of a folder manifest: a file of the folder and what to call it. */
interface ManifestEntry {
  file: string;
  id?: string;
  outlet?: string;
  title?: string;
}

/** A folder manifest: `index.json` whose `articles` is an array (problems come as errors). */
type Manifest = Array<ManifestEntry | InputError>;

/**
 * The manifest of a folder, or `null` when the folder has none. A manifest is a file `index.json`
 * holding an object with an `articles` array of `{ file, id?, outlet?, title? }`: the folder is
 * then read in that order, with those names, and its other files are ignored. An `index.json` of
 * any other shape is not a manifest (it is read as a record like the folder's other files).
 */
async function readManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, 'index.json');
  let text: string;
  try {
    text = (await fs.readFile(path, 'utf8')).replace(/^\ufeff/, '');
  } catch {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return null; // not a manifest; reading it as a record reports the malformed JSON
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const articles = (value as Record<string, unknown>).articles;
  if (!Array.isArray(articles)) return null;
  return articles.map((a: unknown, k): ManifestEntry | InputError => {
    const origin = `${path}: articles[${k}]`;
    if (typeof a !== 'object' || a === null || Array.isArray(a)) {
      return new InputError(`${origin}: expected an entry { file, id?, outlet?, title? }, instead found ${Array.isArray(a) ? 'an array' : a === null ? 'null' : typeof a}`, path);
    }
    const r = a as Record<string, unknown>;
    if (typeof r.file !== 'string' || r.file === '') {
      return new InputError(`${origin}: expected "file" to be a file name, instead found ${r.file === undefined ? 'no "file" field' : JSON.stringify(r.file)}`, path);
    }
    const entry: ManifestEntry = { file: r.file };
    for (const key of ['id', 'outlet', 'title'] as const) {
      const v = r[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') return new InputError(`${origin}: expected "${key}" to be a string, instead found ${typeof v}`, path);
      entry[key] = v;
    }
    return entry;
  });
}

/** The records of a folder read through its manifest, named as the manifest says. */
async function* fromManifest(dir: string, manifest: Manifest, opts: ReadOptions): AsyncGenerator<InputRecord | InputError> {
  if (manifest.length === 0) yield new InputError(`${join(dir, 'index.json')}: the manifest lists no articles`, dir);
  for (const entry of manifest) {
    if (entry instanceof InputError) {
      yield entry;
      continue;
    }
    const file = join(dir, entry.file);
    const exists = await fs.stat(file).then((st) => st.isFile(), () => false);
    if (!exists) {
      yield new InputError(`${join(dir, 'index.json')}: the manifest lists "${entry.file}", which is not a file of the folder`, file);
      continue;
    }
    for await (const rec of fromFile(file, opts)) {
      if (rec instanceof InputError) {
        yield rec;
        continue;
      }
      const named: InputRecord = { ...rec, id: entry.id ?? rec.id, outlet: entry.outlet ?? rec.outlet };
      if (entry.title !== undefined) named.title = entry.title;
      yield named;
    }
  }
}

/**
 * Every record of the given inputs, in order. Problems come as `InputError` items (not thrown), so
 * the caller decides whether to stop or, with `--keep-going`, to report and continue.
 */
export async function* readInputs(paths: readonly string[], opts: ReadOptions): AsyncGenerator<InputRecord | InputError> {
  for (const path of paths) {
    if (path === '-') {
      yield* fromStdin(opts);
      continue;
    }
    let st: Stats;
    try {
      st = await fs.stat(path);
    } catch {
      yield new InputError(`${path}: no such file or folder`, path);
      continue;
    }
    if (st.isDirectory()) {
      const manifest = await readManifest(path);
      if (manifest !== null) {
        yield* fromManifest(path, manifest, opts);
        continue;
      }
      const names = (await fs.readdir(path)).filter((n) => KNOWN.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
      if (names.length === 0) yield new InputError(`${path}: the folder has no .txt, .md, .html, .json or .jsonl files`, path);
      for (const n of names) yield* fromFile(join(path, n), opts);
    } else {
      yield* fromFile(path, opts);
    }
  }
}
