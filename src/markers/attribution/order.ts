/**
 * Stage 5, order. Reads the attributions of the structure stages (direct quotations first, then
 * indirect speech, then headline colons); drops belief and evidence attributions nested in a
 * reported speech, sorts them in text order and points each continuation at the attribution it
 * continues.
 */
import { lowerBound, type Token } from '../../doc/build-doc';
import type { Attribution } from '../../types';
import { containment } from '../../util/intervals';

/** An attribution with the offset it is sorted by (its content for quotations, its cue otherwise). */
export type Found = Attribution & {
  /** Sort key: offset in the text. */
  order: number;
};

/**
 * Drops belief and evidence attributions ("want", "think", "know", "show") whose cue lies inside
 * the content of a speech attribution in the same sentence ("Clinton said she wants to …", "he
 * told reporters they know …"): the nested state is part of what is reported, not a separate
 * attribution. Continuations of a dropped attribution go with it. Linear: outer contents are
 * grouped by sentence and a cue is compared with its own sentence's only.
 *
 * @param bare - cue starts of speech attributions kept without a source: they swallow nothing
 * @example
 * ```ts
 * dropNestedInference(found, tokens, new Set()); // without "wants" of "Clinton said she wants to …"
 * ```
 */
export function dropNestedInference(found: readonly Found[], tokens: readonly Token[], bare: ReadonlySet<number>): Found[] {
  const outer = new Map<number, Array<{ start: number; end: number }>>();
  for (const a of found) {
    if (a.cue.verbClass !== 'speech' || a.content === null || a.kind === 'according-to' || a.kind === 'continuation') continue;
    if (bare.has(a.cue.start)) continue;
    const k = tokens[lowerBound(tokens, a.cue.start)]?.sentence ?? a.sentence;
    const list = outer.get(k) ?? [];
    list.push({ start: a.content.start, end: a.content.end });
    if (a.contentRest !== undefined) list.push({ start: a.contentRest.start, end: a.contentRest.end });
    outer.set(k, list);
  }
  // per sentence, one containment index (a text with no sentence end has one sentence)
  const inSentence = new Map<number, (start: number, end: number) => boolean>();
  for (const [k, list] of outer) inSentence.set(k, containment(list.map((c) => [c.start, c.end] as const)));
  const inside = (k: number, start: number, end: number): boolean => inSentence.get(k)?.(start, end) ?? false;
  const dropped = new Set<number>();
  for (const a of found) {
    if (a.kind === 'continuation' || !(a.cue.verbClass === 'cognition' || a.cue.verbClass === 'evidence')) continue;
    const k = tokens[lowerBound(tokens, a.cue.start)]?.sentence ?? a.sentence;
    if (inside(k, a.cue.start, a.cue.end)) dropped.add(a.cue.start);
  }
  if (dropped.size === 0) return [...found];
  return found.filter((a) => !dropped.has(a.cue.start) || a.cue.verbClass === 'speech');
}

/**
 * The attributions in text order (stable: equal offsets keep the order found), without their sort
 * key; a continuation's `continues` is the index of the first attribution with its cue, or absent
 * when that attribution comes later or was dropped.
 *
 * @example
 * ```ts
 * inTextOrder(found).map((a) => a.kind); // ['direct', 'continuation', 'indirect']
 * ```
 */
export function inTextOrder(found: readonly Found[]): Attribution[] {
  const sorted = [...found].sort((a, b) => a.order - b.order);
  // the attribution a continuation continues: the first non-continuation with its cue (a map, so
  // that a text with thousands of quotations stays linear)
  const firstByCue = new Map<number, number>();
  sorted.forEach((o, k) => {
    if (o.kind !== 'continuation' && !firstByCue.has(o.cue.start)) firstByCue.set(o.cue.start, k);
  });
  const result: Attribution[] = sorted.map(({ order: _order, ...a }) => a);
  result.forEach((a, k) => {
    if (a.continues !== undefined) {
      const ti = firstByCue.get(a.cue.start) ?? -1;
      if (ti >= 0 && ti < k) a.continues = ti;
      else delete a.continues;
    }
  });
  return result;
}
