/**
 * examples/notebook.ipynb, executed headlessly as a user's Jupyter would run it: Debian's
 * jupyter-nbconvert (python3-nbclient, python3-jupyter-client; .ci/run installs jupyter-nbconvert and
 * python3-ipykernel) drives Deno's Jupyter kernel from the `deno` devDependency, through a kernelspec
 * written to a temporary JUPYTER_PATH. Skipped with a message when nbconvert or Deno is missing,
 * except under CI, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const NBCONVERT = '/usr/bin/jupyter-nbconvert';
const denoBinary = [join(root, 'node_modules', '@deno', `${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}-glibc`, 'deno'), join(root, 'node_modules', '.bin', 'deno')].find((p) => existsSync(p));
const nbclient = existsSync(NBCONVERT) && spawnSync('/usr/bin/python3', ['-c', 'import nbclient, jupyter_client'], { encoding: 'utf8' }).status === 0;
const missing = [!existsSync(NBCONVERT) ? `${NBCONVERT} (apt-get install jupyter-nbconvert python3-ipykernel)` : !nbclient ? 'python3-nbclient (apt-get install jupyter-nbconvert)' : null, denoBinary === undefined ? 'the deno devDependency (npm ci)' : null].filter((x): x is string => x !== null);
if (missing.length > 0 && process.env.CI !== undefined) throw new Error(`the notebook test needs ${missing.join(' and ')}: .ci/run should have installed it`);
if (missing.length > 0) console.warn(`skipping the notebook test: ${missing.join(' and ')} not found`);
const testNotebook = missing.length === 0 ? test : test.skip;

interface Output {
  output_type: string;
  data?: Record<string, string | string[]>;
  text?: string | string[];
  ename?: string;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
}
const text = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('') : (v ?? ''));

testNotebook(
  'examples/notebook.ipynb runs in the Deno kernel: analyses, the comparison in words, charts and the report inline',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-notebook-'));
    mkdirSync(join(dir, 'kernels', 'deno'), { recursive: true });
    writeFileSync(join(dir, 'kernels', 'deno', 'kernel.json'), JSON.stringify({ argv: [denoBinary, 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' }));
    const env = { ...process.env, JUPYTER_PATH: dir, JUPYTER_RUNTIME_DIR: join(dir, 'runtime'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1' };
    const r = spawnSync(NBCONVERT, ['--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=deno', '--ExecutePreprocessor.timeout=300', '--output-dir', dir, join(root, 'examples', 'notebook.ipynb')], { cwd: root, env, encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) throw new Error(`jupyter-nbconvert exited with ${String(r.status)}:\n${r.stderr}`);
    const cells = (JSON.parse(readFileSync(join(dir, 'notebook.ipynb'), 'utf8')) as { cells: Cell[] }).cells.filter((c) => c.cell_type === 'code');
    const outputs = cells.map((c) => c.outputs ?? []);
    expect(outputs.flat().filter((o) => o.output_type === 'error')).toEqual([]);
    // the first cell sets up; every other cell displays its result
    expect(outputs.slice(1).map((o) => o.length)).toEqual(outputs.slice(1).map(() => 1));
    const shown = outputs.slice(1).map((o) => ({ md: text(o[0]?.data?.['text/markdown']), html: text(o[0]?.data?.['text/html']) }));
    expect(shown[0]?.md).toContain('| 004 Voice of Hope | 1472 | 17.0 (14) | 8.8 (6) |');
    expect(shown[1]?.md.split('\n')).toEqual(expect.arrayContaining(['- pre-emptive strike', '- Straightforwardly debunking']));
    expect(shown[2]?.md).toContain('- 004 (Voice of Hope) uses loaded terms 11.5 times as often as 000 (Outlet 000): 17.0 vs 1.5 per 1,000 words (q = 0.006)');
    expect(shown[3]?.md).toContain('| loaded | 004 | 000 | 1.5 vs 17.0 |');
    expect(shown[4]?.html.match(/<svg /g)).toHaveLength(5);
    expect(shown[5]?.html).toMatch(/^<iframe title="framelens report" srcdoc="<!DOCTYPE html>/);
    expect(shown[5]?.html).toContain('What differs');
  },
  600_000,
);
