/**
 * Every regular expression in src/ is checked for catastrophic backtracking (ReDoS) with recheck
 * (a static analysis plus fuzzing of the backtracking matcher): a vulnerable pattern fails CI. The
 * patterns are read from the source with the TypeScript parser: regex literals, and `new RegExp` /
 * `RegExp` calls with literal arguments.
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const SRC = path.join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.m?ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexesOf(file: string): Found[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const where = (n: ts.Node): string => `${path.relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(n)) {
      const lit = n.text;
      const slash = lit.lastIndexOf('/');
      out.push({ where: where(n), source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [a, b] = n.arguments ?? [];
      if (a !== undefined && ts.isStringLiteralLike(a)) out.push({ where: where(n), source: a.text, flags: b !== undefined && ts.isStringLiteralLike(b) ? b.text : '' });
      else if (a !== undefined) out.push({ where: where(n), source: '', flags: 'dynamic' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const all = files(SRC).flatMap(regexesOf);

/**
 * Known vulnerable patterns left to their module's owner, by file and pattern (not by line): the
 * canonical name of a source in src/markers/attribution.ts, which the attribution restructure owns.
 * Both run on a source's token values joined by single spaces, so the attack (a long run of
 * whitespace) cannot reach them today; the fix (replace `\s+`/`\s*` by the single space the join
 * puts there) is written up for that work. Every other pattern must be safe.
 */
const PENDING = new Set<string>();

describe('regular expressions in src/ are safe from catastrophic backtracking', () => {
  test('the scan finds the patterns (a parser change would otherwise pass silently)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((r) => r.where.startsWith('doc/long-runs.ts') || r.where.startsWith('doc/quotes.ts'))).toBe(true);
  });

  test('no RegExp is built from a non-literal pattern (it could not be checked)', () => {
    expect(all.filter((r) => r.flags === 'dynamic').map((r) => r.where)).toEqual([]);
  });

  test('recheck finds none vulnerable', () => {
    const unsafe: string[] = [];
    for (const r of all) {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { randomSeed: 20240611, timeout: 20_000 });
      if (result.status !== 'safe' && !PENDING.has(`${r.where.replace(/:\d+$/, '')} /${r.source}/${r.flags}`)) unsafe.push(`${r.where} /${r.source}/${r.flags}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)})` : ''}`);
    }
    expect(unsafe).toEqual([]);
  });

  test('the analyser is live: a known vulnerable pattern is reported', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(checkSync('<\\/?(?:p|div)\\b[^>]*>', 'i').status).toBe('vulnerable');
  });
});
