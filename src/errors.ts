/**
 * Stable error codes of {@link FramelensError}.
 *
 * - `E_TEXT_TYPE`: `text` is not a string.
 * - `E_TEXT_SIZE`: `text` (or `options.title`) is longer than {@link MAX_TEXT_LENGTH} characters.
 * - `E_OPTIONS`: an option has the wrong type or value.
 * - `E_MARKER_UNKNOWN`: `options.markers` names a family that does not exist.
 * - `E_LEXICON`: a lexicon (built-in or user-supplied) fails validation.
 * - `E_INPUT`: an input to `compare()` or the CLI is malformed (including an analysis-like object
 *   that lacks a field `compare()` reads).
 * - `E_ARGUMENT`: another argument of a public function has the wrong type or value: an unknown
 *   family for `getBuiltinLexicon`, something other than a `compare()` result for a report
 *   function, a plain analysis where `toHtml` expects `{ analysis, text }`.
 */
export type FramelensErrorCode = 'E_TEXT_TYPE' | 'E_TEXT_SIZE' | 'E_OPTIONS' | 'E_MARKER_UNKNOWN' | 'E_LEXICON' | 'E_INPUT' | 'E_ARGUMENT';

/**
 * The longest text `analyze()` accepts, in UTF-16 code units: 25 million (about 25 MB of English).
 * Analysis takes linear time and about 110-130 bytes of memory per character at its peak (3 GB for
 * the longest text), which Node's default heap holds; a longer text is refused with `E_TEXT_SIZE`
 * instead of running out of memory. Split a longer input into its articles.
 *
 * @example
 * ```ts
 * analyze('x'.repeat(MAX_TEXT_LENGTH + 1)); // throws FramelensError E_TEXT_SIZE
 * ```
 */
export const MAX_TEXT_LENGTH = 25_000_000;

/**
 * The only error framelens throws on purpose: a programmer error (wrong argument type, invalid
 * option or lexicon). Problems in the text itself never throw; they become `analysis.warnings`.
 *
 * @example
 * ```ts
 * try { analyze(42 as unknown as string); }
 * catch (e) { if (e instanceof FramelensError) console.log(e.code); } // "E_TEXT_TYPE"
 * ```
 */
export class FramelensError extends Error {
  /** Stable, machine-readable code. */
  readonly code: FramelensErrorCode;
  /** Where the problem is: an option path (`options.markers[1]`) or a lexicon path (`loaded.json#loaded-regime.weight`). */
  readonly path: string | undefined;

  /**
   * An error with a stable code; the message gets the "framelens: " prefix.
   *
   * @param code - the stable code
   * @param message - what was expected and what was found (prefixed with "framelens: ")
   * @param path - the option or lexicon path of the problem, when there is one
   */
  constructor(code: FramelensErrorCode, message: string, path?: string) {
    super(`framelens: ${message}`);
    this.name = 'FramelensError';
    this.code = code;
    this.path = path;
  }
}

/**
 * Describe a value for an error message: its type, and a short preview.
 *
 * @example
 * ```ts
 * describeValue('abc'); // 'string "abc"'
 * describeValue(null);  // 'null'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of length ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const preview = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `string ${JSON.stringify(preview)}`;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return 'object';
  }
}
