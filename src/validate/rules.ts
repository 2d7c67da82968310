// Semantic rules: what the schema cannot say. Each rule has a stable id and a message that
// tells the author what to do. Rules read the normalized SLA and point back into the file
// by document path.
import type { DocPath } from '../model/problem.js';
import type { LoadedSla, ValidateOptions } from './index.js';

export interface Finding {
  path: DocPath;
  rule: string;
  message: string;
  severity?: 'error' | 'warning';
  /** Point at the key instead of the value. */
  part?: 'key' | 'value';
}

const OWNER_PATTERN =
  /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?:\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99}))?$/;

/** True for "@login" and "@org/team-slug". */
export function isValidOwner(owner: string): boolean {
  return OWNER_PATTERN.test(owner);
}

/** Rules that look at one SLA on its own. */
export function checkSla(loaded: LoadedSla, _options: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  const { sla } = loaded;

  if (!isValidOwner(sla.owner)) {
    out.push({
      path: ['metadata', 'owner'],
      rule: 'owner-format',
      message: `owner "${sla.owner}" is not a GitHub user "@login" or team "@org/team-slug"; write e.g. "@acme/payments"`,
    });
  }

  return out;
}

/** Rules across all SLA files of a repository. */
export function checkSlaSet(
  slas: readonly LoadedSla[],
): Array<{ sla: LoadedSla; finding: Finding }> {
  const out: Array<{ sla: LoadedSla; finding: Finding }> = [];
  const firstById = new Map<string, LoadedSla>();
  for (const s of slas) {
    const first = firstById.get(s.sla.id);
    if (!first) {
      firstById.set(s.sla.id, s);
      continue;
    }
    const pos = first.source.locate(['metadata', 'id']);
    out.push({
      sla: s,
      finding: {
        path: ['metadata', 'id'],
        rule: 'sla-id-unique',
        message: `metadata.id "${s.sla.id}" is already used by ${first.file}:${pos.line}:${pos.column}; each SLA needs its own id`,
      },
    });
  }
  return out;
}
