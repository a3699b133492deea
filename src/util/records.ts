/**
 * Records keyed by data (categories, labels, terms): built from Maps and read by own property only,
 * so that a key named "toString", "constructor" or "__proto__" is counted like any other.
 */

/**
 * A plain object with the Map's entries as own properties, in the Map's order ("__proto__" included,
 * as an own property). Built in V8's dictionary mode: `Object.fromEntries` adds one hidden class per
 * key, and every document's vocabulary would grow a shared tree of them (tens of ms per article). A
 * null-prototype object starts as a dictionary; its prototype is set afterwards, so the result is an
 * ordinary object.
 *
 * @example
 * ```ts
 * const r = recordOf(new Map([['toString', 2], ['__proto__', 1]]));
 * r.toString;                 // 2
 * Object.keys(r);             // ['toString', '__proto__']
 * JSON.stringify(r);          // '{"toString":2,"__proto__":1}'
 * ```
 */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const o = Object.create(null) as Record<string, V>;
  for (const [key, v] of entries) o[key] = v;
  return Object.setPrototypeOf(o, Object.prototype) as Record<string, V>;
}

/**
 * The record's own value under `key`, or `undefined` (never an inherited one such as `toString`).
 *
 * @example
 * ```ts
 * own({ a: 1 }, 'a');        // 1
 * own({ a: 1 }, 'toString'); // undefined
 * ```
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
