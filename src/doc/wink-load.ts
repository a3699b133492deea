/**
 * wink-nlp and its English model, loaded on first use rather than when the library is imported.
 *
 * Importing them costs a process about 27 MB of resident memory (the model's data 18 MB, wink-nlp
 * 9 MB, measured with Node 20), and many processes that import framelens never read a text: a
 * command that aggregates summaries, the main thread of `--jobs N` (its worker threads analyse), a
 * notebook that only profiles. So the two are `require`d here when the first text is read. The
 * built package has this module once, as `dist/wink.cjs` (CommonJS, so that its `require` is
 * synchronous under Node's ESM loader, CommonJS and every bundler alike: a browser bundle includes
 * both packages and evaluates them on the same first call).
 *
 * @example
 * ```ts
 * const { winkNLP, model } = loadWink();
 * winkNLP(model, ['sbd']).readDoc('Kirby said.').tokens().length(); // 3
 * ```
 */
import type WinkNlpFactory from 'wink-nlp';
import type EnglishModel from 'wink-eng-lite-web-model';

/** The two packages framelens reads with. */
export interface WinkModules {
  /** wink-nlp's factory (the package's export). */
  winkNLP: typeof WinkNlpFactory;
  /** The English lite web model (the package's export). */
  model: typeof EnglishModel;
}

let loaded: WinkModules | null = null;

/**
 * wink-nlp and its model, loaded once per process (or thread) on the first call.
 *
 * @returns the factory and the model
 * @example
 * ```ts
 * loadWink().model === loadWink().model; // true: loaded once
 * ```
 */
export function loadWink(): WinkModules {
  if (loaded === null) {
    // (CommonJS here, see the module's note: these calls are the lazy load)
    const winkNLP = require('wink-nlp') as typeof WinkNlpFactory;
    const model = require('wink-eng-lite-web-model') as typeof EnglishModel;
    loaded = { winkNLP, model };
  }
  return loaded;
}
