/**
 * The `framelens` command, run as a user would: the built `dist/cli.mjs` in a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnalysis, Comparison } from '../src/index';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const seeds = ['000_266a9cc2f08c840b.txt', '002_cf6b4fe74b33635f.txt', '004_79ed20a90ba9a49c.txt'].map((f) => join(root, 'seeds', f));
const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-'));

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('framelens CLI', () => {
  test('--help on each command, with examples', () => {
    const a = run(['analyze', '--help']);
    expect(a.code).toBe(0);
    expect(a.out).toContain('--format <format>');
    expect(a.out).toContain('Examples:');
    const c = run(['compare', '--help']);
    expect(c.out).toContain('framelens compare --format html');
  });

  test('compare the seeds to Markdown', () => {
    const r = run(['compare', '--format', 'md', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Rates per 1,000 words');
    expect(r.out).toMatch(/\| loaded \| 1\.5 \[/);
    expect(r.err).toBe('');
  });

  test('analyze to JSON gives the library result; outlet defaults to the file name', () => {
    const r = run(['analyze', '--format', 'json', seeds[2] ?? '']);
    const [a] = JSON.parse(r.out) as ArticleAnalysis[];
    expect(a?.outlet).toBe('004_79ed20a90ba9a49c');
    expect(a?.markers.scareQuote.count).toBeGreaterThanOrEqual(3);
  });

  test('a folder, --markers and the title on the first line', () => {
    const f = join(dir, 'titled.txt');
    writeFileSync(f, 'Regime slams the "peace" plan\nThe talks may resume, officials said.\n');
    const r = run(['analyze', '--format', 'json', '--title-first-line', '--markers', 'loaded,hedge', f]);
    const [a] = JSON.parse(r.out) as ArticleAnalysis[];
    expect(a?.title).toBe('Regime slams the "peace" plan');
    expect(a?.markersRun).toEqual(['loaded', 'hedge']);
    expect(a?.findings.filter((x) => x.position === 'title').map((x) => x.text)).toEqual(expect.arrayContaining(['Regime', 'slams']));
    const sub = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(sub, 'b-outlet.txt'), 'Officials said the talks may resume.');
    writeFileSync(join(sub, 'a-outlet.md'), 'The regime claimed victory.');
    writeFileSync(join(sub, 'notes.csv'), 'ignored,file');
    const folder = run(['compare', '--format', 'json', sub]);
    expect((JSON.parse(folder.out) as Comparison).articles.map((x) => [x.id, x.outlet])).toEqual([
      ['a-outlet', 'a-outlet'],
      ['b-outlet', 'b-outlet'],
    ]);
  });

  test('a folder with an index.json manifest: its order, ids and outlets; bad entries are named', () => {
    const r = run(['compare', '--format', 'json', join(root, 'seeds')]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Comparison).articles.map((x) => [x.id, x.outlet])).toEqual([
      ['000', 'Outlet 000'],
      ['002', 'Outlet 002'],
      ['004', 'Voice of Hope'],
    ]);
    const sub = mkdtempSync(join(dir, 'manifest-'));
    writeFileSync(join(sub, 'z.txt'), 'Officials said the talks may resume.');
    writeFileSync(join(sub, 'a.txt'), 'The regime claimed victory.');
    writeFileSync(join(sub, 'unlisted.txt'), 'Not in the manifest.');
    writeFileSync(join(sub, 'index.json'), JSON.stringify({ articles: [{ file: 'z.txt', outlet: 'Zeta Post', title: 'Talks' }, { file: 'a.txt' }] }));
    const [z, a, ...rest] = JSON.parse(run(['analyze', '--format', 'json', sub]).out) as ArticleAnalysis[];
    expect([z?.id, z?.outlet, z?.title, a?.id, a?.outlet, rest.length]).toEqual(['z', 'Zeta Post', 'Talks', 'a', 'a', 0]);
    writeFileSync(join(sub, 'index.json'), JSON.stringify({ articles: [{ file: 'gone.txt' }, { outlet: 'X' }, { file: 'a.txt', outlet: 7 }] }));
    const bad = run(['analyze', '--format', 'json', '--keep-going', sub]);
    expect(bad.err).toContain('the manifest lists "gone.txt", which is not a file of the folder');
    expect(bad.err).toContain('articles[1]: expected "file" to be a file name, instead found no "file" field');
    expect(bad.err).toContain('articles[2]: expected "outlet" to be a string, instead found number');
    // an index.json that is not a manifest is an ordinary record of the folder
    writeFileSync(join(sub, 'index.json'), JSON.stringify({ id: 'rec', outlet: 'Json Outlet', text: 'The talks may resume.' }));
    const plain = JSON.parse(run(['analyze', '--format', 'json', sub]).out) as ArticleAnalysis[];
    expect(plain.map((x) => x.outlet)).toEqual(['a', 'Json Outlet', 'unlisted', 'z']);
  });

  test('HTML input: the main text is extracted, the title comes from the page', () => {
    const f = join(dir, 'page.html');
    writeFileSync(f, '<!DOCTYPE html><html><head><title>Page title</title></head><body><nav>Home | About | Subscribe</nav><article><h1>Kremlin claims victory</h1><p>The regime claimed the so-called "peace" plan had failed.</p><p>Officials said talks may resume next week, according to diplomats.</p></article><footer>Copyright</footer></body></html>');
    const [a] = JSON.parse(run(['analyze', '--format', 'json', f]).out) as ArticleAnalysis[];
    expect(a?.title).toMatch(/Kremlin claims victory|Page title/);
    expect(a?.sentences.map((s) => s.text).join(' ')).not.toContain('Subscribe');
    expect(a?.markers.scareQuote.count).toBe(1);
  });

  test('JSONL streams record by record: the first line is written before the input ends', async () => {
    const child = spawn(process.execPath, [cli, 'analyze', '--format', 'jsonl', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffer = '';
    const gotLine = () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (lines.length > 0) resolve();
          else setTimeout(check, 20);
        };
        check();
      });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString('utf8');
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        lines.push(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'The regime lied.' })}\n`);
    await gotLine(); // stdin is still open: the record was processed on its own
    expect(JSON.parse(lines[0] ?? '{}').id).toBe('first');
    child.stdin.end(`${JSON.stringify({ id: 'second', text: 'Kirby said it may fail.' })}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['first', 'second']);
  });

  test('errors: usage errors exit 2, input errors exit 1, one clear line on stderr', () => {
    const unknownFormat = run(['analyze', '--format', 'xml', seeds[0] ?? '']);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.err.trim()).toBe('framelens: unknown format "xml": expected one of table, md, csv, json, jsonl, summary, html');
    expect(run(['analyze', '--markers', 'loaded,bias', seeds[0] ?? '']).code).toBe(2);
    expect(run(['analyze', '--frobnicate', seeds[0] ?? '']).code).toBe(2);
    expect(run(['compare', '--format', 'jsonl', seeds[0] ?? '']).code).toBe(2);
    const missing = run(['analyze', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe(`framelens: ${join(dir, 'nope.txt')}: no such file or folder`);
    const bin = join(dir, 'binary.txt');
    writeFileSync(bin, Buffer.from([0x52, 0x00, 0x01, 0x02]));
    expect(run(['analyze', bin]).err).toContain('looks like a binary file');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"ok","text":"Fine."}\n{"id": broken\n');
    const r = run(['analyze', '--format', 'jsonl', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:2: malformed JSON`);
  });

  test('--keep-going reports a bad record, skips it and processes the rest', () => {
    const bad = join(dir, 'mixed.jsonl');
    writeFileSync(bad, ['{"id":"a","text":"The regime lied."}', 'not json', '{"id":"c","text":42}', '{"id":"d","text":"Officials said it may fail."}'].join('\n'));
    const r = run(['analyze', '--format', 'jsonl', '--keep-going', bad]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(r.err.trim().split('\n')).toHaveLength(2);
    expect(r.err).toContain(`${bad}:2: malformed JSON`);
    expect(r.err).toContain(`${bad}:3: expected "text" to be a string`);
  });

  test('--lexicon adds validated entries; an invalid lexicon is an input error', () => {
    const lex = join(dir, 'energy.json');
    writeFileSync(lex, JSON.stringify({ id: 'energy', family: 'loaded', language: 'en', version: '1', description: 'energy', categories: { 'loaded.energy': 'Energy wording' }, entries: [{ id: 'loaded-greenwashing', term: 'greenwashing', category: 'loaded.energy', weight: 0.7, notes: 'Accuses of deceptive claims.', source: 'test' }] }));
    const r = run(['analyze', '--format', 'json', '--lexicon', lex, '-'], 'Critics called it greenwashing.');
    expect((JSON.parse(r.out) as ArticleAnalysis[])[0]?.findings.map((f) => f.text)).toContain('greenwashing');
    writeFileSync(lex, JSON.stringify({ id: 'energy', family: 'loaded', categories: { x: 'y' }, entries: [{ id: 'loaded-x', term: 'x', category: 'x', weight: 3, notes: 'n', source: 's' }] }));
    const bad = run(['analyze', '--lexicon', lex, '-'], 'text');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('expected weight to be a number in [0, 1], instead found number 3');
  });

  test('--out writes the file; html defaults to framelens-report.html', () => {
    const out = join(dir, 'rates.csv');
    expect(run(['compare', '--format', 'csv', '--out', out, ...seeds]).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('article,outlet,measure,family,category,count,words,per1k_words,ci95_low,ci95_high,z,rank,share,author_count,author_per1k_words');
    const r = spawnSync(process.execPath, [cli, 'compare', '--format', 'html', ...seeds], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'framelens-report.html'), 'utf8')).toContain('<!DOCTYPE html>');
  });
});
