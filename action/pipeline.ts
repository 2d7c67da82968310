// The integration point with the core: the pull-request pipeline (validate, diff, approvals)
// and the commitment diff's markdown. The action's other files depend only on these types.
//
// INTEGRATION POINT: until src/check/index.ts (`evaluatePullRequest`) and src/diff/index.ts
// (`diffMarkdown`) land, `evaluate` below is an interim reading of the approval rules
// (base owner of every SLA whose file changed; admins for config changes) and the diff lists
// the changed SLAs only. Replace the bodies with the core calls; the types stay.
import type { GitReader } from '../src/git/index.js';
import type { CommitmentDiff, Impact } from '../src/diff/types.js';
import type { Problem } from '../src/model/problem.js';
import { readRevision } from '../src/repo/index.js';
import { validateSources } from '../src/validate/index.js';
import type { Review } from './github.js';

export interface ApprovalRequirement {
  sla: string;
  reason: string;
  anyOf: string[];
  approvedBy: string[];
  satisfied: boolean;
}

export interface Evaluation {
  diff: CommitmentDiff;
  validation: { errors: Problem[]; warnings: Problem[] };
  approvals: { satisfied: boolean; requirements: ApprovalRequirement[] };
}

export interface EvaluateInput {
  git: GitReader;
  baseRef: string;
  headRef: string;
  author: string;
  reviews: Review[];
  /** "@org/team" → logins known to be members (from the API or the base .slac.yml). */
  teams: Record<string, string[]>;
  today: string;
}

export async function evaluate(input: EvaluateInput): Promise<Evaluation> {
  const base = await readRevision(input.git, input.baseRef);
  const head = await readRevision(input.git, input.headRef, base.config);
  const validation = validateSources(head.files, { today: input.today });
  const baseValid = validateSources(base.files, { today: input.today });
  const byId = (slas: typeof validation.slas) => new Map(slas.map((s) => [s.sla.id, s]));
  const before = byId(baseValid.slas);
  const after = byId(validation.slas);
  const blobOf = (files: typeof base.files) => new Map(files.map((f) => [f.path, f.blob]));
  const baseBlobs = blobOf(base.files);
  const headBlobs = blobOf(head.files);
  const teams = { ...base.config.teams, ...input.teams };
  const latest = latestApprovals(input.reviews, input.author, input.headRef);
  const approvers = (anyOf: string[]) =>
    [...latest].filter((login) =>
      anyOf.some((owner) =>
        owner.includes('/')
          ? (teams[owner] ?? []).some((m) => m.toLowerCase() === login)
          : owner.slice(1).toLowerCase() === login,
      ),
    );
  const requirement = (sla: string, reason: string, anyOf: string[]) => {
    const approvedBy = approvers(anyOf).sort();
    return { sla, reason, anyOf, approvedBy, satisfied: approvedBy.length > 0 };
  };
  const slas: CommitmentDiff['slas'] = [];
  const requirements: ApprovalRequirement[] = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(id);
    const h = after.get(id);
    if (b && h && baseBlobs.get(b.file) === headBlobs.get(h.file)) continue;
    const status = !b ? 'added' : !h ? 'removed' : 'modified';
    const impact: Impact = !h ? 'weakened' : 'changed';
    slas.push({
      id,
      file: (h ?? b)!.file,
      status,
      impact,
      owner: { base: b?.sla.owner ?? null, head: h?.sla.owner ?? null },
      changes: [],
    });
    const owner = (b ?? h)!.sla.owner;
    requirements.push(requirement(id, `${status}: needs its owner`, [owner]));
  }
  const configChanged = await configOrWorkflowChanged(input.git, base.commit!, head.commit!);
  if (configChanged)
    requirements.push(
      requirement('.slac.yml', 'config or workflow changed: needs an admin', [
        ...base.config.approval.admins,
      ]),
    );
  return {
    diff: { base: base.commit!, head: head.commit!, configChanged, slas },
    validation: {
      errors: [...head.configProblems, ...validation.errors],
      warnings: validation.warnings,
    },
    approvals: { satisfied: requirements.every((r) => r.satisfied), requirements },
  };
}

async function configOrWorkflowChanged(git: GitReader, base: string, head: string) {
  const changed = await git.changedPaths(base, head);
  return changed.some((p) => p === '.slac.yml' || p.startsWith('.github/'));
}

function latestApprovals(reviews: Review[], author: string, head: string): Set<string> {
  const latest = new Map<string, Review>();
  for (const r of reviews) {
    if (!r.user || r.user.type === 'Bot' || r.state === 'COMMENTED' || r.state === 'PENDING')
      continue;
    latest.set(r.user.login.toLowerCase(), r);
  }
  const out = new Set<string>();
  for (const [login, r] of latest)
    if (r.state === 'APPROVED' && login !== author.toLowerCase() && r.commit_id === head)
      out.add(login);
  return out;
}

/** The diff as markdown for the comment and the summary. */
export function diffSection(diff: CommitmentDiff): string {
  if (diff.slas.length === 0) return 'No commitment changed.';
  return diff.slas.map((s) => `- **${s.id}** (\`${s.file}\`): ${s.status}, ${s.impact}`).join('\n');
}
