// The ready workflows in .github/workflows/ are part of the security control: these tests
// read them as data and check the properties that keep the check's code and token out of
// the pull request's reach.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHECK_EVENTS } from '../action/event.js';

const DIR = fileURLToPath(new URL('../.github/workflows/', import.meta.url));

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps: Step[];
  environment?: unknown;
}
interface Workflow {
  name: string;
  on: Record<string, Record<string, unknown> | null>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

function workflow(file: string): Workflow {
  return parse(readFileSync(join(DIR, file), 'utf8')) as Workflow;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const all = files.map((file) => ({ file, wf: workflow(file) }));
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
/** The permissions a job runs with: its own, else the workflow's. */
const permissionsOf = (wf: Workflow, job: Job) => job.permissions ?? wf.permissions;

describe('the ready workflows', () => {
  it('are the check, the review relay, the catalog, the monthly review and the project CI', () => {
    expect(files.sort()).toEqual([
      'ci.yml',
      'sla-check.yml',
      'sla-publish.yml',
      'sla-report.yml',
      'sla-review-relay.yml',
    ]);
  });

  it('pin every third-party action to a full commit SHA with its version in a comment', () => {
    for (const file of files) {
      const lines = readFileSync(join(DIR, file), 'utf8')
        .split('\n')
        .filter((l) => /^\s*(-\s*)?uses:/.test(l));
      for (const line of lines) {
        const ref = /uses:\s*(\S+)/.exec(line)![1]!;
        // `./` is this action, from the checkout of the default branch (tested below).
        if (ref === './') continue;
        expect(ref, `${file}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(line, `${file}: ${line.trim()}`).toMatch(/# v\d+(\.\d+)*\s*$/);
      }
    }
  });

  it('give every job explicit permissions, never write-all', () => {
    for (const { file, wf } of all)
      for (const [name, job] of Object.entries(wf.jobs)) {
        const permissions = permissionsOf(wf, job);
        expect(permissions, `${file} job ${name}`).toBeTypeOf('object');
        for (const level of Object.values(permissions as Record<string, string>))
          expect(['read', 'write', 'none'], `${file} job ${name}`).toContain(level);
      }
  });

  it('never check out code of a pull request in a privileged workflow', () => {
    for (const { file, wf } of all) {
      if (!('pull_request_target' in wf.on) && !('workflow_run' in wf.on)) continue;
      for (const step of steps(wf)) {
        if (!step.uses?.startsWith('actions/checkout@')) continue;
        const w = step.with ?? {};
        expect(w.ref, `${file}: checkout must keep the default (base) ref`).toBeUndefined();
        expect(w.repository, `${file}: checkout must keep this repository`).toBeUndefined();
      }
      const text = readFileSync(join(DIR, file), 'utf8');
      expect(text, file).not.toMatch(/pull_request\.head\.|head_branch|refs\/pull\//);
    }
  });

  it('run the action only from a checkout of the workflow’s own commit', () => {
    for (const { file, wf } of all)
      for (const job of Object.values(wf.jobs)) {
        const local = job.steps.findIndex((s) => s.uses === './');
        if (local < 0) continue;
        const checkout = job.steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
        expect(checkout, file).toBeGreaterThanOrEqual(0);
        expect(checkout, file).toBeLessThan(local);
        expect(job.steps[checkout]!.with?.ref, file).toBeUndefined();
      }
  });
});

describe('sla-check.yml', () => {
  const wf = workflow('sla-check.yml');
  const job = wf.jobs.check!;

  it('runs on pull_request_target, the review relay and a manual dispatch with the pull request number', () => {
    expect(Object.keys(wf.on).sort()).toEqual([
      'pull_request_target',
      'workflow_dispatch',
      'workflow_run',
    ]);
    expect(wf.on.pull_request_target!.types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'edited',
      'ready_for_review',
    ]);
    expect(wf.on.workflow_run).toEqual({
      workflows: [workflow('sla-review-relay.yml').name],
      types: ['completed'],
    });
    expect(Object.keys(wf.on.workflow_dispatch!.inputs as object)).toEqual(['pr']);
    for (const event of Object.keys(wf.on))
      expect(CHECK_EVENTS as readonly string[]).toContain(event);
  });

  it('has only the permissions the check uses', () => {
    expect(permissionsOf(wf, job)).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
    });
  });

  it('acts on relayed runs of review events only, and on manual runs from the default branch only', () => {
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request_review'");
    expect(job.if).toContain('github.ref_name == github.event.repository.default_branch');
  });

  it('runs the action in mode check', () => {
    const step = job.steps.find((s) => s.uses === './')!;
    expect(step.with?.mode).toBe('check');
  });

  it('restores and saves the validation cache it passes to the action, the latest of the default branch first', () => {
    const index = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const local = job.steps.findIndex((s) => s.uses === './');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(local);
    const cache = job.steps[index]!.with!;
    // A new key per run (a saved key is never overwritten); restored by its prefix.
    expect(cache.key).toBe('slac-${{ github.run_id }}');
    expect(cache['restore-keys']).toBe('slac-');
    expect(cache.path).toBeTypeOf('string');
    expect(job.steps[local]!.with?.cache).toBe(cache.path);
  });
});

describe('sla-review-relay.yml', () => {
  const wf = workflow('sla-review-relay.yml');

  it('only exists to be observed: review events, no permissions, no secrets, no actions', () => {
    expect(wf.on).toEqual({ pull_request_review: { types: ['submitted', 'dismissed'] } });
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions).toBeUndefined();
      for (const step of job.steps) expect(step.uses).toBeUndefined();
    }
    expect(readFileSync(join(DIR, 'sla-review-relay.yml'), 'utf8')).not.toMatch(/secrets\./);
  });
});

describe('sla-publish.yml', () => {
  const wf = workflow('sla-publish.yml');

  it('renders the catalog on pushes to main and deploys it to GitHub Pages', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
    const build = wf.jobs.build!;
    expect(build.steps.find((s) => s.uses === './')?.with?.mode).toBe('render');
    expect(build.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(
      true,
    );
    expect(wf.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(
      true,
    );
  });

  it('writes to Pages only in the deploy job', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('sla-report.yml', () => {
  const wf = workflow('sla-report.yml');

  it('runs mode report on the first of each month and by hand, never on pull request events', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.on.schedule).toEqual([{ cron: '0 6 1 * *' }]);
    const step = wf.jobs.report!.steps.find((s) => s.uses === './');
    expect(step?.with?.mode).toBe('report');
    expect(step?.with?.['prometheus-token']).toBe('${{ secrets.SLAC_PROMETHEUS_TOKEN }}');
  });

  it('has only the permissions the review uses: a results branch, its pull request, issues', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.report!.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
    const checkout = wf.jobs.report!.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });
});

describe('ci.yml', () => {
  it('runs the whole test suite, check-dist included, in Debian with read-only contents', () => {
    const wf = workflow('ci.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(
      steps(wf)
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['.ci/run']);
    // .ci/run installs Debian's chromium package for the browser tests.
    expect((wf.jobs.test as Job & { container?: string }).container).toMatch(/^node:20-bookworm/);
    const run = readFileSync(fileURLToPath(new URL('../.ci/run', import.meta.url)), 'utf8');
    expect(run).toMatch(/^npm test$/m);
    const pkg = JSON.parse(
      readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('npm run check-dist');
  });
});
