// Interop with the other SLO specs: OpenSLO and Sloth files in, slac SLAs out (import), and
// slac objectives out as Sloth specs or OpenSLO documents (export). Pure: files in as text,
// files out as text, with a notice for every item that was not converted and why.
import { detectForeignFormat } from '../model/foreign.js';
import { readFiles, type ForeignFile } from './documents.js';
import { Collected } from './model.js';
import { noticeAt, sortNotices, type Notice } from './notice.js';
import { readOpenSloItems } from './openslo.js';
import { buildSla, type ImportOptions, type PlannedSla } from './sla.js';
import { readSlothItem } from './sloth.js';

export { formatNotice, sortNotices, type Notice } from './notice.js';
export type { ForeignFile } from './documents.js';
export type { ImportOptions } from './sla.js';
export { exportOpenSlo, exportSloth } from './export.js';

export const IMPORT_FORMATS = ['openslo', 'sloth'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOutcome {
  slas: PlannedSla[];
  notices: Notice[];
}

/**
 * Reads the files as `format` specs and builds one SLA per service. Sloth also reads what
 * Sloth reads: OpenSLO `openslo/v1alpha` SLOs.
 */
export function importSpecs(
  format: ImportFormat,
  files: readonly ForeignFile[],
  options: ImportOptions,
): ImportOutcome {
  const read = readFiles(files);
  const out = new Collected();
  out.notices.push(...read.notices);
  const openslo = [];
  for (const item of read.items) {
    const foreign = detectForeignFormat(item.data);
    if (!foreign) {
      const slac = item.data.apiVersion === 'slac/v1';
      out.notices.push(
        noticeAt(
          item.file,
          item.at([]),
          'not-converted',
          slac
            ? 'this is already a slac SLA'
            : `not ${format === 'openslo' ? 'an OpenSLO object (apiVersion: openslo/v1, …)' : 'a Sloth spec (version: prometheus/v1, or apiVersion: sloth.slok.dev/v1)'}`,
        ),
      );
      continue;
    }
    if (foreign.tool === 'Sloth') {
      if (format === 'sloth') readSlothItem(item, out, options);
      else
        out.notices.push(
          noticeAt(
            item.file,
            item.at([foreign.key]),
            'not-converted',
            `this is a Sloth spec (${foreign.key}: ${foreign.version}); import it with "slac import sloth"`,
          ),
        );
      continue;
    }
    if (format === 'openslo' || foreign.version === 'openslo/v1alpha') openslo.push(item);
    else
      out.notices.push(
        noticeAt(
          item.file,
          item.at(['apiVersion']),
          'not-converted',
          `this is an OpenSLO object (apiVersion: ${foreign.version}), which Sloth does not read; import it with "slac import openslo"`,
        ),
      );
  }
  readOpenSloItems(openslo, out, options);

  const slas: PlannedSla[] = [];
  for (const service of [...out.services.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const built = buildSla(service, options);
    out.notices.push(...built.notices);
    if (built.sla) slas.push(built.sla);
  }
  return { slas, notices: sortNotices(out.notices) };
}
