/**
 * The process's wink-nlp instance, kept in the state of a fresh instance: what makes `analyze()` a
 * function of its input alone.
 *
 * What reading a document leaves in wink (wink-nlp 2.4, `src/cache.js`): every new token string
 * and its lower-case form are added to the model's lexeme hash (`features.lexeme.hash/list`), with
 * their prefix, suffix and shape added to those features' hashes. The tokenizer consults the
 * lexeme hash ("is this string a known lexeme?") when it decides whether to split a token
 * ("Trump's." read once makes every later "Trump's" one token), and the features packed for a new
 * lexeme (its token type, its default POS tag) depend on how it was first met; sentence boundaries,
 * POS tags and lemmas follow (winkjs/wink-nlp#143). Nothing else in the pipeline keeps state between
 * documents (the automata, the lemmatiser and the model's own vocabulary are read-only).
 *
 * So after each document the lexemes it added are deleted from the hash again (all but plain words,
 * whose presence changes nothing: {@link keepable}), and the next document meets the vocabulary of a
 * new instance. The lexeme list itself is not cut back (wink's private extrinsic lexicon is indexed
 * in step with it), so new lexemes keep getting new ids, and the feature lists keep the values of
 * the kept lexemes; when the list has grown by {@link RENEW_AFTER} entries, or a feature list nears
 * the width of its packed field, the instance is replaced by a new one (about 80 ms, once per
 * about 3,700 articles: the Brown records add 27 entries each). The list's growth is memory that
 * nothing reads again: about 28 bytes of heap per entry (measured on Brown records), so that at the
 * earlier bound of 1,000,000 entries (about 37,000 articles) each analysing thread carried up to
 * 28 MB of it before its first renewal; at 100,000 it stays under 3 MB. The renewal also keeps
 * lexeme ids far from 2,070,000, which wink's automata use as their end-of-sentence symbol.
 *
 * The model is read through a wrapper: `core()` hands this module the model object the instance
 * uses (wink keeps it private), `metaCER()` is read once (the model re-serialises its
 * custom-entity meta model on every call, so that twenty instances exhaust memory), and the
 * `readabilityStats` add-on (which framelens never asks for) hands back the document's raw data
 * (see {@link rawData}), so that `wink-read.ts` reads each token's packed words directly.
 */
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { loadWink } from './wink-load';

/**
 * wink's pipeline steps framelens needs: sentence boundaries, negation scope and POS tags (lemmas
 * come with POS). wink's own sentiment and entity recognisers are skipped: framelens scores
 * sentiment itself and the lite model finds no people or organisations. Token values, POS, lemmas,
 * normal forms, negation flags and sentence spans are identical to the default pipeline (checked on
 * the Brown press sections: 0 differences in 1.48 million attribute values); readDoc is about a
 * third faster.
 *
 * @example
 * ```ts
 * winkNLP(model, [...WINK_PIPE]); // the pipeline framelens reads with
 * ```
 */
export const WINK_PIPE = ['sbd', 'negation', 'pos'] as const;

type WinkNlp = ReturnType<typeof winkNLP>;

interface Feature {
  hash: Record<string, unknown>;
  list: unknown[];
  index: number;
}

/** The parts of wink's model object that reading changes. */
interface CoreModel {
  features: Record<string, Feature | undefined> & { lexeme: Feature & { intrinsicSize: number } };
}

/** Features whose lists grow with new lexemes (besides the lexemes themselves). */
const GROWING = ['prefix', 'suffix', 'shape'] as const;

/** New lexemes after which the instance is replaced (its lexeme list only grows; see the module's note on memory). */
export const RENEW_AFTER = 100_000;

/** The instance, and the state to return to after each document. */
interface Instance {
  nlp: WinkNlp;
  core: CoreModel;
  /** The model's own number of lexemes: ids below are the model's vocabulary. */
  intrinsic: number;
  /** Length of the lexeme list before the current document. */
  mark: number;
}

let captured: CoreModel | null = null;
let metaCER: unknown = null;
/** What the instance's `readabilityStats` add-on returns: the raw data of the document it is asked about. */
const RAW_DATA = (rdd: unknown): unknown => rdd;
/** The model as the instances see it (see the module's note), made on the first read (wink is loaded then: `wink-load.ts`). */
let wrappedModel: typeof model | null = null;
function wrapped(): typeof model {
  if (wrappedModel !== null) return wrappedModel;
  const m = loadWink().model;
  wrappedModel = Object.assign(Object.create(null) as Record<string, unknown>, m, {
    core: (): unknown => {
      const core = (m as unknown as { core: () => CoreModel }).core();
      captured = core;
      return core;
    },
    metaCER: (): unknown => (metaCER ??= (m as unknown as { metaCER: () => unknown }).metaCER()),
    addons: Object.assign(Object.create(null) as Record<string, unknown>, (m as unknown as { addons: object }).addons, { readabilityStats: RAW_DATA }),
  }) as unknown as typeof model;
  return wrappedModel;
}

/**
 * wink's raw document data (`rdd`, wink-nlp 2.4 `src/wink-nlp.js`): per token four packed numbers
 * (`tokens[4k]` the lexeme id, `[4k+1]` preceding spaces and contraction pointer, `[4k+2]` POS and
 * lemma, `[4k+3]` the negation flag), the sentences as `[first, last, …]` token indices, and the
 * spaces wink could not count (non-breaking ones) by token.
 */
export interface RawDocData {
  /** Four numbers per token. */
  tokens: number[];
  /** `[first, last, negation, sentiment]` per sentence. */
  sentences: Array<[number, number, ...number[]]>;
  /** The whitespace before token `k`, when it is not a run of plain spaces. */
  nonBreakingSpaces: Record<number, string>;
  /** Number of tokens. */
  numOfTokens: number;
}

/**
 * The raw data of a document read by this module's instance (its `readabilityStats` add-on is
 * {@link RAW_DATA}): wink's own `its` functions take it with the token index, and reading it in one
 * loop spares the per-attribute `out()` passes and the per-token item objects.
 *
 * @example
 * ```ts
 * const { nlp } = winkInstance();
 * rawData(nlp.readDoc('Kirby said.'), nlp).numOfTokens; // 3
 * ```
 */
export function rawData(doc: ReturnType<WinkNlp['readDoc']>, nlp: WinkNlp): RawDocData {
  return doc.out(nlp.its.readabilityStats) as unknown as RawDocData;
}

let current: Instance | null = null;
/** Instances made so far (for tests and the benchmark). */
let made = 0;

function create(): Instance {
  captured = null;
  const nlp = loadWink().winkNLP(wrapped(), [...WINK_PIPE]);
  const core = captured as CoreModel | null;
  if (core === null || core.features.lexeme.hash === undefined) throw new Error('framelens: wink-nlp did not load its model through core() (an unsupported wink-nlp version)');
  made += 1;
  const intrinsic = core.features.lexeme.intrinsicSize;
  return { nlp, core, intrinsic, mark: core.features.lexeme.list.length };
}

/** The instance to read the next document with (in fresh-instance state), and its model's add-ons. */
export function winkInstance(): { nlp: WinkNlp; intrinsic: number; addons: unknown } {
  if (current === null) current = create();
  // the model's add-ons as the instance sees them (wink's `its.lemma` takes them)
  return { nlp: current.nlp, intrinsic: current.intrinsic, addons: (wrapped() as unknown as { addons: unknown }).addons };
}

/**
 * A new lexeme that may stay in wink's vocabulary: ASCII letters only, at least two, read as a
 * word. The tokenizer consults the vocabulary only to decide whether to split a string at
 * punctuation (periods, hyphens, apostrophes, brackets); a string of letters alone is one word token
 * whether it is known or not, with the same features (all computed from the string and its
 * category), so keeping it changes nothing but the cost of meeting it again.
 */
export function keepable(value: string, type: string): boolean {
  return type === 'word' && PLAIN.test(value);
}
const PLAIN = /^[A-Za-z]{2,}$/;

/** Feature list lengths past which the instance is replaced (their ids are packed into 13, 19 and 14 bits). */
const FEATURE_LIMITS: Record<(typeof GROWING)[number], number> = { prefix: 6000, suffix: 400_000, shape: 12_000 };

/**
 * Return wink's vocabulary to the state of a new instance, as far as the next document can tell:
 * delete the lexemes the document just read added, except those in `keep` (see {@link keepable};
 * a string's lower-case form is added with it). Call after everything needed from the document has
 * been read (its token ids point into the lexemes deleted here).
 */
export function resetWink(keep: ReadonlySet<string>): void {
  const inst = current;
  if (inst === null) return;
  const lx = inst.core.features.lexeme;
  for (let i = inst.mark; i < lx.list.length; i += 1) {
    const v = lx.list[i] as string;
    if (!keep.has(v)) delete lx.hash[v];
  }
  inst.mark = lx.list.length;
  let full = lx.list.length - inst.intrinsic > RENEW_AFTER;
  for (const name of GROWING) if ((inst.core.features[name]?.list.length ?? 0) > FEATURE_LIMITS[name]) full = true;
  if (full) current = null;
}

/** How many wink instances this process has made (1 until {@link RENEW_AFTER} new lexemes). */
export function winkInstancesMade(): number {
  return made;
}
