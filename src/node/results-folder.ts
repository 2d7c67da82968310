// The results files of a working tree on disk, as the measure planner reads them. No link is
// read, followed or written through (as no reader of slac follows one): a results file, or a
// folder on its way, that is a link stops the run with what to do.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlacConfig } from '../config/defaults.js';
import type { ResultsFolder } from '../measure/index.js';
import type { Problem } from '../model/problem.js';
import { listSelected, lstatPath } from '../repo/tree.js';

export function diskResultsFolder(
  root: string,
  config: Pick<SlacConfig, 'results'>,
): ResultsFolder {
  /** What is at the path, following no link; a link on the way stops the run. */
  const look = (path: string) => {
    const linked: string[] = [];
    const info = lstatPath(root, path, linked);
    if (linked.length > 0)
      throw new Error(
        `${linked[0]} is a symbolic link, and slac neither reads nor writes through links (git keeps only where it points): put the ${linked[0] === path ? 'file' : 'folder'} itself there`,
      );
    return info;
  };
  return {
    exists: (path) => look(path) !== undefined,
    read: async (path) => {
      const info = look(path);
      if (info === undefined) return undefined;
      // A FIFO or a device would hang the run or fill its memory.
      if (!info.isFile())
        throw new Error(`${path} is not a regular file: remove it, or write the results elsewhere`);
      return readFile(join(root, path), 'utf8').catch(() => undefined);
    },
    list: () => {
      const links: Problem[] = [];
      const paths = listSelected(root, config.results, links);
      const link = links[0];
      if (link) throw new Error(`${link.file}: ${link.message}`);
      return paths;
    },
  };
}
