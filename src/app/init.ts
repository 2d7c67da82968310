// `slac init`: the files a new repository of SLAs starts with — the repository config, one
// starter SLA that validates, and the ready workflows pinned to the release that writes them.
// Pure: the answers and today's date in, paths and contents out. CODEOWNERS follows from
// the files on disk (src/codeowners), so the command writes it after these.
import { isValidOwner } from '../model/owner.js';
import { SLAC_REPOSITORY, SLAC_VERSION, schemaUrl } from '../version.js';
import { readyWorkflows } from './workflows.generated.js';

export interface InitAnswers {
  /** Name of the service of the starter SLA, e.g. "Payments API". */
  service: string;
  /** Owner of the starter SLA: "@login" or "@org/team-slug". */
  owner: string;
  /** approval.admins of .slac.yml. */
  admins: readonly string[];
  /** Today (ISO): the starter SLA is effective and reviewed from today. */
  today: string;
  /** The default branch, whose pushes publish the catalog (default main). */
  branch?: string;
}

export interface InitFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** The placeholder owner when none is given: valid, and plainly one to replace. */
export const PLACEHOLDER_OWNER = '@your-org/your-team';

export const DEFAULT_SERVICE = 'Example service';

/** What is wrong with the answers, for the command to report before it writes anything. */
export function checkAnswers(answers: Pick<InitAnswers, 'owner' | 'admins' | 'service'>): string[] {
  const problems: string[] = [];
  // The owner is also the default admin: one wrong value is named once.
  for (const owner of new Set([answers.owner, ...answers.admins]))
    if (!isValidOwner(owner)) problems.push(ownerProblem(owner));
  if (serviceId(answers.service) === '')
    problems.push(
      `the service name "${answers.service}" has no letters or digits to make an id of`,
    );
  return problems;
}

/** What is wrong with an owner, with the value it likely means when only the "@" is missing. */
function ownerProblem(owner: string): string {
  const withAt = `@${owner.trim()}`;
  const fix = isValidOwner(withAt) ? `"${withAt}"` : 'e.g. "@acme/payments"';
  return `"${owner}" is not a GitHub user "@login" or team "@org/team-slug"; write ${fix}`;
}

/** "Payments API" → "payments-api": the SLA's metadata.id and file name. */
export function serviceId(service: string): string {
  return service
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The files of a new repository of SLAs, CODEOWNERS aside. */
export function initFiles(answers: InitAnswers): InitFile[] {
  const id = serviceId(answers.service);
  return [
    { path: '.slac.yml', content: configFile(answers) },
    { path: `slas/${id}.yaml`, content: starterSla(answers, id) },
    ...Object.entries(readyWorkflows).map(([name, text]) => ({
      path: `.github/workflows/${name}`,
      content: pinnedWorkflow(text, answers.branch ?? 'main'),
    })),
    // VS Code offers the YAML extension, which reads the schema modelines.
    { path: '.vscode/extensions.json', content: '{ "recommendations": ["redhat.vscode-yaml"] }\n' },
    // The catalog is built by the workflow; a local "slac render" stays out of commits, and so
    // does slac itself where it is installed as a dev dependency (README: Install).
    {
      path: '.gitignore',
      content:
        '# The catalog "slac render" writes; the workflow publishes it.\nsite/\n' +
        '# npm packages, such as slac installed as a dev dependency.\nnode_modules/\n',
    },
  ];
}

/** The action as the workflows use it: this release. */
const ACTION_REF = `${SLAC_REPOSITORY}@v${SLAC_VERSION}`;

const DOCS = `https://github.com/${SLAC_REPOSITORY}/blob/v${SLAC_VERSION}/docs`;

/** A YAML double-quoted scalar (JSON's string syntax is YAML's). */
const q = (text: string) => JSON.stringify(text);

function configFile(answers: InitAnswers): string {
  const teams = [...new Set([answers.owner, ...answers.admins])].filter((o) => o.includes('/'));
  return `# yaml-language-server: $schema=${schemaUrl('config')}
# The repository config of slac: where the SLAs are and who approves changes.
# Reference: ${DOCS}/format.md#the-repository-config-slacyml
slas: "slas/**/*.{yml,yaml}"
results: "results/**/*.{yml,yaml}"
site:
  title: Service catalog
  baseUrl: /
approval:
  # Approve new SLAs and changes of this file, CODEOWNERS and .github/, and stand in when an
  # owner is the author of a pull request.
  admins: [${answers.admins.map(q).join(', ')}]
  staleReviews: dismiss
# Members of the owner teams, for when the check's token cannot read team membership
# (see ${DOCS}/action.md#team-membership-org-token):
# teams:
${teams.map((t) => `#   ${q(t)}: [alice, bob]`).join('\n') || '#   "@acme/payments": [alice, bob]'}
`;
}

function starterSla(answers: InitAnswers, id: string): string {
  return `# yaml-language-server: $schema=${schemaUrl('sla')}
# A starter SLA: change it to what you promise, run "npx slac validate", and propose it in a
# pull request. The format: ${DOCS}/format.md
apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: ${id}
  title: ${q(answers.service)}
  owner: ${q(answers.owner)} # approves every change: "@login" or "@org/team-slug"
  tier: standard
spec:
  service:
    name: ${q(answers.service)}
    summary: What the service does for its customers, in one or two sentences.
  effective: { from: ${answers.today} }
  review: { every: 6 months, lastReviewed: ${answers.today} }
  serviceHours: { timezone: UTC, schedule: 24x7 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.9%
      window: month # week, month, quarter, year, or rolling: 28d, 30 days
      tolerance: { desired: 99.95%, adequate: 99.5% }
      measurement: A minute counts as down when more than 5% of requests fail with a server error.
    - id: response-time
      title: Fast responses
      indicator: latency
      percentile: 95
      target: 300ms
      window: 28d
      measurement: Time from receiving a request to sending the last byte of the answer.
  support:
    hours: { timezone: UTC, schedule: "Mon-Fri 09:00-17:00" }
    priorities:
      - level: P1
        meaning: The service is down for all customers
        response: 30 minutes
        resolution: 4 hours
        hours: 24x7
      - level: P2
        meaning: The service is slow or failing for some customers
        response: 4 hours
        resolution: 2 days
  exclusions:
    - Outages caused by the customer's own systems or network
  contacts:
    - name: Service team
      email: service-team@example.com
`;
}

/**
 * A ready workflow as a new repository uses it: the action of this release instead of this
 * repository's own checkout, the default config instead of examples/, and its default branch.
 */
function pinnedWorkflow(text: string, branch: string): string {
  const branchName = /^[A-Za-z0-9][\w./-]*$/.test(branch) ? branch : q(branch);
  const lines = text
    .split('\n')
    .filter((l) => !/^\s*config: examples\/\.slac\.yml\s*$/.test(l))
    .filter((l) => !/This repository keeps its example SLAs in examples\//.test(l))
    .map((l) =>
      /^\s*# In your repository: uses: /.test(l)
        ? l.replace(
            /#.*$/,
            `# slac ${SLAC_VERSION}. For an immutable pin, write the release's full commit SHA: ${SLAC_REPOSITORY}@<SHA> # v${SLAC_VERSION}`,
          )
        : l.replace(/^(\s*(?:- )?uses:) \.\/\s*$/, `$1 ${ACTION_REF}`),
    )
    .map((l) => l.replace(/ \(copy it (?:into your repository of SLAs|as is)\)/, ''))
    .map((l) => l.replace(/^(\s*branches: )\[main\]\s*$/, `$1[${branchName}]`));
  return `# Written by "slac init" (slac ${SLAC_VERSION}).\n${lines.join('\n')}`;
}
