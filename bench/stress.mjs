// Stress benchmark: time per MB and peak memory of one analyze() call on big texts of several shapes.
// Each (shape, size) runs in a child process of its own, so that its peak memory (maxRSS) is its own
// and one slow row cannot disturb the next. Time must grow linearly with size: the "x 1 MB" column
// is the time per MB divided by the time per MB of the same shape at 1 MB (target <= 1.3 at 20 MB).
//
//   node bench/stress.mjs [--sizes 1,4,8,20] [--shapes news,paragraph,...] [--dist ./dist/index.mjs]
//                         [--timeout 900]
// Run: npm run bench (after npm run build), or alone after a build.
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// Our own sentences (no third-party text): a news report with quotes, attributions, a dateline,
// hedges, boosters, loaded terms, possessives and a date.
const NEWS = [
  'WASHINGTON — The administration on May 5 unveiled what officials called a “comprehensive” plan to curb drug prices, a move critics quickly dismissed as an election-year gimmick.',
  '“This is the most significant step any president has taken,” the health secretary told reporters on Tuesday. “Families will see the difference at the pharmacy counter.”',
  'Industry groups said the proposal could raise costs for patients and would probably face legal challenges. According to a senior official, the rules may take effect next year.',
  "The senator's office, which has long opposed the measure, claimed the so-called “reform” was a giveaway to insurers. A spokeswoman for the company declined to comment.",
  'Analysts at two banks noted that prices had clearly risen faster than wages, but warned that the plan’s savings were uncertain. “We simply don’t know yet,” one of them said.',
].join('\n\n');
const UNIT = NEWS.replace(/\n\n/g, ' ');

/** Every shape, by name: a function from a size in characters to a text of at least that size. */
const SHAPES = {
  // ordinary news paragraphs, repeated
  news: (n) => repeat(`${NEWS}\n\n`, n),
  // the same sentences with no line break at all: one paragraph
  paragraph: (n) => repeat(`${UNIT} `, n),
  // no sentence end, no quotation marks, no line break: one sentence
  'no-sentence-end': (n) => repeat(`${UNIT.replace(/[.!?;:“”"—]/g, '')} `, n),
  // one quotation that opens and never closes, in one paragraph
  'open-quote': (n) => `“${repeat(`${UNIT.replace(/[“”"]/g, '')} `, n - 1)}`,
  // degenerate shapes the issue found: one word, very short lines, unclosed tags
  'one-word': (n) => 'a'.repeat(n),
  'short-lines': (n) => repeat('Yes.\n', n),
  'open-tags': (n) => repeat('<p ', n),
};

function repeat(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length));
}

const MB = 1_000_000;

async function child() {
  const [, , , distPath, shape, sizeMb] = process.argv;
  const { analyze } = await import(pathToFileURL(distPath).href);
  analyze('warm-up: Kirby said the “peace” plan may fail.');
  const text = SHAPES[shape](Math.round(Number(sizeMb) * MB));
  const before = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const a = analyze(text);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.send({ s, chars: text.length, findings: a.findings.length, tokens: a.counts.tokens, peak, base: before, warnings: a.warnings.map((w) => w.code) });
}

function runRow(distPath, shape, sizeMb, timeoutS) {
  return new Promise((done) => {
    const cp = fork(fileURLToPath(import.meta.url), ['--child', distPath, shape, String(sizeMb)], { execArgv: ['--max-old-space-size=8192'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let result = null;
    let err = '';
    const timer = setTimeout(() => cp.kill('SIGKILL'), timeoutS * 1000);
    cp.stderr.on('data', (d) => (err += d));
    cp.on('message', (m) => (result = m));
    cp.on('exit', (code, signal) => {
      clearTimeout(timer);
      done(result ?? { error: signal === 'SIGKILL' ? `killed after ${timeoutS} s` : (err.trim().split('\n').pop() ?? `exit ${code}`) });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
  };
  const sizes = opt('sizes', '1,4,8,20').split(',').map(Number);
  const shapes = opt('shapes', Object.keys(SHAPES).join(',')).split(',');
  const distPath = resolve(opt('dist', fileURLToPath(new URL('../dist/index.mjs', import.meta.url))));
  const timeoutS = Number(opt('timeout', '900'));
  for (const s of shapes) if (!(s in SHAPES)) throw new Error(`unknown shape ${s}; known: ${Object.keys(SHAPES).join(', ')}`);
  console.log(`stress: one analyze() call per row, each in its own process (${distPath})`);
  console.log('shape              size     time     s/MB   x 1 MB   peak RSS  RSS/MB   tokens     findings  warnings');
  for (const shape of shapes) {
    let perMb1 = null;
    for (const size of sizes) {
      const r = await runRow(distPath, shape, size, timeoutS);
      if (r.error !== undefined) {
        console.log(`${shape.padEnd(17)} ${String(size).padStart(3)} MB  ${r.error}`);
        continue;
      }
      const mb = r.chars / MB;
      const perMb = r.s / mb;
      if (size === 1) perMb1 = perMb;
      const ratio = perMb1 === null ? '' : (perMb / perMb1).toFixed(2);
      const peakMb = r.peak / 2 ** 20;
      const factor = (r.peak - r.base) / r.chars;
      console.log(
        `${shape.padEnd(17)} ${String(size).padStart(3)} MB ${r.s.toFixed(1).padStart(7)} s ${perMb.toFixed(2).padStart(7)} ${ratio.padStart(8)} ${peakMb.toFixed(0).padStart(7)} MB ${factor.toFixed(0).padStart(6)}  ${String(r.tokens).padStart(9)} ${String(r.findings).padStart(9)}  ${r.warnings.join(' ')}`,
      );
    }
  }
  console.log('x 1 MB: time per MB over the same shape at 1 MB; RSS/MB: bytes of peak memory above the process baseline per character of input');
}

if (process.argv[2] === '--child') await child();
else await main();
