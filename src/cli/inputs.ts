/**
 * Reading the CLI's inputs: text and Markdown files, HTML pages (main text extracted with Mozilla's
 * Readability on a linkedom document), JSON records or arrays, JSONL streams (record by record),
 * folders, and standard input.
 */
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
/** Readability and linkedom, loaded by the first HTML page (most batches have none). */
let html: Promise<[typeof import('@mozilla/readability'), typeof import('linkedom')]> | null = null;

/** One article to analyse. */
export interface InputRecord {
  id: string;
  outlet: string;
  title?: string;
  text: string;
  /** Where it came from: `file`, `file:line` or `stdin`. */
  origin: string;
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

function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i += 1) if (buf[i] === 0) return true;
  return false;
}

function decode(buf: Buffer, origin: string): string {
  if (isBinary(buf)) throw new InputError(`${origin}: looks like a binary file (it contains NUL bytes), not text`, origin);
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

/**
 * The main text of an HTML page: Readability's article content, with one paragraph per block
 * element; the title from Readability (or `<title>`).
 */
export async function extractHtml(page: string, path: string, origin: string): Promise<InputRecord> {
  const [{ Readability }, { parseHTML }] = await (html ??= Promise.all([import('@mozilla/readability'), import('linkedom')]));
  const { document } = parseHTML(page);
  const article = new Readability(document as unknown as Document).parse();
  const name = stem(path);
  const title = (article?.title ?? document.title ?? '').trim();
  let text = '';
  if (article?.content) {
    const { document: inner } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
    const blocks = inner.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre');
    const parts: string[] = [];
    blocks.forEach((b: Element) => {
      if (b.querySelector('p, li, blockquote') !== null) return; // a container: its children are listed
      const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t !== '') parts.push(t);
    });
    text = parts.length > 0 ? parts.join('\n\n') : (article.textContent ?? '').trim();
  } else {
    text = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  }
  if (text === '') throw new InputError(`${origin}: no article text found in the HTML page`, origin);
  const rec: InputRecord = { id: name, outlet: name, text, origin };
  if (title !== '') rec.title = title;
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
    return new InputError(`${origin}: malformed JSON (${e instanceof Error ? e.message : String(e)})`, origin);
  }
  try {
    return toRecord(value, path, origin, line);
  } catch (e) {
    return e instanceof InputError ? e : new InputError(`${origin}: ${String(e)}`, origin);
  }
}

/** Records of a JSONL stream, one per non-empty line, read lazily (flat memory). */
async function* fromJsonl(stream: Readable, path: string): AsyncGenerator<InputRecord | InputError> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line += 1;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    yield jsonlRecord(text, path, `${path === '-' ? 'stdin' : path}:${line}`, line);
  }
}

async function* fromFile(path: string, opts: ReadOptions): AsyncGenerator<InputRecord | InputError> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    // sniff the first bytes for binary content, then stream
    const head = await fs.open(path, 'r').then(async (h) => {
      try {
        const b = Buffer.alloc(8000);
        const { bytesRead } = await h.read(b, 0, 8000, 0);
        return b.subarray(0, bytesRead);
      } finally {
        await h.close();
      }
    });
    if (isBinary(head)) {
      yield new InputError(`${path}: looks like a binary file (it contains NUL bytes), not text`, path);
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
    if (HTML_EXT.has(ext)) yield await extractHtml(text, path, path);
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
  if (text.slice(0, 8000).includes('\u0000')) {
    yield new InputError('stdin: looks like binary data (it contains NUL bytes), not text', 'stdin');
    return;
  }
  const start = text.trimStart();
  try {
    if (start.startsWith('[') || start.startsWith('{')) yield* fromJson(text, '-', 'stdin');
    else if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(start)) yield extractHtml(text, 'stdin', 'stdin');
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

/** Number of non-empty lines of a JSONL file (for a progress bar's total), read as a stream. */
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
