/**
 * Stage 6, resolution. Reads the attributions in text order; gives pronouns and short definite
 * roles the canonical name of the speaker they refer to: "he" / "she" the nearest preceding named
 * source, "the spokesman" the nearest preceding source whose name starts with it ("spokesman for
 * British Prime Minister Rishi Sunak").
 */
import type { Attribution, AttributionSource } from '../../types';

/**
 * The attributions with their speakers resolved (new objects; the input is not changed). One
 * source object that two attributions share (a cue governing two quotations) is one mention: it is
 * resolved where it first occurs and may be re-resolved where it occurs again, and both show its
 * final name.
 *
 * @example
 * ```ts
 * resolveSpeakers(attributions).map((a) => a.source?.canonical); // ['John Kirby', 'John Kirby'] for "Kirby said …. He added …"
 * ```
 */
export function resolveSpeakers(list: readonly Attribution[]): Attribution[] {
  const resolved = new Map<AttributionSource, string>();
  const nameOf = (s: AttributionSource): string => resolved.get(s) ?? s.canonical;
  let lastNamed: string | null = null;
  // the lower-cased prefix of every earlier name that ends at its first or its second space -> the
  // latest name with that prefix: one lookup per role instead of a scan of every earlier name
  // (a key has at most one inner space, so it ends at its own first or second space)
  const latestByPrefix = new Map<string, string>();
  const remember = (name: string): void => {
    const lower = name.toLowerCase();
    let spaces = 0;
    for (let i = lower.indexOf(' '); i >= 0 && spaces < 2; i = lower.indexOf(' ', i + 1)) {
      spaces += 1;
      latestByPrefix.set(lower.slice(0, i + 1), name);
    }
  };
  for (const a of list) {
    const s = a.source;
    if (s === null) continue;
    const name = nameOf(s);
    if (s.kind === 'named') lastNamed = name;
    else if (s.kind === 'pronoun' && (name === 'he' || name === 'she') && lastNamed !== null) resolved.set(s, lastNamed);
    else if ((s.kind === 'institutional' || s.kind === 'anonymous') && /^the\s/i.test(s.text) && name.split(' ').length <= 2) {
      const prev = latestByPrefix.get(`${name.toLowerCase()} `);
      if (prev !== undefined) resolved.set(s, prev);
    }
    remember(nameOf(s));
  }
  return list.map((a) => {
    const name = a.source === null ? undefined : resolved.get(a.source);
    return a.source === null || name === undefined ? a : { ...a, source: { ...a.source, canonical: name } };
  });
}
