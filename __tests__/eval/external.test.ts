/**
 * Tests of the external report (`eval/run.ts --external <folder>`, eval/external*.ts) on a tiny
 * folder of our own sentences written in the test: peer-suite-shaped quote cases, labelled
 * sentences, and one two-article story, saved and compared with a changed run. The real external
 * material is never needed (nor copied).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bareQuote, scoreSuite, speakerMatches } from '../../eval/external-quotes';
import { scoreSentiment } from '../../eval/external-sentiment';
import { diffRuns, runStories } from '../../eval/external-stories';
import { main, parseRunArgs } from '../../eval/run';

let dir: string;
const jsonl = (name: string, rows: unknown[]): void => {
  fs.writeFileSync(path.join(dir, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-external-'));
  jsonl('quotes-textacy.jsonl', [
    { suite: 'textacy', id: 't-0', text: 'Rita Vance said, "The bridge will open in May."', expected: [{ speaker: 'Rita Vance', cue: 'said', content: '"The bridge will open in May."' }] },
    { suite: 'textacy', id: 't-1', text: 'Omar Haddad left the meeting early. "We are not done," he said.', expected: [{ speaker: 'he', cue: 'said', content: '"We are not done,"' }], expected_canonical: ['Omar Haddad'] },
    { suite: 'textacy', id: 't-2', text: 'Vance believes that the plan is "bold".', expected: [] },
  ]);
  jsonl('sentiment-labelled.jsonl', [
    { suite: 'sentiment-unit', id: 'u-0', text: 'Great soup.', expected_score: 3, expected_comparative: 1.5 },
    { suite: 'sentiment-uci', id: 'shop-0', text: 'Wonderful staff and a lovely garden.', label: 1 },
    { suite: 'sentiment-uci', id: 'shop-1', text: 'Terrible noise all night.', label: 0 },
    { suite: 'sentiment-uci', id: 'shop-2', text: 'Awful coffee.', label: 0 },
  ]);
  const story = path.join(dir, 'stories', 'event-1');
  fs.mkdirSync(story, { recursive: true });
  fs.writeFileSync(path.join(story, 'a.txt'), 'The mayor said that the corrupt deal was a disgrace. Critics called it a “plan”.\n');
  fs.writeFileSync(path.join(story, 'b.txt'), 'The council met on Monday. “We will vote again,” said Lena Ortiz.\n');
  fs.writeFileSync(
    path.join(story, 'index.json'),
    JSON.stringify({ event: 'invented', articles: [{ file: 'a.txt', id: 'A', outlet: 'Left', title: 'Mayor Slams Corrupt Deal' }, { file: 'b.txt', id: 'B', outlet: 'Right' }] }),
  );
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('external report', () => {
  test('--external is a valid mode on its own; --baseline needs it', () => {
    expect(parseRunArgs(['--external', dir]).external).toBe(dir);
    expect(() => parseRunArgs(['--data', dir, '--baseline', 'x.json'])).toThrow(/--baseline and --save need --external/);
  });

  test('peer quote cases: found, speaker, canonical for a pronoun, no direct quote of a cognition verb', () => {
    const s = scoreSuite(path.join(dir, 'quotes-textacy.jsonl'));
    expect(s).toMatchObject({ suite: 'textacy', cases: 3, quotes: 2, found: 2, speaker: 2, canonicalExpected: 1, canonical: 1, falseQuotes: 0 });
    expect(s.misses).toEqual([]);
    expect(bareQuote('"We are not done,"')).toBe('We are not done,');
    expect(speakerMatches('Officer Tusk of the city police', { speaker: 'Officer Tusk', cue: 'said', content: '' })).toBe(true);
  });

  test('sentiment: both systems on the same sentences, with a sentence-initial evaluative word scored', () => {
    const r = scoreSentiment(path.join(dir, 'sentiment-labelled.jsonl'));
    expect(r.units).toEqual([{ id: 'u-0', expected: 3, pkg: 3, framelens: 3 }]);
    const all = r.sets.find((x) => x.set === 'all');
    expect(all).toEqual({ set: 'all', n: 3, framelens: 3, pkg: 3 });
    const odd = scoreSentiment(path.join(dir, 'sentiment-labelled.jsonl'), (i) => i % 2 === 1).sets.find((x) => x.set === 'all');
    expect(odd?.n).toBe(1);
  });

  test('stories: totals per story, and the changed findings against a saved run', () => {
    const r = runStories(path.join(dir, 'stories'));
    expect(r.totals).toHaveLength(1);
    expect(r.totals[0]).toMatchObject({ story: 'event-1', articles: 2 });
    expect(r.totals[0]?.loadedAuthor).toBeGreaterThan(0);
    const a = r.run.stories['event-1']?.['A'];
    expect(a?.findings.some((l) => l.startsWith('loaded ') && l.includes('title'))).toBe(true);
    const changed = JSON.parse(JSON.stringify(r.run)) as typeof r.run;
    changed.stories['event-1']!['B']!.attributions = [];
    const diff = diffRuns(changed, r.run, 5);
    expect(diff).toHaveLength(1);
    expect(diff[0]?.removed).toBe(0);
    expect(diff[0]?.added).toBe(r.run.stories['event-1']!['B']!.attributions.length);
    expect(diff[0]?.lines.every((l) => l.startsWith('  B + '))).toBe(true);
  });

  test('the command prints the three parts and compares with a saved run', () => {
    const out: string[] = [];
    const err: string[] = [];
    const saved = path.join(dir, 'run.json');
    expect(main(['--external', dir, '--save', saved], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('\n');
    expect(text).toMatch(/textacy\s+cases 3: quotes found 2\/2, speaker 2\/2, canonical 1\/1/);
    expect(text).toMatch(/all\s+n=3: framelens 100\.0% \(3\), sentiment 100\.0% \(3\)/);
    expect(text).toMatch(/event-1\s+articles 2: loaded \(author\) \d+/);
    expect(text).toMatch(/quotes-sayswho\.jsonl: not found, skipped/);
    const again: string[] = [];
    expect(main(['--external', dir, '--baseline', saved], (s) => again.push(s), () => undefined)).toBe(0);
    expect(again.join('\n')).toMatch(/event-1: \+0 -0/);
  });

  test('a missing folder is a usage error', () => {
    const err: string[] = [];
    expect(main(['--external', path.join(dir, 'nope')], () => undefined, (s) => err.push(s))).toBe(2);
    expect(err[0]).toMatch(/--external: no such folder/);
  });
});
