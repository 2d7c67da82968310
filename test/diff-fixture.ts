// A full SLA used by the diff tests: every part the diff compares, one value each.
import { createGitReader } from '../src/git/index.js';
import { compareRevisions, type Change, type RevisionDiff } from '../src/diff/index.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

export const SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: payments-api
  title: Payments API
  owner: '@acme/payments'
  tier: gold
  tags: [payments, api]
spec:
  service:
    name: Payments API
    summary: Accept card payments.
  effective: { from: 2026-01-01, until: 2026-12-31 }
  serviceHours: { timezone: UTC, schedule: 24x7 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.95%
      window: month
      tolerance: { desired: 99.99%, adequate: 99.9% }
      measurement: A minute counts as down when calls fail.
    - id: checkout-latency
      title: Fast checkout responses
      description: Checkout pages answer quickly.
      indicator: latency
      percentile: 95
      target: 300ms
      window: 28d
    - id: success
      title: Successful payments
      indicator: success-rate
      target: 99.9%
      window: month
    - id: errors
      title: Failed webhooks
      indicator: error-rate
      target: 0.1%
      window: week
    - id: capacity
      title: Payment capacity
      indicator: throughput
      target: 1000 rps
      window: month
    - id: refunds
      title: Refund backlog
      indicator: custom
      better: lower
      target: 50 refunds
      window: week
  support:
    hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }
    priorities:
      - { level: P1, meaning: Payments fail for all customers, response: 15m, resolution: 4h }
      - { level: P2, meaning: Payments fail for some customers, response: 1h, resolution: 1d }
  maintenance:
    notice: 72h
    windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]
  exclusions:
    - Outages caused by the customer's own systems
  credits:
    objective: uptime
    tiers:
      - { below: 99.9%, credit: 10% }
      - { below: 99.0%, credit: 25% }
  contacts:
    - { name: Payments on-call, email: payments-oncall@acme.example }
`;

/** Replaces `from` (which must occur) by `to` in `text`. */
export function edit(text: string, ...pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    out = out.replace(from, to);
  }
  return out;
}

export class DiffRepos {
  private repos: TempRepo[] = [];

  /** A repository with a base commit of `base` files and a head commit of `head` changes. */
  make(
    base: Record<string, string | null>,
    head: Record<string, string | null>,
  ): { repo: TempRepo; base: string; head: string } {
    const repo = makeRepo();
    this.repos.push(repo);
    repo.write(base);
    const baseSha = repo.commit('base');
    repo.write(head);
    const headSha = repo.commit('head');
    return { repo, base: baseSha, head: headSha };
  }

  /** Diffs base and head commits made of these files. */
  async diff(
    base: Record<string, string | null>,
    head: Record<string, string | null>,
  ): Promise<RevisionDiff> {
    const { repo, base: b, head: h } = this.make(base, head);
    return compareRevisions(createGitReader(repo.dir), b, h, { today: '2026-07-01' });
  }

  /** Diffs slas/payments-api.yaml from SLA to `after`. */
  async diffSla(after: string | null): Promise<RevisionDiff> {
    return this.diff({ 'slas/payments-api.yaml': SLA }, { 'slas/payments-api.yaml': after });
  }

  removeAll(): void {
    for (const r of this.repos.splice(0)) r.remove();
  }
}

/** The single change of the single changed SLA (fails loudly otherwise). */
export function onlyChange(result: RevisionDiff): Change {
  const slas = result.diff.slas;
  if (slas.length !== 1 || slas[0]?.changes.length !== 1) {
    throw new Error(`expected exactly one change, got ${JSON.stringify(slas, null, 2)}`);
  }
  return slas[0].changes[0] as Change;
}
