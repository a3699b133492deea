/**
 * The command's inputs under stress, run as a user would (the built `dist/cli.mjs`): JSONL files
 * with binary lines, empty inputs, bytes that are not text, and hostile HTML pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../src/index';

const cli = join(__dirname, '..', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-inputs-'));

function run(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Bytes that look random (a fixed LCG), with no NUL and no line break. */
function noise(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let k = 0; k < n; k += 1) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    let v = (x >> 16) & 0xff;
    if (v === 0 || v === 10 || v === 13) v = 0xa7;
    b[k] = v;
  }
  return b;
}

const record = (id: string, text: string): string => JSON.stringify({ id, text });

describe('JSONL: every line stands alone', () => {
  const file = join(dir, 'mixed.jsonl');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`${record('a', 'The regime lied, officials said.')}\n`),
      Buffer.from([0x7b, 0x00, 0x01, 0x00, 0xff, 0x0a]), // line 2: NUL bytes
      noise(300), // line 3: bytes that are not text
      Buffer.from(`\n${record('d', 'Kirby said the talks may resume.')}\n`),
    ]),
  );

  test('without --keep-going: the first binary line is named, exit 1', () => {
    const r = run(['analyze', '--format', 'jsonl', file]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as ArticleAnalysis).id)).toEqual(['a']);
    expect(r.err.trim()).toBe(`framelens: ${file}:2: looks like binary data (NUL bytes), not a JSON record`);
  });

  test('with --keep-going: each binary line is reported and the other records are analysed', () => {
    const r = run(['analyze', '--format', 'json', '--keep-going', file]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as ArticleAnalysis[]).map((a) => [a.id, a.markers.loaded?.count])).toEqual([
      ['a', 2],
      ['d', 0],
    ]);
    expect(r.err.trim().split('\n')).toEqual([`framelens: ${file}:2: looks like binary data (NUL bytes), not a JSON record`, `framelens: ${file}:3: looks like binary data (mostly not UTF-8 text), not a JSON record`]);
  });

  test('a NUL in the first 8 KB (a binary first line) does not reject the file', () => {
    const f = join(dir, 'nul-first.jsonl');
    writeFileSync(f, Buffer.concat([Buffer.from([0x00, 0x00, 0x0a]), Buffer.from(`${record('b', 'Officials said it may fail.')}\n`)]));
    const r = run(['analyze', '--format', 'jsonl', '--keep-going', f]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as ArticleAnalysis).id).toBe('b');
    expect(r.err).toContain(`${f}:1: looks like binary data (NUL bytes)`);
  });
});

describe('empty inputs and bytes that are not text', () => {
  test('an empty .jsonl is an input error with a clear message, also with --keep-going', () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.jsonl');
    writeFileSync(blank, '\n\n  \n');
    const a = run(['analyze', '--format', 'jsonl', empty]);
    expect(a.code).toBe(1);
    expect(a.err.trim().split('\n')).toEqual([`framelens: ${empty}: the file holds no records (it is empty)`]);
    const b = run(['compare', '--keep-going', blank]);
    expect(b.code).toBe(1);
    expect(b.err.trim().split('\n')).toEqual([`framelens: ${blank}: the file holds no records (only blank lines)`, 'framelens: no article to compare (every input had a problem: 1 reported above)']);
    const arr = join(dir, 'empty.json');
    writeFileSync(arr, '[]');
    expect(run(['analyze', arr]).err).toContain(`${arr}: the JSON array holds no records`);
  });

  test('random bytes without a NUL are not text; Latin-1 text still is', () => {
    const bin = join(dir, 'noise.txt');
    writeFileSync(bin, noise(64 * 1024));
    const r = run(['analyze', bin]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`framelens: ${bin}: looks like a binary file (most of its bytes are not UTF-8 text), not text`);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Le régime a menti, a déclaré le porte-parole. The regime lied, officials said.', 'latin1'));
    const ok = run(['analyze', '--format', 'json', latin1]);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as ArticleAnalysis[])[0]?.counts.words).toBeGreaterThan(10);
  });
});

describe('hostile HTML pages', () => {
  test('deeply nested markup: the text is analysed with an html-simplified warning, never a stack overflow', () => {
    const files = [5_000, 20_000].map((depth) => {
      const f = join(dir, `nested-${depth}.html`);
      writeFileSync(f, `<html><head><title>Deep ${depth}</title></head><body>${'<div>'.repeat(depth)}<p>The regime claimed the so-called "peace" plan had failed, officials said.</p>${'</div>'.repeat(depth)}</body></html>`);
      return f;
    });
    const r = run(['analyze', '--format', 'json', ...files]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const [a, b] = JSON.parse(r.out) as ArticleAnalysis[];
    expect([a?.title, b?.title]).toEqual(['Deep 5000', 'Deep 20000']);
    expect(a?.sentences.map((s) => s.text)).toEqual(['The regime claimed the so-called "peace" plan had failed, officials said.']);
    expect(b?.warnings.find((w) => w.code === 'html-simplified')?.message).toMatch(/^the page nests elements 20,003 deep \(Readability is used up to 128\)/);
  });

  test('an ordinary page still goes through Readability: no warning', () => {
    const f = join(dir, 'ordinary.html');
    writeFileSync(f, '<!DOCTYPE html><html><head><title>T</title></head><body><nav>Home | About</nav><article><h1>Talks</h1><p>Officials said the talks may resume next week, according to diplomats in Geneva.</p><p>The regime denied it, calling the reports a masquerade by its enemies abroad.</p></article></body></html>');
    const [a] = JSON.parse(run(['analyze', '--format', 'json', f]).out) as ArticleAnalysis[];
    expect(a?.warnings.map((w) => w.code)).not.toContain('html-simplified');
    expect(a?.sentences.map((s) => s.text).join(' ')).not.toContain('About');
  });
});
