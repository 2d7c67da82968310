// YAML merge keys (`<<: *defaults`, from YAML 1.1) are not part of the YAML 1.2 that slac
// reads: `<<` would be an ordinary key, and every key it was meant to bring would be reported
// missing. One error that says so, instead of that cascade.
import type { YamlSource } from '../load/index.js';
import type { DocPath, Problem } from '../model/problem.js';

/** The first `<<` key of the document (depth first), or undefined. */
function findMergeKey(value: unknown, path: (string | number)[], depth = 0): DocPath | undefined {
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMergeKey(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === '<<') return [...path, key];
    const found = findMergeKey(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The error for a merge key, when the file has one. `text` is the file's text as loaded: it
 * is looked at first, which is cheap.
 */
export function mergeKeyProblem(source: YamlSource, text: string): Problem | undefined {
  if (text.indexOf('<<') < 0) return undefined;
  const path = findMergeKey(source.data, []);
  if (!path) return undefined;
  const at = source.locate(path, 'key');
  return {
    file: source.file,
    line: at.line,
    column: at.column,
    rule: 'yaml-merge-key',
    severity: 'error',
    message:
      'YAML merge keys ("<<: *anchor") are not read by slac (they are YAML 1.1, not 1.2): write the keys out where they belong; an alias of a whole value ("*anchor") works',
  };
}
