/**
 * Vega and Vega-Lite for the chart modules, imported once on first use: both are ES modules only,
 * and a dynamic `import()` loads them from the CommonJS build of `framelens/charts` too.
 */
type VegaModules = [typeof import('vega'), typeof import('vega-lite')];

let engines: Promise<VegaModules> | undefined;

/** Vega and Vega-Lite, loaded on the first call. */
export function vegaModules(): Promise<VegaModules> {
  engines ??= Promise.all([import('vega'), import('vega-lite')]);
  return engines;
}
