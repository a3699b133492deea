/**
 * `analyzeMany()`: the same bytes as `analyze()` item by item, in input order, with errors per
 * item and back-pressure; in this thread from the sources (jest), and on real worker threads from
 * the built package (a child process: the pool loads dist/worker.mjs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzeMany, FramelensError, type AnalyzeManyResult } from '../../src/index';
import { seedText } from '../helpers/seeds';

const root = join(__dirname, '..', '..');

// articles of our own, with the traps: a headline, an empty text, a non-string, a record without text
const ARTICLES = [
  { id: 'a', outlet: 'Harbour', text: 'The council said the ferry would resume on Monday. Officials said repairs may take a week.' },
  { id: 'b', outlet: 'Tribune', title: 'Ferry fiasco', text: 'The so-called council finally admitted the ferry fiasco. Critics slammed the chaotic repairs, officials said.' },
  { id: 'c', text: '' },
  { id: 'd', text: 42 },
  { id: 'e' },
  { id: 'f', text: '“We will not back down,” the mayor said, calling the plan a “disgrace”.' },
];

async function collect(results: AsyncIterable<AnalyzeManyResult>): Promise<AnalyzeManyResult[]> {
  const out: AnalyzeManyResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('analyzeMany in this thread', () => {
  test('each result is the analysis analyze() gives, in input order; bad items are error results', async () => {
    const results = await collect(analyzeMany(ARTICLES as never, { concurrency: 1 }));
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    for (const r of results) {
      if (!r.ok) continue;
      const item = ARTICLES[r.index] as { id: string; outlet?: string; title?: string; text: string };
      const opts = { id: item.id, ...(item.outlet !== undefined ? { outlet: item.outlet } : {}), ...(item.title !== undefined ? { title: item.title } : {}) };
      expect(JSON.stringify(r.analysis)).toBe(JSON.stringify(analyze(item.text, opts)));
    }
    const bad = results.filter((r): r is Extract<AnalyzeManyResult, { ok: false }> => !r.ok).map((r) => [r.error.code, r.error.message]);
    expect(bad).toEqual([
      ['E_TEXT_TYPE', 'framelens: expected text to be a string, instead found number 42'],
      ['E_TEXT_TYPE', 'framelens: expected text to be a string, instead found undefined'],
    ]);
  });

  test('strings and an async stream of records; options apply to every item', async () => {
    async function* stream(): AsyncGenerator<{ text: string; id: string }> {
      for (const id of Object.keys(seedText).sort()) yield { id, text: seedText[id] ?? '' };
    }
    const results = await collect(analyzeMany(stream(), { concurrency: 2, markers: ['hedge'] }));
    expect(results.map((r) => (r.ok ? r.analysis.id : null))).toEqual(['000', '002', '004']);
    for (const r of results) if (r.ok) expect(r.analysis.markersRun).toEqual(['hedge']);
    const plain = await collect(analyzeMany(['Officials said repairs may take a week.']));
    expect(plain[0]?.ok === true && plain[0].analysis.markers.hedge.count).toBe(1);
  });

  test('back-pressure: an endless input is read only as far as results are taken', async () => {
    let read = 0;
    function* endless(): Generator<string> {
      for (;;) {
        read += 1;
        yield `Report ${read}: officials said repairs may take a week.`;
      }
    }
    let taken = 0;
    for await (const r of analyzeMany(endless(), { concurrency: 1 })) {
      expect(r.ok).toBe(true);
      taken += 1;
      if (taken === 5) break;
    }
    expect(read).toBe(5);
  });

  test('wrong options and inputs throw at the call, with a stable code', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof FramelensError ? e.code : 'not a FramelensError';
      }
      return undefined;
    };
    expect(code(() => analyzeMany(['x'], { concurrency: 0 }))).toBe('E_OPTIONS');
    expect(code(() => analyzeMany(['x'], { concurrency: 2.5 }))).toBe('E_OPTIONS');
    expect(code(() => analyzeMany(['x'], { jobs: 2 } as never))).toBe('E_OPTIONS');
    expect(code(() => analyzeMany(['x'], { markers: ['nope'] as never }))).toBe('E_MARKER_UNKNOWN');
    expect(code(() => analyzeMany(['x'], { lexicons: { loaded: { add: [{ id: 'x', term: 'x', category: 'no.such', weight: 1 }] } } as never }))).toBe('E_LEXICON');
    expect(code(() => analyzeMany('text' as never))).toBe('E_ARGUMENT');
    expect(code(() => analyzeMany(42 as never))).toBe('E_ARGUMENT');
  });
});

/** Run a script against the built package in a fresh Node process; its stdout. */
function node(script: string, cwd = root): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`child failed (${String(r.status)}): ${r.stderr}`);
  return r.stdout;
}

describe('analyzeMany on worker threads (the built package)', () => {
  test('2 and 3 threads: the same bytes as analyze() in this process, in input order, errors per item', () => {
    const items = [...ARTICLES, ...Object.keys(seedText).sort().map((id) => ({ id, text: seedText[id] }))];
    const out = node(`
      import { analyzeMany } from 'framelens';
      const items = ${JSON.stringify(items)};
      for (const concurrency of [2, 3]) {
        for await (const r of analyzeMany(items, { concurrency })) process.stdout.write(JSON.stringify(r) + '\\n');
      }`);
    const lines = out.trim().split('\n');
    expect(lines.length).toBe(2 * items.length);
    const expected = items.map((item, index) => {
      const r = item as { id: string; outlet?: string; title?: string; text?: unknown };
      if (typeof r.text !== 'string') return null;
      const o = { id: r.id, ...(r.outlet !== undefined ? { outlet: r.outlet } : {}), ...(r.title !== undefined ? { title: r.title } : {}) };
      return JSON.stringify({ index, ok: true, analysis: analyze(r.text, o) });
    });
    lines.forEach((line, k) => {
      const want = expected[k % items.length];
      if (want === null) expect(JSON.parse(line)).toMatchObject({ index: k % items.length, ok: false, error: { code: 'E_TEXT_TYPE' } });
      else expect(line).toBe(want);
    });
  });

  test('back-pressure with workers: an endless input is read at most a window ahead of the consumer', () => {
    const out = node(`
      import { analyzeMany } from 'framelens';
      let read = 0;
      function* endless() { for (;;) { read += 1; yield 'Report ' + read + ': officials said repairs may take a week.'; } }
      let taken = 0;
      for await (const r of analyzeMany(endless(), { concurrency: 2 })) { if (!r.ok) throw new Error(r.error.message); taken += 1; if (taken === 40) break; }
      process.stdout.write(JSON.stringify({ taken, read }));`);
    const { taken, read } = JSON.parse(out) as { taken: number; read: number };
    expect(taken).toBe(40);
    // 2 threads x 4 items in flight
    expect(read).toBeGreaterThanOrEqual(40);
    expect(read).toBeLessThanOrEqual(40 + 8);
  });

  test('a worker that stops fails only the item it held (E_WORKER); the pool goes on with a new worker', () => {
    // a copy of the built package whose worker exits on one text, as a worker killed mid-task would
    const dir = mkdtempSync(join(tmpdir(), 'framelens-pool-'));
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const worker = join(dir, 'dist', 'worker.mjs');
    const src = readFileSync(worker, 'utf8');
    expect(src).toContain('function run(task) {');
    writeFileSync(worker, src.replace('function run(task) {', 'function run(task) {\n  if (task.text === "STOP") process.exit(3);'));
    const out = node(
      `
      import { analyzeMany } from './dist/index.mjs';
      const items = ['Officials said it may rain.', 'STOP', 'Critics slammed the plan.', 'STOP', 'The mayor said so.', 'Last one may fail.'];
      for await (const r of analyzeMany(items, { concurrency: 2 })) process.stdout.write(JSON.stringify([r.index, r.ok ? r.analysis.counts.words : r.error.code]) + '\\n');`,
      dir,
    );
    expect(out.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      [0, 5],
      [1, 'E_WORKER'],
      [2, 4],
      [3, 'E_WORKER'],
      [4, 4],
      [5, 4],
    ]);
  });
});
