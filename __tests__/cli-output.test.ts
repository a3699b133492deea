/**
 * What the command writes, run as a user would (the built `dist/cli.mjs`): the `--lexicon` file
 * shapes, `--markers` in every format, warnings in tables and Markdown, title findings counted, CSV
 * numbers without float noise, the progress bar (in a pseudo-terminal), and the seeds example's --out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnalysis, Comparison } from '../src/index';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-output-'));

/** Run the command; independent runs of a test go in parallel (each child loads wink for 1-2 s). */
function run(args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject).on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}

const entry = (id: string, term: string, category: string, weight = 0.7) => ({ id, term, category, weight, notes: 'Accuses of deceptive claims.', source: 'test' });
const text = 'Critics called it greenwashing. The firm rejected the greenwashing charge. Greenwashing, again, officials said.';

describe('--lexicon: a whole lexicon, an { add, categories } override, overrides by family, or an array of entries', () => {
  const files = {
    lexicon: { id: 'energy', family: 'loaded', language: 'en', version: '1.0.0', description: 'energy', categories: { 'loaded.energy': 'Energy wording' }, entries: [entry('loaded-greenwashing', 'greenwashing', 'loaded.energy')] },
    override: { add: [entry('loaded-greenwashing', 'greenwashing', 'loaded.energy')], categories: { 'loaded.energy': 'Energy wording' } },
    byFamily: { loaded: { add: [entry('loaded-greenwashing', 'greenwashing', 'loaded.deceit')] } },
    array: [entry('loaded-greenwashing', 'greenwashing', 'loaded.deceit')],
    hedgeArray: [entry('hedge-arguably-ish', 'arguably-ish', 'hedge.adverb', 0.5)],
  };
  const path = (name: keyof typeof files): string => {
    const f = join(dir, `${name}.json`);
    writeFileSync(f, JSON.stringify(files[name]));
    return f;
  };

  test('each shape: the entries are found', async () => {
    const shapes = ['lexicon', 'override', 'byFamily', 'array'] as const;
    const results = await Promise.all(shapes.map((name) => run(['analyze', '--format', 'json', '--lexicon', path(name), '-'], text)));
    for (const r of results) {
      expect(r.err).toBe('');
      const [a] = JSON.parse(r.out) as ArticleAnalysis[];
      expect(a?.findings.filter((f) => f.entryId === 'loaded-greenwashing').map((f) => f.text)).toEqual(['greenwashing', 'greenwashing', 'Greenwashing']);
    }
  });

  test('several files add up; the family of an array comes from its categories', async () => {
    const r = await run(['analyze', '--format', 'json', '--lexicon', path('array'), '--lexicon', path('hedgeArray'), '-'], `${text} It was arguably-ish fair.`);
    const [a] = JSON.parse(r.out) as ArticleAnalysis[];
    expect(a?.markers.loaded?.byCategory['loaded.deceit']).toBe(3);
    expect(a?.findings.filter((f) => f.entryId === 'hedge-arguably-ish')).toHaveLength(1);
  });

  test('invalid files: the file, the entry and the field are named; exit 1', async () => {
    const file = (name: string, content: unknown): string => {
      const f = join(dir, name);
      writeFileSync(f, JSON.stringify(content));
      return f;
    };
    const weight = file('bad.json', [{ ...entry('loaded-x', 'x', 'loaded.deceit'), weight: 3 }]);
    const noFamily = file('no-family.json', { add: [entry('energy-x', 'x', 'energy')] });
    const declared = file('declared.json', { family: 'loaded', add: [entry('energy-x', 'x', 'energy')], categories: { energy: 'Energy wording' } });
    const other = file('other.json', { colour: 'red' });
    const [r, a, b, c] = await Promise.all([run(['analyze', '--lexicon', weight, '-'], 'text'), run(['analyze', '--lexicon', noFamily, '-'], 'text'), run(['analyze', '--format', 'json', '--lexicon', declared, '-'], 'An x.'), run(['analyze', '--lexicon', other, '-'], 'text')]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('framelens: lexicon bad.json, entry "loaded-x": expected weight to be a number in [0, 1], instead found number 3');
    expect(a.err).toContain(`${noFamily}: cannot tell which family these entries belong to: give the file a "family" field`);
    expect(b.code).toBe(0);
    expect(c.err).toContain('expected a lexicon (with "entries"), an override { add, categories?, family? }, overrides keyed by family');
  });
});

describe('outputs', () => {
  const titled = join(dir, 'titled.txt');
  writeFileSync(titled, 'Regime slams the "peace" plan\nThe talks may resume, officials said. "We will see," Kirby said, and he left.\n');

  test('--markers loaded,hedge: only those families in the table, JSON, CSV and Markdown', async () => {
    const args = ['--markers', 'loaded,hedge', '--title-first-line', titled];
    const [t, j, v, m, k] = await Promise.all([run(['analyze', ...args]), run(['analyze', '--format', 'json', ...args]), run(['analyze', '--format', 'csv', ...args]), run(['analyze', '--format', 'md', ...args]), run(['compare', '--format', 'json', '--markers', 'loaded,hedge', titled, join(root, 'seeds')])]);
    const table = t.out.split('\n');
    expect(table.filter((l) => /^\w+\s+\d+\s/.test(l)).map((l) => l.split(/\s+/)[0])).toEqual(['loaded', 'hedge']);
    const [a] = JSON.parse(j.out) as ArticleAnalysis[];
    expect(Object.keys(a?.markers ?? {})).toEqual(['loaded', 'hedge']);
    expect(v.out.trim().split('\n').slice(1).map((l) => l.split(',')[2])).toEqual(['loaded', 'hedge']);
    expect(m.out.split('\n')[0]).toBe('| article | outlet | words | loaded per 1k | hedge per 1k | in title |');
    const c = JSON.parse(k.out) as Comparison;
    expect([...new Set(c.rates.map((r) => r.family))]).toEqual(['loaded', 'hedge']);
    expect([...new Set(c.differences.map((d) => d.measure))]).toEqual(['loaded', 'hedge']);
  });

  test('title findings are counted in a column of their own, and their words are not body examples', async () => {
    const [t, v] = await Promise.all([run(['analyze', '--title-first-line', titled]), run(['analyze', '--format', 'csv', '--title-first-line', titled])]);
    const table = t.out.split('\n');
    expect(table[1]).toMatch(/^marker\s+count\s+per 1k\s+weighted\s+title\s+examples$/);
    const loaded = table.find((l) => l.startsWith('loaded')) ?? '';
    expect(loaded).toMatch(/^loaded\s+0\s+0\.0\s+0\.00\s+2\s*$/); // "Regime", "slams": title only
    const csv = v.out.split('\n');
    expect(csv[0]).toBe('article,outlet,marker,count,words,per1k_words,weighted,title_count');
    expect(csv.find((l) => l.includes(',loaded,'))).toBe('titled,titled,loaded,0,14,0,0,2');
  });

  test('warnings are printed by the table and Markdown outputs of both commands', async () => {
    const open = join(dir, 'open-quote.txt');
    writeFileSync(open, 'Kirby said "the talks may resume and nothing closes this quotation.\n\nThe regime lied.');
    const [t, m, ct, cm, cj] = await Promise.all([run(['analyze', open]), run(['analyze', '--format', 'md', open]), run(['compare', open, titled]), run(['compare', '--format', 'md', open, titled]), run(['compare', '--format', 'json', open, titled])]);
    expect(t.out).toMatch(/^warning quote-unclosed: /m);
    expect(m.out).toMatch(/^> open-quote: quote-unclosed: /m);
    expect(ct.out).toMatch(/^warning quote-unclosed: article "open-quote": /m);
    expect(cm.out).toMatch(/^> quote-unclosed: article "open-quote": /m);
    const c = JSON.parse(cj.out) as Comparison;
    expect(c.warnings.find((w) => w.code === 'quote-unclosed')?.article).toBe('open-quote');
  });

  test('CSV numbers carry no binary float noise', async () => {
    const lex = join(dir, 'weights.json');
    writeFileSync(lex, JSON.stringify([entry('loaded-greenwashing', 'greenwashing', 'loaded.deceit', 0.8)]));
    const [j, v, k] = await Promise.all([run(['analyze', '--format', 'json', '--markers', 'loaded', '--lexicon', lex, '-'], text), run(['analyze', '--format', 'csv', '--markers', 'loaded', '--lexicon', lex, '-'], text), run(['compare', '--format', 'csv', join(root, 'seeds')])]);
    expect((JSON.parse(j.out) as ArticleAnalysis[])[0]?.markers.loaded?.weighted).toBe(0.8 + 0.8 + 0.8); // 2.4000000000000004
    expect(v.out.trim().split('\n')[1]).toBe('stdin,stdin,loaded,3,14,214.285714286,2.4,0');
    const rates = k.out;
    const numbers = rates.split(/[,\n]/).filter((f) => /^-?\d/.test(f));
    expect(numbers.length).toBeGreaterThan(500);
    const digits = (f: string): number => f.replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').length;
    expect(numbers.filter((f) => digits(f) > 12)).toEqual([]);
    expect(numbers.filter((f) => /(?:0{6}|9{6})\d$/.test(f.replace(/e.*$/, '')))).toEqual([]);
  });
});

describe('progress and the example scripts', () => {
  const hasScript = existsSync('/usr/bin/script');
  (hasScript ? test : test.skip)('the progress bar counts analysed articles (stderr a terminal: util-linux script)', () => {
    const records = Array.from({ length: 25 }, (_, k) => ({ id: `r${k}`, text: 'Officials said the regime may have lied about the so-called peace plan. '.repeat(40) }));
    const f = join(dir, 'batch.json');
    writeFileSync(f, JSON.stringify(records));
    for (const command of ['analyze', 'compare']) {
      const r = spawnSync('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${command} --format json ${JSON.stringify(f)} > /dev/null`, '/dev/null'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      // one JSON file of 25 records: the bar's total is the 25 articles to analyse, and it starts at 0
      const frames = [...r.stdout.matchAll(/(\d+)\/(\d+) articles analysed/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(frames[0]).toEqual([0, 25]);
      expect(frames.every(([, total]) => total === 25)).toBe(true);
    }
  });

  test('npm run compare-seeds -- --json --out writes the JSON alone', () => {
    const out = join(dir, 'c.json');
    const r = spawnSync('npm', ['run', 'compare-seeds', '--', '--json', '--out', out], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('> framelens@'); // npm's banner goes to standard output…
    const c = JSON.parse(readFileSync(out, 'utf8')) as Comparison; // …and not into the file
    expect(c.articles.map((a) => a.id)).toEqual(['000', '002', '004']);
  });
});
