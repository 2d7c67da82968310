// The commitment diff, as the design's JSON contract of `slac diff --format json`.
import type { ChangeKind } from './kinds.js';

/** What a change does for customers. */
export type Impact = 'weakened' | 'changed' | 'strengthened' | 'editorial' | 'none';

/** Impact of one change; owner changes are their own kind. */
export type ChangeImpact = Exclude<Impact, 'none'> | 'ownership';

/** Severity order used to rank SLAs and sort changes: weakened first. */
export const IMPACT_ORDER: readonly Impact[] = [
  'weakened',
  'changed',
  'strengthened',
  'editorial',
  'none',
];

export interface Change {
  /** Dotted path of what changed, e.g. `spec.objectives.uptime.target` (list items by id). */
  path: string;
  before: unknown;
  after: unknown;
  impact: ChangeImpact;
  /** The stable id of the kind of change (the change-kind registry, diff/kinds.ts). */
  kind: ChangeKind;
  /** One plain sentence with both values and what they mean for a customer. */
  message: string;
  /**
   * For a change that promises more (a tighter target, a new objective): how often the
   * proposed target was met in the latest periods with measured results (base's results).
   */
  evidence?: { periods: number; met: number; worst: string };
}

export interface SlaDiff {
  id: string;
  file: string;
  status: 'added' | 'removed' | 'modified';
  impact: Impact;
  owner: { base: string | null; head: string | null };
  changes: Change[];
  /** True when a proposed target was missed in any of the latest periods with results. */
  overPromise?: boolean;
}

export interface CommitmentDiff {
  base: string;
  head: string;
  configChanged: boolean;
  slas: SlaDiff[];
}
