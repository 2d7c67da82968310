// mode render: the catalog site of the checked-out default branch, for GitHub Pages
// (actions/upload-pages-artifact, then actions/deploy-pages). It runs the use case of
// `slac render` (src/app/render-site.ts), so the site is byte-for-byte the one the CLI builds.
import * as core from '@actions/core';
import { renderSite, renderedText } from '../src/app/render-site.js';
import { growHeapSlowly } from '../src/node/heap.js';
import { renderThreads } from '../src/node/render-thread.js';

export async function runRender(root: string, out: string): Promise<void> {
  const restoreHeap = growHeapSlowly();
  const result = await renderSite({
    root,
    out,
    clock: () => new Date().toISOString().slice(0, 10),
    warn: (warning) => core.error(`slac render: warning: ${warning}`.trimEnd()),
    threads: renderThreads,
  }).finally(restoreHeap);
  if (!result.rendered) {
    core.error(result.report.trimEnd());
    core.error('slac render: nothing was written; fix the errors above and render again.');
    throw new Error('the catalog was not rendered: the SLA files have errors (listed above)');
  }
  core.info(renderedText(root, result).trimEnd());
}
