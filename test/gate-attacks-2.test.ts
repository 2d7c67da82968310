// The second adversarial review of the approval gate (after the use cases, the config found
// from subfolders, unit words, interop and YAML trap messages landed): each attack that got
// through, on a real temporary git repository through `slac approvals`, now denied.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

function sla(target: string, owner = '@alice'): string {
  return `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '${owner}' }
spec:
  service: { name: Payments API, summary: Accept payments. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: ${target}
      window: month
      measurement: A minute is down when calls fail.
`;
}

interface Requirement {
  sla: string | null;
  reason: string;
  anyOf: string[];
  satisfied: boolean;
}

let repo: TempRepo;
afterEach(() => repo.remove());

/** `slac approvals` from `folder` of the repository, with no review at all. */
async function approvalsIn(folder: string, base: string) {
  const run = await runCli(
    [
      'approvals',
      '--base',
      base,
      '--author',
      'eve',
      '--reviews',
      'reviews.json',
      '--format',
      'json',
    ],
    { cwd: join(repo.dir, folder) },
  );
  return {
    ...run,
    requirements: run.stdout ? (JSON.parse(run.stdout).requirements as Requirement[]) : [],
  };
}

describe('a nested .slac.yml is a config', () => {
  /** A monorepo: the root's .slac.yml is another team's; the SLAs live in sla/ with their own. */
  function monorepo(): string {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "slas: ['other/**/*.yaml']\napproval: { admins: ['@ada'] }\n",
      'sla/.slac.yml': "approval: { admins: ['@ada'] }\n",
      'sla/slas/payments.yaml': sla('99.95%'),
      'reviews.json': '[]',
      'sla/reviews.json': '[]',
    });
    const base = repo.commit('base');
    // The pull request deletes sla/.slac.yml and weakens the target, and is checked out.
    repo.write({ 'sla/.slac.yml': null, 'sla/slas/payments.yaml': sla('90%') });
    repo.commit('weaken');
    return base;
  }

  it('slac approvals in sla/ reads the .slac.yml of sla/ in the base commit, also when the checked-out head deleted it', async () => {
    // It looked for .slac.yml in the working tree: with sla/.slac.yml gone it read the root's,
    // which selects none of the SLAs, and approved the weakened target with no review.
    const base = monorepo();
    const run = await approvalsIn('sla', base);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.requirements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sla: 'payments-api', anyOf: ['@alice'], satisfied: false }),
        expect.objectContaining({ sla: null, reason: 'changes .slac.yml', anyOf: ['@ada'] }),
      ]),
    );
  });

  it('slac diff in sla/ finds its .slac.yml in the base commit too, as slac approvals does', async () => {
    const base = monorepo();
    const run = await runCli(['diff', '--base', base, '--format', 'json'], {
      cwd: join(repo.dir, 'sla'),
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).slas).toEqual([
      expect.objectContaining({
        id: 'payments-api',
        file: 'slas/payments.yaml',
        impact: 'weakened',
      }),
    ]);
  });

  it('deleting the .slac.yml of a subfolder needs an admin where the root config rules', async () => {
    const base = monorepo();
    const run = await approvalsIn('.', base);
    expect(run.code).toBe(1);
    expect(run.requirements).toEqual([
      expect.objectContaining({
        sla: null,
        reason: 'changes sla/.slac.yml',
        anyOf: ['@ada'],
        satisfied: false,
      }),
    ]);
  });

  it('adding a .slac.yml in a subfolder needs an admin', async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\n",
      'slas/payments.yaml': sla('99.95%'),
      'reviews.json': '[]',
    });
    const base = repo.commit('base');
    repo.write({ 'slas/team/.slac.yml': "slas: ['*.yaml']\n" });
    repo.commit('nested config');
    const run = await approvalsIn('.', base);
    expect(run.code).toBe(1);
    expect(run.requirements).toEqual([
      expect.objectContaining({
        reason: 'changes slas/team/.slac.yml',
        anyOf: ['@ada'],
        satisfied: false,
      }),
    ]);
  });
});

describe('wording only, as the diff says it', () => {
  const contacts = (list: string) =>
    sla('99.95%').replace('  objectives:', `  contacts: ${list}\n  objectives:`);
  const before =
    "[{ name: Support, email: help@acme.example }, { name: Status, url: 'https://status.acme.example' }]";
  // The same words, joined the same way: but the e-mail and the status page are no links.
  const after =
    "[{ name: 'Support, help@acme.example; Status', phone: 'https://status.acme.example' }]";

  function setUp(): string {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'], editorial: no-approval }\n",
      'slas/payments.yaml': contacts(before),
      'reviews.json': '[]',
    });
    const base = repo.commit('base');
    repo.write({
      'slas/payments.yaml': contacts(after).replace('title: Payments API', 'title: Payments'),
    });
    repo.commit('contacts moved into the name, and a reworded title');
    return base;
  }

  it('contacts whose fields moved are a change of contacts, not the same text', async () => {
    const base = setUp();
    const run = await runCli(['diff', '--base', base, '--format', 'json'], { cwd: repo.dir });
    const kinds = (JSON.parse(run.stdout) as { slas: { changes: { kind: string }[] }[] }).slas
      .flatMap((s) => s.changes)
      .map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['contacts-changed', 'title-reworded']));
  });

  it('a change beside a reworded title needs the owner under editorial: no-approval', async () => {
    // Contacts compared as joined text saw no change, and the reworded title made the SLA
    // "editorial": approved with no review.
    const base = setUp();
    const run = await approvalsIn('.', base);
    expect(run.code).toBe(1);
    expect(run.requirements).toEqual([
      expect.objectContaining({ sla: 'payments-api', anyOf: ['@alice'], satisfied: false }),
    ]);
  });

  it('whatever the diff cannot describe beside a reworded title needs the owner', async () => {
    // The diff reads exclusions with their spaces collapsed; the content differs all the same,
    // and a reworded title must not carry the difference through as wording.
    const exclusions = (text: string) =>
      sla('99.95%').replace('  objectives:', `  exclusions: ['${text}']\n  objectives:`);
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'], editorial: no-approval }\n",
      'slas/payments.yaml': exclusions('Planned maintenance'),
      'reviews.json': '[]',
    });
    const base = repo.commit('base');
    repo.write({
      'slas/payments.yaml': exclusions('Planned  maintenance').replace(
        'title: Payments API',
        'title: Payments',
      ),
    });
    repo.commit('head');
    const run = await approvalsIn('.', base);
    expect(run.code).toBe(1);
    expect(run.requirements).toEqual([
      expect.objectContaining({ sla: 'payments-api', reason: 'changed', satisfied: false }),
    ]);
  });
});
