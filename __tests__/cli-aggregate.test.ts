/**
 * `framelens aggregate` and `framelens analyze --format summary`, run as a user would: the built
 * `dist/cli.mjs` in a child process, on articles of our own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Aggregate, ArticleSummary, CorpusProfile } from '../src/index';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'framelens-aggregate-'));

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// two outlets' reports of two stories, written for this test
const STORIES = {
  ferry: {
    Harbour: 'The council said the ferry would resume on Monday. Officials said repairs may take a week.',
    Tribune: 'The so-called council finally admitted the ferry fiasco. Critics slammed the chaotic repairs, officials said.',
  },
  bridge: {
    Harbour: 'Engineers said the bridge could open in May. The mayor said the budget was on track.',
    Tribune: 'The mayor claimed the disastrous bridge project was "on track". Insiders said costs could soar.',
  },
} as const;

function storyFolders(): string[] {
  return Object.entries(STORIES).map(([event, byOutlet]) => {
    const d = join(dir, `story-${event}`);
    mkdirSync(d, { recursive: true });
    const articles = Object.entries(byOutlet).map(([outlet, text]) => {
      writeFileSync(join(d, `${outlet}.txt`), text);
      return { file: `${outlet}.txt`, id: `${event}-${outlet}`, outlet };
    });
    writeFileSync(join(d, 'index.json'), JSON.stringify({ event: `The ${event} story`, articles }));
    return d;
  });
}

const records = Object.entries(STORIES).flatMap(([event, byOutlet], k) =>
  Object.entries(byOutlet).map(([outlet, text]) => ({ story_id: event, source: { name: outlet }, published: `2023-0${k + 4}-02T10:00:00Z`, leaning: outlet === 'Tribune' ? 'right' : 'centre', body: text })),
);

describe('framelens aggregate', () => {
  const folders = storyFolders();

  test('story folders with manifests: each outlet profiled, the manifest event gives within-event rows', () => {
    const r = run(['aggregate', '--by', 'outlet', '--event-field', 'event', '--format', 'json', ...folders]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out) as CorpusProfile;
    expect(p.groups.map((g) => [g.group, g.articles, g.events])).toEqual([
      ['Harbour', 2, 2],
      ['Tribune', 2, 2],
    ]);
    const loaded = p.withinEvent.find((w) => w.measure === 'loaded');
    expect([loaded?.a, loaded?.b, loaded?.events]).toEqual(['Harbour', 'Tribune', 2]);
    expect(loaded?.meanA).toBe(0);
    expect(loaded?.meanB).toBeGreaterThan(50);
    expect(p.eventRates.events).toEqual(['The bridge story', 'The ferry story']);
    expect(p.warnings.map((w) => w.code)).toEqual(['small-group', 'small-group']);
  });

  test('a user’s own JSONL (gzip) with chosen fields, grouped by a record field and month', () => {
    writeFileSync(join(dir, 'own.jsonl.gz'), gzipSync(records.map((x) => JSON.stringify(x)).join('\n')));
    const r = run(['aggregate', '--by', 'leaning,month', '--outlet-field', 'source.name', '--date-field', 'published', '--event-field', 'story_id', '--text-field', 'body', '--format', 'csv', 'own.jsonl.gz']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('group,leaning,month,measure,family,category,voice,unit,kind,articles,count,denominator,rate,ci95_low,ci95_high,mean_article_rate,mean_ci95_low,mean_ci95_high,articles_with,design_effect');
    const groups = [...new Set(lines.slice(1).map((l) => l.split(',')[0]))];
    expect(groups).toEqual(['centre|2023-04', 'centre|2023-05', 'right|2023-04', 'right|2023-05']);
    expect(lines.find((l) => l.startsWith('right|2023-04,right,2023-04,loaded,'))).toBeDefined();
  });

  test('summaries, then partials merged: the same profile as one pass over the articles', () => {
    writeFileSync(join(dir, 'own.jsonl'), records.map((x) => JSON.stringify(x)).join('\n'));
    const fields = ['--outlet-field', 'source.name', '--date-field', 'published', '--event-field', 'story_id', '--text-field', 'body'];
    const direct = run(['aggregate', '--by', 'outlet', '--format', 'json', ...fields, 'own.jsonl']);
    const sums = run(['analyze', '--format', 'summary', ...fields, 'own.jsonl']);
    expect(sums.code).toBe(0);
    const lines = sums.out.trim().split('\n');
    const first = JSON.parse(lines[0] ?? '{}') as ArticleSummary;
    expect([lines.length, first.kind, first.outlet, first.event, first.date]).toEqual([4, 'summary', 'Harbour', 'ferry', '2023-04-02T10:00:00Z']);
    writeFileSync(join(dir, 'a.jsonl'), `${lines.slice(0, 3).join('\n')}\n`);
    writeFileSync(join(dir, 'b.jsonl'), `${lines.slice(3).join('\n')}\n`);
    expect(run(['aggregate', '--partial', '--out', 'part-1.json', 'a.jsonl']).code).toBe(0);
    expect(run(['aggregate', '--partial', '--out', 'part-2.json', 'b.jsonl']).code).toBe(0);
    const part = JSON.parse(readFileSync(join(dir, 'part-1.json'), 'utf8')) as Aggregate;
    expect([part.kind, part.articles]).toEqual(['aggregate', 3]);
    const merged = run(['aggregate', '--merge', '--format', 'json', 'part-2.json', 'part-1.json']);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(direct.out);
    expect(run(['aggregate', '--by', 'outlet', '--format', 'json', 'a.jsonl', 'b.jsonl']).out).toBe(direct.out);
  });

  test('Markdown, table and HTML reports', () => {
    const md = run(['aggregate', '--format', 'md', ...folders]);
    expect(md.out).toContain('# framelens profile of 4 articles by outlet');
    expect(md.out).toContain('## Within-event comparisons (same stories; paired t over shared events)');
    expect(run(['aggregate', ...folders]).out).toContain('Rates (95% interval clustered by article)');
    const html = run(['aggregate', '--format', 'html', '--out', 'p.html', ...folders]);
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'p.html'), 'utf8');
    expect(page).toContain('<svg');
    expect(page).toContain('Within-event dot plot');
    expect(page).not.toMatch(/<script/i);
  });

  test('errors: bad records name file and line; --keep-going skips them; usage errors exit 2', () => {
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ outlet: 'X', text: 'Officials said so.', date: 'last Tuesday' })}\n{"outlet": "Y"}\n${JSON.stringify({ outlet: 'Z', text: 'The talks may resume.' })}\n`);
    const bad = run(['aggregate', 'bad.jsonl']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('framelens: bad.jsonl:1: expected "date" to be an ISO 8601 date (YYYY-MM-DD or a timestamp), instead found "last Tuesday"\n');
    const going = run(['aggregate', '--keep-going', '--format', 'json', 'bad.jsonl']);
    expect(going.code).toBe(0);
    expect(going.err).toContain('bad.jsonl:2: expected an article record with a "text" string, an analysis or a summary, instead found no "text" field');
    expect((JSON.parse(going.out) as CorpusProfile).groups.map((g) => g.group)).toEqual(['Z']);
    expect(run(['aggregate', 'part-1.json']).err).toBe('framelens: part-1.json: this is a partial aggregate; merge partials with --merge\n');
    expect(run(['aggregate', '--format', 'yaml', 'a.jsonl'])).toMatchObject({ code: 2, err: 'framelens: expected --format to be one of table, md, csv, json, html, instead found "yaml"\n' });
    expect(run(['aggregate', '--by', 'date', 'a.jsonl']).code).toBe(2);
    expect(run(['aggregate', '--merge', 'a.jsonl']).err).toMatch(/^framelens: a\.jsonl:1: expected a\.jsonl:1\.kind to be "aggregate"/);
  });
});
