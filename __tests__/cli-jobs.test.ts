/**
 * `--jobs N`, `--skip-done` and `--errors`, run as a user would: the built `dist/cli.mjs` in a child
 * process, on articles written for this test. Every output must be the same bytes for every N, and
 * a batch killed part-way and run again must end with the bytes of an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'framelens-jobs-'));

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// sentences of our own, combined into articles of varied length (a trap or two: scare quotes,
// anonymous sources, a hedge inside a quote, a booster in a headline)
const SENTENCES = [
  'The council said the ferry would resume on Monday.',
  'Critics slammed the so-called "reform" as a chaotic giveaway.',
  'Officials, speaking on condition of anonymity, said repairs may take a week.',
  '"We will certainly finish on time," the mayor insisted.',
  'The regime claimed the talks had collapsed, according to diplomats.',
  'Analysts suggested the budget could possibly rise again next year.',
  'Residents admitted they were frightened by the disastrous flooding.',
  'The minister denied that the plan was a "cover-up".',
  'Union leaders argued the deal clearly favoured the owners.',
  'Engineers said the bridge might open in May, a spokesman told reporters.',
];
const OUTLETS = ['Harbour Daily', 'Tribune', 'Valley Post'];

function records(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const k = 1 + ((i * 7) % 23);
    const text = Array.from({ length: k }, (_, j) => SENTENCES[(i + j * 3) % SENTENCES.length]).join(j(i));
    lines.push(JSON.stringify({ id: `r${i}`, outlet: OUTLETS[i % OUTLETS.length], event: `e${i % 5}`, title: `Story ${i}: critics slam plan`, text }));
  }
  return lines;
}
// paragraph breaks in some articles
const j = (i: number): string => (i % 3 === 0 ? '\n\n' : ' ');

const corpus = join(dir, 'corpus.jsonl');
const lines = records(60);
writeFileSync(corpus, `${lines.join('\n')}\n`);
// a corpus with bad records: malformed JSON (position 3) and a text that is not a string (position 6)
const mixed = join(dir, 'mixed.jsonl');
const mixedLines = [...lines.slice(0, 2), '{"id": broken', ...lines.slice(2, 4), '{"id":"n","text":42}', ...lines.slice(4, 12)];
writeFileSync(mixed, `${mixedLines.join('\n')}\n`);

describe('--jobs: the same bytes for every number of threads', () => {
  test.each(['jsonl', 'summary', 'json', 'md', 'csv', 'table'])('analyze --format %s: --jobs 2 gives the bytes of --jobs 1', (format) => {
    const one = run(['analyze', '--format', format, '--jobs', '1', corpus]);
    expect(one.code).toBe(0);
    expect(one.out.length).toBeGreaterThan(1000);
    expect(run(['analyze', '--format', format, '--jobs', '2', corpus]).out).toBe(one.out);
    // more threads than cores, and the default (the number of cores)
    if (format === 'jsonl') expect(run(['analyze', '--format', format, '--jobs', '3', corpus]).out).toBe(one.out);
    if (format === 'summary') expect(run(['analyze', '--format', format, corpus]).out).toBe(one.out);
  });

  test('analyze --format html: the same report file', () => {
    const files = (cmd: string, jobs: string): string => {
      const out = join(dir, `${cmd}-${jobs}.html`);
      expect(run([cmd, '--format', 'html', '--jobs', jobs, '--out', out, join(dir, 'corpus.jsonl')]).code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(files('analyze', '2')).toBe(files('analyze', '1'));
  });

  test.each(['json', 'table'])('compare --format %s: --jobs 2 gives the bytes of --jobs 1', (format) => {
    const one = run(['compare', '--format', format, '--jobs', '1', corpus]);
    expect(one.code).toBe(0);
    expect(run(['compare', '--format', format, '--jobs', '2', corpus]).out).toBe(one.out);
  });

  test('aggregate (profile and --partial): --jobs 2 and 4 give the bytes of --jobs 1; the default is the same too', () => {
    for (const extra of [['--format', 'json'], ['--partial', '--by', 'outlet,event']]) {
      const one = run(['aggregate', ...extra, '--jobs', '1', corpus]);
      expect(one.code).toBe(0);
      expect(run(['aggregate', ...extra, '--jobs', '2', corpus]).out).toBe(one.out);
      if (extra[0] === '--partial') expect(run(['aggregate', ...extra, '--jobs', '4', corpus]).out).toBe(one.out);
      else expect(run(['aggregate', ...extra, corpus]).out).toBe(one.out);
    }
    const profile = JSON.parse(run(['aggregate', '--format', 'json', '--jobs', '2', corpus]).out) as { articles: number };
    expect(profile.articles).toBe(60);
  });

  test('bad records: the same lines, messages and exit code for every N', () => {
    const one = run(['analyze', '--format', 'jsonl', '--keep-going', '--jobs', '1', mixed]);
    const two = run(['analyze', '--format', 'jsonl', '--keep-going', '--jobs', '2', mixed]);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect(one.out.trim().split('\n')).toHaveLength(12);
    // without --keep-going the run stops at the first bad record, after the records before it
    const stop = run(['analyze', '--format', 'jsonl', '--jobs', '2', mixed]);
    expect(stop.code).toBe(1);
    expect(stop.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['r0', 'r1']);
    expect(stop.err).toContain(`${mixed}:3: malformed JSON`);
  });

  test('a wrong --jobs is a usage error naming the flag and the value', () => {
    for (const bad of ['0', '1.5', 'many']) {
      const r = run(['analyze', '--jobs', bad, corpus]);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe(`framelens: expected --jobs to be a whole number from 1 to 256, instead found ${JSON.stringify(bad)}`);
    }
    const r = run(['analyze', '--format', 'json', '--skip-done', 'x.jsonl', corpus]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--skip-done and --errors apply to --format jsonl and summary');
  });
});

describe('--errors: every failed record listed with its position', () => {
  test('positions among all records, origin, id, code; the run goes on and exits 0', () => {
    const errors = join(dir, 'mixed.errors.jsonl');
    const r = run(['analyze', '--format', 'summary', '--jobs', '2', '--errors', errors, mixed]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(12);
    const listed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { position: number; origin: string; code: string; message: string });
    expect(listed.map((e) => [e.position, e.origin, e.code])).toEqual([
      [3, `${mixed}:3`, 'E_INPUT'],
      [6, `${mixed}:6`, 'E_INPUT'],
    ]);
    expect(listed[1]?.message).toContain('expected an article record with a "text" string');
    expect(r.err).toContain(`2 records failed; listed in ${errors}`);
  });

  test('aggregate --errors lists the records left out of the profile', () => {
    const errors = join(dir, 'agg.errors.jsonl');
    const r = run(['aggregate', '--format', 'json', '--errors', errors, mixed]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { articles: number }).articles).toBe(12);
    expect(readFileSync(errors, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { position: number }).position)).toEqual([3, 6]);
  });
});

describe('--skip-done: a killed batch restarted ends with the bytes of an uninterrupted run', () => {
  test.each(['jsonl', 'summary'])('--format %s: a cut file (half a line at the end) is completed, no line twice', (format) => {
    const full = run(['analyze', '--format', format, '--jobs', '2', corpus]).out;
    const out = join(dir, `cut-${format}.jsonl`);
    const fullLines = full.split('\n');
    // 23 complete lines and half of the 24th, as a kill leaves them
    writeFileSync(out, `${fullLines.slice(0, 23).join('\n')}\n${(fullLines[23] ?? '').slice(0, 50)}`);
    const r = run(['analyze', '--format', format, '--jobs', '2', '--out', out, '--skip-done', out, corpus]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`23 records done by an earlier run skipped (23 lines in ${out})`);
    expect(readFileSync(out, 'utf8')).toBe(full);
    // run again: everything is done, nothing is added
    const again = run(['analyze', '--format', format, '--out', out, '--skip-done', out, corpus]);
    expect(again.err).toContain('60 records done by an earlier run skipped');
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  test('ids that repeat: only as many records of an id are skipped as the output has lines for it', () => {
    const twice = join(dir, 'twice.jsonl');
    writeFileSync(twice, `${[...lines.slice(0, 10), ...lines.slice(0, 10)].join('\n')}\n`);
    const full = run(['analyze', '--format', 'jsonl', twice]).out;
    const out = join(dir, 'twice.out.jsonl');
    writeFileSync(out, `${full.split('\n').slice(0, 14).join('\n')}\n`);
    run(['analyze', '--format', 'jsonl', '--out', out, '--skip-done', out, twice]);
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  test('a real kill (SIGKILL mid-run) and a restart with the errors file: same lines, each error listed once', async () => {
    const big = join(dir, 'big.jsonl');
    const bigLines = [...records(240)];
    bigLines.splice(100, 0, 'not json at all');
    writeFileSync(big, `${bigLines.join('\n')}\n`);
    const expected = run(['analyze', '--format', 'jsonl', '--keep-going', '--jobs', '1', big]).out;
    const out = join(dir, 'killed.jsonl');
    const errors = join(dir, 'killed.errors.jsonl');
    const args = [cli, 'analyze', '--format', 'jsonl', '--jobs', '2', '--out', out, '--skip-done', out, '--errors', errors, big];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    // kill it once a good part of the output is written
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 130) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
    });
    await new Promise((resolve) => child.on('close', resolve));
    const cut = readFileSync(out, 'utf8');
    expect(cut.length).toBeLessThan(expected.length);
    const r = run(args.slice(1));
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    const listed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { position: number }).position);
    expect(listed).toEqual([101]);
  }, 120_000);
});
