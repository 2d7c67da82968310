// SLA files that passed validation in this render, loaded again for their page or for the
// history: read and normalized only. Checking them again (schema, rules, warnings located in
// the file) would cost several times the reading and find what validation already found.
import { loadYaml } from '../load/index.js';
import { normalizeSla, type SlaFile } from '../model/sla.js';
import type { LoadedSla } from '../validate/index.js';

/** A valid SLA file's content loaded again, as loadSla loaded it. */
export function loadValidSla(file: string, content: string | Uint8Array): LoadedSla {
  const outcome = loadYaml(file, content);
  if (!outcome.ok || outcome.source.data === null || typeof outcome.source.data !== 'object')
    throw new Error(`${file} could not be loaded again`);
  const raw = outcome.source.data as SlaFile;
  return { file, raw, sla: normalizeSla(raw).sla, source: outcome.source };
}
