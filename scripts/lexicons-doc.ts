/**
 * Generate LEXICONS.md from the lexicon files, so reviewers can read and diff the lists.
 * Run: npm run lexicons:doc   (a test checks that LEXICONS.md is up to date)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinLexicon, LEXICON_FAMILIES } from '../src/index';
import { mdCell as cell } from '../src/report/format';

const FILES: Record<string, string> = { loaded: 'loaded.json', hedge: 'hedges.json', booster: 'boosters.json', attribution: 'speech-verbs.json', source: 'sources.json', label: 'actors.json', grammar: 'grammar.json' };


export function lexiconsMarkdown(): string {
  const out: string[] = ['# framelens lexicons', '', 'Generated from `lexicons/*.json` by `npm run lexicons:doc`; do not edit by hand. Format: `lexicons/FORMAT.md`.', ''];
  out.push('| family | file | entries | categories |', '|---|---|---:|---:|');
  for (const f of LEXICON_FAMILIES) {
    const lex = getBuiltinLexicon(f);
    out.push(`| ${f} | \`lexicons/${FILES[f]}\` | ${lex.entries.length} | ${Object.keys(lex.categories).length} |`);
  }
  for (const f of LEXICON_FAMILIES) {
    const lex = getBuiltinLexicon(f);
    out.push('', `## ${f} — \`lexicons/${FILES[f]}\``, '', cell(lex.description), '');
    for (const [cat, desc] of Object.entries(lex.categories)) {
      const entries = lex.entries.filter((e) => e.category === cat);
      out.push(`### ${cat} (${entries.length})`, '', cell(desc), '');
      if (f === 'grammar') {
        // word classes: no weight or matching options, a verb for reporting nouns
        const verb = entries.some((e) => e.verb !== undefined);
        out.push(`| term |${verb ? ' verb |' : ''} notes | source |`, `|---|${verb ? '---|' : ''}---|---|`);
        for (const e of entries) out.push(`| ${cell(e.term)} |${verb ? ` ${cell(e.verb ?? '')} |` : ''} ${cell(e.notes)} | ${cell(e.source)} |`);
        out.push('');
        continue;
      }
      const extra = f === 'attribution' ? ' class |' : f === 'label' ? ' actor |' : '';
      out.push(`| term | weight | match |${extra} notes | source |`, `|---|---:|---|${extra ? '---|' : ''}---|---|`);
      for (const e of entries) {
        const x = f === 'attribution' ? ` ${e.class ?? ''} |` : f === 'label' ? ` ${cell(e.actor ?? '')} |` : '';
        const match = [e.match ?? 'lemma', e.pos ? `pos ${e.pos.join('/')}` : '', e.caseSensitive ? 'case' : '', e.exclude ? 'exclude' : ''].filter(Boolean).join(', ');
        out.push(`| ${cell(e.term)} | ${e.weight} | ${match} |${x} ${cell(e.notes)} | ${cell(e.source)} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

if (require.main === module) {
  writeFileSync(join(__dirname, '..', 'LEXICONS.md'), lexiconsMarkdown());
  console.log('wrote LEXICONS.md');
}
