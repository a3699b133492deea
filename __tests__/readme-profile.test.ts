/**
 * The README's "Corpus profiles" output stays real: when the NewsWCL50 stories are beside the
 * repository (../shared/external/stories, as on the project's machines and in CI), every table row
 * the README shows must be a row of `framelens aggregate --by outlet --event-field event --format md`
 * over the ten story folders. The stories are third-party texts: they are read, never copied.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const stories = join(root, '..', 'shared', 'external', 'stories');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The table rows that follow `marker` in the README, up to the first blank line. */
function rowsAfter(marker: string): string[] {
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README: expected the text "${marker}", instead found none`);
  const lines = readme.slice(at).split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('|'));
  const out: string[] = [];
  for (const l of lines.slice(start)) {
    if (!l.startsWith('|')) break;
    out.push(l);
  }
  return out;
}

(existsSync(stories) ? describe : describe.skip)('README corpus profile of the NewsWCL50 stories', () => {
  test('the rows shown are rows of the real output', () => {
    const folders = readdirSync(stories)
      .filter((d) => d.startsWith('nwcl50-'))
      .sort()
      .map((d) => join(stories, d));
    expect(folders).toHaveLength(10);
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.mjs'), 'aggregate', '--by', 'outlet', '--event-field', 'event', '--format', 'md', ...folders], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    const shown = [...rowsAfter('prints (real output, abridged; rates per 1,000 words'), ...rowsAfter('and the within-event comparisons, each pair')];
    expect(shown.length).toBeGreaterThan(10);
    for (const row of shown) expect(out).toContain(row);
    expect(r.stdout).toContain('0 of 190 tests.');
    expect(r.stdout).toContain('0 of 190 significant at q < 0.05');
  });
});
