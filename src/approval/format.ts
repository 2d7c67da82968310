// Output of an approval evaluation: JSON for machines, and text that tells a person who can
// unblock the pull request.
import type { OutputFormat } from '../model/output.js';
import type { ApprovalRequirement, ApprovalResult } from './index.js';

/** `slac approvals --format`: the first is the default. */
export const APPROVAL_FORMATS = {
  text: {
    summary: 'a line per requirement: who can approve, who did',
    write: (result) => approvalsText(result),
  },
  json: {
    summary: '{"satisfied", "requirements": [{sla, reason, anyOf, approvedBy, satisfied}]}',
    write: (result) => approvalsJson(result),
  },
} as const satisfies Record<string, OutputFormat<ApprovalResult>>;

/** The design's JSON: `{"satisfied", "requirements": [{"sla", "reason", "anyOf", "approvedBy", "satisfied", …}]}`. */
export function approvalsJson(result: ApprovalResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** One line per requirement ("SLA payments-api (weakened): needs an approval from @acme/payments — none yet"), notes below. */
function approvalsText(result: ApprovalResult): string {
  if (result.requirements.length === 0)
    return 'Owner approval: not needed (no change that needs one: wording only where editorial changes need no approval, or nothing slac reads)\n';
  const missing = result.requirements.filter((r) => !r.satisfied).length;
  const lines = [
    result.satisfied
      ? 'Owner approval: satisfied'
      : `Owner approval: missing (${missing} of ${result.requirements.length} requirement${result.requirements.length === 1 ? '' : 's'} not met)`,
  ];
  for (const r of result.requirements) {
    lines.push(`${r.satisfied ? '✓' : '✗'} ${requirementLine(r)}`);
    for (const note of r.notes) lines.push(`    ${note}`);
  }
  return lines.join('\n') + '\n';
}

function requirementLine(r: ApprovalRequirement): string {
  const subject = r.sla === null ? 'repository' : `SLA ${r.sla}`;
  const head = `${subject} (${r.reason})`;
  if (r.satisfied) return `${head}: approved by ${r.approvedBy.join(', ')}`;
  if (r.anyOf.length === 0) return `${head}: nobody can approve this yet`;
  const who = r.anyOf.join(' or ');
  const admin = r.kind === 'admin' || r.kind === 'config' ? 'an admin: ' : '';
  return `${head}: needs an approval from ${admin}${who} — none yet`;
}
