/**
 * Reading a corpus for `framelens aggregate` and `framelens analyze --format summary`: JSONL
 * (optionally gzip-compressed, `.jsonl.gz`), JSON, text, Markdown and HTML files, folders (recursively,
 * in name order; a folder with an `index.json` manifest is read through it, and the manifest's
 * top-level `event` applies to all its articles), and `-` for standard input.
 *
 * Each JSON record is recognised by its shape: an `ArticleSummary` (`kind: "summary"`), an
 * `analyze()` result, or an article record with a text field. The fields for id, outlet, event,
 * date, groups, text and title are chosen by flags, so a user's own JSONL works as it is; a dotted
 * name (`meta.source`) reads a nested field.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { checkSummary } from '../corpus/check-summary.js';
import { isAnalysis, isSummary, parseIsoDate } from '../corpus/summarize.js';
import type { ArticleSummary, SummaryMeta } from '../corpus/summary-types.js';
import { FramelensError, describeValue } from '../errors.js';
import type { ArticleAnalysis } from '../types.js';
import { InputError, readInputs, type InputRecord } from './inputs.js';

/** Which record fields hold what. */
export interface FieldOptions {
  idField: string;
  outletField: string;
  eventField: string;
  dateField: string;
  groupFields: string[];
  textField: string;
  titleField: string;
}

/** One item of a corpus: an article to analyse, an analysis, or a summary. */
export type CorpusItem =
  | { kind: 'article'; record: InputRecord; meta: SummaryMeta }
  | { kind: 'analysis'; analysis: ArticleAnalysis; meta: SummaryMeta; origin: string }
  | { kind: 'summary'; summary: ArticleSummary; origin: string };

/** Options of {@link readCorpus}. */
export interface CorpusReadOptions {
  fields: FieldOptions;
  titleFirstLine: boolean;
  stdin: Readable;
  /** Bytes of input files read so far (for a progress bar). */
  progress?: { bytes: number };
}

const JSONL = /\.(jsonl|ndjson)(\.gz)?$/i;
const OTHER = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);

/** Whether a file name is one the corpus reader takes. */
export const isCorpusFile = (name: string): boolean => JSONL.test(name) || extname(name).toLowerCase() === '.json' || OTHER.has(extname(name).toLowerCase());

/** A field of a record: the key itself, or a dotted path into nested objects. */
function field(o: Record<string, unknown>, name: string): unknown {
  if (name in o) return o[name];
  let v: unknown = o;
  for (const part of name.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function scalar(v: unknown, what: string, origin: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new InputError(`${origin}: expected ${what} to be a string or number, instead found ${describeValue(v)}`, origin);
}

/** The meta of a record from the chosen fields, with defaults (a manifest's event). */
function metaOf(o: Record<string, unknown>, f: FieldOptions, origin: string, defaults: Record<string, unknown> = {}): SummaryMeta {
  const meta: SummaryMeta = {};
  const event = scalar(field(o, f.eventField), `"${f.eventField}"`, origin) ?? scalar(defaults[f.eventField] ?? defaults.event, 'the manifest\u2019s event', origin);
  if (event !== undefined) meta.event = event;
  const date = scalar(field(o, f.dateField) ?? defaults[f.dateField], `"${f.dateField}"`, origin);
  if (date !== undefined) {
    if (parseIsoDate(date) === null) throw new InputError(`${origin}: expected "${f.dateField}" to be an ISO 8601 date (YYYY-MM-DD or a timestamp), instead found ${JSON.stringify(date)}`, origin);
    meta.date = date;
  }
  const groups: Record<string, string> = {};
  for (const g of f.groupFields) {
    const v = scalar(field(o, g) ?? defaults[g], `"${g}"`, origin);
    if (v !== undefined) groups[g] = v;
  }
  if (Object.keys(groups).length > 0) meta.groups = groups;
  return meta;
}

/** One parsed JSON value of an input, as a corpus item. */
export function itemOf(value: unknown, origin: string, name: string, index: number | null, f: FieldOptions, defaults: Record<string, unknown> = {}): CorpusItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${origin}: expected an article record, an analysis or a summary, instead found ${describeValue(value)}`, origin);
  }
  const o = value as Record<string, unknown>;
  if (o.kind === 'aggregate') throw new InputError(`${origin}: this is a partial aggregate; merge partials with --merge`, origin);
  try {
    if (isSummary(o)) return { kind: 'summary', summary: checkSummary(o, origin), origin };
  } catch (e) {
    throw e instanceof FramelensError ? new InputError(e.message.replace(/^framelens: /, ''), origin) : e;
  }
  if (isAnalysis(o)) {
    const meta = metaOf(o, f, origin, defaults);
    const outlet = scalar(field(o, f.outletField), `"${f.outletField}"`, origin);
    const id = scalar(field(o, f.idField), `"${f.idField}"`, origin);
    if (outlet !== undefined) meta.outlet = outlet;
    if (id !== undefined) meta.id = id;
    return { kind: 'analysis', analysis: o as unknown as ArticleAnalysis, meta, origin };
  }
  const text = field(o, f.textField);
  if (typeof text !== 'string') {
    throw new InputError(`${origin}: expected an article record with a "${f.textField}" string, an analysis or a summary, instead found ${text === undefined ? `no "${f.textField}" field` : describeValue(text)}`, origin);
  }
  const record: InputRecord = {
    id: scalar(field(o, f.idField), `"${f.idField}"`, origin) ?? (index === null ? name : `${name}:${index}`),
    outlet: scalar(field(o, f.outletField) ?? defaults.outlet, `"${f.outletField}"`, origin) ?? name,
    text,
    origin,
  };
  const title = scalar(field(o, f.titleField), `"${f.titleField}"`, origin);
  if (title !== undefined) record.title = title;
  return { kind: 'article', record, meta: metaOf(o, f, origin, defaults) };
}

const stem = (path: string): string => basename(path).replace(/\.(jsonl|ndjson|json)(\.gz)?$/i, '').replace(/\.[^.]+$/, '');

/** The lines of a JSONL stream as items (errors as items), counting the raw bytes read. */
async function* jsonlItems(raw: Readable, path: string, opts: CorpusReadOptions): AsyncGenerator<CorpusItem | InputError> {
  if (opts.progress !== undefined) {
    const p = opts.progress;
    raw.on('data', (chunk: Buffer | string) => {
      p.bytes += chunk.length;
    });
  }
  const text = /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
  const rl = createInterface({ input: text, crlfDelay: Infinity });
  const name = path === '-' ? 'stdin' : stem(path);
  let line = 0;
  try {
    for await (const l of rl) {
      line += 1;
      const s = (line === 1 ? l.replace(/^\ufeff/, '') : l).trim();
      if (s === '') continue;
      const origin = `${path === '-' ? 'stdin' : path}:${line}`;
      try {
        yield itemOf(JSON.parse(s) as unknown, origin, name, line, opts.fields);
      } catch (e) {
        yield e instanceof InputError ? e : new InputError(`${origin}: malformed JSON (${e instanceof Error ? e.message : String(e)})`, origin);
      }
    }
  } catch (e) {
    yield new InputError(`${path}: cannot read (${e instanceof Error ? e.message : String(e)})`, path);
  }
}

/** The manifest of a folder (its raw object), or null. */
async function manifestOf(dir: string): Promise<{ top: Record<string, unknown>; entries: Map<string, Record<string, unknown>> } | null> {
  let value: unknown;
  try {
    value = JSON.parse((await fs.readFile(join(dir, 'index.json'), 'utf8')).replace(/^\ufeff/, '')) as unknown;
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { articles?: unknown }).articles)) return null;
  const top = value as Record<string, unknown>;
  const entries = new Map<string, Record<string, unknown>>();
  for (const a of top.articles as unknown[]) {
    if (typeof a !== 'object' || a === null) continue;
    const e = a as Record<string, unknown>;
    const id = typeof e.id === 'string' ? e.id : typeof e.file === 'string' ? stem(e.file) : null;
    if (id !== null) entries.set(id, e);
  }
  return { top, entries };
}

async function* fromPath(path: string, opts: CorpusReadOptions): AsyncGenerator<CorpusItem | InputError> {
  if (path === '-') {
    yield* jsonlItems(opts.stdin, '-', opts);
    return;
  }
  const st = await fs.stat(path).catch(() => null);
  if (st === null) {
    yield new InputError(`${path}: no such file or folder`, path);
    return;
  }
  if (st.isDirectory()) {
    const manifest = await manifestOf(path);
    if (manifest !== null) {
      // text articles through the CLI's manifest reader; the manifest's fields become the meta
      for await (const r of readInputs([path], { titleFirstLine: opts.titleFirstLine, stdin: opts.stdin })) {
        if (r instanceof InputError) {
          yield r;
          continue;
        }
        const defaults = { ...manifest.top, ...(manifest.entries.get(r.id) ?? {}) };
        try {
          yield { kind: 'article', record: r, meta: metaOf(defaults, opts.fields, r.origin, manifest.top) };
        } catch (e) {
          yield e instanceof InputError ? e : new InputError(String(e), r.origin);
        }
      }
      if (opts.progress !== undefined) opts.progress.bytes += await folderBytes(path);
      return;
    }
    const names = (await fs.readdir(path)).filter((n) => !n.startsWith('.')).sort();
    let found = false;
    for (const n of names) {
      const child = join(path, n);
      const cst = await fs.stat(child).catch(() => null);
      if (cst === null || (!cst.isDirectory() && !isCorpusFile(n))) continue;
      found = true;
      yield* fromPath(child, opts);
    }
    if (!found) yield new InputError(`${path}: the folder has no .jsonl, .jsonl.gz, .json, .txt, .md or .html files`, path);
    return;
  }
  if (JSONL.test(path)) {
    yield* jsonlItems(createReadStream(path), path, opts);
    return;
  }
  if (extname(path).toLowerCase() === '.json') {
    let value: unknown;
    try {
      value = JSON.parse((await fs.readFile(path, 'utf8')).replace(/^\ufeff/, '')) as unknown;
    } catch (e) {
      yield new InputError(`${path}: malformed JSON (${e instanceof Error ? e.message : String(e)})`, path);
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    for (const [k, v] of list.entries()) {
      try {
        yield itemOf(v, Array.isArray(value) ? `${path}[${k}]` : path, stem(path), Array.isArray(value) ? k + 1 : null, opts.fields);
      } catch (e) {
        yield e instanceof InputError ? e : new InputError(String(e), path);
      }
    }
    if (opts.progress !== undefined) opts.progress.bytes += st.size;
    return;
  }
  for await (const r of readInputs([path], { titleFirstLine: opts.titleFirstLine, stdin: opts.stdin })) yield r instanceof InputError ? r : { kind: 'article', record: r, meta: {} };
  if (opts.progress !== undefined) opts.progress.bytes += st.size;
}

async function folderBytes(dir: string): Promise<number> {
  let n = 0;
  for (const name of await fs.readdir(dir)) {
    const st = await fs.stat(join(dir, name)).catch(() => null);
    if (st?.isFile() === true) n += st.size;
  }
  return n;
}

/** Total bytes of the inputs (files, folders recursively), or null when standard input is one. */
export async function inputBytes(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return null;
    const st = await fs.stat(p).catch(() => null);
    if (st === null) continue;
    if (st.isFile()) n += st.size;
    else if (st.isDirectory()) {
      const names = await fs.readdir(p);
      const sub = await inputBytes(names.filter((x) => !x.startsWith('.')).map((x) => join(p, x)));
      n += sub ?? 0;
    }
  }
  return n;
}

/** Every item of the inputs, in order; problems as `InputError` items. */
export async function* readCorpus(paths: readonly string[], opts: CorpusReadOptions): AsyncGenerator<CorpusItem | InputError> {
  for (const p of paths) yield* fromPath(p, opts);
}
