/**
 * Locale-independent ordering: strings by UTF-16 code units (as `Array.prototype.sort` without a
 * comparator), so that every machine and engine sorts corpus keys to the same bytes
 * (`localeCompare` depends on the ICU data and the locale).
 */

/** Compare two strings by code units: negative, 0 or positive. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The keys of a record, sorted by code units. */
export function sortedKeys(o: object): string[] {
  return Object.keys(o).sort(byCodeUnit);
}

/**
 * A plain record of `entries`, keys in the given order. Built on a null-prototype object whose
 * prototype is set afterwards, so that a key such as `"__proto__"` (a word in a text) becomes an
 * own property like any other, never the prototype.
 */
export function recordFrom<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const o = Object.create(null) as Record<string, V>;
  for (const [k, v] of entries) o[k] = v;
  return Object.setPrototypeOf(o, Object.prototype) as Record<string, V>;
}

/** The entries of a map or record, sorted by key (code units). */
export function sortedEntries<V>(m: ReadonlyMap<string, V> | Readonly<Record<string, V>>): Array<[string, V]> {
  const entries: Array<[string, V]> = m instanceof Map ? [...m.entries()] : (Object.entries(m) as Array<[string, V]>);
  return entries.sort((x, y) => byCodeUnit(x[0], y[0]));
}

/** A record of a map or record with its keys sorted by code units, values mapped by `f`. */
export function sortedRecord<V, W = V>(m: ReadonlyMap<string, V> | Readonly<Record<string, V>>, f: (v: V, k: string) => W = (v) => v as unknown as W): Record<string, W> {
  return recordFrom(sortedEntries(m).map(([k, v]): [string, W] => [k, f(v, k)]));
}
