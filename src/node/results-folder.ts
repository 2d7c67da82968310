// The results files of a working tree on disk, as the measure planner reads them.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlacConfig } from '../config/defaults.js';
import type { ResultsFolder } from '../measure/index.js';
import { listSelected } from '../repo/tree.js';

export function diskResultsFolder(
  root: string,
  config: Pick<SlacConfig, 'results'>,
): ResultsFolder {
  return {
    exists: (path) => existsSync(join(root, path)),
    read: (path) => readFile(join(root, path), 'utf8').catch(() => undefined),
    list: () => listSelected(root, config.results),
  };
}
