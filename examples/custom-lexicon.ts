/**
 * Adding a user's own loaded terms for another domain (energy and climate coverage), validated
 * exactly like the built-in lexicons, for one call only.  Run: npx ts-node --transpile-only examples/custom-lexicon.ts
 */
import { analyze, FramelensError, type LexiconEntry } from '../src/index';

const energyTerms: LexiconEntry[] = [
  { id: 'loaded-greenwashing', term: 'greenwashing', category: 'loaded.energy-deceit', weight: 0.7, notes: 'Accuses a company of deceptive environmental claims.', source: 'example: energy desk style notes' },
  { id: 'loaded-climate-hoax', term: 'climate hoax', category: 'loaded.energy-deceit', weight: 0.9, notes: 'Frames climate science as a fraud.', source: 'example: energy desk style notes' },
  { id: 'loaded-eco-zealot', term: 'eco-zealot', category: 'loaded.energy-label', weight: 0.8, notes: 'Pejorative label for environmental activists.', source: 'example: energy desk style notes' },
  { id: 'loaded-war-on-coal', term: 'war on coal', category: 'loaded.energy-label', weight: 0.6, notes: 'Militarised slogan for coal regulation.', source: 'example: energy desk style notes' },
];

const text =
  'Critics called the pledge greenwashing. Eco-zealots, the senator said, are waging a "war on coal" and pushing a climate hoax. ' +
  'The utility said it may cut emissions by 40 percent.';

const categories = { 'loaded.energy-deceit': 'Deceit framing in energy coverage', 'loaded.energy-label': 'Pejorative labels in energy coverage' };
const a = analyze(text, { outlet: 'Example Energy Daily', lexicons: { loaded: { add: energyTerms, categories } } });

for (const f of a.findings.filter((x) => x.marker === 'loaded' || x.marker === 'hedge')) {
  console.log(`${f.marker.padEnd(7)} ${f.category.padEnd(22)} ${String(f.weight).padEnd(4)} ${f.voice.padEnd(8)} [${f.start}, ${f.end}) ${JSON.stringify(f.text)}`);
}
console.log(`loaded terms per 1,000 words: ${a.markers.loaded.per1kWords.toFixed(1)}`);

// the addition does not leak into later calls
console.log(`without the custom lexicon: ${analyze(text, { markers: ['loaded'] }).markers.loaded.count} loaded terms`);

// an invalid entry is rejected with the entry and the field
try {
  analyze(text, { lexicons: { loaded: { add: [{ ...energyTerms[0]!, weight: 7 }], categories } } });
} catch (e) {
  if (e instanceof FramelensError) console.log(`${e.code}: ${e.message}`);
}
