/**
 * Labels: how each actor is named (Hamborg, Zhukova & Gipp 2019, word choice and labelling).
 * Actors come from `lexicons/actors.json` (countries, governments, leaders, alliances with their
 * neutral and loaded labels, spelling choices such as Kiev/Kyiv) and from people found as
 * proper-noun runs ("John Kirby", "Mr. Kirby", "Kirby" are one actor).
 */
import { matchLexicon } from '../lexicon/compile';
import type { ActorLabels, Finding, SentimentSummary } from '../types';
import { peopleIndex } from './people';
import type { Marker, MarkerContext } from './types';

/**
 * The label family. Findings: one per mention of an actor (`actor` set; category such as
 * `label.party` or `label.person-full`; weight in [0, 1], 0 = neutral label, 1 = slur).
 *
 * @example
 * ```ts
 * analyze('The CCP and Beijing disagree.', { markers: ['label'] }).findings.map((f) => [f.text, f.actor]);
 * // [['CCP', 'China'], ['Beijing', 'China']]
 * ```
 */
export const labelsMarker: Marker<'label'> = {
  id: 'label',
  description: 'Names and labels used for each actor (China / Beijing / the CCP).',
  detect(ctx: MarkerContext): Finding[] {
    const { doc, lexicons } = ctx;
    const out: Finding[] = [];
    const covered = new Uint8Array(doc.tokens.length);
    for (const m of matchLexicon(doc.tokens, lexicons.label)) {
      const a = doc.tokens[m.from];
      const b = doc.tokens[m.to - 1];
      if (a === undefined || b === undefined || m.entry.actor === undefined) continue;
      for (let k = m.from; k < m.to; k += 1) covered[k] = 1;
      out.push({
        marker: 'label',
        category: m.entry.category,
        start: a.start,
        end: b.end,
        text: doc.text.slice(a.start, b.end),
        weight: m.entry.weight,
        entryId: m.entry.id,
        sentence: a.sentence,
        voice: 'author',
        position: 'body',
        actor: m.entry.actor,
        note: m.entry.notes,
      });
    }
    const { people, mask, resolve } = peopleIndex(doc, lexicons.source, lexicons.label, lexicons.grammar);
    for (const p of people) {
      let overlaps = false;
      for (let k = p.from; k < p.to; k += 1) if (covered[k] === 1) overlaps = true;
      if (overlaps) continue;
      const titled = p.runFrom < p.from || (p.from > 0 && mask[p.from - 1] === 2);
      const from = p.runFrom < p.from ? p.runFrom : p.from;
      const a = doc.tokens[from];
      const b = doc.tokens[p.to - 1];
      if (a === undefined || b === undefined) continue;
      const several = p.name.includes(' ');
      out.push({
        marker: 'label',
        category: titled ? 'label.person-titled' : several ? 'label.person-full' : 'label.person-short',
        start: a.start,
        end: b.end,
        text: doc.text.slice(a.start, b.end),
        weight: 0,
        sentence: a.sentence,
        voice: 'author',
        position: 'body',
        actor: resolve(p.name),
        note: 'person name found as a proper-noun run',
      });
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  },
};

/** The text a label is shown as: straight apostrophes, single spaces. */
function surface(f: Finding): string {
  return f.text.replace(/[’]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Per-actor label table: each label's count, and the mean sentiment of the sentences that mention
 * the actor.
 */
export function summariseLabels(findings: readonly Finding[], sentiment: SentimentSummary): ActorLabels[] {
  const byActor = new Map<string, { origin: 'lexicon' | 'person'; labels: Map<string, { category: string; count: number; weight: number; forms: Map<string, number> }>; sentences: Set<number>; mentions: number }>();
  for (const f of findings) {
    if (f.marker !== 'label' || f.actor === undefined || f.position === 'title') continue;
    let a = byActor.get(f.actor);
    if (a === undefined) {
      a = { origin: f.entryId === undefined ? 'person' : 'lexicon', labels: new Map(), sentences: new Set(), mentions: 0 };
      byActor.set(f.actor, a);
    }
    if (f.entryId !== undefined) a.origin = 'lexicon';
    a.mentions += 1;
    a.sentences.add(f.sentence);
    // one row per lexicon entry (or per name form for people), shown as its most frequent form
    const key = f.entryId ?? `person:${surface(f)}`;
    const l = a.labels.get(key);
    const form = surface(f);
    if (l === undefined) a.labels.set(key, { category: f.category, count: 1, weight: f.weight, forms: new Map([[form, 1]]) });
    else {
      l.count += 1;
      l.forms.set(form, (l.forms.get(form) ?? 0) + 1);
    }
  }
  const out: ActorLabels[] = [];
  for (const [actor, a] of byActor) {
    let sum = 0;
    let n = 0;
    for (const s of a.sentences) {
      const sc = sentiment.sentences[s];
      if (sc !== undefined && sc.words > 0) {
        sum += sc.comparative;
        n += 1;
      }
    }
    out.push({
      actor,
      origin: a.origin,
      mentions: a.mentions,
      labels: [...a.labels.entries()]
        .map(([key, v]) => ({ label: mostFrequent(v.forms) ?? key, category: v.category, count: v.count, weight: v.weight, ...(key.startsWith('person:') ? {} : { entryId: key }) }))
        .sort((x, y) => y.count - x.count || x.label.localeCompare(y.label)),
      meanSentiment: n > 0 ? sum / n : 0,
      sentences: a.sentences.size,
    });
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.actor.localeCompare(y.actor));
}

function mostFrequent(forms: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [f, c] of forms) if (c > n) [best, n] = [f, c];
  return best;
}
