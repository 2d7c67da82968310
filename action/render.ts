// mode render: the catalog site of the checked-out default branch, for GitHub Pages
// (actions/upload-pages-artifact, then actions/deploy-pages). It runs `slac render`, so the
// site is byte-for-byte the one the CLI builds.
import * as core from '@actions/core';
import { renderCommand } from '../cli/commands/render.js';
import { EXIT } from '../cli/io.js';

export async function runRender(root: string, out: string): Promise<void> {
  const code = await renderCommand(['--out', out], {
    cwd: root,
    stdout: (text) => core.info(text.trimEnd()),
    stderr: (text) => core.error(text.trimEnd()),
    today: () => new Date().toISOString().slice(0, 10),
  });
  if (code === EXIT.problems)
    throw new Error('the catalog was not rendered: the SLA files have errors (listed above)');
  if (code !== EXIT.ok) throw new Error(`slac render failed (exit code ${code})`);
}
