/**
 * Tests of the evaluation harness plumbing (eval/corpora.ts, eval/run.ts) on invented records in a
 * temporary folder: file handling, metric names and gold counts, floors, exit codes. Values that
 * depend on the library's lexicons are not pinned here. No evaluation data is needed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CORPORA, ErrorBook, evaluateHedges, evaluatePtc, readJsonl, selectCorpora } from '../../eval/corpora';
import type { MetricRow } from '../../eval/corpora';
import { UsageError, checkFloors, main, parseRunArgs } from '../../eval/run';

let dir: string;
const write = (name: string, records: unknown[]): string => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
};
const span = (text: string, part: string, extra: Record<string, unknown> = {}) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length, text: part, ...extra };
};

const s1 = 'The committee may delay the vote.';
const s2 = 'If the rain stops, the parade goes ahead.';
const s3 = 'The council approved the budget on Monday.';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-eval-h-'));
  write('hedges-factbank.jsonl', [
    { id: 'x#1', text: s1, uncertain: true, cues: [span(s1, 'may', { type: 'modal_possible' })] },
    { id: 'x#2', text: s2, uncertain: true, cues: [span(s2, 'If', { type: 'hypo_condition' })] },
    { id: 'x#3', text: s3, uncertain: false, cues: [] },
  ]);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('corpus evaluators', () => {
  test('hedges: metric names, gold counts, ignored cue types', () => {
    const r = evaluateHedges(path.join(dir, 'hedges-factbank.jsonl'), 'hedges-factbank', 'hedge.factbank');
    expect(r.status).toBe('ok');
    expect(r.records).toBe(3);
    expect(r.rows.map((x) => x.metric)).toEqual([
      'hedge.factbank.cue_f1',
      'hedge.factbank.cue_precision',
      'hedge.factbank.cue_recall',
      'hedge.factbank.sentence_f1',
    ]);
    const cue = r.rows[0]!;
    expect(cue.counts['gold']).toBe(1); // the hypo_condition cue is not gold
    expect(cue.counts['sentences']).toBe(3);
    const sent = r.rows[3]!;
    expect((sent.counts['TP'] ?? 0) + (sent.counts['FN'] ?? 0)).toBe(1); // one gold-positive sentence
    for (const row of r.rows) expect(row.value).toBeGreaterThanOrEqual(0);
  });

  test('a missing file is skipped, not an error', () => {
    const r = evaluatePtc(path.join(dir, 'ptc.jsonl'));
    expect(r.status).toBe('skipped');
    expect(r.rows).toEqual([]);
  });

  test('a record with a bad field names file and line', () => {
    const f = write('bad-ptc.jsonl', [{ id: '1', text: 'Fine.', spans: [] }, { id: '2', spans: [] }]);
    expect(() => evaluatePtc(f)).toThrow(`${f}:2: expected text to be a string`);
  });

  test('a long line with multi-byte characters across read chunks is decoded intact', () => {
    const long = 'é“'.repeat(50000); // > 64 KiB of UTF-8
    const f = write('long.jsonl', [{ t: long }, { t: 'after' }]);
    const got = Array.from(readJsonl(f));
    expect(got[0]!.value['t']).toBe(long);
    expect(got[1]).toEqual({ line: 2, value: { t: 'after' } });
  });

  test('--only groups select corpora', () => {
    expect(selectCorpora(['hedges']).map((c) => c.id)).toEqual(['hedges-factbank', 'hedges-wiki']);
    expect(selectCorpora(['babe']).map((c) => c.id)).toEqual(['babe', 'babe-sg1', 'mbic']);
    expect(selectCorpora(null)).toHaveLength(CORPORA.length);
  });

  test('error book keeps the most frequent strings, survives JSON', () => {
    const b = new ErrorBook();
    b.add('m', 'fp', 'Regime', 'the [[regime]] said');
    b.add('m', 'fp', 'regime ', 'another');
    b.add('m', 'fp', 'threat', 'a [[threat]]');
    b.add('m', 'fn', 'claimed', 'he [[claimed]]');
    expect(b.top('m', 'fp', 1)).toEqual([{ text: 'regime', count: 2, context: 'the [[regime]] said' }]);
    expect(b.total('m', 'fp')).toBe(3);
    const back = ErrorBook.fromJSON(JSON.parse(JSON.stringify(b.toJSON())));
    expect(back.top('m', 'fp', 5)).toEqual(b.top('m', 'fp', 5));
    expect(back.top('m', 'fn', 5)).toEqual(b.top('m', 'fn', 5));
  });
});

describe('command line', () => {
  test('usage errors', () => {
    expect(() => parseRunArgs([])).toThrow(UsageError);
    expect(() => parseRunArgs(['--data'])).toThrow(UsageError);
    expect(() => parseRunArgs(['--data', dir, '--bogus'])).toThrow(UsageError);
    expect(() => parseRunArgs(['--data', dir, 'extra'])).toThrow(UsageError);
    expect(() => parseRunArgs(['--data', dir, '--errors', 'many'])).toThrow(UsageError);
    expect(() => parseRunArgs(['--data', dir, '--only', 'hedges,nonsense'])).toThrow(/nonsense/);
    expect(parseRunArgs(['--data', dir, '--only', 'hedges,ptc', '--errors', '3'])).toEqual({
      data: dir,
      json: null,
      errors: 3,
      only: ['hedges', 'ptc'],
      floors: null,
      external: null,
      baseline: null,
      save: null,
      changes: 30,
      sample: null,
      seed: 1,
      half: null,
    });
    expect(parseRunArgs(['--external', dir, '--sample', '30', '--seed', '7'])).toMatchObject({ sample: 30, seed: 7 });
    expect(() => parseRunArgs(['--data', dir, '--sample', '30'])).toThrow(/--sample needs --external/);
    expect(() => parseRunArgs(['--external', dir, '--sample', 'x'])).toThrow(/--sample expects a whole number/);
    expect(parseRunArgs(['--data', dir, '--half', 'odd']).half).toBe('odd');
    expect(() => parseRunArgs(['--data', dir, '--half', 'third'])).toThrow(/--half expects even or odd/);
  });

  test('exit code 2 with one clear line on a usage error', () => {
    const errs: string[] = [];
    expect(main(['--bogus'], () => undefined, (s) => errs.push(s))).toBe(2);
    expect(errs[0]).toMatch(/^eval: .*bogus/);
    errs.length = 0;
    expect(main(['--data', path.join(dir, 'nope')], () => undefined, (s) => errs.push(s))).toBe(2);
    expect(errs[0]).toMatch(/^eval: --data: no such folder/);
  });

  test('floors: below fails, absent corpus skipped, unknown metric fails', () => {
    const rows: MetricRow[] = [
      { metric: 'hedge.factbank.cue_f1', value: 0.5, counts: {} },
      { metric: 'hedge.factbank.sentence_f1', value: 0.8, counts: {} },
    ];
    const r = checkFloors(
      rows,
      { 'hedge.factbank.cue_f1': 0.6, 'hedge.factbank.sentence_f1': 0.7, 'loaded.ptc.f1': 0.2, 'no.such.metric': 0.1, 'hedge.factbank.renamed': 0.1 },
      ['hedge.factbank.'],
    );
    expect(r.passed).toBe(1);
    expect(r.skipped).toEqual(['loaded.ptc.f1']);
    expect(r.failures.map((f) => f.metric).sort()).toEqual(['hedge.factbank.cue_f1', 'hedge.factbank.renamed', 'no.such.metric']);
  });

  test('end to end on invented data: table, JSON, floors exit codes', () => {
    const out: string[] = [];
    const errs: string[] = [];
    const json = path.join(dir, 'rows.json');
    const ok = path.join(dir, 'floors-ok.json');
    fs.writeFileSync(ok, JSON.stringify({ $comment: 'test', 'hedge.factbank.cue_recall': 0, 'loaded.ptc.f1': 0.99 }));
    const code = main(['--data', dir, '--only', 'hedges,ptc', '--json', json, '--errors', '2', '--floors', ok], (s) => out.push(s), (s) => errs.push(s), { isolate: false });
    expect(errs).toEqual([]);
    expect(code).toBe(0); // ptc.jsonl absent: its floor is skipped
    const text = out.join('\n');
    expect(text).toMatch(/hedge\.factbank\.cue_f1\s+\d\.\d{3}\s+TP=/);
    expect(text).toMatch(/hedges-wiki .*skipped \(file not found\)/);
    const rows = JSON.parse(fs.readFileSync(json, 'utf8')) as MetricRow[];
    expect(rows.map((r) => r.metric)).toContain('hedge.factbank.sentence_f1');

    const high = path.join(dir, 'floors-high.json');
    fs.writeFileSync(high, JSON.stringify({ 'hedge.factbank.cue_recall': 1.01 }));
    const errs2: string[] = [];
    expect(main(['--data', dir, '--only', 'hedges', '--floors', high], () => undefined, (s) => errs2.push(s), { isolate: false })).toBe(1);
    expect(errs2.join('\n')).toMatch(/hedge\.factbank\.cue_recall .*< floor 1\.010/);
  });

  test('each corpus in its own process (the default) gives the same rows as in-process', () => {
    const a = path.join(dir, 'rows-a.json');
    const b = path.join(dir, 'rows-b.json');
    expect(main(['--data', dir, '--only', 'hedges', '--json', a], () => undefined, () => undefined, { isolate: false })).toBe(0);
    expect(main(['--data', dir, '--only', 'hedges', '--json', b], () => undefined, () => undefined)).toBe(0);
    expect(JSON.parse(fs.readFileSync(b, 'utf8'))).toEqual(JSON.parse(fs.readFileSync(a, 'utf8')));
  });

  test('a malformed data line gives exit code 3 naming file and line', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'bad-'));
    fs.writeFileSync(path.join(sub, 'hedges-factbank.jsonl'), `${JSON.stringify({ text: s3, cues: [] })}\n{oops\n`);
    const errs: string[] = [];
    expect(main(['--data', sub, '--only', 'hedges'], () => undefined, (s) => errs.push(s), { isolate: false })).toBe(3);
    expect(errs[0]).toContain(`${path.join(sub, 'hedges-factbank.jsonl')}:2:`);
  });
});
