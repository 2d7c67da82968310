// mode render: the catalog site of the checked-out default branch, for GitHub Pages.
//
// INTEGRATION POINT: the catalog renderer (src/render/index.ts) is being built; until it
// lands this mode fails with a clear message instead of writing an incomplete site.
import type { ActionInputs } from './inputs.js';

export async function runRender(inputs: ActionInputs): Promise<{ files: number; out: string }> {
  throw new Error(
    `mode render is not available in this build (the catalog renderer is missing); out would be "${inputs.out}"`,
  );
}
